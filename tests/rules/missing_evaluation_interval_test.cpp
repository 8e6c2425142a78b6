#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-evaluation-interval";

bool has_code(std::string_view text, std::string_view code) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const auto r = engine::lint_buffer("test.plan", std::string(text), o);
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diag::Diagnostic& d) { return d.code == code; });
}

// The text with the rule's fixes applied, linted with `settings`.
std::string fixed_with(std::string_view text, const config::Settings& settings) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  o.settings = &settings;
  const auto r = engine::lint_buffer("test.plan", std::string(text), o);
  std::string out(text);
  std::vector<diag::Edit> edits;
  for (const auto& d : r.diagnostics) {
    if (d.name != kRule) continue;
    for (const auto& f : d.fixes) {
      EXPECT_EQ(f.applicability, diag::Applicability::unsafe);
      edits.insert(edits.end(), f.edits.begin(), f.edits.end());
    }
  }
  std::sort(edits.begin(), edits.end(), [](const diag::Edit& a, const diag::Edit& b) { return a.range.begin > b.range.begin; });
  for (const auto& e : edits) out.replace(e.range.begin, e.range.end - e.range.begin, e.replacement);
  return out;
}

constexpr std::string_view kPlan = R"(# Individuel plan

## Mål 1: Barnet rækker hånden op
Start: 01-02-2026
Slut: 31-12-2026
)";

TEST(MissingEvaluationInterval, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingEvaluationInterval, FiresAtTheGoalHeading) {
  const auto h = hits(kRule, kPlan);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 3u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Mål 1 har ingen fast ramme for, hvor ofte det evalueres.");
  EXPECT_EQ(h[0].help, "Tilføj »Evaluering:« med, hvor ofte målet evalueres, mindst hver 3. måned, fx »Evaluering: hver 3. måned«.");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
  EXPECT_EQ(h[0].fixes, 1u);
}

TEST(MissingEvaluationInterval, FixInsertsTheProfileMaximum) {
  EXPECT_EQ(apply_fixes(kRule, kPlan), std::string(kPlan) + "Evaluering: hver 3. måned\n");
}

TEST(MissingEvaluationInterval, FixFollowsTheThreshold) {
  const auto s = settings_from("[thresholds]\nmax-evaluation-interval = \"hver 6. måned\"\n");
  EXPECT_EQ(fixed_with(kPlan, s), std::string(kPlan) + "Evaluering: hver 6. måned\n");
  const auto h = hits(kRule, kPlan, {2026, 8, 10}, &s);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].help, "Tilføj »Evaluering:« med, hvor ofte målet evalueres, mindst hver 6. måned, fx »Evaluering: hver 6. måned«.");
}

TEST(MissingEvaluationInterval, SubgoalsToo) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Y\nEvaluering: hver måned\n### Delmål 1.1: Z\nStart: 01-02-2026\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 har ingen fast ramme for, hvor ofte det evalueres.");
}

TEST(MissingEvaluationInterval, SilentOnAClosedGoal) {
  std::string text(kPlan);
  text += "\n### Evaluering 28-04-2026\nKvalitativ: Nået.\nKvantitativ: 5 af 5.\nBeslutning: afslut\n";
  EXPECT_TRUE(hits(kRule, text).empty());
}

TEST(MissingEvaluationInterval, SilentWithoutGoals) { EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n").empty()); }

TEST(MissingEvaluationInterval, AnUnreadableIntervalCountsAsPresent) {
  const std::string text = std::string(kPlan) + "Evaluering: når det passer\n";
  EXPECT_TRUE(has_code(text, "PL007"));  // invalid-interval already says it
  EXPECT_TRUE(hits(kRule, text).empty());
}

TEST(MissingEvaluationInterval, EnglishMessage) {
  const auto h = hits(kRule, kPlan, {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 has no fixed evaluation interval.");
  EXPECT_EQ(h[0].help, "Add »Evaluering:« with how often the goal is evaluated, at least every 3 months, e.g. »Evaluering: hver 3. måned«.");
}

TEST(MissingEvaluationInterval, SwitchedOffWithoutE) {
  const auto s = settings_from("letters = \"SMART\"\n");
  EXPECT_TRUE(hits(kRule, kPlan, {2026, 8, 10}, &s).empty());
}

TEST(MissingEvaluationInterval, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

}  // namespace
}  // namespace planlint::testing
