#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-wishes";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(MissingWishes, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingWishes, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(MissingWishes, FiresAtTheDocumentHeadingWithoutTheSection) {
  const auto h = hits(kRule, "# Individuel plan\nOmråde: voksne\n\n## Mål 1: Y\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 1u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Planen har intet afsnit med borgerens ønsker (»## Ønsker«).");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
  EXPECT_EQ(h[0].fixes, 1u);
}

TEST(MissingWishes, FiresOnAnEmptySection) {
  const auto h = hits(kRule, "# Individuel plan\n\n## Borgerens ønsker\n\n## Mål 1: Y\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 3u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Afsnittet med borgerens ønsker er tomt.");
  EXPECT_NE(h[0].help.find("også dem, der ikke kan opfyldes"), std::string::npos);
}

TEST(MissingWishes, ItemsTextAndAReasonAreContent) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n\n## Ønsker\n- Jonas ønsker en hund.\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n\n## Ønsker\nMor siger: svømning.\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n\n## Ønsker\nBegrundelse: Jonas kan ikke udtrykke ønsker.\n").empty());
}

TEST(MissingWishes, FixInsertsTheSectionOrAnItem) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n\n## Mål 1: Y\n"),
            "# Individuel plan\n\n## Ønsker\n- <borgerens ønske, med egne ord>\n\n## Mål 1: Y\n");
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n\n## Ønsker\n"), "# Individuel plan\n\n## Ønsker\n- <borgerens ønske, med egne ord>\n");
  // A plan with no goals and no final newline.
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan"), "# Individuel plan\n\n## Ønsker\n- <borgerens ønske, med egne ord>\n");
}

TEST(MissingWishes, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The plan has no section with the citizen's wishes (»## Ønsker«).");
}

}  // namespace
}  // namespace planlint::testing
