// Content-Length framing: reading well-formed, malformed and oversized input from a pipe,
// and writing from several threads without interleaving.
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>

#include "lsp/transport.h"

namespace planlint::lsp {
namespace {

// A transport reading `input` (written in full, then closed) and writing to a pipe.
class Pipe {
 public:
  explicit Pipe(const std::string& input, std::size_t max = Transport::kDefaultMaxMessage) {
    int in[2];
    int out[2];
    EXPECT_EQ(pipe(in), 0);
    EXPECT_EQ(pipe(out), 0);
    writer_ = std::thread([fd = in[1], input] {
      std::size_t done = 0;
      while (done < input.size()) {
        const ssize_t n = ::write(fd, input.data() + done, input.size() - done);
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
      }
      ::close(fd);
    });
    read_fd_ = in[0];
    out_read_ = out[0];
    out_write_ = out[1];
    transport = std::make_unique<Transport>(read_fd_, out_write_, max);
  }
  ~Pipe() {
    writer_.join();
    ::close(read_fd_);
    ::close(out_read_);
    if (out_write_ >= 0) ::close(out_write_);
  }
  // Reads the output until the write end is closed (close_output(), from another thread).
  std::string output_while_open() {
    std::string all;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(out_read_, buf, sizeof buf)) > 0) all.append(buf, static_cast<std::size_t>(n));
    return all;
  }
  void close_output() {
    ::close(out_write_);
    out_write_ = -1;
  }
  std::unique_ptr<Transport> transport;

 private:
  std::thread writer_;
  int read_fd_ = -1;
  int out_read_ = -1;
  int out_write_ = -1;
};

std::string framed(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

std::vector<ReadResult> read_all(Transport& t) {
  std::vector<ReadResult> out;
  while (true) {
    ReadResult r = t.read();
    if (r.kind == ReadResult::Kind::eof) return out;
    out.push_back(std::move(r));
  }
}

TEST(Transport, ReadsMessagesBackToBack) {
  Pipe p(framed("{\"a\":1}") + framed("{}") + framed(""));
  const auto got = read_all(*p.transport);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].body, "{\"a\":1}");
  EXPECT_EQ(got[1].body, "{}");
  EXPECT_EQ(got[2].body, "");
}

TEST(Transport, ToleratesBareNewlinesOtherHeadersAndCase) {
  Pipe p("content-length: 2\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n{}\r\n\r\n" + framed("[]"));
  const auto got = read_all(*p.transport);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].body, "{}");
  EXPECT_EQ(got[1].body, "[]");
}

TEST(Transport, BadLengthIsReportedAndTheNextMessageIsRead) {
  Pipe p("Content-Length: 12x\r\n\r\n{garbage}" + framed("{\"ok\":true}"));
  const auto got = read_all(*p.transport);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].kind, ReadResult::Kind::malformed);
  EXPECT_EQ(got[1].kind, ReadResult::Kind::message);
  EXPECT_EQ(got[1].body, "{\"ok\":true}");
}

TEST(Transport, MissingLengthAndHeaderWithoutColon) {
  Pipe p("Content-Type: x\r\n\r\n" + framed("1") + "nonsense\r\n\r\n" + framed("2"));
  const auto got = read_all(*p.transport);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].kind, ReadResult::Kind::malformed);
  EXPECT_EQ(got[1].body, "1");
  EXPECT_EQ(got[2].kind, ReadResult::Kind::malformed);
  EXPECT_EQ(got[3].body, "2");
}

TEST(Transport, OversizedMessageIsRefusedWithoutReadingIt) {
  Pipe p("Content-Length: 1000\r\n\r\n" + std::string(1000, 'x') + "\r\n" + framed("{}"), 100);
  const auto got = read_all(*p.transport);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].kind, ReadResult::Kind::malformed);
  EXPECT_NE(got[0].error.find("for stor"), std::string::npos);
  EXPECT_EQ(got[1].body, "{}");
}

TEST(Transport, HugeHeaderLineAndGarbageGluedToTheNextHeader) {
  Pipe p(std::string(50000, 'G') + "\r\n" + "more garbage" + framed("{}"));
  const auto got = read_all(*p.transport);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].kind, ReadResult::Kind::malformed);
  EXPECT_EQ(got[1].body, "{}");
}

TEST(Transport, LongGarbageWithoutNewlineRunningIntoAHeader) {
  Pipe p("Content-Length: nope\r\n\r\n" + std::string(100000, 'z') + framed("{\"x\":2}"));
  const auto got = read_all(*p.transport);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].kind, ReadResult::Kind::malformed);
  EXPECT_EQ(got[1].body, "{\"x\":2}");
}

TEST(Transport, EndOfInputInsideABody) {
  Pipe p("Content-Length: 10\r\n\r\n{\"a\"");
  EXPECT_EQ(p.transport->read().kind, ReadResult::Kind::eof);
}

TEST(Transport, WritesFramedMessagesFromManyThreadsWithoutInterleaving) {
  Pipe p("");
  std::string out;
  std::thread drain([&] { out = p.output_while_open(); });
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) p.transport->write(std::string(static_cast<std::size_t>(100 + t * 37 + i), static_cast<char>('a' + t)));
    });
  }
  for (auto& t : threads) t.join();
  p.close_output();
  drain.join();
  std::size_t at = 0;
  int messages = 0;
  while (at < out.size()) {
    ASSERT_EQ(out.compare(at, 16, "Content-Length: "), 0);
    const std::size_t end = out.find("\r\n\r\n", at);
    const std::size_t n = std::stoul(out.substr(at + 16, end - at - 16));
    const std::string body = out.substr(end + 4, n);
    ASSERT_EQ(body.find_first_not_of(body[0]), std::string::npos);
    at = end + 4 + n;
    ++messages;
  }
  EXPECT_EQ(messages, 800);
}

}  // namespace
}  // namespace planlint::lsp
