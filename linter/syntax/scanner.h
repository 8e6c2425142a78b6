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

// A token for the ANTLR parser: type, byte offsets, line, column and index, nothing else.
// antlr4::CommonToken carries a text string and is constructed out of line in the runtime
// library; these live in one vector per parse (see scan_tokens) and cost a few stores each.
// Their text is never copied: getText() is empty, as a CommonToken's is without a CharStream.
class PlanToken final : public antlr4::Token {
 public:
  PlanToken(antlr4::TokenSource* source, std::size_t type, std::size_t start, std::size_t stop, std::size_t line,
            std::size_t column, std::size_t index)
      : source_(source), type_(type), start_(start), stop_(stop), line_(line), column_(column), index_(index) {}

  [[nodiscard]] std::size_t type() const { return type_; }  // getType() without the virtual call

  std::string getText() const override { return {}; }
  std::size_t getType() const override { return type_; }
  std::size_t getLine() const override { return line_; }
  std::size_t getCharPositionInLine() const override { return column_; }
  std::size_t getChannel() const override { return antlr4::Token::DEFAULT_CHANNEL; }
  std::size_t getTokenIndex() const override { return index_; }
  std::size_t getStartIndex() const override { return start_; }
  std::size_t getStopIndex() const override { return stop_; }
  antlr4::TokenSource* getTokenSource() const override { return source_; }
  antlr4::CharStream* getInputStream() const override { return nullptr; }
  std::string toString() const override;  // CommonToken's format: [@index,start:stop='<no text>',<type>,line:column]

 private:
  antlr4::TokenSource* source_;
  std::size_t type_;
  std::size_t start_;
  std::size_t stop_;  // inclusive, as ANTLR's
  std::size_t line_;
  std::size_t column_;
  std::size_t index_;
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
  void scan_tokens(std::vector<PlanToken>& out);

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
