#include "core/review/Dashboard.h"

#include "tests/support/Fixtures.h"

#include <gtest/gtest.h>

namespace gp::review {
namespace {

using domain::StudentStatus;

ReviewRow row(domain::CenterId center, StudentStatus status) {
    ReviewRow r;
    r.centerId = center;
    r.status = status;
    return r;
}

TEST(Dashboard, CountsEachCenterInFourGroupsWithTheShareApproved) {
    domain::Center north, south;
    north.id = 1;
    north.name = "北区教学点";
    south.id = 2;
    south.name = "南区教学点";
    const std::vector<ReviewRow> rows{
        row(1, StudentStatus::NotSubmitted),   row(1, StudentStatus::AwaitingCheck),
        row(1, StudentStatus::AwaitingReview), row(1, StudentStatus::Approved),
        row(1, StudentStatus::Packed),         row(1, StudentStatus::Mailed),
        row(1, StudentStatus::Retake),         row(1, StudentStatus::Retake),
        row(2, StudentStatus::Approved),       row(0, StudentStatus::NotSubmitted),
    };
    const auto clock = gp::test::fixedClock(); // 2026-11-21
    const auto d =
        buildDashboard(rows, {north, south}, std::string("2026-12-01"), clock.now(), 480);
    ASSERT_EQ(d.centers.size(), 3u);
    const auto& n = d.centers[0];
    EXPECT_EQ(n.name, "北区教学点");
    EXPECT_EQ(n.notSubmitted, 1u);
    EXPECT_EQ(n.awaitingReview, 2u);
    EXPECT_EQ(n.approved, 3u);
    EXPECT_EQ(n.retake, 2u);
    EXPECT_EQ(n.total(), 8u);
    EXPECT_DOUBLE_EQ(n.percentApproved(), 37.5);
    EXPECT_DOUBLE_EQ(d.centers[1].percentApproved(), 100.0);
    EXPECT_EQ(d.centers[2].centerId, 0);
    EXPECT_EQ(d.centers[2].notSubmitted, 1u);
    EXPECT_EQ(d.overall.total(), 10u);
    EXPECT_EQ(d.overall.approved, 4u);
    ASSERT_TRUE(d.daysLeft);
    EXPECT_EQ(*d.daysLeft, 10);
}

TEST(Dashboard, DaysLeftToTheDeadline) {
    const auto now = gp::test::fixedClock().now(); // 2026-11-21T08:00Z, 16:00 in Beijing
    EXPECT_EQ(daysUntil("2026-11-21", now, 480), 0);
    EXPECT_EQ(daysUntil("2026-11-20", now, 480), -1);
    EXPECT_EQ(daysUntil("2027-01-01", now, 480), 41);
    EXPECT_FALSE(daysUntil("2026-02-30", now, 480));
    EXPECT_FALSE(daysUntil("next friday", now, 480));
    EXPECT_FALSE(buildDashboard({}, {}, std::nullopt, now, 480).daysLeft);
}

TEST(Dashboard, DaysLeftCountsBeijingDatesAroundMidnight) {
    using namespace std::chrono;
    // 2026-11-30T15:59Z is 23:59 on 11-30 in Beijing; a minute later it is 00:00 on 12-01,
    // while the UTC date is still 11-30.
    FixedClock clock(sys_days(year{2026} / 11 / 30) + hours(15) + minutes(59));
    EXPECT_EQ(clock.localDate(480), "2026-11-30");
    EXPECT_EQ(daysUntil("2026-12-01", clock.now(), 480), 1);
    clock.advance(minutes(1));
    EXPECT_EQ(clock.localDate(480), "2026-12-01");
    EXPECT_EQ(daysUntil("2026-12-01", clock.now(), 480), 0) << "the deadline day in Beijing";
    EXPECT_EQ(daysUntil("2026-12-01", clock.now(), 0), 1) << "in UTC it is still the day before";
    EXPECT_EQ(buildDashboard({}, {}, std::string("2026-12-01"), clock.now(), 480).daysLeft, 0);
    // Just before midnight UTC it is already the next morning in Beijing.
    clock.advance(hours(8) - minutes(1)); // 2026-11-30T23:59Z, 07:59 on 12-01 in Beijing
    EXPECT_EQ(daysUntil("2026-12-01", clock.now(), 480), 0);
    clock.advance(hours(16) + minutes(1)); // 2026-12-01T16:00Z, 00:00 on 12-02 in Beijing
    EXPECT_EQ(daysUntil("2026-12-01", clock.now(), 480), -1) << "the deadline has passed";
    EXPECT_EQ(daysUntil("2026-12-01", clock.now(), 0), 0);
}

} // namespace
} // namespace gp::review
