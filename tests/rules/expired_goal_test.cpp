#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "expired-goal";

bool has_code(std::string_view text, std::string_view code) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const auto r = engine::lint_buffer("test.plan", std::string(text), o);
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diag::Diagnostic& d) { return d.code == code; });
}

constexpr std::string_view kPlan = R"(# Individuel plan

## Mål 1: Barnet rækker hånden op
Start: 01-02-2026
Slut: 31-07-2026
Evaluering: hver 3. måned

### Evaluering 27-07-2026
Kvalitativ: Barnet rækker oftere hånden op.
Kvantitativ: 2 gange om dagen.
Beslutning: fortsæt
)";

std::string with_decision(std::string_view decision) {
  std::string text(kPlan);
  text.replace(text.find("fortsæt"), std::string_view("fortsæt").size(), decision);
  return text;
}

TEST(ExpiredGoal, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(ExpiredGoal, FiresAtTheEndDate) {
  const auto h = hits(kRule, kPlan);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 5u);
  EXPECT_EQ(h[0].column, 7u);
  EXPECT_EQ(h[0].message, "Mål 1 sluttede 31-07-2026 (10 dage siden), men er ikke afsluttet.");
  EXPECT_EQ(h[0].help,
            "Evaluer målet, og afslut det med »Beslutning: afslut«, eller flyt »Slut:« til en ny dato, hvis arbejdet med målet "
            "fortsætter.");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
}

TEST(ExpiredGoal, AGoalEndingTodayHasNotExpired) {
  EXPECT_TRUE(hits(kRule, kPlan, {2026, 7, 31}).empty());
  const auto h = hits(kRule, kPlan, {2026, 8, 1});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 sluttede 31-07-2026 (1 dag siden), men er ikke afsluttet.");
}

TEST(ExpiredGoal, AClosedGoalHasNotExpired) {
  EXPECT_TRUE(hits(kRule, with_decision("afslut")).empty());
  EXPECT_TRUE(hits(kRule, with_decision("afsluttes")).empty());
  EXPECT_EQ(hits(kRule, with_decision("justér")).size(), 1u);
}

TEST(ExpiredGoal, OnlyTheLatestEvaluationDecides) {
  std::string text(kPlan);
  text += "\n### Evaluering 15-05-2026\nKvalitativ: x\nKvantitativ: 1\nBeslutning: afslut\n";  // older, listed later
  EXPECT_EQ(hits(kRule, text).size(), 1u);
}

TEST(ExpiredGoal, AnInvalidDecisionDoesNotClose) {
  const std::string text = with_decision("måske");
  EXPECT_TRUE(has_code(text, "PL008"));
  EXPECT_EQ(hits(kRule, text).size(), 1u);  // the goal has still expired; the decision is a separate mistake
}

TEST(ExpiredGoal, SubgoalsAndLeapDays) {
  const std::string text = "# Individuel plan\n## Mål 1: Y\nSlut: 31-12-2028\n### Delmål 1.1: Z\nSlut: 29-02-2028\n";
  EXPECT_TRUE(hits(kRule, text, {2028, 2, 29}).empty());
  const auto h = hits(kRule, text, {2028, 3, 1});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 sluttede 29-02-2028 (1 dag siden), men er ikke afsluttet.");
  EXPECT_NE(h[0].help.find("Evaluer delmålet"), std::string::npos);
}

TEST(ExpiredGoal, SilentWithoutGoalsOrValidEndDates) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nStart: 01-02-2020\n").empty());
  const std::string invalid = "# Individuel plan\n## Mål 1: Y\nSlut: 31-06-2026\n";
  EXPECT_TRUE(has_code(invalid, "PL006"));
  EXPECT_TRUE(hits(kRule, invalid).empty());
}

TEST(ExpiredGoal, EnglishMessage) {
  const auto h = hits(kRule, kPlan, {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 ended on 31-07-2026 (10 days ago) but has not been closed.");
  EXPECT_EQ(h[0].help, "Evaluate the goal and close it with »Beslutning: afslut«, or move »Slut:« to a new date if the work on the goal continues.");
}

TEST(ExpiredGoal, SwitchedOffByLetters) {
  const auto s = settings_from("letters = \"SMARE\"\n");
  EXPECT_TRUE(hits(kRule, kPlan, {2026, 8, 10}, &s).empty());
}

TEST(ExpiredGoal, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

TEST(ExpiredGoal, ReferencePlan) {
  std::ifstream in(kReferencePlanFile, std::ios::binary);
  ASSERT_TRUE(in) << "cannot read the reference plan";
  std::ostringstream s;
  s << in.rdbuf();
  EXPECT_TRUE(hits(kRule, s.str(), {2026, 8, 10}).empty());
  const auto h = hits(kRule, s.str(), {2027, 3, 1});
  ASSERT_EQ(h.size(), 3u);
  EXPECT_EQ(h[0].message, "Mål 1 sluttede 31-12-2026 (60 dage siden), men er ikke afsluttet.");
  EXPECT_EQ(h[1].message, "Mål 2 sluttede 30-11-2026 (91 dage siden), men er ikke afsluttet.");
  EXPECT_EQ(h[2].message, "Mål 3 sluttede 31-01-2027 (29 dage siden), men er ikke afsluttet.");
}

}  // namespace
}  // namespace planlint::testing
