#include "UploadCautions.h"

#include <map>

namespace gp::reports {

std::vector<std::string> uploadCautions(store::WorkspaceStore& store, const ApprovedPhoto& approved,
                                        const std::string& profileId,
                                        const review::CheckNames& checkNames,
                                        const TemplateFile& tmpl) {
    std::vector<std::string> out;
    if (const auto run = store.checkRuns().latestFor(approved.photo.id, profileId);
        run && run->verdict == "fail") {
        std::string failed;
        for (const auto& r : run->results) {
            if (r.verdict == "fail" || r.verdict == "error") {
                failed += (failed.empty() ? "" : "、") + checkNames.name(r.checkId, "zh_CN");
            }
        }
        out.push_back(fillText(tmpl.text("messages.approved_over_failed_checks"),
                               {{"checks", failed}, {"reviewer", approved.approvedBy}}));
    }
    // One line per kind, naming every other student of that kind.
    std::map<std::string, std::string> others; // kind → 学号, 学号
    for (const auto& f : store.duplicates().of(approved.student.id)) {
        auto& list = others[f.kind];
        list += (list.empty() ? "" : "、") + f.otherStudentNo;
    }
    for (const char* kind : {"same_bytes", "near_identical", "same_face"}) {
        if (const auto it = others.find(kind); it != others.end()) {
            out.push_back(fillText(tmpl.text(std::string("messages.duplicate_") + kind),
                                   {{"others", it->second}}));
        }
    }
    return out;
}

} // namespace gp::reports
