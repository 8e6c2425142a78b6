#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-success-criterion";

TEST(MissingSuccessCriterion, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingSuccessCriterion, FiresOnTheGoalWithoutOneAtItsHeading) {
  // Mål 1 has no criterion; its Delmål has one.
  const auto h = hits(kRule, R"(# Individuel plan
Borger: X

## Mål 1: Barnet rækker hånden op
Handleplan: H1

### Delmål 1.1: Barnet siger hej
Succeskriterium: Hver morgen i fire uger.
)");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 4u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Mål 1 mangler et succeskriterium.");
  EXPECT_EQ(h[0].fixes, 1u);
  EXPECT_EQ(hits(kRule, "# Individuel plan\n## Mål 1: A\nSucceskriterium: x\n### Delmål 1.1: B\n").size(), 1u);  // the Delmål
}

TEST(MissingSuccessCriterion, FixInsertsTheFieldAfterTheLastField) {
  const std::string fixed = apply_fixes(kRule, "# Individuel plan\nBorger: X\n\n## Mål 1: Y\nHandleplan: H1\nStart: 01-02-2026\n\nTekst.\n");
  EXPECT_EQ(fixed, "# Individuel plan\nBorger: X\n\n## Mål 1: Y\nHandleplan: H1\nStart: 01-02-2026\nSucceskriterium: <hvornår er målet nået?>\n\nTekst.\n");
}

TEST(MissingSuccessCriterion, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Y\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 has no success criterion.");
}

TEST(MissingSuccessCriterion, SwitchedOffByLetters) {
  const auto s = settings_from("letters = \"SARTE\"\n");
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\n", {2026, 8, 10}, &s).empty());
}

}  // namespace
}  // namespace planlint::testing
