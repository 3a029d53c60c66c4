#include "core/common/Clock.h"

#include "tests/support/Fixtures.h"

#include <gtest/gtest.h>

namespace gp {
namespace {

TEST(Clock, FormatsUtcIsoAndFileStamps) {
    auto clock = test::fixedClock();
    EXPECT_EQ(clock.nowIso(), "2026-11-21T08:00:00.000Z");
    clock.advance(std::chrono::milliseconds(61'250));
    EXPECT_EQ(clock.nowIso(), "2026-11-21T08:01:01.250Z");
    EXPECT_EQ(clock.nowStamp(), "20261121-080101");
}

} // namespace
} // namespace gp
