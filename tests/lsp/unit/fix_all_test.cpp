// source.fixAll.planlint: safe fixes only, rounds like `planlint check --fix`, and one
// minimal edit cut at character boundaries. No rule has a safe fix yet, so the findings
// here are made up.
#include <gtest/gtest.h>

#include "lsp/fix_all.h"

namespace planlint::lsp {
namespace {

diag::Diagnostic finding(std::string_view code, std::uint32_t b, std::uint32_t e, std::string replacement, diag::Applicability a) {
  diag::Diagnostic d;
  d.code = code;
  d.range = {b, e};
  d.fixes.push_back({"fix", a, {{{b, e}, std::move(replacement)}}});
  return d;
}

TEST(FixAll, AppliesSafeFixesOnly) {
  const std::string text = "Maal 1 og Maal 2\n";
  std::vector<diag::Diagnostic> findings = {finding("PL020", 0, 4, "Mål", diag::Applicability::safe),
                                            finding("PL020", 10, 14, "Mål", diag::Applicability::safe),
                                            finding("PL101", 5, 6, "9", diag::Applicability::unsafe)};
  EXPECT_TRUE(has_safe_fix(findings));
  const auto fixed = apply_safe_fixes(text, findings, [](const std::string&) { return std::vector<diag::Diagnostic>{}; });
  ASSERT_TRUE(fixed);
  EXPECT_EQ(*fixed, "Mål 1 og Mål 2\n");
}

TEST(FixAll, ARoundThatAddsAFindingIsNotTaken) {
  const std::vector<diag::Diagnostic> findings = {finding("PL020", 0, 4, "Mål", diag::Applicability::safe)};
  const auto fixed = apply_safe_fixes("Maal\n", findings, [](const std::string&) {
    diag::Diagnostic d;
    d.code = "PL999";
    return std::vector<diag::Diagnostic>{d};
  });
  EXPECT_FALSE(fixed);
}

TEST(FixAll, NothingSafeMeansNothing) {
  const std::vector<diag::Diagnostic> findings = {finding("PL101", 0, 1, "x", diag::Applicability::unsafe)};
  EXPECT_FALSE(has_safe_fix(findings));
  EXPECT_FALSE(apply_safe_fixes("a", findings, [](const std::string&) { return std::vector<diag::Diagnostic>{}; }));
}

TEST(FixAll, MinimalEditIsCutAtCharacterBoundaries) {
  const Snapshot s("u", 3, "## Maal 1: ø\nrest\n");
  // "ø" (C3 B8) -> "å" (C3 A5): the common byte C3 must not be split off.
  const json e = minimal_edit(s, "## Mål 1: å\nrest\n", Encoding::utf16);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0]["range"]["start"], (json{{"line", 0}, {"character", 4}}));
  EXPECT_EQ(e[0]["range"]["end"], (json{{"line", 0}, {"character", 12}}));
  EXPECT_EQ(e[0]["newText"], "ål 1: å");
}

}  // namespace
}  // namespace planlint::lsp
