#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/source_range.h"

#include "PlanParser.h"

namespace planlint::syntax {

struct SyntaxError {
  text::SourceRange range;
  std::string message;
};

struct ParseState;

// The parse tree of one buffer and everything that owns it. The tree lives exactly as long
// as this object: the model builder walks it and drops it.
class ParseResult {
 public:
  explicit ParseResult(std::string_view text);
  ~ParseResult();
  ParseResult(const ParseResult&) = delete;
  ParseResult& operator=(const ParseResult&) = delete;

  [[nodiscard]] grammar::PlanParser::PlanContext* root() const;
  [[nodiscard]] const std::vector<SyntaxError>& errors() const;
  // True when the fast SLL pass failed and the file was parsed again in full LL mode.
  [[nodiscard]] bool used_full_ll() const;

 private:
  std::unique_ptr<ParseState> state_;
};

}  // namespace planlint::syntax
