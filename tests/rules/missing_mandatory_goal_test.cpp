#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-mandatory-goal";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(MissingMandatoryGoal, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingMandatoryGoal, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(MissingMandatoryGoal, OneFindingPerMissingThemeAtTheDocumentHeading) {
  const auto h = hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Mål 1: A\nTema: sociale relationer\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 1u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Planen har intet mål eller delmål med temaet »skole og uddannelse«.");
  EXPECT_NE(h[0].help.find("»Tema: skole og uddannelse«"), std::string::npos);
  EXPECT_EQ(h[0].fixes, 0u);
}

TEST(MissingMandatoryGoal, APlanWithNoGoalsMissesBoth) {
  const auto h = hits(kRule, "# Individuel plan\nOmråde: børn\n");
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].message, "Planen har intet mål eller delmål med temaet »skole og uddannelse«.");
  EXPECT_EQ(h[1].message, "Planen har intet mål eller delmål med temaet »sociale relationer«.");
}

TEST(MissingMandatoryGoal, ASubGoalCarriesTheTheme) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Mål 1: A\nTema: sociale relationer\n\n### Delmål 1.1: B\n"
                          "Tema: Skole og uddannelse\n")
                  .empty());
}

TEST(MissingMandatoryGoal, SilentForAdultsAndAnUnknownArea) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: voksne\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n").empty());
}

TEST(MissingMandatoryGoal, SilentWhenAThemeCannotBeRead) {
  const std::string text = "# Individuel plan\nOmråde: børn\n\n## Mål 1: A\nTema: skolegang\n";
  EXPECT_TRUE(hits(kRule, text).empty());
  EXPECT_FALSE(hits("invalid-enum-value", text).empty());
}

TEST(MissingMandatoryGoal, TheRandersProfileSwitchesItOff) {
  const auto s = settings_from("extends = \"randers\"\n");
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\n", {2026, 8, 10}, &s).empty());
}

TEST(MissingMandatoryGoal, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Mål 1: A\nTema: skole og uddannelse\n", {2026, 8, 10}, nullptr,
                      diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The plan has no goal or sub-goal with the theme »sociale relationer«.");
}

}  // namespace
}  // namespace planlint::testing
