#include "StoredCheckResult.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <sstream>

namespace gp::jobs {

namespace {

template <class Json>
std::string text(const Json& json) {
    std::ostringstream out;
    json.stringify(out);
    return out.str();
}

} // namespace

domain::CheckResult storedResult(const checks::CheckOutcome& o) {
    domain::CheckResult r;
    r.checkId = o.checkId;
    r.verdict = std::string(checks::toCode(o.verdict));
    Poco::JSON::Object values(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& m : o.measures) {
        Poco::JSON::Object v(Poco::JSON_PRESERVE_KEY_ORDER);
        v.set("value", m.value);
        v.set("unit", m.unit);
        values.set(m.name, v);
    }
    if (!o.detail.empty()) {
        values.set("detail", o.detail);
    }
    r.valueJson = text(values);
    r.limitText = o.limit;
    if (!o.limitValues.empty()) {
        Poco::JSON::Object limits(Poco::JSON_PRESERVE_KEY_ORDER);
        for (const auto& l : o.limitValues) {
            if (l.text.empty()) {
                limits.set(l.name, l.value);
            } else {
                limits.set(l.name, l.text);
            }
        }
        r.limitJson = text(limits);
    }
    r.reasonCode = o.reasonCode;
    Poco::JSON::Array overlay;
    for (const auto& s : o.overlay) {
        static const char* kinds[] = {"line", "box", "point", "band"};
        Poco::JSON::Object shape(Poco::JSON_PRESERVE_KEY_ORDER);
        shape.set("kind", kinds[static_cast<int>(s.kind)]);
        Poco::JSON::Array coords;
        for (int c : s.coords) {
            coords.add(c);
        }
        shape.set("coords", coords);
        if (!s.label.empty()) {
            shape.set("label", s.label);
        }
        overlay.add(shape);
    }
    r.overlayJson = text(overlay);
    return r;
}

} // namespace gp::jobs
