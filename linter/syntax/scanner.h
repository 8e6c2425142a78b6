#pragma once

#include <antlr4-runtime.h>

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace planlint::syntax {

// One coarse token: its type from PlanParser.g4's `tokens {}` and its byte range.
struct RawToken {
  std::size_t type;
  std::uint32_t begin;
  std::uint32_t end;  // exclusive
};

// The plan language's lexer. It classifies each line with a few byte comparisons and emits
// the grammar's line-level tokens; ANTLR's generated lexer would spend most of the time in
// its ATN fallback on Danish letters (see docs/architecture.md). Tokens carry byte offsets
// into the buffer; their text is never copied.
class Scanner final : public antlr4::TokenSource {
 public:
  explicit Scanner(std::string_view text);

  std::unique_ptr<antlr4::Token> nextToken() override;
  std::size_t getLine() const override { return line_ + 1; }
  std::size_t getCharPositionInLine() override { return 0; }
  antlr4::CharStream* getInputStream() override { return nullptr; }
  std::string getSourceName() override { return "plan"; }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

  // Scans the next line into `out` (tokens always end with NL); false at the end of input.
  bool scan_line(std::vector<RawToken>& out);

  // Every remaining token, EOF last, as nextToken() would return them one by one (same type,
  // offsets, line, column), with token indexes 0, 1, ...: TokenStream's storage, one vector
  // instead of one heap object per token.
  void scan_tokens(std::vector<antlr4::CommonToken>& out);

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 0;
  std::uint32_t line_start_ = 0;
  std::vector<RawToken> pending_;
  std::size_t next_ = 0;
};

// All tokens of a buffer, without ANTLR: for tests and tools.
std::vector<RawToken> scan_all(std::string_view text);

}  // namespace planlint::syntax
