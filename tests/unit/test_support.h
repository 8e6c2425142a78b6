#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "model/builder.h"
#include "text/line_index.h"

namespace planlint::testing {

// A finding reduced to what tests assert on: code and 1-based line:column (code points).
struct Found {
  std::string code;
  std::uint32_t line;
  std::uint32_t column;
  friend bool operator==(const Found&, const Found&) = default;
};

inline std::vector<Found> found(std::string_view text, diag::Lang lang = diag::Lang::da) {
  const model::BuildResult r = model::build_plan(text, lang);
  const text::LineIndex index(text);
  std::vector<Found> out;
  for (const auto& d : r.diagnostics) {
    const auto p = index.position(d.range.begin);
    out.push_back({std::string(d.code), p.line, p.column});
  }
  return out;
}

inline std::vector<std::string> codes(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& f : found(text)) out.push_back(f.code);
  return out;
}

// A minimal valid plan header, to prefix test snippets with.
inline constexpr std::string_view kHeader =
    "# Individuel plan\n"
    "Borger: Testbarn\n"
    "Område: børn\n"
    "\n";

}  // namespace planlint::testing
