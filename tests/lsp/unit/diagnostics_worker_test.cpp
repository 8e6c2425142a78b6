// Debouncing: an isolated edit is linted at once, a burst is coalesced into one lint of the
// newest version, and nothing runs after forget() or stop(). The margins are wide, so a
// loaded machine (sanitizer builds in CI) does not make the test flaky.
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
using Clock = std::chrono::steady_clock;

// Waits until `done()` or the time is up.
template <class F>
bool eventually(F done, std::chrono::milliseconds limit = 5000ms) {
  const auto end = Clock::now() + limit;
  while (!done()) {
    if (Clock::now() > end) return false;
    std::this_thread::sleep_for(2ms);
  }
  return true;
}

TEST(DiagnosticsWorker, IsolatedEditsRunAtOnceAndBurstsAreCoalesced) {
  std::mutex m;
  std::vector<Clock::time_point> runs;
  const auto count = [&] {
    std::lock_guard lock(m);
    return runs.size();
  };
  DiagnosticsWorker w(
      [&](const std::string&) {
        std::lock_guard lock(m);
        runs.push_back(Clock::now());
      },
      2000ms);
  const auto start = Clock::now();
  w.schedule("a");
  ASSERT_TRUE(eventually([&] { return count() == 1; }));
  {
    std::lock_guard lock(m);
    EXPECT_LT(runs[0] - start, 2000ms);  // not held back by the debounce
  }
  // A burst within the debounce: one more lint, for the newest state, after the quiet spell.
  const auto burst = Clock::now();
  for (int i = 0; i < 5; ++i) w.schedule("a");
  ASSERT_TRUE(eventually([&] { return count() == 2; }, 10000ms));
  std::this_thread::sleep_for(200ms);
  std::lock_guard lock(m);
  EXPECT_EQ(runs.size(), 2u);
  EXPECT_GE(runs[1] - burst, 1900ms);
}

TEST(DiagnosticsWorker, ForgetAndStop) {
  std::atomic<int> count{0};
  DiagnosticsWorker w([&](const std::string&) { ++count; }, 5000ms);
  w.schedule("a");
  ASSERT_TRUE(eventually([&] { return count.load() == 1; }));
  w.schedule("a");  // within the debounce: due in 5 s
  w.forget("a");    // the document was closed
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(count.load(), 1);
  w.stop();
  w.schedule("b");
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(count.load(), 1);
}

// The worker waits for a due time that forget() erases meanwhile: it must not read the erased
// entry when it wakes (a use-after-free that AddressSanitizer reports in the sanitizer run).
TEST(DiagnosticsWorker, ForgetWhileWaitingForTheDueTime) {
  std::atomic<int> count{0};
  DiagnosticsWorker w([&](const std::string&) { ++count; }, 300ms);
  w.schedule("a");
  ASSERT_TRUE(eventually([&] { return count.load() == 1; }));
  w.schedule("a");  // due in 300 ms: the worker now waits until then
  std::this_thread::sleep_for(50ms);
  w.forget("a");
  std::this_thread::sleep_for(400ms);  // the wait times out after the entry is gone
  EXPECT_EQ(count.load(), 1);
  w.schedule("b");
  EXPECT_TRUE(eventually([&] { return count.load() == 2; }));
}

}  // namespace
}  // namespace planlint::lsp
