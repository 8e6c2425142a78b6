#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-methods";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(MissingMethods, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingMethods, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(MissingMethods, FiresAtTheDocumentHeadingWithoutTheSection) {
  const auto h = hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Mål 1: Y\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 1u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Planen har intet afsnit om faglige tilgange og metoder (»## Faglige tilgange og metoder«).");
  EXPECT_EQ(h[0].fixes, 1u);
}

TEST(MissingMethods, FiresOnAnEmptySection) {
  // A comment is not content.
  const auto h = hits(kRule, "# Individuel plan\n\n## Metoder\n// udfyldes\n\n## Ønsker\nX.\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 3u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Afsnittet om faglige tilgange og metoder er tomt.");
  EXPECT_NE(h[0].help.find("hvordan de udøves i praksis"), std::string::npos);
}

TEST(MissingMethods, ItemsAndTextAreContent) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n\n## Faglige tilgange og metoder\n- KRAP.\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n\n## Faglige tilgange og metoder\nVi bruger low arousal.\n").empty());
}

TEST(MissingMethods, FixInsertsTheSectionBeforeTheFirstGoalOrAtTheEnd) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n\n## Mål 1: Y\n"),
            "# Individuel plan\n\n## Faglige tilgange og metoder\n"
            "- <faglig tilgang eller metode>: <hvordan den bruges i praksis over for borgeren>\n\n## Mål 1: Y\n");
  // A plan with no goals.
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\nBorger: X\n"),
            "# Individuel plan\nBorger: X\n\n## Faglige tilgange og metoder\n"
            "- <faglig tilgang eller metode>: <hvordan den bruges i praksis over for borgeren>\n");
}

TEST(MissingMethods, FixFillsAnEmptySection) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n\n## Metoder\n\n## Ønsker\nX.\n"),
            "# Individuel plan\n\n## Metoder\n"
            "- <faglig tilgang eller metode>: <hvordan den bruges i praksis over for borgeren>\n\n## Ønsker\nX.\n");
}

TEST(MissingMethods, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\n\n## Metoder\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The section on professional approaches and methods is empty.");
}

}  // namespace
}  // namespace planlint::testing
