#pragma once
// Timing for the in-process benchmarks: the best of several runs, the least disturbed by a
// shared machine.
#include <algorithm>
#include <chrono>

namespace bench {

template <class F>
double best_of(int runs, F&& f) {
  double best = 1e100;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

}  // namespace bench
