#include "CenterProgress.h"

#include "core/store/Transaction.h"

#include <map>

namespace gp::demo {

CenterProgressRow& CenterProgressRow::operator+=(const CenterProgressRow& o) {
    students += o.students;
    submitted += o.submitted;
    pass += o.pass;
    review += o.review;
    fail += o.fail;
    approved += o.approved;
    retake += o.retake;
    missing += o.missing;
    return *this;
}

CenterProgress centerProgress(store::Workspace& ws) {
    const auto profileId = ws.profileId();
    auto& store = ws.store();
    store::Transaction snapshot(store, store::Transaction::Kind::Read);
    std::map<domain::CenterId, std::string> names;
    std::map<std::string, CenterProgressRow> rows;
    for (const auto& c : store.centers().all()) {
        names[c.id] = c.name;
        rows[c.name].center = c.name;
    }
    for (const auto& s : store.students().list({})) {
        auto& row = rows[names.count(s.centerId) ? names[s.centerId] : std::string()];
        ++row.students;
        using domain::StudentStatus;
        switch (s.status) {
        case StudentStatus::NotSubmitted:
            ++row.missing;
            break;
        case StudentStatus::Approved:
        case StudentStatus::Packed:
        case StudentStatus::Mailed:
            ++row.approved;
            break;
        case StudentStatus::Retake:
            ++row.retake;
            break;
        default:
            break;
        }
        const auto latest = store.photoVersions().latestOf(s.id);
        if (!latest) {
            continue;
        }
        ++row.submitted;
        const auto run = store.checkRuns().latestFor(latest->id, profileId);
        if (!run) {
            continue;
        }
        if (run->verdict == "pass") {
            ++row.pass;
        } else if (run->verdict == "fail") {
            ++row.fail;
        } else {
            ++row.review;
        }
    }
    snapshot.commit();
    CenterProgress progress;
    for (auto& [name, row] : rows) {
        progress.total += row;
        progress.centers.push_back(row);
    }
    progress.total.center = "合计";
    return progress;
}

} // namespace gp::demo
