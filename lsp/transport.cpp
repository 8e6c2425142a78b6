#include "lsp/transport.h"

#include "text/unicode.h"

#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <string_view>

namespace planlint::lsp {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

constexpr std::string_view kLengthHeader = "content-length:";

// Where "Content-Length:" (any case) starts in [b, e), or e.
const char* find_length_header(const char* b, const char* e) {
  for (const char* p = b; p + kLengthHeader.size() <= e; ++p) {
    if ((*p == 'C' || *p == 'c') && text::starts_with_ascii_ci(std::string_view(p, kLengthHeader.size()), kLengthHeader)) return p;
  }
  return e;
}

}  // namespace

Transport::Transport(int in_fd, int out_fd, std::size_t max_message)
    : in_(in_fd), out_(out_fd), max_message_(max_message), buffer_(std::size_t{1} << 16) {}

bool Transport::fill() {
  if (at_eof_) return false;
  if (begin_ == end_) {
    begin_ = 0;
    end_ = 0;
  } else if (end_ == buffer_.size()) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  while (true) {
    const ssize_t n = ::read(in_, buffer_.data() + end_, buffer_.size() - end_);
    if (n > 0) {
      end_ += static_cast<std::size_t>(n);
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    at_eof_ = true;
    return false;
  }
}

Transport::Line Transport::read_line(std::string& line) {
  line.clear();
  bool dropped = false;  // the start of this line was thrown away (too long)
  while (true) {
    const char* b = buffer_.data() + begin_;
    const char* e = buffer_.data() + end_;
    const char* nl = std::find(b, e, '\n');
    if (nl != e) {
      begin_ += static_cast<std::size_t>(nl - b) + 1;
      // While resynchronising, garbage may run straight into the next message's header.
      const char* from = resync_ ? find_length_header(b, nl) : b;
      if (from == nl) from = b;
      if ((dropped && from == b) || static_cast<std::size_t>(nl - from) > kMaxHeaderLine) return Line::too_long;
      line.assign(from, nl);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return Line::ok;
    }
    if (end_ - begin_ > kMaxHeaderLine) {
      // No header is this long: skip to a header glued to the garbage, or drop the bytes
      // (keeping a tail that may hold the start of one).
      const char* h = resync_ ? find_length_header(b, e) : e;
      if (h != e && h != b) {
        begin_ = static_cast<std::size_t>(h - buffer_.data());
        continue;
      }
      dropped = true;
      begin_ = end_ - std::min<std::size_t>(end_ - begin_, kLengthHeader.size());
    }
    if (!fill()) return dropped ? Line::too_long : Line::eof;
  }
}

ReadResult Transport::read() {
  std::string line;
  while (true) {
    std::optional<std::uint64_t> length;
    std::string problem;
    bool any_header = false;
    while (true) {
      const Line got = read_line(line);
      if (got == Line::eof) return {ReadResult::Kind::eof, {}, {}};
      if (got == Line::too_long) {
        if (resync_) continue;
        resync_ = true;
        return {ReadResult::Kind::malformed, {}, "en headerlinje er for lang; beskeden springes over"};
      }
      if (resync_) {
        // Garbage may run straight into the next message's header on the same line.
        const char* h = find_length_header(line.data(), line.data() + line.size());
        if (h == line.data() + line.size()) continue;
        line.erase(0, static_cast<std::size_t>(h - line.data()));
        resync_ = false;
      }
      if (line.empty()) {
        if (!any_header) continue;  // blank lines between messages are harmless
        break;
      }
      any_header = true;
      const std::size_t colon = line.find(':');
      if (colon == std::string::npos) {
        if (problem.empty()) problem = "ugyldig headerlinje (mangler »Navn: værdi«)";
        continue;
      }
      if (!text::starts_with_ascii_ci(line, kLengthHeader)) continue;  // Content-Type and others
      const std::string_view value = trim(std::string_view(line).substr(colon + 1));
      std::uint64_t v = 0;
      bool ok = !value.empty() && value.size() <= 18;
      for (char c : value) {
        if (c < '0' || c > '9') {
          ok = false;
          break;
        }
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
      }
      if (!ok) {
        problem = "Content-Length er ikke et ikke-negativt heltal";
        continue;
      }
      length = v;
    }
    if (!problem.empty() || !length) {
      resync_ = true;
      return {ReadResult::Kind::malformed, {}, problem.empty() ? "headeren mangler Content-Length" : problem};
    }
    if (*length > max_message_) {
      // Never trust a length we will not honour: look for the next header instead.
      resync_ = true;
      return {ReadResult::Kind::malformed, {},
              "beskeden er for stor (" + std::to_string(*length) + " bytes; grænsen er " + std::to_string(max_message_) + ")"};
    }
    ReadResult result{ReadResult::Kind::message, {}, {}};
    std::string& body = result.body;
    body.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(*length, std::uint64_t{1} << 20)));
    std::uint64_t remaining = *length;
    while (remaining > 0) {
      if (begin_ == end_ && !fill()) return {ReadResult::Kind::eof, {}, {}};
      const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(remaining, end_ - begin_));
      body.append(buffer_.data() + begin_, take);
      begin_ += take;
      remaining -= take;
    }
    return result;
  }
}

bool Transport::write(const std::string& body) {
  const std::string header = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  std::lock_guard lock(write_mutex_);
  if (broken_) return false;
  iovec parts[2] = {{const_cast<char*>(header.data()), header.size()}, {const_cast<char*>(body.data()), body.size()}};
  std::size_t index = 0;
  while (index < 2) {
    const ssize_t n = ::writev(out_, parts + index, static_cast<int>(2 - index));
    if (n < 0) {
      if (errno == EINTR) continue;
      broken_ = true;
      return false;
    }
    std::size_t written = static_cast<std::size_t>(n);
    while (index < 2 && written >= parts[index].iov_len) {
      written -= parts[index].iov_len;
      ++index;
    }
    if (index < 2) {
      parts[index].iov_base = static_cast<char*>(parts[index].iov_base) + written;
      parts[index].iov_len -= written;
    }
  }
  return true;
}

}  // namespace planlint::lsp
