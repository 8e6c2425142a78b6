#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-end-date";

bool has_code(std::string_view text, std::string_view code) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const auto r = engine::lint_buffer("test.plan", std::string(text), o);
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diag::Diagnostic& d) { return d.code == code; });
}

TEST(MissingEndDate, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingEndDate, FiresAtTheGoalHeading) {
  const auto h = hits(kRule, R"(# Individuel plan

## Mål 1: Barnet rækker hånden op
Start: 01-02-2026
Slut: 31-12-2026

### Delmål 1.1: Barnet siger hej
Start: 01-02-2026
)");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 7u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 har ingen slutdato.");
  EXPECT_EQ(h[0].help, "Tilføj »Slut:« med den dato, målet skal være nået, fx »Slut: 31-12-2026«.");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
  EXPECT_EQ(h[0].fixes, 0u);
}

TEST(MissingEndDate, SilentWithoutGoals) { EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n").empty()); }

TEST(MissingEndDate, LeapDayIsADate) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nSlut: 29-02-2028\n").empty());
}

TEST(MissingEndDate, AnInvalidDateCountsAsPresent) {
  const std::string plan = "# Individuel plan\n## Mål 1: Y\nSlut: 29-02-2027\n";  // 2027 is no leap year
  EXPECT_TRUE(has_code(plan, "PL006"));  // invalid-date already says it
  EXPECT_TRUE(hits(kRule, plan).empty());
}

TEST(MissingEndDate, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Y\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 has no end date.");
}

TEST(MissingEndDate, SwitchedOffByLetters) {
  const auto s = settings_from("letters = \"SMARE\"\n");
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\n", {2026, 8, 10}, &s).empty());
}

TEST(MissingEndDate, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

}  // namespace
}  // namespace planlint::testing
