#include "CheckPresentation.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>

namespace gp::review {

namespace {

Poco::Dynamic::Var parse(const std::string& text) {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
    return parser.parse(text);
}

int rank(const std::string& verdict) {
    if (verdict == "fail" || verdict == "error") {
        return 0;
    }
    return verdict == "warn" ? 1 : 2;
}

} // namespace

CheckNames CheckNames::load(const std::filesystem::path& file) {
    CheckNames out;
    readLanguageTable(readTemplateObject(file), "names", out.names_);
    return out;
}

std::string CheckNames::name(const std::string& checkId, const std::string& language) const {
    const auto* text = lookupText(names_, checkId, language);
    return text ? *text : checkId;
}

std::vector<OverlayMark> parseOverlay(const std::string& overlayJson) {
    std::vector<OverlayMark> out;
    try {
        const auto v = parse(overlayJson);
        if (v.type() != typeid(Poco::JSON::Array::Ptr)) {
            return out;
        }
        const auto arr = v.extract<Poco::JSON::Array::Ptr>();
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const auto s = arr->getObject(static_cast<unsigned>(i));
            if (!s) {
                continue;
            }
            OverlayMark m;
            const auto kind = s->optValue<std::string>("kind", "line");
            m.kind = kind == "box"     ? OverlayMark::Kind::Box
                     : kind == "point" ? OverlayMark::Kind::Point
                     : kind == "band"  ? OverlayMark::Kind::Band
                                       : OverlayMark::Kind::Line;
            if (const auto coords = s->getArray("coords")) {
                for (std::size_t c = 0; c < coords->size(); ++c) {
                    m.coords.push_back(coords->getElement<int>(static_cast<unsigned>(c)));
                }
            }
            m.label = s->optValue<std::string>("label", "");
            out.push_back(std::move(m));
        }
    } catch (const Poco::Exception&) {
    }
    return out;
}

std::vector<CheckLine> presentChecks(const domain::CheckRun& run, const CheckNames& names,
                                     const CheckTexts& texts, const ReasonCatalog& reasons,
                                     const std::string& language) {
    std::vector<CheckLine> out;
    for (const auto& r : run.results) {
        CheckLine line;
        line.checkId = r.checkId;
        line.name = names.name(r.checkId, language);
        line.verdict = r.verdict;
        line.measured = texts.measured(r.checkId, r.valueJson, r.limitJson, language);
        line.limit = texts.limit(r.checkId, r.valueJson, r.limitJson, r.limitText, language);
        if (!r.reasonCode.empty() && r.verdict != "pass") {
            line.reason = reasons.label(r.reasonCode, language);
        }
        line.marks = parseOverlay(r.overlayJson);
        for (auto& m : line.marks) {
            m.label = texts.overlayLabel(m.label, language);
        }
        out.push_back(std::move(line));
    }
    std::stable_sort(out.begin(), out.end(), [](const CheckLine& a, const CheckLine& b) {
        return rank(a.verdict) < rank(b.verdict);
    });
    return out;
}

} // namespace gp::review
