// gradphoto-cli -w WS students list [--center NAME] [--status S]: the roster with each
// student's latest photo version.
#include "Commands.h"
#include "core/common/Masking.h"
#include "core/common/UserError.h"
#include "core/store/Transaction.h"

#include <Poco/JSON/Array.h>
#include <Poco/TextIterator.h>
#include <Poco/UTF8Encoding.h>

#include <unordered_map>

namespace gp::cli {

namespace {

/// Pads to a width in terminal columns: a Chinese (East Asian wide) character takes two.
std::string pad(const std::string& text, std::size_t columns) {
    static const Poco::UTF8Encoding utf8;
    std::size_t width = 0;
    for (Poco::TextIterator it(text, utf8), end(text); it != end; ++it) {
        width += *it >= 0x1100 ? 2 : 1;
    }
    return text + std::string(width < columns ? columns - width : 1, ' ');
}

} // namespace

void addStudentsCommand(CLI::App& app, CliContext& ctx) {
    auto* command = app.add_subcommand("students", "Students on the roster");
    command->require_subcommand(1);
    struct Options {
        std::string center;
        std::string status;
        bool withdrawn = false;
    };
    auto o = std::make_shared<Options>();
    auto* list = command->add_subcommand("list", "List students with their latest photo");
    list->add_option("--center", o->center, "Only this teaching center");
    list->add_option("--status", o->status,
                     "Only this status: not_submitted, awaiting_check, awaiting_review, "
                     "approved, retake, packed, mailed");
    list->add_flag("--withdrawn", o->withdrawn, "Include students no longer on the roster");
    list->callback([o, &ctx] {
        auto ws = ctx.openWorkspace();
        auto& store = ws->store();
        store::StudentFilter filter;
        filter.includeWithdrawn = o->withdrawn;
        std::unordered_map<domain::CenterId, std::string> centerNames;
        store::Transaction snapshot(store, store::Transaction::Kind::Read);
        for (const auto& c : store.centers().all()) {
            centerNames[c.id] = c.name;
            if (c.name == o->center) {
                filter.centerId = c.id;
            }
        }
        if (!o->center.empty() && !filter.centerId) {
            throw UserError("There is no center \"" + o->center + "\" in this workspace.",
                            "See the names with: gradphoto-cli -w DIR centers list");
        }
        if (!o->status.empty()) {
            filter.status = domain::studentStatusFromCode(o->status);
            if (!filter.status) {
                throw UserError("\"" + o->status + "\" is not a status.",
                                "Use not_submitted, awaiting_check, awaiting_review, approved, "
                                "retake, packed or mailed.");
            }
        }
        const auto students = store.students().list(filter);
        Poco::JSON::Array arr;
        if (!ctx.json) {
            ctx.out << pad("学号", 14) << pad("姓名", 10) << pad("ID", 20) << pad("教学点", 16)
                    << pad("status", 16) << "photo\n";
        }
        for (const auto& s : students) {
            const auto latest = store.photoVersions().latestOf(s.id);
            const auto center = centerNames.count(s.centerId) ? centerNames[s.centerId] : "";
            if (ctx.json) {
                Poco::JSON::Object j(Poco::JSON_PRESERVE_KEY_ORDER);
                j.set("student_no", s.studentNo);
                j.set("name", s.name);
                j.set("id_number", maskIdNumber(s.idNumber));
                j.set("center", center);
                j.set("status", std::string(domain::toCode(s.status)));
                j.set("withdrawn", s.withdrawn);
                if (latest) {
                    Poco::JSON::Object p(Poco::JSON_PRESERVE_KEY_ORDER);
                    p.set("version", latest->version);
                    p.set("file", latest->sourceName);
                    p.set("format", latest->image.format);
                    p.set("width", latest->image.width);
                    p.set("height", latest->image.height);
                    p.set("imported_at", latest->importedAt);
                    p.set("sha256", latest->sha256);
                    j.set("latest_photo", p);
                }
                arr.add(j);
            } else {
                ctx.out << pad(s.studentNo, 14) << pad(s.name, 10)
                        << pad(maskIdNumber(s.idNumber), 20) << pad(center, 16)
                        << pad(std::string(domain::toCode(s.status)), 16)
                        << (latest ? "v" + std::to_string(latest->version) + " " +
                                         latest->sourceName + " (" + latest->importedAt + ")"
                                   : std::string("-"))
                        << (s.withdrawn ? "  [withdrawn]" : "") << '\n';
            }
        }
        snapshot.commit();
        if (ctx.json) {
            Poco::JSON::Object j;
            j.set("students", arr);
            j.set("count", students.size());
            ctx.printJson(j);
        } else {
            ctx.out << students.size() << " student(s)\n";
        }
    });
}

} // namespace gp::cli
