#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "status-unknown-goal";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

constexpr std::string_view kGoals = "# Individuel plan\n\n## Mål 1: A\n\n### Delmål 1.1: B\n\n## Mål 2: C\n\n";

TEST(StatusUnknownGoal, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(StatusUnknownGoal, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(StatusUnknownGoal, FiresOnTheReference) {
  const auto h = hits(kRule, std::string(kGoals) + "## Status 10-07-2026\nMål i perioden: Mål 1, Mål 4, Delmål 1.2\n");
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].line, 10u);
  EXPECT_EQ(h[0].column, 24u);
  EXPECT_EQ(h[0].message, "Statussen nævner Mål 4, som planen ikke har.");
  EXPECT_EQ(h[0].help, "Planens mål er: Mål 1, Delmål 1.1, Mål 2. Ret henvisningen til et af dem, eller fjern den.");
  EXPECT_EQ(h[0].severity, diag::Severity::error);
  EXPECT_EQ(h[1].column, 31u);
  EXPECT_EQ(h[1].message, "Statussen nævner Delmål 1.2, som planen ikke har.");
}

// The second place: Mål 1's heading for an unknown Delmål 1.x, else the first goal; none
// in a plan without goals.
TEST(StatusUnknownGoal, RelatedIsWhereTheGoalsAre) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const std::string text = std::string(kGoals) + "## Status 10-07-2026\nMål i perioden: Mål 4, Delmål 2.3, Delmål 5.1\n";
  std::vector<diag::Diagnostic> f;
  for (auto& d : engine::lint_buffer("test.plan", text, o).diagnostics) {
    if (d.name == kRule) f.push_back(std::move(d));
  }
  const auto slice = [&](text::SourceRange r) { return text.substr(r.begin, r.end - r.begin); };
  ASSERT_EQ(f.size(), 3u);
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(slice(f[0].related[0].range), "## Mål 1: A");
  EXPECT_EQ(f[0].related[0].message, "planens mål begynder her");
  ASSERT_EQ(f[1].related.size(), 1u);
  EXPECT_EQ(slice(f[1].related[0].range), "## Mål 2: C");
  EXPECT_EQ(f[1].related[0].message, "Mål 2 og dets delmål");
  ASSERT_EQ(f[2].related.size(), 1u);
  EXPECT_EQ(slice(f[2].related[0].range), "## Mål 1: A");

  const std::string none = "# Individuel plan\n\n## Status 10-07-2026\nMål i perioden: Mål 1\n";
  int reported = 0;
  for (const auto& d : engine::lint_buffer("test.plan", none, o).diagnostics) {
    if (d.name != kRule) continue;
    ++reported;
    EXPECT_TRUE(d.related.empty());
  }
  EXPECT_EQ(reported, 1);
}

TEST(StatusUnknownGoal, NumbersAfterOgPointAtTheNumber) {
  const auto h = hits(kRule, std::string(kGoals) + "## Status 10-07-2026\nMål i perioden: Mål 1 og 3\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 10u);
  EXPECT_EQ(h[0].column, 26u);
  EXPECT_EQ(h[0].message, "Statussen nævner Mål 3, som planen ikke har.");
}

TEST(StatusUnknownGoal, APlanWithNoGoals) {
  const auto h = hits(kRule, "# Individuel plan\n\n## Status 10-07-2026\nMål i perioden: Mål 1\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].help, "Planen har ingen mål endnu. Skriv målet i planen (»## Mål 1: ...«), eller fjern henvisningen fra »Mål i perioden:«.");
}

TEST(StatusUnknownGoal, SilentWhenTheFieldCannotBeRead) {
  const std::string text = std::string(kGoals) + "## Status 10-07-2026\nMål i perioden: Mål 9 og lidt af det hele\n";
  EXPECT_TRUE(hits(kRule, text).empty());
  EXPECT_FALSE(hits("invalid-reference", text).empty());
}

TEST(StatusUnknownGoal, EnglishMessage) {
  const auto h = hits(kRule, std::string(kGoals) + "## Status 10-07-2026\nMål i perioden: Mål 3\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The status names Mål 3, which the plan does not have.");
}

}  // namespace
}  // namespace planlint::testing
