#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "unknown-handleplan-reference";

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

constexpr std::string_view kPlan = R"(# Individuel plan

## Handleplan
- H1: Barnet deltager i undervisning.
- H2: Barnet leger med andre børn.

## Mål 1: Barnet rækker hånden op
Handleplan: H1, H5

### Delmål 1.1: Barnet siger hej
Handleplan: H9
)";

TEST(UnknownHandleplanReference, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(UnknownHandleplanReference, FiresAtEachUnknownReference) {
  const auto h = hits(kRule, kPlan);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].line, 8u);
  EXPECT_EQ(h[0].column, 17u);  // "H5" in "Handleplan: H1, H5"
  EXPECT_EQ(h[0].message, "Mål 1 henviser til H5, som ikke findes i handleplanen.");
  EXPECT_EQ(h[0].help, "Handleplanen erklærer H1 og H2. Ret henvisningen, eller tilføj »- H5: <kommunens mål>« i afsnittet »Handleplan«.");
  EXPECT_EQ(h[0].severity, diag::Severity::error);
  EXPECT_EQ(h[1].line, 11u);
  EXPECT_EQ(h[1].column, 13u);
  EXPECT_EQ(h[1].message, "Delmål 1.1 henviser til H9, som ikke findes i handleplanen.");
}

TEST(UnknownHandleplanReference, RangeIsTheReferenceAndRelatedIsTheHandleplanHeading) {
  const auto f = findings(kPlan);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(std::string_view(kPlan).substr(f[0].range.begin, f[0].range.end - f[0].range.begin), "H5");
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(std::string_view(kPlan).substr(f[0].related[0].range.begin, f[0].related[0].range.end - f[0].related[0].range.begin),
            "## Handleplan");
  EXPECT_EQ(f[0].related[0].message, "handleplanens mål erklæres her");
}

TEST(UnknownHandleplanReference, SilentWithoutAHandleplanSection) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nHandleplan: H3\n").empty());
}

TEST(UnknownHandleplanReference, AHandleplanWithoutGoalsSaysSo) {
  const auto h = hits(kRule, "# Individuel plan\n## Handleplan\nFormål: X.\n## Mål 1: Y\nHandleplan: H1\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].help, "Handleplanen erklærer ingen mål endnu. Skriv kommunens mål i afsnittet »Handleplan« som »- H1: <kommunens mål>«.");
}

TEST(UnknownHandleplanReference, IdsMatchRegardlessOfCase) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Handleplan\n- h2: X.\n## Mål 1: Y\nHandleplan: H2\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Handleplan\n- H2: X.\n## Mål 1: Y\nHandleplan: h2 og H2\n").empty());
}

TEST(UnknownHandleplanReference, SilentWithoutGoals) { EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Handleplan\n- H1: A.\n").empty()); }

TEST(UnknownHandleplanReference, AnUnreadableValueIsNotCheckedAgain) {
  const std::string plan = "# Individuel plan\n## Handleplan\n- H1: A.\n## Mål 1: Y\nHandleplan: H7 og hjemmet\n";
  EXPECT_TRUE(has_code(plan, "PL009"));  // invalid-reference already says it
  EXPECT_TRUE(hits(kRule, plan).empty());
}

TEST(UnknownHandleplanReference, EnglishMessage) {
  const auto f = findings("# Individuel plan\n## Handleplan\n- H1: A.\n## Mål 1: Y\nHandleplan: H4\n", diag::Lang::en);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "Mål 1 refers to H4, which the handleplan does not declare.");
  EXPECT_EQ(f[0].help, "The handleplan declares H1. Correct the reference, or add »- H4: <the municipality's goal>« to the »Handleplan« section.");
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].message, "the handleplan goals are declared here");
}

TEST(UnknownHandleplanReference, SwitchedOffByLetters) {
  const auto s = settings_from("letters = \"SMATE\"\n");
  EXPECT_TRUE(hits(kRule, kPlan, {2026, 8, 10}, &s).empty());
}

TEST(UnknownHandleplanReference, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

}  // namespace
}  // namespace planlint::testing
