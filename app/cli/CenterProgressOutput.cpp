#include "CenterProgressOutput.h"

#include <Poco/JSON/Array.h>
#include <Poco/TextIterator.h>
#include <Poco/UTF8Encoding.h>

#include <string>

namespace gp::cli {

namespace {

constexpr std::size_t kColumn = 12; ///< terminal columns per figure

/// Pads to a width in terminal columns: a Chinese (East Asian wide) character takes two.
std::string pad(const std::string& text, std::size_t columns, bool right = false) {
    static const Poco::UTF8Encoding utf8;
    std::size_t width = 0;
    for (Poco::TextIterator it(text, utf8), end(text); it != end; ++it) {
        width += *it >= 0x1100 ? 2 : 1;
    }
    const std::string fill(width < columns ? columns - width : 1, ' ');
    return right ? fill + text : text + fill;
}

void row(std::ostream& out, const demo::CenterProgressRow& r) {
    out << pad(r.center.empty() ? "（未填教学点）" : r.center, 16);
    for (const auto n :
         {r.students, r.submitted, r.pass, r.review, r.fail, r.approved, r.retake, r.missing}) {
        out << pad(std::to_string(n), kColumn, true);
    }
    out << '\n';
}

Poco::JSON::Object toJson(const demo::CenterProgressRow& r) {
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("center", r.center);
    o.set("students", r.students);
    o.set("submitted", r.submitted);
    o.set("pass", r.pass);
    o.set("needs_review", r.review);
    o.set("fail", r.fail);
    o.set("approved", r.approved);
    o.set("retake", r.retake);
    o.set("missing", r.missing);
    return o;
}

} // namespace

void printCenterProgress(std::ostream& out, const demo::CenterProgress& p) {
    out << pad("教学点 center", 16);
    for (const char* h : {"学生", "已提交", "检测通过", "检测待人工", "检测不通过", "已审核通过",
                          "需重拍", "未提交"}) {
        out << pad(h, kColumn, true);
    }
    out << '\n' << pad("", 16);
    for (const char* h :
         {"students", "submitted", "pass", "review", "fail", "approved", "retake", "missing"}) {
        out << pad(h, kColumn, true);
    }
    out << '\n';
    for (const auto& r : p.centers) {
        row(out, r);
    }
    row(out, p.total);
    // The check columns and the decision columns overlap: say how, so nobody adds them up.
    out << "检测三列：每人最新照片的自动检测结论（已审核的也计入）；已审核通过含已打包、已邮寄；"
           "需重拍：审核员已退回。\n"
           "Check columns: the latest photo's automatic verdict (decided students included); "
           "approved includes packed and mailed; retake: rejected by a reviewer.\n";
}

Poco::JSON::Object centerProgressToJson(const demo::CenterProgress& p) {
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    Poco::JSON::Array centers;
    for (const auto& r : p.centers) {
        centers.add(toJson(r));
    }
    o.set("centers", centers);
    o.set("total", toJson(p.total));
    return o;
}

} // namespace gp::cli
