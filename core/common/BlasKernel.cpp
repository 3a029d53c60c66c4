#include "BlasKernel.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <dlfcn.h>
#include <unistd.h>

namespace gp {

namespace {

/// OpenBLAS core names without AVX2 (lower case): a CPU with AVX2 does better than these.
constexpr std::array<std::string_view, 22> kPreAvx2Cores = {
    "prescott",  "core2",        "penryn",     "dunnington", "nehalem",    "sandybridge",
    "atom",      "katmai",       "coppermine", "northwood",  "banias",     "barcelona",
    "opteron",   "opteron_sse3", "bobcat",     "bulldozer",  "piledriver", "steamroller",
    "excavator", "unknown",      "generic",    "nano"};

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

std::string betterBlasCore(std::string_view loadedCore, bool avx512, bool avx2) {
    const std::string core = lower(loadedCore);
    if (core.empty()) {
        return {};
    }
    const bool preAvx2 =
        std::find(kPreAvx2Cores.begin(), kPreAvx2Cores.end(), core) != kPreAvx2Cores.end();
    if (!preAvx2) {
        return {}; // OpenBLAS recognised a modern CPU; its choice stands
    }
    if (avx512) {
        return "SkylakeX";
    }
    return avx2 ? "Haswell" : std::string();
}

std::string loadedBlasCore() {
    using CoreName = char* (*)();
    const auto fn = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    if (fn == nullptr) {
        return {};
    }
    const char* name = fn();
    return name == nullptr ? std::string() : std::string(name);
}

void preferFastBlasKernel(char** argv) {
    if (argv == nullptr || std::getenv("OPENBLAS_CORETYPE") != nullptr) {
        return;
    }
    __builtin_cpu_init();
    // SkylakeX kernels use AVX-512 F, BW, DQ and VL.
    const bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                        __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
    const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    const std::string better = betterBlasCore(loadedBlasCore(), avx512, avx2);
    if (better.empty()) {
        return;
    }
    // Set even if exec fails below, so that no child tries again.
    setenv("OPENBLAS_CORETYPE", better.c_str(), 1);
    execv("/proc/self/exe", argv);
}

} // namespace gp
