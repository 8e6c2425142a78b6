#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-participation";

bool has_code(std::string_view text, std::string_view code) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const auto r = engine::lint_buffer("test.plan", std::string(text), o);
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diag::Diagnostic& d) { return d.code == code; });
}

TEST(MissingParticipation, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingParticipation, FiresOnTheSubgoalWithoutItAtItsHeading) {
  const auto h = hits(kRule, R"(# Individuel plan
Borger: X

## Mål 1: Barnet rækker hånden op
Inddragelse: Aftalt med barnet.

### Delmål 1.1: Barnet siger hej
Handleplan: H1
)");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 7u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 beskriver ikke, hvordan borgeren eller forældrene har været inddraget.");
  EXPECT_NE(h[0].help.find("»Inddragelse:«"), std::string::npos);
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
  EXPECT_EQ(h[0].fixes, 1u);
}

TEST(MissingParticipation, FiresOncePerGoal) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: A\n### Delmål 1.1: B\n## Mål 2: C\n");
  ASSERT_EQ(h.size(), 3u);
  EXPECT_TRUE(h[0].message.starts_with("Mål 1 ")) << h[0].message;
  EXPECT_TRUE(h[1].message.starts_with("Delmål 1.1 ")) << h[1].message;
  EXPECT_TRUE(h[2].message.starts_with("Mål 2 ")) << h[2].message;
  EXPECT_EQ(h[0].line, 2u);
  EXPECT_EQ(h[1].line, 3u);
  EXPECT_EQ(h[2].line, 4u);
}

TEST(MissingParticipation, SilentWithoutGoals) { EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n").empty()); }

TEST(MissingParticipation, AnEmptyFieldCountsAsPresent) {
  const std::string plan = "# Individuel plan\n## Mål 1: A\nInddragelse:\n";
  EXPECT_TRUE(has_code(plan, "PL016"));  // empty-field already says it
  EXPECT_TRUE(hits(kRule, plan).empty());
}

TEST(MissingParticipation, FixInsertsTheFieldAfterTheLastField) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n\n## Mål 1: Y\nHandleplan: H1\nStart: 01-02-2026\n\nTekst.\n"),
            "# Individuel plan\n\n## Mål 1: Y\nHandleplan: H1\nStart: 01-02-2026\n"
            "Inddragelse: <hvordan har borgeren/forældrene været med?>\n\nTekst.\n");
  // A goal without fields gets the line right after its heading; a file without a final newline too.
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n## Mål 1: Y"),
            "# Individuel plan\n## Mål 1: Y\nInddragelse: <hvordan har borgeren/forældrene været med?>");
}

TEST(MissingParticipation, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Y\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 does not say how the citizen or the parents took part.");
}

TEST(MissingParticipation, SwitchedOffWithoutAOrO) {
  const auto off = settings_from("letters = \"SMRTE\"\n");
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\n", {2026, 8, 10}, &off).empty());
  const auto smort = settings_from("letters = \"SMORT\"\n");  // O counts as A
  EXPECT_EQ(hits(kRule, "# Individuel plan\n## Mål 1: Y\n", {2026, 8, 10}, &smort).size(), 1u);
}

TEST(MissingParticipation, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

}  // namespace
}  // namespace planlint::testing
