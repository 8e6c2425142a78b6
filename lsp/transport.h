#pragma once

// Content-Length framing (the LSP base protocol) over two file descriptors, normally stdin
// and stdout. Reading is for one thread; writing is thread-safe (the diagnostics worker and
// the request loop both write).
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace planlint::lsp {

struct ReadResult {
  enum class Kind {
    message,    // `body` holds one message's bytes (not yet parsed as JSON)
    malformed,  // a broken header or an oversized message; `error` says what; reading goes on
    eof,        // the input is closed
  };
  Kind kind = Kind::eof;
  std::string body;
  std::string error;
};

class Transport {
 public:
  // Messages larger than this are refused (answered with an error) and skipped.
  static constexpr std::size_t kDefaultMaxMessage = std::size_t{256} << 20;
  // A header line longer than this cannot be a header: it is skipped as garbage.
  static constexpr std::size_t kMaxHeaderLine = 4096;

  Transport(int in_fd, int out_fd, std::size_t max_message = kDefaultMaxMessage);

  // Blocks for the next message. After `malformed`, the reader has resynchronised on the
  // next line that starts with "Content-Length:".
  ReadResult read();

  // Frames and writes one message body; false when the output is closed.
  bool write(const std::string& body);

 private:
  enum class Line { ok, eof, too_long };
  Line read_line(std::string& line);
  bool fill();

  int in_;
  int out_;
  std::size_t max_message_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool at_eof_ = false;
  bool resync_ = false;  // discard lines until a Content-Length header
  std::mutex write_mutex_;
  bool broken_ = false;
};

}  // namespace planlint::lsp
