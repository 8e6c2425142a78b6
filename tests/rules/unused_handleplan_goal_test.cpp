#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "unused-handleplan-goal";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

constexpr std::string_view kHandleplan =
    "# Individuel plan\nOmråde: børn\n\n## Handleplan\nLovgrundlag: Barnets lov § 91\nDato: 10-01-2026\nFormål: X\n"
    "- H1: Et.\n- H2: To.\n- H3: Tre.\n\n";

TEST(UnusedHandleplanGoal, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(UnusedHandleplanGoal, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(UnusedHandleplanGoal, FiresOnTheIdOfTheUnusedGoal) {
  const auto h = hits(kRule, std::string(kHandleplan) + "## Mål 1: A\nHandleplan: H1, H3\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 9u);
  EXPECT_EQ(h[0].column, 3u);
  EXPECT_EQ(h[0].message, "Handleplanens mål H2 bruges ikke af noget mål eller delmål.");
  EXPECT_EQ(h[0].severity, diag::Severity::info);
  EXPECT_NE(h[0].help.find("»Handleplan: H2«"), std::string::npos);
  EXPECT_EQ(h[0].fixes, 0u);
}

TEST(UnusedHandleplanGoal, SubGoalsAndAnySpellingCount) {
  EXPECT_TRUE(hits(kRule, std::string(kHandleplan) + "## Mål 1: A\nHandleplan: h1\n\n### Delmål 1.1: B\nHandleplan: H2 og H3\n").empty());
}

TEST(UnusedHandleplanGoal, APlanWithoutGoalsUsesNone) {
  const auto h = hits(kRule, kHandleplan);
  ASSERT_EQ(h.size(), 3u);
  EXPECT_EQ(h[0].line, 8u);
  EXPECT_EQ(h[2].message, "Handleplanens mål H3 bruges ikke af noget mål eller delmål.");
}

TEST(UnusedHandleplanGoal, SilentWhenAReferenceCannotBeRead) {
  // »Handleplan: Mål 1« has its own structure finding; it might have been meant to cite H2.
  const std::string text = std::string(kHandleplan) + "## Mål 1: A\nHandleplan: H1, H3\n\n## Mål 2: B\nHandleplan: Mål 1\n";
  EXPECT_TRUE(hits(kRule, text).empty());
  EXPECT_FALSE(hits("invalid-reference", text).empty());
}

TEST(UnusedHandleplanGoal, SwitchedOffWithoutTheLetterR) {
  const auto s = settings_from("letters = \"SMATE\"\n");
  EXPECT_TRUE(hits(kRule, kHandleplan, {2026, 8, 10}, &s).empty());
}

TEST(UnusedHandleplanGoal, EnglishMessage) {
  const auto h = hits(kRule, std::string(kHandleplan) + "## Mål 1: A\nHandleplan: H1, H2\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Handleplan goal H3 is not used by any goal or sub-goal.");
}

}  // namespace
}  // namespace planlint::testing
