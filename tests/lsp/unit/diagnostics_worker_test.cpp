// Debouncing: an isolated edit is linted at once, a burst is coalesced into one lint of the
// newest version, and nothing runs after stop().
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "lsp/diagnostics_worker.h"

namespace planlint::lsp {
namespace {

using namespace std::chrono_literals;

TEST(DiagnosticsWorker, IsolatedEditsRunAtOnceAndBurstsAreCoalesced) {
  std::mutex m;
  std::vector<std::pair<std::string, std::chrono::steady_clock::time_point>> runs;
  DiagnosticsWorker w(
      [&](const std::string& uri) {
        std::lock_guard lock(m);
        runs.emplace_back(uri, std::chrono::steady_clock::now());
      },
      200ms);
  const auto start = std::chrono::steady_clock::now();
  w.schedule("a");
  std::this_thread::sleep_for(100ms);
  {
    std::lock_guard lock(m);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_LT(runs[0].second - start, 100ms);
  }
  // Five quick edits: one lint, 200 ms after the last.
  for (int i = 0; i < 5; ++i) {
    w.schedule("a");
    std::this_thread::sleep_for(10ms);
  }
  std::this_thread::sleep_for(400ms);
  std::lock_guard lock(m);
  EXPECT_EQ(runs.size(), 2u);
}

TEST(DiagnosticsWorker, ForgetAndStop) {
  std::atomic<int> count{0};
  DiagnosticsWorker w([&](const std::string&) { ++count; }, 100ms);
  w.schedule("a");
  std::this_thread::sleep_for(50ms);
  w.schedule("a");  // within the debounce: due later
  w.forget("a");
  std::this_thread::sleep_for(200ms);
  EXPECT_EQ(count.load(), 1);
  w.stop();
  w.schedule("b");
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(count.load(), 1);
}

}  // namespace
}  // namespace planlint::lsp
