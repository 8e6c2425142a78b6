#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-handleplan-reference";

bool has_code(std::string_view text, std::string_view code) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const auto r = engine::lint_buffer("test.plan", std::string(text), o);
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diag::Diagnostic& d) { return d.code == code; });
}

constexpr std::string_view kTwoGoals = R"(# Individuel plan

## Handleplan
- H1: Barnet deltager i undervisning.
- H2: Barnet leger med andre børn.

## Mål 1: Barnet rækker hånden op
Handleplan: H1

### Delmål 1.1: Barnet siger hej
Start: 01-02-2026
)";

TEST(MissingHandleplanReference, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingHandleplanReference, FiresOnTheSubgoalAtItsHeadingAndListsTheIds) {
  const auto h = hits(kRule, kTwoGoals);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 10u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 henviser ikke til et mål i kommunens handleplan.");
  EXPECT_EQ(h[0].help, "Tilføj »Handleplan:« med id'et på det mål i handleplanen, som målet bygger på: H1 eller H2.");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
  EXPECT_EQ(h[0].fixes, 1u);
}

TEST(MissingHandleplanReference, FixWithSeveralDeclaredGoalsInsertsAPlaceholder) {
  const std::string fixed = apply_fixes(kRule, kTwoGoals);
  EXPECT_NE(fixed.find("### Delmål 1.1: Barnet siger hej\nStart: 01-02-2026\nHandleplan: <H1>\n"), std::string::npos) << fixed;
}

TEST(MissingHandleplanReference, FixWithOneDeclaredGoalInsertsItsId) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n## Handleplan\n- H7: Eneste mål.\n## Mål 1: Y\nStart: 01-02-2026\n"),
            "# Individuel plan\n## Handleplan\n- H7: Eneste mål.\n## Mål 1: Y\nStart: 01-02-2026\nHandleplan: H7\n");
}

TEST(MissingHandleplanReference, WithoutAHandleplanSectionTheHelpExplainsBoth) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Y\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_NE(h[0].help.find("»- H1: <kommunens mål>«"), std::string::npos) << h[0].help;
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n## Mål 1: Y\n"), "# Individuel plan\n## Mål 1: Y\nHandleplan: <H1>\n");
}

TEST(MissingHandleplanReference, SilentWithoutGoals) { EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Handleplan\n- H1: A.\n").empty()); }

TEST(MissingHandleplanReference, AnUnreadableValueCountsAsPresent) {
  const std::string plan = "# Individuel plan\n## Handleplan\n- H1: A.\n## Mål 1: Y\nHandleplan: hjemmet\n";
  EXPECT_TRUE(has_code(plan, "PL009"));  // invalid-reference already says it
  EXPECT_TRUE(hits(kRule, plan).empty());
}

TEST(MissingHandleplanReference, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Y\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 does not refer to a goal in the municipality's handleplan.");
}

TEST(MissingHandleplanReference, SwitchedOffByLetters) {
  const auto s = settings_from("letters = \"SMATE\"\n");
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\n", {2026, 8, 10}, &s).empty());
}

TEST(MissingHandleplanReference, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

}  // namespace
}  // namespace planlint::testing
