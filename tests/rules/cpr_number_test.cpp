// Test data: only impossible or obviously fictional numbers (dates with the serial 0000).
#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "cpr-number";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string with_citizen(std::string_view value) { return "# Individuel plan\nBorger: " + std::string(value) + "\n"; }

TEST(CprNumber, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(CprNumber, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(CprNumber, FiresOnTheNumberWithTheLastFourDigitsMasked) {
  const auto h = hits(kRule, with_citizen("Asta, 010100-0000"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 2u);
  EXPECT_EQ(h[0].column, 15u);
  EXPECT_EQ(h[0].message, "CPR-nummer i klartekst: 010100-****.");
  EXPECT_EQ(h[0].severity, diag::Severity::error);
  EXPECT_EQ(h[0].fixes, 1u);
  const auto ten = hits(kRule, with_citizen("Asta 2304050000"));
  ASSERT_EQ(ten.size(), 1u);
  EXPECT_EQ(ten[0].column, 14u);
  EXPECT_EQ(ten[0].message, "CPR-nummer i klartekst: 230405-****.");
  // An en dash, as word processors write it.
  EXPECT_EQ(hits(kRule, with_citizen("Asta 010100\xE2\x80\x93" "0000")).size(), 1u);
}

TEST(CprNumber, TheFullNumberIsNowhereInTheDiagnostic) {
  for (const diag::Lang lang : {diag::Lang::da, diag::Lang::en}) {
    engine::LintOptions o;
    o.today = {2026, 8, 10};
    o.lang = lang;
    const engine::FileReport r = engine::lint_buffer("test.plan", with_citizen("Asta 120399-0000 / 1203990000"), o);
    std::size_t found = 0;
    for (const diag::Diagnostic& d : r.diagnostics) {
      if (d.name != kRule) continue;
      ++found;
      EXPECT_NE(d.message.find("120399-****"), std::string::npos);
      for (const std::string& text : {d.message, d.help}) {
        EXPECT_EQ(text.find("120399-0000"), std::string::npos) << text;
        EXPECT_EQ(text.find("1203990000"), std::string::npos) << text;
        EXPECT_EQ(text.find("-0000"), std::string::npos) << text;
      }
      ASSERT_EQ(d.fixes.size(), 1u);
      EXPECT_EQ(d.fixes[0].applicability, diag::Applicability::unsafe);
      EXPECT_EQ(d.fixes[0].title.find("0000"), std::string::npos) << d.fixes[0].title;
      EXPECT_EQ(d.fixes[0].title.find("120399"), std::string::npos) << d.fixes[0].title;
      for (const diag::Related& rel : d.related) EXPECT_EQ(rel.message.find("0000"), std::string::npos);
    }
    EXPECT_EQ(found, 2u);
  }
}

TEST(CprNumber, OnlyRealDatesAnyCentury) {
  EXPECT_EQ(hits(kRule, with_citizen("290200-0000")).size(), 1u);  // 2000 is a leap year
  EXPECT_EQ(hits(kRule, with_citizen("290204-0000")).size(), 1u);  // 1904 and 2004
  EXPECT_EQ(hits(kRule, with_citizen("311299-0000")).size(), 1u);
  EXPECT_TRUE(hits(kRule, with_citizen("290201-0000")).empty());    // 1901 and 2001 are not
  EXPECT_TRUE(hits(kRule, with_citizen("300200-0000")).empty());
  EXPECT_TRUE(hits(kRule, with_citizen("320100-0000")).empty());
  EXPECT_TRUE(hits(kRule, with_citizen("011300-0000")).empty());
  EXPECT_TRUE(hits(kRule, with_citizen("000100-0000")).empty());
  EXPECT_TRUE(hits(kRule, with_citizen("310400-0000")).empty());
}

TEST(CprNumber, NotPartOfALongerNumber) {
  for (std::string_view v : {"12010100-0000", "010100-00001", "01010000001", "010100000", "0101000-0000", "010100-000",
                             "journal 2291", "2026-01-01", "01-01-2000", "+45 12 34 56 78", "010100 0000"}) {
    EXPECT_TRUE(hits(kRule, with_citizen(v)).empty()) << v;
  }
}

TEST(CprNumber, FoundEverywhereInThePlan) {
  const std::string text =
      "# Individuel plan 010100-0000\n"                                  // 1: document heading
      "Borger: Asta\n"
      "// ring til mor, 020200-0000\n"                                   // 3: comment
      "\n"
      "## Handleplan\n"
      "- H1: Mål for 030300-0000.\n"                                     // 6: handleplan item
      "\n"
      "## Målgruppe\n"
      "Støttebehov: Guidning.\n"
      "  Mor: 040400-0000.\n"                                            // 10: continuation line
      "\n"
      "## Ønsker\n"
      "Linje et.\n"
      "Linje to 050500-0000.\n"                                          // 14: second line of a paragraph
      "\n"
      "## Mål 1: Asta\n"
      "  060600-0000 leger\n"                                            // 17: heading continuation
      "\n"
      "### Evaluering 27-07-2026\n"
      "Kvalitativ: 070700-0000\n"                                        // 20: evaluation field
      "\n"
      "## Status 10-07-2026\n"
      "Opnåede resultater: Se 080800-0000.\n"                            // 23: status field
      "\n"
      "## Noget andet\n"
      "Tekst 090900-0000\n"                                              // 26: unknown section
      "// planlint: ignorer PL101 -- aftalt med 101000-0000\n"           // 27: suppression reason
      "## Mål 2: A\n";
  const auto h = hits(kRule, text);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> where;
  for (const auto& x : h) where.emplace_back(x.line, x.column);
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> expected = {
      {1, 19}, {3, 18}, {6, 15}, {10, 8}, {14, 10}, {17, 3}, {20, 13}, {23, 24}, {26, 7}, {27, 42}};
  EXPECT_EQ(where, expected);
  for (const auto& x : h) EXPECT_EQ(x.fixes, 1u) << x.line;
}

TEST(CprNumber, FixReplacesTheNumber) {
  EXPECT_EQ(apply_fixes(kRule, with_citizen("Asta, 010100-0000")), with_citizen("Asta, <CPR fjernet>"));
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n\n## Målgruppe\nStøttebehov: Guidning.\n  Mor: 0404000000.\n"),
            "# Individuel plan\n\n## Målgruppe\nStøttebehov: Guidning.\n  Mor: <CPR fjernet>.\n");
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\r\nBorger: Asta\r\n  010100-0000\r\n"),
            "# Individuel plan\r\nBorger: Asta\r\n  <CPR fjernet>\r\n");
}

TEST(CprNumber, TextThatDoesNotMapByteForByteGetsTheWholeValueAndNoFix) {
  // "a" + combining ring (NFD, as macOS writes å): the model's NFC text is shorter than the file.
  const auto h = hits(kRule, "# Individuel plan\nBorger: A\xCC\x8A" "se 010100-0000\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 2u);
  EXPECT_EQ(h[0].column, 9u);
  EXPECT_EQ(h[0].message, "CPR-nummer i klartekst: 010100-****.");
  EXPECT_EQ(h[0].fixes, 0u);
}

TEST(CprNumber, EnglishMessage) {
  const auto h = hits(kRule, with_citizen("010100-0000"), {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "CPR number in clear text: 010100-****.");
}

}  // namespace
}  // namespace planlint::testing
