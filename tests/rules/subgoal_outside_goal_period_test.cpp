#include <fmt/format.h>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "subgoal-outside-goal-period";

std::vector<diag::Diagnostic> findings(std::string_view text, diag::Lang lang = diag::Lang::da) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  o.lang = lang;
  auto r = engine::lint_buffer("test.plan", std::string(text), o);
  std::vector<diag::Diagnostic> out;
  for (auto& d : r.diagnostics) {
    if (d.name == kRule) out.push_back(std::move(d));
  }
  return out;
}

bool has_code(std::string_view text, std::string_view code) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const auto r = engine::lint_buffer("test.plan", std::string(text), o);
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diag::Diagnostic& d) { return d.code == code; });
}

std::string_view slice(std::string_view text, text::SourceRange r) { return text.substr(r.begin, r.end - r.begin); }

std::string plan(std::string_view goal_start, std::string_view goal_end, std::string_view sub_start, std::string_view sub_end) {
  return fmt::format(
      "# Individuel plan\n\n## Mål 1: Barnet rækker hånden op\nStart: {}\nSlut: {}\n\n### Delmål 1.1: Barnet siger hej\nStart: {}\nSlut: {}\n",
      goal_start, goal_end, sub_start, sub_end);
}

TEST(SubgoalOutsideGoalPeriod, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(SubgoalOutsideGoalPeriod, FiresOnAnEarlyStart) {
  const auto h = hits(kRule, plan("01-02-2026", "31-12-2026", "15-01-2026", "30-06-2026"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 8u);
  EXPECT_EQ(h[0].column, 8u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 starter 15-01-2026, før Mål 1 starter (01-02-2026).");
  EXPECT_EQ(h[0].help,
            "Et delmål skal ligge inden for sit måls periode. Flyt delmålets start til 01-02-2026 eller senere, eller ret startdatoen for Mål 1.");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
}

TEST(SubgoalOutsideGoalPeriod, FiresOnALateEndWithTheGoalsEndAsRelated) {
  const std::string text = plan("01-02-2026", "31-12-2026", "01-02-2026", "31-03-2027");
  const auto f = findings(text);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "Delmål 1.1 slutter 31-03-2027, efter Mål 1 slutter (31-12-2026).");
  EXPECT_EQ(slice(text, f[0].range), "31-03-2027");
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].range.begin, text.find("31-12-2026"));
  EXPECT_EQ(f[0].related[0].message, "slutdatoen for Mål 1");
  const auto h = hits(kRule, text);
  EXPECT_EQ(h[0].line, 9u);
  EXPECT_EQ(h[0].column, 7u);
}

TEST(SubgoalOutsideGoalPeriod, BothEndsGiveTwoFindings) {
  EXPECT_EQ(hits(kRule, plan("01-02-2026", "31-12-2026", "31-01-2026", "01-01-2027")).size(), 2u);
}

TEST(SubgoalOutsideGoalPeriod, TheSameDatesAreInside) {
  EXPECT_TRUE(hits(kRule, plan("01-02-2026", "31-12-2026", "01-02-2026", "31-12-2026")).empty());
}

TEST(SubgoalOutsideGoalPeriod, LeapDays) {
  EXPECT_TRUE(hits(kRule, plan("29-02-2028", "29-02-2028", "29-02-2028", "29-02-2028")).empty());
  const auto h = hits(kRule, plan("01-02-2028", "29-02-2028", "01-02-2028", "01-03-2028"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 slutter 01-03-2028, efter Mål 1 slutter (29-02-2028).");
}

TEST(SubgoalOutsideGoalPeriod, GoalsAndMissingDatesAreSilent) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nStart: 01-02-2026\nSlut: 31-01-2026\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\n### Delmål 1.1: Z\nStart: 01-02-2026\nSlut: 31-12-2027\n").empty());
}

TEST(SubgoalOutsideGoalPeriod, AnInvalidDateIsNotComparedAgain) {
  const std::string text = plan("01-02-2026", "31-13-2026", "01-02-2026", "31-03-2027");
  EXPECT_TRUE(has_code(text, "PL006"));  // invalid-date already says it
  EXPECT_TRUE(hits(kRule, text).empty());
}

TEST(SubgoalOutsideGoalPeriod, EnglishMessage) {
  const auto f = findings(plan("01-02-2026", "31-12-2026", "15-01-2026", "30-06-2026"), diag::Lang::en);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "Delmål 1.1 starts on 15-01-2026, before Mål 1 starts (01-02-2026).");
  EXPECT_EQ(f[0].related[0].message, "the start date of Mål 1");
}

TEST(SubgoalOutsideGoalPeriod, SwitchedOffByLetters) {
  const auto s = settings_from("letters = \"SMARE\"\n");
  EXPECT_TRUE(hits(kRule, plan("01-02-2026", "31-12-2026", "15-01-2026", "30-06-2026"), {2026, 8, 10}, &s).empty());
}

TEST(SubgoalOutsideGoalPeriod, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

}  // namespace
}  // namespace planlint::testing
