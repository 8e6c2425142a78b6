#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "end-before-start";

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

constexpr std::string_view kPlan = R"(# Individuel plan

## Mål 1: Barnet rækker hånden op
Start: 01-02-2026
Slut: 31-01-2026
)";

TEST(EndBeforeStart, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(EndBeforeStart, FiresAtTheEndDate) {
  const auto h = hits(kRule, kPlan);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 5u);
  EXPECT_EQ(h[0].column, 7u);
  EXPECT_EQ(h[0].message, "Mål 1 slutter 31-01-2026, før det starter (01-02-2026).");
  EXPECT_EQ(h[0].help, "Ret »Slut:« eller »Start:«, så slutdatoen ligger på eller efter startdatoen; tjek især årstallet.");
  EXPECT_EQ(h[0].severity, diag::Severity::error);
}

TEST(EndBeforeStart, RelatedIsTheStartDate) {
  const auto f = findings(kPlan);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(slice(kPlan, f[0].range), "31-01-2026");
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(slice(kPlan, f[0].related[0].range), "01-02-2026");
  EXPECT_EQ(f[0].related[0].message, "startdatoen");
}

TEST(EndBeforeStart, EqualDatesAreFine) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nStart: 01-02-2026\nSlut: 1. februar 2026\n").empty());
}

TEST(EndBeforeStart, LeapDays) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nStart: 29-02-2028\nSlut: 29-02-2028\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nStart: 28-02-2028\nSlut: 29-02-2028\n").empty());
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Y\nStart: 29-02-2028\nSlut: 28-02-2028\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 slutter 28-02-2028, før det starter (29-02-2028).");
}

TEST(EndBeforeStart, FiresOnASubgoal) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Y\n### Delmål 1.1: Z\nStart: 2026-03-01\nSlut: 2026-02-28\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 slutter 28-02-2026, før det starter (01-03-2026).");
}

TEST(EndBeforeStart, SilentWithoutGoalsOrDates) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nSlut: 31-01-2026\n").empty());
}

TEST(EndBeforeStart, AnInvalidDateIsNotComparedAgain) {
  const std::string plan = "# Individuel plan\n## Mål 1: Y\nStart: 29-02-2027\nSlut: 31-01-2026\n";
  EXPECT_TRUE(has_code(plan, "PL006"));  // invalid-date already says it
  EXPECT_TRUE(hits(kRule, plan).empty());
}

TEST(EndBeforeStart, EnglishMessage) {
  const auto f = findings(kPlan, diag::Lang::en);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "Mål 1 ends on 31-01-2026, before it starts (01-02-2026).");
  EXPECT_EQ(f[0].related[0].message, "the start date");
}

TEST(EndBeforeStart, SwitchedOffByLetters) {
  const auto s = settings_from("letters = \"SMARE\"\n");
  EXPECT_TRUE(hits(kRule, kPlan, {2026, 8, 10}, &s).empty());
}

TEST(EndBeforeStart, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  EXPECT_TRUE(hits(kRule, m.good).empty());
}

}  // namespace
}  // namespace planlint::testing
