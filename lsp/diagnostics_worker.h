#pragma once

// The thread that lints documents for pushed diagnostics, debounced.
//
// `schedule(uri)` asks for a lint of the document's newest version. An edit that comes after
// a quiet spell of at least `debounce` is linted at once (so a single keystroke's diagnostics
// arrive in the time a lint takes); edits in quicker succession are coalesced and the newest
// version is linted `debounce` after the last of them. A newer schedule supersedes an older
// one that has not started, and the callback drops a result whose version is no longer
// current. No work and no wake-ups when idle.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace planlint::lsp {

class DiagnosticsWorker {
 public:
  using Clock = std::chrono::steady_clock;
  using Run = std::function<void(const std::string& uri)>;

  DiagnosticsWorker(Run run, std::chrono::milliseconds debounce);
  ~DiagnosticsWorker();
  DiagnosticsWorker(const DiagnosticsWorker&) = delete;
  DiagnosticsWorker& operator=(const DiagnosticsWorker&) = delete;

  void schedule(const std::string& uri);
  void forget(const std::string& uri);
  void set_debounce(std::chrono::milliseconds debounce);
  // Finishes the lint in progress, drops the rest, and joins the thread.
  void stop();

 private:
  void loop();

  Run run_;
  std::chrono::milliseconds debounce_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::map<std::string, Clock::time_point> due_;
  std::map<std::string, Clock::time_point> last_request_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace planlint::lsp
