#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "incomplete-evaluation";

bool has_code(std::string_view text, std::string_view code) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const auto r = engine::lint_buffer("test.plan", std::string(text), o);
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diag::Diagnostic& d) { return d.code == code; });
}

std::string plan(std::string_view evaluation_body, std::string_view heading = "### Evaluering 28-04-2026") {
  return "# Individuel plan\n\n## Mål 1: Barnet rækker hånden op\nStart: 01-02-2026\nEvaluering: hver 3. måned\n\n" + std::string(heading) +
         "\n" + std::string(evaluation_body);
}

TEST(IncompleteEvaluation, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(IncompleteEvaluation, OneFindingListsEverythingMissing) {
  const auto h = hits(kRule, plan("Kvalitativ: Barnet rækker oftere hånden op.\n"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 7u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Evalueringen 28-04-2026 af Mål 1 mangler en kvantitativ del og en beslutning.");
  EXPECT_EQ(h[0].help, "Tilføj »Kvantitativ:« (tal, antal eller score) og »Beslutning:« (fortsæt, justér eller afslut) i evalueringen.");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
}

TEST(IncompleteEvaluation, AllThreeMissing) {
  const auto h = hits(kRule, plan("Deltagere: Mette.\n"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Evalueringen 28-04-2026 af Mål 1 mangler en kvalitativ del, en kvantitativ del og en beslutning.");
}

TEST(IncompleteEvaluation, OnlyTheDecision) {
  const auto h = hits(kRule, plan("Kvalitativ: x\nKvantitativ: 2 af 7\n"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Evalueringen 28-04-2026 af Mål 1 mangler en beslutning.");
  EXPECT_EQ(h[0].help, "Tilføj »Beslutning:« (fortsæt, justér eller afslut) i evalueringen.");
}

TEST(IncompleteEvaluation, EvaluationsOfSubgoalsAndClosedGoals) {
  const std::string text = plan("Kvalitativ: x\nKvantitativ: 2\nBeslutning: afslut\n") +
                           "\n### Delmål 1.1: Barnet siger hej\n\n#### Evaluering 29-02-2028\nKvalitativ: x\nBeslutning: afslut\n";
  const auto h = hits(kRule, text);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Evalueringen 29-02-2028 af Delmål 1.1 mangler en kvantitativ del.");
  EXPECT_EQ(h[0].line, 14u);
}

TEST(IncompleteEvaluation, AnInvalidDecisionCountsAsPresent) {
  const std::string text = plan("Kvalitativ: x\nKvantitativ: 2\nBeslutning: måske\n");
  EXPECT_TRUE(has_code(text, "PL008"));  // invalid-enum-value already says it
  EXPECT_TRUE(hits(kRule, text).empty());
}

TEST(IncompleteEvaluation, AnEmptyFieldCountsAsPresent) {
  const std::string text = plan("Kvalitativ: x\nKvantitativ:\nBeslutning: fortsæt\n");
  EXPECT_TRUE(has_code(text, "PL016"));  // empty-field already says it
  EXPECT_TRUE(hits(kRule, text).empty());
}

TEST(IncompleteEvaluation, AnEvaluationWithoutAValidDate) {
  const std::string text = plan("Kvalitativ: x\nKvantitativ: 2\n", "### Evaluering 29-02-2027");
  EXPECT_TRUE(has_code(text, "PL006"));
  const auto h = hits(kRule, text);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Evalueringen af Mål 1 mangler en beslutning.");
}

TEST(IncompleteEvaluation, SilentWithoutGoalsOrEvaluations) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nStart: 01-02-2026\n").empty());
}

TEST(IncompleteEvaluation, EnglishMessage) {
  const auto h = hits(kRule, plan("Kvalitativ: x\n"), {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The evaluation of Mål 1 on 28-04-2026 lacks a quantitative part and a decision.");
  EXPECT_EQ(h[0].help, "Add »Kvantitativ:« (figures, counts or scores) and »Beslutning:« (fortsæt, justér or afslut) to the evaluation.");
}

TEST(IncompleteEvaluation, SwitchedOffWithoutE) {
  const auto s = settings_from("letters = \"SMART\"\n");
  EXPECT_TRUE(hits(kRule, plan("Kvalitativ: x\n"), {2026, 8, 10}, &s).empty());
}

TEST(IncompleteEvaluation, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

}  // namespace
}  // namespace planlint::testing
