// Which OpenBLAS kernel the face network's matrix products run on.
//
// Debian's OpenBLAS 0.3.21 picks its kernels from the CPU model number at load time. On CPUs
// newer than its tables (this machine's Xeon, family 6 model 207, for one) it falls back to the
// SSE3 "Prescott" kernels although the CPU has AVX2 and AVX-512, and a face descriptor then
// takes 43 ms instead of 27 ms. OpenBLAS reads OPENBLAS_CORETYPE only while it loads, before
// main() runs, so the programs call preferFastBlasKernel() first thing: when the loaded kernel
// is weaker than what the CPU supports, it sets OPENBLAS_CORETYPE and executes the program
// again, once. Nothing happens when OPENBLAS_CORETYPE is already set (a user's own choice is
// kept), when the BLAS is not OpenBLAS, or when OpenBLAS already chose a modern kernel.
#pragma once

#include <string>
#include <string_view>

namespace gp {

/// The OPENBLAS_CORETYPE worth forcing on a CPU with these features when OpenBLAS has chosen
/// `loadedCore`; empty when the loaded kernel is as good as it gets.
std::string betterBlasCore(std::string_view loadedCore, bool avx512, bool avx2);

/// The kernel the loaded OpenBLAS uses ("Prescott", "SkylakeX" …); empty without OpenBLAS.
std::string loadedBlasCore();

/// Re-executes the program with a faster OPENBLAS_CORETYPE when betterBlasCore() names one.
/// Returns normally when nothing is to be done or the re-execution fails.
void preferFastBlasKernel(char** argv);

} // namespace gp
