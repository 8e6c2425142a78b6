// The language server as an editor feels it: the latency of pushed diagnostics after a
// one-character edit in a long plan, and the server's memory with many open plans.
// Prints figures; it is a benchmark, not a test (timings on a shared machine vary).
//
//   build/bench/planlint_bench_lsp PLANLINT LONG_PLAN CORPUS_DIR [--edits N] [--open N]
//                                  [--today YYYY-MM-DD]
//
// Latency: one `planlint lsp` opens LONG_PLAN, then sends N one-character didChange edits
// (alternately typing an "x" at the end of a seeded random line and deleting it again) and
// measures, per edit, the time from just before writing didChange to having read the whole
// publishDiagnostics for that version. The edits are spaced more than the server's debounce
// (`debounceMs`, 50 ms by default) apart, so each is an isolated edit that is linted at
// once, as a person typing a single character sees it.
// Memory: a second `planlint lsp` opens the first N .plan files of CORPUS_DIR (sorted),
// waits for the diagnostics of every one, and reads VmRSS and VmHWM from /proc/PID/status.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr int kDebounceMs = 50;  // the server's default debounceMs (lsp/README.md)

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string file_uri(const std::filesystem::path& p) {
  std::string out = "file://";
  for (const unsigned char c : std::filesystem::absolute(p).lexically_normal().string()) {
    if (std::isalnum(c) != 0 || std::strchr("/-._~", c) != nullptr) {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// One message read from the server, with the time its last byte was read.
struct Message {
  json body;
  Clock::time_point at;
};

class Server {
 public:
  Server(const std::string& planlint, const std::string& today) {
    int to_child[2];
    int from_child[2];
    if (::pipe2(to_child, O_CLOEXEC) != 0 || ::pipe2(from_child, O_CLOEXEC) != 0) throw std::runtime_error("pipe");
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork");
    if (pid_ == 0) {
      ::dup2(to_child[0], 0);
      ::dup2(from_child[1], 1);
      const int devnull = ::open("/dev/null", O_WRONLY);
      if (devnull >= 0) ::dup2(devnull, 2);
      ::setenv("PLANLINT_TODAY", today.c_str(), 1);
      const char* args[] = {planlint.c_str(), "lsp", nullptr};
      ::execv(planlint.c_str(), const_cast<char* const*>(args));
      ::_exit(127);
    }
    ::close(to_child[0]);
    ::close(from_child[1]);
    in_ = to_child[1];
    out_ = from_child[0];
  }

  ~Server() {
    if (in_ >= 0) ::close(in_);
    if (out_ >= 0) ::close(out_);
    if (pid_ > 0) {
      int status = 0;
      for (int i = 0; i < 200; ++i) {
        if (::waitpid(pid_, &status, WNOHANG) == pid_) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
    }
  }
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  [[nodiscard]] pid_t pid() const { return pid_; }

  // Returns the time just before the first byte was written.
  Clock::time_point send(const json& message) {
    const std::string body = message.dump();
    const std::string framed = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    const auto at = Clock::now();
    std::size_t done = 0;
    while (done < framed.size()) {
      const ssize_t n = ::write(in_, framed.data() + done, framed.size() - done);
      if (n <= 0) throw std::runtime_error("the server closed its input");
      done += static_cast<std::size_t>(n);
    }
    return at;
  }

  void request(int id, const std::string& method, json params) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}});
  }
  void notify(const std::string& method, json params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }

  // The next message; answers requests from the server with null so that it never waits.
  Message next(int timeout_ms = 30000) {
    while (true) {
      if (auto framed = take_framed()) {
        Message m{json::parse(framed->first), framed->second};
        if (m.body.contains("method") && m.body.contains("id")) {
          send({{"jsonrpc", "2.0"}, {"id", m.body["id"]}, {"result", nullptr}});
          continue;
        }
        return m;
      }
      pollfd p{out_, POLLIN, 0};
      const int r = ::poll(&p, 1, timeout_ms);
      if (r == 0) throw std::runtime_error("no message from the server within " + std::to_string(timeout_ms) + " ms");
      if (r < 0) throw std::runtime_error("poll failed");
      char buf[1 << 16];
      const ssize_t n = ::read(out_, buf, sizeof buf);
      if (n <= 0) throw std::runtime_error("the server closed its output");
      buffer_.append(buf, static_cast<std::size_t>(n));
      last_read_ = Clock::now();
    }
  }

  json wait_response(int id) {
    while (true) {
      Message m = next();
      if (m.body.contains("id") && m.body["id"] == id) return m.body;
    }
  }

  void shutdown() {
    request(999999, "shutdown", nullptr);
    wait_response(999999);
    notify("exit", nullptr);
  }

 private:
  std::optional<std::pair<std::string, Clock::time_point>> take_framed() {
    const std::size_t end = buffer_.find("\r\n\r\n");
    if (end == std::string::npos) return std::nullopt;
    std::size_t length = 0;
    bool found = false;
    std::string_view headers(buffer_.data(), end);
    while (!headers.empty()) {
      const std::size_t eol = headers.find("\r\n");
      const std::string_view line = headers.substr(0, eol);
      constexpr std::string_view key = "Content-Length:";
      if (line.substr(0, key.size()) == key) {
        length = std::strtoull(std::string(line.substr(key.size())).c_str(), nullptr, 10);
        found = true;
      }
      headers.remove_prefix(eol == std::string_view::npos ? headers.size() : eol + 2);
    }
    if (!found) throw std::runtime_error("a message without Content-Length");
    if (buffer_.size() < end + 4 + length) return std::nullopt;
    std::string body = buffer_.substr(end + 4, length);
    buffer_.erase(0, end + 4 + length);
    return std::make_pair(std::move(body), last_read_);
  }

  pid_t pid_ = -1;
  int in_ = -1;
  int out_ = -1;
  std::string buffer_;
  Clock::time_point last_read_;
};

// Returns true when the server negotiated UTF-8 positions.
bool initialize(Server& s, const std::string& today) {
  const json caps = {{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}},
                     {"textDocument", {{"synchronization", {{"didSave", true}}}}}};
  s.request(1, "initialize",
            {{"processId", static_cast<int>(::getpid())},
             {"rootUri", nullptr},
             {"capabilities", caps},
             {"initializationOptions", {{"today", today}}}});
  const json r = s.wait_response(1);
  s.notify("initialized", json::object());
  return r.contains("result") && r["result"]["capabilities"].value("positionEncoding", "") == "utf-8";
}

// Waits for publishDiagnostics of `uri` at `version`; returns when its last byte was read.
Clock::time_point wait_diagnostics(Server& s, const std::string& uri, int version) {
  while (true) {
    Message m = s.next();
    if (m.body.value("method", "") != "textDocument/publishDiagnostics") continue;
    const json& p = m.body["params"];
    if (p.value("uri", "") == uri && p.contains("version") && p["version"] == version) return m.at;
  }
}

std::size_t utf16_length(std::string_view s) {
  std::size_t n = 0;
  for (const unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;
    n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
  return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

long status_kb(pid_t pid, const char* key) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  const std::string prefix = std::string(key) + ":";
  while (std::getline(in, line)) {
    if (line.rfind(prefix, 0) == 0) return std::strtol(line.c_str() + prefix.size(), nullptr, 10);
  }
  return -1;
}

void latency(const std::string& planlint, const std::filesystem::path& long_plan, int edits, const std::string& today) {
  const std::string text = read_file(long_plan);
  std::vector<std::string> lines;
  for (std::size_t pos = 0; pos <= text.size();) {
    const std::size_t nl = text.find('\n', pos);
    std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  Server s(planlint, today);
  const bool utf8 = initialize(s, today);
  const std::string uri = file_uri(long_plan);
  const auto opened = s.send({{"jsonrpc", "2.0"},
                              {"method", "textDocument/didOpen"},
                              {"params", {{"textDocument", {{"uri", uri}, {"languageId", "plan"}, {"version", 1}, {"text", text}}}}}});
  const auto first = wait_diagnostics(s, uri, 1);
  std::printf("lsp open: %zu-line plan (%.0f KB), first diagnostics after %.2f ms\n", lines.size(),
              static_cast<double>(text.size()) / 1024.0, ms(first - opened));

  std::mt19937 rng(9);
  std::uniform_int_distribution<std::size_t> pick(0, lines.size() - 1);
  std::vector<double> latencies;
  std::size_t line = 0;
  auto last_send = Clock::now();
  for (int i = 0; i < edits; ++i) {
    const bool typing = i % 2 == 0;
    if (typing) line = pick(rng);
    const std::size_t col = utf8 ? lines[line].size() : utf16_length(lines[line]);
    json change;
    if (typing) {
      change = {{"range", {{"start", {{"line", line}, {"character", col}}}, {"end", {{"line", line}, {"character", col}}}}},
                {"text", "x"}};
    } else {
      change = {{"range", {{"start", {{"line", line}, {"character", col - 1}}}, {"end", {{"line", line}, {"character", col}}}}},
                {"text", ""}};
    }
    if (typing) {
      lines[line] += 'x';
    } else {
      lines[line].pop_back();
    }
    const int version = i + 2;
    std::this_thread::sleep_until(last_send + std::chrono::milliseconds(kDebounceMs + 10));
    last_send = s.send({{"jsonrpc", "2.0"},
                        {"method", "textDocument/didChange"},
                        {"params", {{"textDocument", {{"uri", uri}, {"version", version}}}, {"contentChanges", {change}}}}});
    latencies.push_back(ms(wait_diagnostics(s, uri, version) - last_send));
  }
  s.shutdown();
  if (!latencies.empty()) {
    std::printf("lsp edit latency: %d edits, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", edits, percentile(latencies, 50),
                percentile(latencies, 99), *std::max_element(latencies.begin(), latencies.end()));
  }
}

void memory(const std::string& planlint, const std::filesystem::path& dir, int count, const std::string& today) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ".plan") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (files.size() > static_cast<std::size_t>(count)) files.resize(static_cast<std::size_t>(count));
  Server s(planlint, today);
  initialize(s, today);
  const long idle_kb = status_kb(s.pid(), "VmRSS");
  std::set<std::string> waiting;
  std::size_t bytes = 0;
  const auto t0 = Clock::now();
  for (const auto& f : files) {
    const std::string text = read_file(f);
    bytes += text.size();
    const std::string uri = file_uri(f);
    waiting.insert(uri);
    s.notify("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "plan"}, {"version", 1}, {"text", text}}}});
  }
  while (!waiting.empty()) {
    Message m = s.next();
    if (m.body.value("method", "") != "textDocument/publishDiagnostics") continue;
    const json& p = m.body["params"];
    if (p.contains("version") && p["version"] == 1) waiting.erase(p.value("uri", ""));
  }
  const auto t1 = Clock::now();
  const long rss_kb = status_kb(s.pid(), "VmRSS");
  const long hwm_kb = status_kb(s.pid(), "VmHWM");
  std::printf("lsp memory: %zu open plans (%.1f MB), all diagnosed after %.0f ms; VmRSS %.1f MB, VmHWM %.1f MB (idle %.1f MB)\n",
              files.size(), static_cast<double>(bytes) / 1e6, ms(t1 - t0), static_cast<double>(rss_kb) / 1024.0,
              static_cast<double>(hwm_kb) / 1024.0, static_cast<double>(idle_kb) / 1024.0);
  s.shutdown();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional;
  int edits = 200;
  int open = 200;
  std::string today = "2026-08-10";
  for (int i = 1; i < argc; ++i) {
    const std::string_view a(argv[i]);
    if (a == "--edits" && i + 1 < argc) {
      edits = std::atoi(argv[++i]);
    } else if (a == "--open" && i + 1 < argc) {
      open = std::atoi(argv[++i]);
    } else if (a == "--today" && i + 1 < argc) {
      today = argv[++i];
    } else {
      positional.emplace_back(a);
    }
  }
  if (positional.size() != 3) {
    std::fprintf(stderr, "usage: %s PLANLINT LONG_PLAN CORPUS_DIR [--edits N] [--open N] [--today YYYY-MM-DD]\n", argv[0]);
    return 2;
  }
  ::signal(SIGPIPE, SIG_IGN);
  try {
    latency(positional[0], positional[1], edits, today);
    memory(positional[0], positional[2], open, today);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "planlint_bench_lsp: %s\n", e.what());
    return 1;
  }
  return 0;
}
