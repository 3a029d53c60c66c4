#include "core/common/BlasKernel.h"

#include <gtest/gtest.h>

namespace {

TEST(BlasKernel, AnSse3FallbackOnAnAvx512CpuIsRaisedToSkylakeX) {
    // Debian's OpenBLAS 0.3.21 calls this machine's Xeon (model 207) "Prescott".
    EXPECT_EQ(gp::betterBlasCore("Prescott", true, true), "SkylakeX");
    EXPECT_EQ(gp::betterBlasCore("Nehalem", true, true), "SkylakeX");
}

TEST(BlasKernel, AnAvx2CpuWithoutAvx512GetsHaswell) {
    EXPECT_EQ(gp::betterBlasCore("Prescott", false, true), "Haswell");
    EXPECT_EQ(gp::betterBlasCore("Sandybridge", false, true), "Haswell");
}

TEST(BlasKernel, AModernChoiceOrAnOldCpuIsLeftAlone) {
    EXPECT_EQ(gp::betterBlasCore("SkylakeX", true, true), "");
    EXPECT_EQ(gp::betterBlasCore("Haswell", true, true), "");
    EXPECT_EQ(gp::betterBlasCore("Zen", false, true), "");
    EXPECT_EQ(gp::betterBlasCore("Cooperlake", true, true), "");
    EXPECT_EQ(gp::betterBlasCore("Prescott", false, false), "");
    EXPECT_EQ(gp::betterBlasCore("", true, true), ""); // not OpenBLAS
}

TEST(BlasKernel, TheLoadedOpenBlasNamesItsKernel) {
    // core_tests links dlib, which links the system BLAS; on Debian that is OpenBLAS.
    const std::string core = gp::loadedBlasCore();
    if (core.empty()) {
        GTEST_SKIP() << "the BLAS in this process is not OpenBLAS";
    }
    EXPECT_FALSE(core.empty());
}

} // namespace
