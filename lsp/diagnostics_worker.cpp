#include "lsp/diagnostics_worker.h"

#include <iostream>

namespace planlint::lsp {

DiagnosticsWorker::DiagnosticsWorker(Run run, std::chrono::milliseconds debounce)
    : run_(std::move(run)), debounce_(debounce), thread_([this] { loop(); }) {}

DiagnosticsWorker::~DiagnosticsWorker() { stop(); }

void DiagnosticsWorker::schedule(const std::string& uri) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    const Clock::time_point now = Clock::now();
    const auto last = last_request_.find(uri);
    const bool quiet = last == last_request_.end() || now - last->second >= debounce_;
    due_[uri] = quiet ? now : now + debounce_;
    last_request_[uri] = now;
  }
  wake_.notify_one();
}

void DiagnosticsWorker::forget(const std::string& uri) {
  std::lock_guard lock(mutex_);
  due_.erase(uri);
  last_request_.erase(uri);
}

void DiagnosticsWorker::set_debounce(std::chrono::milliseconds debounce) {
  std::lock_guard lock(mutex_);
  debounce_ = debounce;
}

void DiagnosticsWorker::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    due_.clear();
  }
  wake_.notify_one();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

void DiagnosticsWorker::loop() {
  std::unique_lock lock(mutex_);
  while (true) {
    if (stopping_) return;
    if (due_.empty()) {
      wake_.wait(lock);
      continue;
    }
    auto next = due_.begin();
    for (auto it = due_.begin(); it != due_.end(); ++it) {
      if (it->second < next->second) next = it;
    }
    if (next->second > Clock::now()) {
      // A copy: wait_until reads its deadline again after waking, when forget() or stop()
      // may have erased the entry (AddressSanitizer caught that in the Neovim test).
      const Clock::time_point deadline = next->second;
      wake_.wait_until(lock, deadline);
      continue;
    }
    const std::string uri = next->first;
    due_.erase(next);
    lock.unlock();
    try {
      run_(uri);
    } catch (const std::exception& e) {
      std::cerr << "planlint lsp: diagnostics for " << uri << ": " << e.what() << '\n';
    } catch (...) {
      std::cerr << "planlint lsp: diagnostics for " << uri << ": unknown error\n";
    }
    lock.lock();
  }
}

}  // namespace planlint::lsp
