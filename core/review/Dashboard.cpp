#include "Dashboard.h"

#include <cstdio>
#include <map>

namespace gp::review {

using domain::StudentStatus;

double CenterProgress::percentApproved() const {
    const auto n = total();
    return n == 0 ? 0.0 : 100.0 * static_cast<double>(approved) / static_cast<double>(n);
}

namespace {

void count(CenterProgress& p, StudentStatus s) {
    switch (s) {
    case StudentStatus::NotSubmitted:
        ++p.notSubmitted;
        break;
    case StudentStatus::AwaitingCheck:
    case StudentStatus::AwaitingReview:
        ++p.awaitingReview;
        break;
    case StudentStatus::Approved:
    case StudentStatus::Packed:
    case StudentStatus::Mailed:
        ++p.approved;
        break;
    case StudentStatus::Retake:
        ++p.retake;
        break;
    }
}

} // namespace

std::optional<int> daysUntil(const std::string& deadline, std::chrono::system_clock::time_point now,
                             int utcOffsetMinutes) {
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(deadline.c_str(), "%d-%d-%d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 ||
        d < 1 || d > 31) {
        return std::nullopt;
    }
    using namespace std::chrono;
    const year_month_day date{year{y}, month{static_cast<unsigned>(m)},
                              day{static_cast<unsigned>(d)}};
    if (!date.ok()) {
        return std::nullopt;
    }
    const auto today = floor<days>(now + minutes(utcOffsetMinutes));
    return static_cast<int>((sys_days(date) - today).count());
}

DashboardFigures buildDashboard(const std::vector<ReviewRow>& rows,
                                const std::vector<domain::Center>& centers,
                                const std::optional<std::string>& deadline,
                                std::chrono::system_clock::time_point now, int utcOffsetMinutes) {
    DashboardFigures out;
    std::map<domain::CenterId, std::size_t> index;
    for (const auto& c : centers) {
        index[c.id] = out.centers.size();
        CenterProgress p;
        p.centerId = c.id;
        p.name = c.name;
        out.centers.push_back(p);
    }
    std::optional<CenterProgress> none;
    for (const auto& r : rows) {
        count(out.overall, r.status);
        const auto it = index.find(r.centerId);
        if (it != index.end()) {
            count(out.centers[it->second], r.status);
        } else {
            if (!none) {
                none = CenterProgress{};
            }
            count(*none, r.status);
        }
    }
    if (none) {
        out.centers.push_back(*none);
    }
    if (deadline && !deadline->empty()) {
        out.daysLeft = daysUntil(*deadline, now, utcOffsetMinutes);
    }
    return out;
}

} // namespace gp::review
