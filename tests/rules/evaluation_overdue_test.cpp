#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "evaluation-overdue";

std::vector<diag::Diagnostic> findings(std::string_view text, model::Date today, diag::Lang lang = diag::Lang::da) {
  engine::LintOptions o;
  o.today = today;
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

std::string plan(std::string_view end = "31-12-2026", std::string_view decision = "fortsæt") {
  return "# Individuel plan\n\n## Mål 1: Barnet rækker hånden op\nStart: 01-02-2026\nSlut: " + std::string(end) +
         "\nEvaluering: hver 3. måned\n\n### Evaluering 27-07-2026\nKvalitativ: Barnet rækker oftere hånden op.\n"
         "Kvantitativ: 2 gange om dagen.\nBeslutning: " +
         std::string(decision) + "\n";
}

TEST(EvaluationOverdue, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(EvaluationOverdue, FiresAtTheGoalHeading) {
  const auto h = hits(kRule, plan(), {2026, 12, 1});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 3u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Mål 1 skulle have været evalueret senest 27-10-2026 (35 dage siden).");
  EXPECT_EQ(h[0].help,
            "Evaluer målet, og skriv evalueringen under det som »### Evaluering <dato>« med Kvalitativ, Kvantitativ og Beslutning "
            "(fortsæt, justér eller afslut).");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
}

TEST(EvaluationOverdue, RelatedIsTheLatestEvaluation) {
  const std::string text = plan();
  const auto f = findings(text, {2026, 12, 1});
  ASSERT_EQ(f.size(), 1u);
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(slice(text, f[0].related[0].range), "### Evaluering 27-07-2026");
  EXPECT_EQ(f[0].related[0].message, "seneste evaluering");
}

TEST(EvaluationOverdue, DueTodayIsNotOverdue) {
  EXPECT_TRUE(hits(kRule, plan(), {2026, 10, 27}).empty());
  const auto h = hits(kRule, plan(), {2026, 10, 28});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 skulle have været evalueret senest 27-10-2026 (1 dag siden).");
}

TEST(EvaluationOverdue, ClosedGoalsNeverFire) {
  EXPECT_TRUE(hits(kRule, plan("31-12-2026", "afslut"), {2027, 6, 1}).empty());
  EXPECT_EQ(hits(kRule, plan("31-12-2026", "justér"), {2027, 6, 1}).size(), 1u);
}

TEST(EvaluationOverdue, AnEvaluationDueAfterTheGoalEndedIsNotOwed) {
  EXPECT_TRUE(hits(kRule, plan("26-10-2026"), {2026, 12, 1}).empty());
  EXPECT_EQ(hits(kRule, plan("27-10-2026"), {2026, 12, 1}).size(), 1u);  // due on the last day: owed
  EXPECT_EQ(hits(kRule, plan("31-10-2026"), {2027, 3, 1}).size(), 1u);
}

TEST(EvaluationOverdue, WithoutEvaluationsItCountsFromStartAcrossMonthEnds) {
  const std::string leap = "# Individuel plan\n## Mål 1: Y\nStart: 31-01-2028\nSlut: 31-12-2028\nEvaluering: hver måned\n";
  EXPECT_TRUE(hits(kRule, leap, {2028, 2, 29}).empty());
  const auto h = hits(kRule, leap, {2028, 3, 1});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 skulle have været evalueret senest 29-02-2028 (1 dag siden).");
  const auto f = findings(leap, {2028, 3, 1});
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(slice(leap, f[0].related[0].range), "31-01-2028");

  const std::string common = "# Individuel plan\n## Mål 1: Y\nStart: 31-01-2027\nSlut: 31-12-2027\nEvaluering: hver måned\n";
  EXPECT_TRUE(hits(kRule, common, {2027, 2, 28}).empty());
  const auto c = hits(kRule, common, {2027, 3, 1});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].message, "Mål 1 skulle have været evalueret senest 28-02-2027 (1 dag siden).");
}

TEST(EvaluationOverdue, SubgoalsHaveTheirOwnEvaluations) {
  const std::string text = plan() + "\n### Delmål 1.1: Barnet siger hej\nStart: 01-06-2026\nSlut: 31-12-2026\nEvaluering: hver måned\n";
  const auto h = hits(kRule, text, {2026, 8, 10});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 skulle have været evalueret senest 01-07-2026 (40 dage siden).");
  EXPECT_NE(h[0].help.find("Evaluer delmålet, og skriv evalueringen under det som »#### Evaluering <dato>«"), std::string::npos)
      << h[0].help;
}

TEST(EvaluationOverdue, SilentWithoutGoalsOrWithInvalidValues) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nBorger: X\n", {2030, 1, 1}).empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n## Mål 1: Y\nStart: 01-02-2026\n", {2030, 1, 1}).empty());  // no interval
  const std::string bad_interval = "# Individuel plan\n## Mål 1: Y\nStart: 01-02-2026\nEvaluering: ofte\n";
  EXPECT_TRUE(has_code(bad_interval, "PL007"));
  EXPECT_TRUE(hits(kRule, bad_interval, {2030, 1, 1}).empty());
  const std::string bad_start = "# Individuel plan\n## Mål 1: Y\nStart: 29-02-2026\nEvaluering: hver måned\n";
  EXPECT_TRUE(has_code(bad_start, "PL006"));
  EXPECT_TRUE(hits(kRule, bad_start, {2030, 1, 1}).empty());
}

TEST(EvaluationOverdue, EnglishMessage) {
  const auto f = findings(plan(), {2026, 12, 1}, diag::Lang::en);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "Mål 1 should have been evaluated by 27-10-2026 (35 days ago).");
  EXPECT_EQ(f[0].related[0].message, "the latest evaluation");
}

TEST(EvaluationOverdue, SwitchedOffWithoutE) {
  const auto s = settings_from("letters = \"SMART\"\n");
  EXPECT_TRUE(hits(kRule, plan(), {2026, 12, 1}, &s).empty());
}

TEST(EvaluationOverdue, DocumentationExamples) {
  const auto& m = engine::find_rule(kRule)->meta();
  EXPECT_EQ(hits(kRule, m.bad).size(), 1u);
  for (model::Date today : {model::Date{2026, 8, 10}, model::Date{2027, 6, 1}, model::Date{2030, 1, 1}}) {
    EXPECT_TRUE(hits(kRule, m.good, today).empty()) << today.iso();
  }
}

// The reference plan: clean today; months later, every open goal is overdue (each from its own
// latest evaluation) and has expired.
TEST(EvaluationOverdue, ReferencePlan) {
  std::ifstream in(kReferencePlanFile, std::ios::binary);
  ASSERT_TRUE(in) << "cannot read the reference plan";
  std::ostringstream s;
  s << in.rdbuf();
  const std::string text = s.str();
  for (std::string_view rule :
       {"missing-participation", "missing-handleplan-reference", "unknown-handleplan-reference", "missing-end-date", "end-before-start",
        "subgoal-outside-goal-period", "expired-goal", "missing-evaluation-interval", "evaluation-interval-too-long",
        "evaluation-overdue", "incomplete-evaluation", "missing-intervention"}) {
    EXPECT_TRUE(hits(rule, text, {2026, 8, 10}).empty()) << rule;
  }
  const auto h = hits(kRule, text, {2027, 3, 1});
  ASSERT_EQ(h.size(), 3u);  // Delmål 1.1 is closed
  EXPECT_EQ(h[0].message, "Mål 1 skulle have været evalueret senest 20-10-2026 (132 dage siden).");
  EXPECT_EQ(h[0].line, 35u);
  EXPECT_EQ(h[1].message, "Mål 2 skulle have været evalueret senest 28-10-2026 (124 dage siden).");
  EXPECT_EQ(h[1].line, 81u);
  EXPECT_EQ(h[2].message, "Mål 3 skulle have været evalueret senest 16-10-2026 (136 dage siden).");
  EXPECT_EQ(h[2].line, 102u);
  const auto expired = hits("expired-goal", text, {2027, 3, 1});
  ASSERT_EQ(expired.size(), 3u);
  EXPECT_EQ(expired[0].message.substr(0, std::string_view("Mål 1 ").size()), "Mål 1 ");
  EXPECT_EQ(expired[1].message.substr(0, std::string_view("Mål 2 ").size()), "Mål 2 ");
  EXPECT_EQ(expired[2].message.substr(0, std::string_view("Mål 3 ").size()), "Mål 3 ");
}

}  // namespace
}  // namespace planlint::testing
