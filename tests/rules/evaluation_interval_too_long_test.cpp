#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "evaluation-interval-too-long";

bool has_code(std::string_view text, std::string_view code) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const auto r = engine::lint_buffer("test.plan", std::string(text), o);
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diag::Diagnostic& d) { return d.code == code; });
}

std::string plan(std::string_view interval) {
  return "# Individuel plan\n\n## Mål 1: Barnet rækker hånden op\nStart: 01-02-2026\nEvaluering: " + std::string(interval) + "\n";
}

TEST(EvaluationIntervalTooLong, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(EvaluationIntervalTooLong, FiresAtTheInterval) {
  const auto h = hits(kRule, plan("halvårligt"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 5u);
  EXPECT_EQ(h[0].column, 13u);
  EXPECT_EQ(h[0].message, "Mål 1 evalueres hver 6. måned, men skal evalueres mindst hver 3. måned.");
  EXPECT_EQ(h[0].help,
            "Evaluer oftere: skriv »Evaluering: hver 3. måned« eller et kortere interval. Grænsen er »max-evaluation-interval« under "
            "[thresholds] i planlint.toml.");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
  EXPECT_EQ(h[0].fixes, 1u);
}

TEST(EvaluationIntervalTooLong, ComparesLengthsAcrossUnits) {
  for (std::string_view ok : {"hver 3. måned", "kvartalsvis", "hver måned", "hver 13. uge", "hver 91. dag", "hver 14. dag"}) {
    EXPECT_TRUE(hits(kRule, plan(ok)).empty()) << ok;
  }
  for (std::string_view too_long : {"hver 4. måned", "hver 14. uge", "hver 92. dag", "årligt", "2 gange om året"}) {
    EXPECT_EQ(hits(kRule, plan(too_long)).size(), 1u) << too_long;
  }
}

TEST(EvaluationIntervalTooLong, FixReplacesTheValueWithTheMaximum) {
  EXPECT_EQ(apply_fixes(kRule, plan("2 gange om året")), plan("hver 3. måned"));
}

TEST(EvaluationIntervalTooLong, ThresholdFromSettings) {
  const auto s = settings_from("[thresholds]\nmax-evaluation-interval = \"hver 6. måned\"\n");
  EXPECT_TRUE(hits(kRule, plan("halvårligt"), {2026, 8, 10}, &s).empty());
  const auto h = hits(kRule, plan("årligt"), {2026, 8, 10}, &s);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 evalueres hvert år, men skal evalueres mindst hver 6. måned.");
}

TEST(EvaluationIntervalTooLong, SubgoalsToo) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Y\nEvaluering: hver måned\n### Delmål 1.1: Z\nEvaluering: hver 4. måned\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 evalueres hver 4. måned, men skal evalueres mindst hver 3. måned.");
}

TEST(EvaluationIntervalTooLong, SilentOnAClosedGoal) {
  const std::string text = plan("årligt") + "\n### Evaluering 28-04-2026\nKvalitativ: Nået.\nKvantitativ: 5 af 5.\nBeslutning: afslut\n";
  EXPECT_TRUE(hits(kRule, text).empty());
}

TEST(EvaluationIntervalTooLong, SilentWithoutGoalsOrIntervals) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\n").empty());
  const std::string invalid = plan("hvert andet år eller så");
  EXPECT_TRUE(has_code(invalid, "PL007"));  // invalid-interval already says it
  EXPECT_TRUE(hits(kRule, invalid).empty());
}

TEST(EvaluationIntervalTooLong, EnglishMessage) {
  const auto h = hits(kRule, plan("halvårligt"), {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 is evaluated every 6 months but must be evaluated at least every 3 months.");
}

TEST(EvaluationIntervalTooLong, SwitchedOffWithoutE) {
  const auto s = settings_from("letters = \"SMART\"\n");
  EXPECT_TRUE(hits(kRule, plan("årligt"), {2026, 8, 10}, &s).empty());
}

TEST(EvaluationIntervalTooLong, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

}  // namespace
}  // namespace planlint::testing
