// The deadline agenda (linter/agenda/): the deadlines schedule/ computes for a plan, the
// filters and the order, the renderers' exact output on a small plan, and that the agenda and
// the date rules agree on the examples (one computation).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "agenda/agenda.h"
#include "engine/lint.h"
#include "model/builder.h"
#include "schedule/deadlines.h"
#include "test_support.h"

namespace planlint::testing {
namespace {

namespace fs = std::filesystem;
using agenda::Item;
using agenda::Kind;
using model::Date;

Date d(int year, int month, int day) {
  return {year, month, day};
}

std::string plan_text(std::string_view header_extra, std::string_view body) {
  return "# Individuel plan\nBorger: Asta\nOmråde: børn\n" + std::string(header_extra) + "\n" + std::string(body);
}

// The deadlines of one plan with the given thresholds (no enrolment deadlines unless given).
std::vector<Item> deadlines(const std::string& text, Date today, const config::Thresholds& t = config::Thresholds{}) {
  const model::BuildResult built = model::build_plan(text, diag::Lang::da);
  std::vector<Item> items = agenda::plan_deadlines(built.plan, text, t, today, diag::Lang::da);
  agenda::sort_items(items);
  return items;
}

std::vector<Item> of_kind(const std::vector<Item>& items, Kind kind) {
  std::vector<Item> out;
  for (const Item& i : items) {
    if (i.kind == kind) out.push_back(i);
  }
  return out;
}

// "2026-10-27 evaluation 1 @9" for each row, to compare whole lists readably.
std::string rows(const std::vector<Item>& items) {
  std::string out;
  for (const Item& i : items) {
    out += i.date.iso() + " " + std::string(agenda::kind_id(i.kind)) + (i.goal.empty() ? "" : " " + i.goal) + " @" +
           std::to_string(i.line) + "\n";
  }
  return out;
}

agenda::Agenda make_agenda(const std::vector<std::pair<std::string, std::string>>& files, agenda::Options options) {
  std::vector<agenda::Input> inputs;
  for (const auto& [name, text] : files) inputs.push_back({name, text, nullptr, {}});
  return agenda::build(inputs, options);
}

agenda::Options at(Date today) {
  agenda::Options o;
  o.today = today;
  return o;
}

// ---- dates in words ---------------------------------------------------------------------------

TEST(AgendaText, DanishAndEnglishDates) {
  EXPECT_EQ(agenda::long_date(d(2027, 1, 12), diag::Lang::da), "tirsdag 12. januar 2027");
  EXPECT_EQ(agenda::long_date(d(2027, 1, 12), diag::Lang::en), "Tuesday 12 January 2027");
  EXPECT_EQ(agenda::long_date(d(2026, 5, 3), diag::Lang::da), "søndag 3. maj 2026");
  EXPECT_EQ(agenda::long_date(d(2027, 3, 6), diag::Lang::da), "lørdag 6. marts 2027");
  EXPECT_EQ(agenda::days_text(-1, diag::Lang::da), "1 dag over");
  EXPECT_EQ(agenda::days_text(-45, diag::Lang::da), "45 dage over");
  EXPECT_EQ(agenda::days_text(0, diag::Lang::da), "i dag");
  EXPECT_EQ(agenda::days_text(1, diag::Lang::da), "om 1 dag");
  EXPECT_EQ(agenda::days_text(12, diag::Lang::en), "in 12 days");
  EXPECT_EQ(agenda::days_text(-1, diag::Lang::en), "1 day overdue");
}

TEST(AgendaText, IsoWeeksAroundNewYear) {
  EXPECT_EQ(agenda::iso_week(d(2026, 12, 31)), (agenda::IsoWeek{2026, 53}));
  EXPECT_EQ(agenda::iso_week(d(2027, 1, 3)), (agenda::IsoWeek{2026, 53}));
  EXPECT_EQ(agenda::iso_week(d(2027, 1, 4)), (agenda::IsoWeek{2027, 1}));
  EXPECT_EQ(agenda::iso_week(d(2024, 12, 30)), (agenda::IsoWeek{2025, 1}));
  EXPECT_EQ(agenda::iso_week(d(2021, 1, 3)), (agenda::IsoWeek{2020, 53}));
  EXPECT_EQ(agenda::iso_week(d(2027, 3, 1)), (agenda::IsoWeek{2027, 9}));
}

// ---- the deadline computation on edge cases -------------------------------------------------

TEST(AgendaDeadlines, ThirtyFirstOfJanuaryPlusOneMonthIsTheEndOfFebruary) {
  const std::string text =
      plan_text("", "## Mål 1: Asta tager trøjen på\nStart: 31-01-2026\nSlut: 31-12-2026\nEvaluering: hver måned\n");
  EXPECT_EQ(rows(of_kind(deadlines(text, d(2026, 1, 31)), Kind::evaluation)), "2026-02-28 evaluation 1 @5\n");
  // In a leap year the 29th exists.
  const std::string leap =
      plan_text("", "## Mål 1: Asta tager trøjen på\nStart: 31-01-2028\nSlut: 31-12-2028\nEvaluering: hver måned\n");
  EXPECT_EQ(rows(of_kind(deadlines(leap, d(2028, 1, 31)), Kind::evaluation)), "2028-02-29 evaluation 1 @5\n");
}

TEST(AgendaDeadlines, LeapDayPlusAYearIsTheTwentyEighthOfFebruary) {
  const std::string text =
      plan_text("",
                "## Mål 1: Asta tager trøjen på\nStart: 01-01-2028\nSlut: 31-12-2029\nEvaluering: årligt\n\n"
                "### Evaluering 29-02-2028\nKvalitativ: a\nKvantitativ: b\nBeslutning: fortsæt\n");
  const std::vector<Item> evaluations = of_kind(deadlines(text, d(2028, 3, 1)), Kind::evaluation);
  ASSERT_EQ(evaluations.size(), 1u);
  EXPECT_EQ(evaluations[0].date, d(2029, 2, 28));
  EXPECT_EQ(evaluations[0].detail, "Asta tager trøjen på (seneste evaluering 29-02-2028 + hvert år)");
}

TEST(AgendaDeadlines, AGoalClosedByItsLastEvaluationHasNoDeadlinesAndNeitherHaveItsSubgoals) {
  const std::string body =
      "## Mål 1: Asta tager trøjen på\nStart: 01-02-2026\nSlut: 31-12-2026\nEvaluering: hver 3. måned\n\n"
      "### Delmål 1.1: Asta finder trøjen\nStart: 01-02-2026\nSlut: 30-06-2026\nEvaluering: hver måned\n\n"
      "### Evaluering 28-04-2026\nKvalitativ: a\nKvantitativ: b\nBeslutning: fortsæt\n\n"
      "### Evaluering 27-07-2026\nKvalitativ: a\nKvantitativ: b\nBeslutning: afslut\n";
  const std::vector<Item> items = deadlines(plan_text("", body), d(2026, 9, 1));
  EXPECT_EQ(rows(items), "") << "closed Mål 1 and its Delmål 1.1 are not on the agenda";
  // An earlier »afslut« does not close the goal when a later evaluation continues it.
  const std::string later = body + "\n### Evaluering 01-08-2026\nKvalitativ: a\nKvantitativ: b\nBeslutning: fortsæt\n";
  EXPECT_EQ(rows(deadlines(plan_text("", later), d(2026, 9, 1))),
            "2026-03-01 evaluation 1.1 @10\n"
            "2026-06-30 goal-end 1.1 @12\n"
            "2026-11-01 evaluation 1 @5\n"
            "2026-12-31 goal-end 1 @7\n");
}

TEST(AgendaDeadlines, APlanWithNoEvaluationsCountsFromTheStart) {
  const std::string text =
      plan_text("", "## Mål 1: Asta tager trøjen på\nStart: 01-02-2026\nSlut: 31-12-2026\nEvaluering: hver 3. måned\n");
  const std::vector<Item> items = of_kind(deadlines(text, d(2026, 3, 1)), Kind::evaluation);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].date, d(2026, 5, 1));
  EXPECT_EQ(items[0].days, 61);
  EXPECT_EQ(items[0].what, "Evaluering af Mål 1");
  EXPECT_EQ(items[0].detail, "Asta tager trøjen på (Start 01-02-2026 + hver 3. måned, ingen evaluering endnu)");
  // Without an interval or a start there is nothing to compute.
  EXPECT_EQ(
      rows(of_kind(deadlines(plan_text("", "## Mål 1: x\nStart: 01-02-2026\n"), d(2026, 3, 1)), Kind::evaluation)), "");
  EXPECT_EQ(
      rows(of_kind(deadlines(plan_text("", "## Mål 1: x\nEvaluering: hver måned\n"), d(2026, 3, 1)), Kind::evaluation)),
      "");
}

TEST(AgendaDeadlines, AnEvaluationDueAfterTheGoalEndsIsNotOwedTheEndIs) {
  const std::string text = plan_text("",
                                     "## Mål 1: x\nStart: 01-02-2026\nSlut: 30-04-2026\nEvaluering: hver 3. måned\n\n"
                                     "### Evaluering 01-03-2026\nKvalitativ: a\nKvantitativ: b\nBeslutning: fortsæt\n");
  EXPECT_EQ(rows(deadlines(text, d(2026, 5, 10))), "2026-04-30 goal-end 1 @7\n");
  EXPECT_FALSE(schedule::next_evaluation_owed(model::build_plan(text, diag::Lang::da).plan.goals[0]));
}

TEST(AgendaDeadlines, StatusSendByMeetingAndMinutesUntilTheyAreDone) {
  config::Thresholds t;
  const std::string open = plan_text("", "## Status 20-11-2026\nMøde: 04-12-2026\n");
  EXPECT_EQ(rows(deadlines(open, d(2026, 11, 1), t)),
            "2026-11-20 status-send-by @6\n"
            "2026-12-04 status-meeting @6\n"
            "2026-12-11 minutes @6\n"
            "2027-05-20 next-status @5\n");
  // Sent and minutes recorded: only the meeting (ahead) and the next status remain.
  const std::string done =
      plan_text("", "## Status 20-11-2026\nMøde: 04-12-2026\nSendt: 19-11-2026\nReferat: 10-12-2026\n");
  EXPECT_EQ(rows(deadlines(done, d(2026, 11, 1), t)), "2026-12-04 status-meeting @6\n2027-05-20 next-status @5\n");
  // After the meeting: the unsent status and the missing minutes are overdue; the meeting is gone.
  const std::vector<Item> after = deadlines(open, d(2026, 12, 20), t);
  EXPECT_EQ(rows(after), "2026-11-20 status-send-by @6\n2026-12-11 minutes @6\n2027-05-20 next-status @5\n");
  EXPECT_TRUE(after[0].overdue());
  EXPECT_EQ(after[0].days, -30);
  // The thresholds decide: 21 days before, minutes within 3.
  t.status_days_before_meeting = 21;
  t.minutes_within_days = 3;
  EXPECT_EQ(rows(of_kind(deadlines(open, d(2026, 11, 1), t), Kind::status_send_by)), "2026-11-13 status-send-by @6\n");
  EXPECT_EQ(rows(of_kind(deadlines(open, d(2026, 11, 1), t), Kind::minutes)), "2026-12-07 minutes @6\n");
}

TEST(AgendaDeadlines, NextStatusFromTheLatestStatusOrTheEnrolmentAndUnknownWithAnUndatedStatus) {
  // Children: every 6 months; the revision follows from Indskrevet too (no Revideret yet).
  EXPECT_EQ(rows(deadlines(plan_text("Indskrevet: 15-01-2026\n", ""), d(2026, 3, 1))),
            "2026-07-15 next-status @4\n2027-01-15 revision @4\n");
  const std::string adults = "# Individuel plan\nBorger: Jonas\nOmråde: voksne\nIndskrevet: 12-01-2026\n";
  // Adults: yearly (same date and line as the revision: the kind decides the order).
  EXPECT_EQ(rows(deadlines(adults, d(2026, 3, 1))), "2027-01-12 next-status @4\n2027-01-12 revision @4\n");
  // The latest status by date, wherever it stands in the file.
  EXPECT_EQ(
      rows(of_kind(deadlines(plan_text("Indskrevet: 15-01-2026\n", "## Status 10-07-2026\n\n## Status 10-01-2026\n"),
                             d(2026, 8, 1)),
                   Kind::next_status)),
      "2027-01-10 next-status @6\n");
  // With a dated status an unreadable Indskrevet does not matter.
  EXPECT_EQ(rows(of_kind(deadlines(plan_text("Indskrevet: snart\n", "## Status 10-07-2026\n"), d(2026, 8, 1)),
                         Kind::next_status)),
            "2027-01-10 next-status @6\n");
  EXPECT_EQ(rows(of_kind(deadlines(plan_text("Indskrevet: snart\n", ""), d(2026, 8, 1)), Kind::next_status)), "");
  // A status without a date could be the latest: the next one is unknown (as in status-overdue).
  EXPECT_EQ(rows(of_kind(deadlines(plan_text("Indskrevet: 15-01-2026\n",
                                             "## Status\nMøde: 01-08-2026\nSendt: 15-07-2026\nReferat: 05-08-2026\n"),
                                   d(2026, 9, 1)),
                         Kind::next_status)),
            "");
}

TEST(AgendaDeadlines, RevisionFromNaesteRevisionOrRevideretAndNothingWhenUnreadable) {
  EXPECT_EQ(rows(deadlines(plan_text("Revideret: 01-08-2026\nNæste revision: 01-02-2027\n", ""), d(2026, 9, 1))),
            "2027-02-01 revision @5\n");
  const std::vector<Item> revised = deadlines(plan_text("Revideret: 31-01-2027\n", ""), d(2027, 3, 1));
  EXPECT_EQ(rows(revised), "2028-01-31 revision @4\n");
  EXPECT_EQ(revised[0].detail, "Revideret 31-01-2027 + hver 12. måned");
  EXPECT_EQ(rows(deadlines(plan_text("Revideret: 01-08-2026\nNæste revision: snart\n", ""), d(2026, 9, 1))), "");
}

TEST(AgendaDeadlines, EnrolmentDeadlinesOpenUntilARevisionCoversThem) {
  config::Thresholds t;
  t.enrolment_deadlines = {{"DPU", 12, 24}, {"Autonomt kompas", 6, 0}};
  // Enrolled 31-01-2026: the compass at 31-07-2026, the DPU at 31-01-2027, 31-01-2029, ...
  const std::string fresh = plan_text("Indskrevet: 31-01-2026\n", "");
  EXPECT_EQ(rows(of_kind(deadlines(fresh, d(2026, 3, 1), t), Kind::enrolment)),
            "2026-07-31 enrolment @4\n2027-01-31 enrolment @4\n");
  // Passed and not revised since: overdue, with the next DPU after it; the compass once only.
  const std::vector<Item> late = of_kind(deadlines(fresh, d(2027, 3, 1), t), Kind::enrolment);
  EXPECT_EQ(rows(late), "2026-07-31 enrolment @4\n2027-01-31 enrolment @4\n2029-01-31 enrolment @4\n");
  EXPECT_EQ(late[0].what, "Autonomt kompas");
  EXPECT_EQ(late[0].detail, "Indskrevet 31-01-2026 + 6 måneder; planen er ikke revideret siden");
  EXPECT_EQ(late[2].detail,
            "Indskrevet 31-01-2026 + 36 måneder (første gang efter 12 måneder, derefter hver 24. måned)");
  EXPECT_EQ(late[1].key, "enrolment|DPU|0");
  EXPECT_EQ(late[2].key, "enrolment|DPU|1");
  // A revision on or after the date covers it.
  const std::string revised = plan_text("Indskrevet: 31-01-2026\nRevideret: 31-01-2027\n", "");
  EXPECT_EQ(rows(of_kind(deadlines(revised, d(2027, 3, 1), t), Kind::enrolment)), "2029-01-31 enrolment @4\n");
  // Occurrences are counted from the enrolment each time, so month ends do not drift.
  const config::EnrolmentDeadline monthly{"x", 1, 1};
  EXPECT_EQ(schedule::enrolment_occurrence(d(2026, 1, 31), monthly, 0), d(2026, 2, 28));
  EXPECT_EQ(schedule::enrolment_occurrence(d(2026, 1, 31), monthly, 1), d(2026, 3, 31));
  EXPECT_EQ(schedule::enrolment_occurrence(d(2027, 1, 31), monthly, 12), d(2028, 2, 29));
  // Due today is not overdue, and it is the current occurrence.
  const std::vector<Item> today = of_kind(deadlines(fresh, d(2027, 1, 31), t), Kind::enrolment);
  EXPECT_EQ(rows(today), "2026-07-31 enrolment @4\n2027-01-31 enrolment @4\n");
  EXPECT_EQ(today[1].days, 0);
  EXPECT_FALSE(today[1].overdue());
  // Without a readable Indskrevet there is nothing to count from.
  EXPECT_EQ(rows(of_kind(deadlines(plan_text("Indskrevet: engang\n", ""), d(2027, 3, 1), t), Kind::enrolment)), "");
}

TEST(AgendaDeadlines, ADischargedCitizenHasNoDeadlinesAndNothingIsOwedAfterADischargeDate) {
  const std::string body = "## Mål 1: x\nStart: 01-02-2026\nSlut: 31-12-2026\nEvaluering: hver 3. måned\n";
  EXPECT_EQ(rows(deadlines(plan_text("Indskrevet: 15-01-2026\nUdskrevet: 01-06-2026\n", body), d(2026, 7, 1))), "");
  EXPECT_EQ(rows(deadlines(plan_text("Indskrevet: 15-01-2026\nUdskrevet: ved lejlighed\n", body), d(2026, 3, 1))), "");
  EXPECT_EQ(rows(deadlines(plan_text("Indskrevet: 15-01-2026\nUdskrevet: 01-06-2026\n", body), d(2026, 3, 1))),
            "2026-05-01 evaluation 1 @7\n");
}

// ---- one computation: the date rules and the agenda agree ------------------------------------

TEST(AgendaDeadlines, EveryOverdueFindingOfTheDateRulesIsAnOverdueRowOnTheSameDateAndLine) {
  const Date today = d(2027, 3, 1);
  const std::map<std::string, Kind> kinds = {
      {"PL111", Kind::evaluation}, {"PL108", Kind::goal_end}, {"PL209", Kind::revision}, {"PL303", Kind::next_status}};
  int checked = 0;
  for (const char* name : {"barn-specialboernehjem", "voksen-botilbud", "fejlbehaeftet"}) {
    const std::string file = std::string(PLANLINT_SOURCE_DIR) + "/examples/" + name + ".plan";
    const std::string text = read_file(file);
    engine::LintOptions options;
    options.today = today;
    const engine::FileReport report = engine::lint_buffer(file, text, options);
    const agenda::Agenda a = make_agenda({{file, text}}, at(today));
    const text::LineIndex index(text);
    for (const diag::Diagnostic& f : report.diagnostics) {
      const auto kind = kinds.find(std::string(f.code));
      if (kind == kinds.end()) continue;
      std::smatch m;
      ASSERT_TRUE(std::regex_search(f.message, m, std::regex(R"((\d\d)-(\d\d)-(\d{4}))"))) << f.message;
      const Date due{std::stoi(m[3]), std::stoi(m[2]), std::stoi(m[1])};
      const std::uint32_t line = index.position(f.range.begin).line;
      const bool found = std::any_of(a.items.begin(), a.items.end(), [&](const Item& i) {
        return i.kind == kind->second && i.date == due && i.overdue() &&
               (i.line == line || kind->second == Kind::next_status);
      });
      EXPECT_TRUE(found) << name << ": " << f.code << " line " << line << ": " << f.message;
      ++checked;
    }
  }
  EXPECT_GE(checked, 20);
}

// ---- filters and order ----------------------------------------------------------------------

const std::string kAsta =
    plan_text("Indskrevet: 15-01-2026\nKontaktteam: Mette Hansen, Lars Holm\nRevideret: 01-08-2026\n",
              "## Mål 1: x\nStart: 01-02-2026\nSlut: 31-12-2026\nEvaluering: hver 3. måned\n");
const std::string kNoah =
    "# Individuel plan\nBorger: Noah\nOmråde: børn\nIndskrevet: 05-01-2026\nKontaktteam: Åse Østergård\n"
    "Revideret: 01-06-2026\n\n## Mål 1: y\nStart: 01-02-2026\nSlut: 31-12-2026\nEvaluering: hver 3. måned\n";

TEST(AgendaFilters, TeamMatchesFoldedText) {
  EXPECT_TRUE(agenda::team_matches("Mette Hansen, Lars Holm", {}));
  EXPECT_TRUE(agenda::team_matches("Mette Hansen, Lars Holm", {"lars holm"}));
  EXPECT_TRUE(agenda::team_matches("Mette Hansen, Lars Holm", {"METTE"}));
  EXPECT_TRUE(agenda::team_matches("Åse Østergård", {"aase oestergaard"}));
  EXPECT_TRUE(agenda::team_matches("Aase Oestergaard", {"Åse"}));
  EXPECT_FALSE(agenda::team_matches("Mette Hansen, Lars Holm", {"Camilla"}));
  EXPECT_FALSE(agenda::team_matches("", {"Camilla"}));
  EXPECT_TRUE(agenda::team_matches("Camilla Berg", {"Lars", "camilla"}));
}

TEST(AgendaFilters, TeamFromAndUntil) {
  agenda::Options o = at(d(2026, 6, 1));
  o.teams = {"åse"};
  agenda::Agenda a = make_agenda({{"asta.plan", kAsta}, {"noah.plan", kNoah}}, o);
  ASSERT_EQ(a.plans.size(), 1u);
  EXPECT_EQ(a.plans[0].file, "noah.plan");
  EXPECT_EQ(a.plans[0].team, "Åse Østergård");
  for (const Item& i : a.items) EXPECT_EQ(i.plan, 0u);

  // --from leaves out earlier rows, overdue ones too; both bounds are inclusive.
  o = at(d(2026, 6, 1));
  agenda::Agenda all = make_agenda({{"asta.plan", kAsta}, {"noah.plan", kNoah}}, o);
  ASSERT_TRUE(std::any_of(all.items.begin(), all.items.end(), [](const Item& i) { return i.overdue(); }));
  o.from = d(2026, 7, 5);
  o.until = d(2026, 7, 15);
  a = make_agenda({{"asta.plan", kAsta}, {"noah.plan", kNoah}}, o);
  EXPECT_EQ(rows(a.items),
            "2026-07-05 next-status @4\n2026-07-05 enrolment @4\n2026-07-15 next-status @4\n2026-07-15 enrolment @4\n");
  o.from.reset();
  a = make_agenda({{"asta.plan", kAsta}, {"noah.plan", kNoah}}, o);
  EXPECT_TRUE(a.items.front().overdue());
  EXPECT_EQ(a.items.back().date, d(2026, 7, 15));
}

TEST(AgendaOrder, OverdueFirstThenByDateThenFileLineAndKind) {
  const agenda::Agenda a = make_agenda({{"asta.plan", kAsta}, {"noah.plan", kNoah}}, at(d(2026, 6, 1)));
  std::string got;
  for (const Item& i : a.items)
    got += a.plans[i.plan].file + " " + i.date.iso() + " " + std::string(agenda::kind_id(i.kind)) + "\n";
  EXPECT_EQ(got,
            "asta.plan 2026-05-01 evaluation\n"
            "noah.plan 2026-05-01 evaluation\n"
            "noah.plan 2026-07-05 next-status\n"
            "noah.plan 2026-07-05 enrolment\n"
            "asta.plan 2026-07-15 next-status\n"
            "asta.plan 2026-07-15 enrolment\n"
            "asta.plan 2026-12-31 goal-end\n"
            "noah.plan 2026-12-31 goal-end\n"
            "noah.plan 2027-01-05 enrolment\n"
            "asta.plan 2027-01-15 enrolment\n"
            "noah.plan 2027-06-01 revision\n"
            "asta.plan 2027-08-01 revision\n");
  // The same rows in any input order come out in the same order once the files are swapped back.
  const agenda::Agenda swapped = make_agenda({{"noah.plan", kNoah}, {"asta.plan", kAsta}}, at(d(2026, 6, 1)));
  ASSERT_EQ(swapped.items.size(), a.items.size());
  EXPECT_EQ(swapped.plans[swapped.items[0].plan].file, "noah.plan") << "ties follow the file order of the input";
}

// ---- every format's exact output on a small plan -------------------------------------------

const std::string kSmallPlan =
    "# Individuel plan\n"
    "Borger: Asta\n"
    "Område: børn\n"
    "Indskrevet: 15-01-2026\n"
    "Kontaktteam: Mette Hansen, Lars Holm\n"
    "Revideret: 01-08-2026\n"
    "Næste revision: 01-02-2027\n"
    "\n"
    "## Mål 1: Asta tager selv sin trøje på\n"
    "Start: 01-02-2026\n"
    "Slut: 31-12-2026\n"
    "Evaluering: hver 3. måned\n"
    "\n"
    "### Evaluering 27-07-2026\n"
    "Kvalitativ: Asta får selv det ene ærme på.\n"
    "Kvantitativ: 4 af 7 morgener.\n"
    "Beslutning: fortsæt\n"
    "\n"
    "## Status 20-11-2026\n"
    "Møde: 04-12-2026\n";

const std::string kTable = R"~(Frister i 1 plan pr. søndag 1. november 2026: 1 forfalden og 7 kommende.

Forfaldne (1)
  tirsdag 27. oktober 2026   5 dage over  Asta  Mette Hansen, Lars Holm  Evaluering af Mål 1                      asta.plan:9

Uge 47 · 16.–22. november 2026
  fredag 20. november 2026   om 19 dage   Asta  Mette Hansen, Lars Holm  Send status og dagsorden til rådgiveren  asta.plan:20

Uge 49 · 30. november – 6. december 2026
  fredag 4. december 2026    om 33 dage   Asta  Mette Hansen, Lars Holm  Statusmøde                               asta.plan:20

Uge 50 · 7.–13. december 2026
  fredag 11. december 2026   om 40 dage   Asta  Mette Hansen, Lars Holm  Send referat af statusmødet              asta.plan:20

Uge 53 · 28. december 2026 – 3. januar 2027
  torsdag 31. december 2026  om 60 dage   Asta  Mette Hansen, Lars Holm  Mål 1 slutter                            asta.plan:11

Uge 2 · 11.–17. januar 2027
  fredag 15. januar 2027     om 75 dage   Asta  Mette Hansen, Lars Holm  DPU                                      asta.plan:4

Uge 5 · 1.–7. februar 2027
  mandag 1. februar 2027     om 92 dage   Asta  Mette Hansen, Lars Holm  Revision af planen                       asta.plan:7

Uge 20 · 17.–23. maj 2027
  torsdag 20. maj 2027       om 200 dage  Asta  Mette Hansen, Lars Holm  Næste status til kommunen                asta.plan:19
)~";

const std::string kTableEn = R"~(Deadlines in 1 plan as of Sunday 1 November 2026: 1 overdue and 7 coming.

Overdue (1)
  Tuesday 27 October 2026    5 days overdue  Asta  Mette Hansen, Lars Holm  Evaluate Mål 1                                asta.plan:9

Week 47 · 16–22 November 2026
  Friday 20 November 2026    in 19 days      Asta  Mette Hansen, Lars Holm  Send the status and agenda to the caseworker  asta.plan:20

Week 49 · 30 November – 6 December 2026
  Friday 4 December 2026     in 33 days      Asta  Mette Hansen, Lars Holm  Status meeting                                asta.plan:20

Week 50 · 7–13 December 2026
  Friday 11 December 2026    in 40 days      Asta  Mette Hansen, Lars Holm  Send the minutes of the status meeting        asta.plan:20

Week 53 · 28 December 2026 – 3 January 2027
  Thursday 31 December 2026  in 60 days      Asta  Mette Hansen, Lars Holm  Mål 1 ends                                    asta.plan:11

Week 2 · 11–17 January 2027
  Friday 15 January 2027     in 75 days      Asta  Mette Hansen, Lars Holm  DPU                                           asta.plan:4

Week 5 · 1–7 February 2027
  Monday 1 February 2027     in 92 days      Asta  Mette Hansen, Lars Holm  Revise the plan                               asta.plan:7

Week 20 · 17–23 May 2027
  Thursday 20 May 2027       in 200 days     Asta  Mette Hansen, Lars Holm  Next status to the municipality               asta.plan:19
)~";

const std::string kCsv = R"~(Dato;Ugedag;Dage;Status;Type;Borger;Kontaktteam;Frist;Detaljer;Fil;Linje
2026-10-27;tirsdag;-5;forfalden;evaluering;Asta;"Mette Hansen, Lars Holm";Evaluering af Mål 1;Asta tager selv sin trøje på (seneste evaluering 27-07-2026 + hver 3. måned);asta.plan;9
2026-11-20;fredag;19;kommende;status sendes;Asta;"Mette Hansen, Lars Holm";Send status og dagsorden til rådgiveren;Status 20-11-2026: statusmødet 04-12-2026 − 14 dage;asta.plan;20
2026-12-04;fredag;33;kommende;statusmøde;Asta;"Mette Hansen, Lars Holm";Statusmøde;Status 20-11-2026;asta.plan;20
2026-12-11;fredag;40;kommende;referat;Asta;"Mette Hansen, Lars Holm";Send referat af statusmødet;Status 20-11-2026: statusmødet 04-12-2026 + 7 dage;asta.plan;20
2026-12-31;torsdag;60;kommende;målets slut;Asta;"Mette Hansen, Lars Holm";Mål 1 slutter;"Asta tager selv sin trøje på; afsluttes med en evaluering (Beslutning: afslut), eller Slut flyttes";asta.plan;11
2027-01-15;fredag;75;kommende;frist fra indskrivningen;Asta;"Mette Hansen, Lars Holm";DPU;"Indskrevet 15-01-2026 + 12 måneder; derefter hver 24. måned";asta.plan;4
2027-02-01;mandag;92;kommende;revision;Asta;"Mette Hansen, Lars Holm";Revision af planen;Næste revision 01-02-2027;asta.plan;7
2027-05-20;torsdag;200;kommende;næste status;Asta;"Mette Hansen, Lars Holm";Næste status til kommunen;seneste status 20-11-2026 + hver 6. måned;asta.plan;19
)~";

const std::string kJson = R"~({
  "today": "2026-11-01",
  "from": null,
  "until": null,
  "teams": [],
  "language": "da",
  "summary": {
    "plans": 1,
    "deadlines": 8,
    "overdue": 1
  },
  "plans": [
    {
      "file": "asta.plan",
      "citizen": "Asta",
      "team": "Mette Hansen, Lars Holm"
    }
  ],
  "deadlines": [
    {
      "date": "2026-10-27",
      "weekday": "tirsdag",
      "days": -5,
      "overdue": true,
      "kind": "evaluation",
      "goal": "1",
      "what": "Evaluering af Mål 1",
      "detail": "Asta tager selv sin trøje på (seneste evaluering 27-07-2026 + hver 3. måned)",
      "citizen": "Asta",
      "team": "Mette Hansen, Lars Holm",
      "file": "asta.plan",
      "line": 9,
      "uid": "7ad768b7726dea95@planlint"
    },
    {
      "date": "2026-11-20",
      "weekday": "fredag",
      "days": 19,
      "overdue": false,
      "kind": "status-send-by",
      "goal": null,
      "what": "Send status og dagsorden til rådgiveren",
      "detail": "Status 20-11-2026: statusmødet 04-12-2026 − 14 dage",
      "citizen": "Asta",
      "team": "Mette Hansen, Lars Holm",
      "file": "asta.plan",
      "line": 20,
      "uid": "8232bb046677a09e@planlint"
    },
    {
      "date": "2026-12-04",
      "weekday": "fredag",
      "days": 33,
      "overdue": false,
      "kind": "status-meeting",
      "goal": null,
      "what": "Statusmøde",
      "detail": "Status 20-11-2026",
      "citizen": "Asta",
      "team": "Mette Hansen, Lars Holm",
      "file": "asta.plan",
      "line": 20,
      "uid": "37191a6bf1fdd5f9@planlint"
    },
    {
      "date": "2026-12-11",
      "weekday": "fredag",
      "days": 40,
      "overdue": false,
      "kind": "minutes",
      "goal": null,
      "what": "Send referat af statusmødet",
      "detail": "Status 20-11-2026: statusmødet 04-12-2026 + 7 dage",
      "citizen": "Asta",
      "team": "Mette Hansen, Lars Holm",
      "file": "asta.plan",
      "line": 20,
      "uid": "b5b4bf232c50e14c@planlint"
    },
    {
      "date": "2026-12-31",
      "weekday": "torsdag",
      "days": 60,
      "overdue": false,
      "kind": "goal-end",
      "goal": "1",
      "what": "Mål 1 slutter",
      "detail": "Asta tager selv sin trøje på; afsluttes med en evaluering (Beslutning: afslut), eller Slut flyttes",
      "citizen": "Asta",
      "team": "Mette Hansen, Lars Holm",
      "file": "asta.plan",
      "line": 11,
      "uid": "3e878c2b3922c557@planlint"
    },
    {
      "date": "2027-01-15",
      "weekday": "fredag",
      "days": 75,
      "overdue": false,
      "kind": "enrolment",
      "goal": null,
      "what": "DPU",
      "detail": "Indskrevet 15-01-2026 + 12 måneder; derefter hver 24. måned",
      "citizen": "Asta",
      "team": "Mette Hansen, Lars Holm",
      "file": "asta.plan",
      "line": 4,
      "uid": "5530484bcc5e4712@planlint"
    },
    {
      "date": "2027-02-01",
      "weekday": "mandag",
      "days": 92,
      "overdue": false,
      "kind": "revision",
      "goal": null,
      "what": "Revision af planen",
      "detail": "Næste revision 01-02-2027",
      "citizen": "Asta",
      "team": "Mette Hansen, Lars Holm",
      "file": "asta.plan",
      "line": 7,
      "uid": "85cc9f686d77c8fe@planlint"
    },
    {
      "date": "2027-05-20",
      "weekday": "torsdag",
      "days": 200,
      "overdue": false,
      "kind": "next-status",
      "goal": null,
      "what": "Næste status til kommunen",
      "detail": "seneste status 20-11-2026 + hver 6. måned",
      "citizen": "Asta",
      "team": "Mette Hansen, Lars Holm",
      "file": "asta.plan",
      "line": 19,
      "uid": "765a8b7b1ad07355@planlint"
    }
  ]
}
)~";

const std::string kIcs = R"~(BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//planlint//planlint agenda//DA
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Frister fra planerne (planlint)
BEGIN:VEVENT
UID:7ad768b7726dea95@planlint
DTSTAMP:20261101T000000Z
SEQUENCE:2496
DTSTART;VALUE=DATE:20261027
DTEND;VALUE=DATE:20261028
SUMMARY:Evaluering af Mål 1 – Asta
DESCRIPTION:Asta tager selv sin trøje på (seneste evaluering 27-07-2026 +
  hver 3. måned)\nBorger: Asta\nKontaktteam: Mette Hansen\, Lars Holm\nFil
 : asta.plan:9
CATEGORIES:evaluering
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VEVENT
UID:8232bb046677a09e@planlint
DTSTAMP:20261101T000000Z
SEQUENCE:2496
DTSTART;VALUE=DATE:20261120
DTEND;VALUE=DATE:20261121
SUMMARY:Send status og dagsorden til rådgiveren – Asta
DESCRIPTION:Status 20-11-2026: statusmødet 04-12-2026 − 14 dage\nBorger:
  Asta\nKontaktteam: Mette Hansen\, Lars Holm\nFil: asta.plan:20
CATEGORIES:status sendes
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VEVENT
UID:37191a6bf1fdd5f9@planlint
DTSTAMP:20261101T000000Z
SEQUENCE:2496
DTSTART;VALUE=DATE:20261204
DTEND;VALUE=DATE:20261205
SUMMARY:Statusmøde – Asta
DESCRIPTION:Status 20-11-2026\nBorger: Asta\nKontaktteam: Mette Hansen\, La
 rs Holm\nFil: asta.plan:20
CATEGORIES:statusmøde
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VEVENT
UID:b5b4bf232c50e14c@planlint
DTSTAMP:20261101T000000Z
SEQUENCE:2496
DTSTART;VALUE=DATE:20261211
DTEND;VALUE=DATE:20261212
SUMMARY:Send referat af statusmødet – Asta
DESCRIPTION:Status 20-11-2026: statusmødet 04-12-2026 + 7 dage\nBorger: As
 ta\nKontaktteam: Mette Hansen\, Lars Holm\nFil: asta.plan:20
CATEGORIES:referat
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VEVENT
UID:3e878c2b3922c557@planlint
DTSTAMP:20261101T000000Z
SEQUENCE:2496
DTSTART;VALUE=DATE:20261231
DTEND;VALUE=DATE:20270101
SUMMARY:Mål 1 slutter – Asta
DESCRIPTION:Asta tager selv sin trøje på\; afsluttes med en evaluering (B
 eslutning: afslut)\, eller Slut flyttes\nBorger: Asta\nKontaktteam: Mette 
 Hansen\, Lars Holm\nFil: asta.plan:11
CATEGORIES:målets slut
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VEVENT
UID:5530484bcc5e4712@planlint
DTSTAMP:20261101T000000Z
SEQUENCE:2496
DTSTART;VALUE=DATE:20270115
DTEND;VALUE=DATE:20270116
SUMMARY:DPU – Asta
DESCRIPTION:Indskrevet 15-01-2026 + 12 måneder\; derefter hver 24. måned\
 nBorger: Asta\nKontaktteam: Mette Hansen\, Lars Holm\nFil: asta.plan:4
CATEGORIES:frist fra indskrivningen
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VEVENT
UID:85cc9f686d77c8fe@planlint
DTSTAMP:20261101T000000Z
SEQUENCE:2496
DTSTART;VALUE=DATE:20270201
DTEND;VALUE=DATE:20270202
SUMMARY:Revision af planen – Asta
DESCRIPTION:Næste revision 01-02-2027\nBorger: Asta\nKontaktteam: Mette Ha
 nsen\, Lars Holm\nFil: asta.plan:7
CATEGORIES:revision
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
BEGIN:VEVENT
UID:765a8b7b1ad07355@planlint
DTSTAMP:20261101T000000Z
SEQUENCE:2496
DTSTART;VALUE=DATE:20270520
DTEND;VALUE=DATE:20270521
SUMMARY:Næste status til kommunen – Asta
DESCRIPTION:seneste status 20-11-2026 + hver 6. måned\nBorger: Asta\nKonta
 ktteam: Mette Hansen\, Lars Holm\nFil: asta.plan:19
CATEGORIES:næste status
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
)~";

const std::string kHtmlMain = R"~(<main>
<section class="team" id="team-1">
<h2>Kontaktteam: Mette Hansen, Lars Holm <small>1 plan, 1 forfalden</small></h2>
<div class="cols">
<div>
<h3>Tidslinje</h3>
<ol class="timeline">
<li class="item overdue" data-kind="evaluation" data-file="asta.plan"><time class="when" datetime="2026-10-27">tirsdag 27. oktober 2026</time><span class="days">5 dage over</span><span class="badge">Forfalden</span>
<div class="what"><span class="who">Asta</span>: Evaluering af Mål 1</div><div class="detail">Asta tager selv sin trøje på (seneste evaluering 27-07-2026 + hver 3. måned) <span class="src">asta.plan:9</span></div></li>
<li class="marker now">I dag: søndag 1. november 2026</li>
<li class="marker">Uge 47, 2026</li>
<li class="item" data-kind="status-send-by" data-file="asta.plan"><time class="when" datetime="2026-11-20">fredag 20. november 2026</time><span class="days">om 19 dage</span>
<div class="what"><span class="who">Asta</span>: Send status og dagsorden til rådgiveren</div><div class="detail">Status 20-11-2026: statusmødet 04-12-2026 − 14 dage <span class="src">asta.plan:20</span></div></li>
<li class="marker">Uge 49, 2026</li>
<li class="item" data-kind="status-meeting" data-file="asta.plan"><time class="when" datetime="2026-12-04">fredag 4. december 2026</time><span class="days">om 33 dage</span>
<div class="what"><span class="who">Asta</span>: Statusmøde</div><div class="detail">Status 20-11-2026 <span class="src">asta.plan:20</span></div></li>
<li class="marker">Uge 50, 2026</li>
<li class="item" data-kind="minutes" data-file="asta.plan"><time class="when" datetime="2026-12-11">fredag 11. december 2026</time><span class="days">om 40 dage</span>
<div class="what"><span class="who">Asta</span>: Send referat af statusmødet</div><div class="detail">Status 20-11-2026: statusmødet 04-12-2026 + 7 dage <span class="src">asta.plan:20</span></div></li>
<li class="marker">Uge 53, 2026</li>
<li class="item" data-kind="goal-end" data-file="asta.plan"><time class="when" datetime="2026-12-31">torsdag 31. december 2026</time><span class="days">om 60 dage</span>
<div class="what"><span class="who">Asta</span>: Mål 1 slutter</div><div class="detail">Asta tager selv sin trøje på; afsluttes med en evaluering (Beslutning: afslut), eller Slut flyttes <span class="src">asta.plan:11</span></div></li>
<li class="marker">Uge 2, 2027</li>
<li class="item" data-kind="enrolment" data-file="asta.plan"><time class="when" datetime="2027-01-15">fredag 15. januar 2027</time><span class="days">om 75 dage</span>
<div class="what"><span class="who">Asta</span>: DPU</div><div class="detail">Indskrevet 15-01-2026 + 12 måneder; derefter hver 24. måned <span class="src">asta.plan:4</span></div></li>
<li class="marker">Uge 5, 2027</li>
<li class="item" data-kind="revision" data-file="asta.plan"><time class="when" datetime="2027-02-01">mandag 1. februar 2027</time><span class="days">om 92 dage</span>
<div class="what"><span class="who">Asta</span>: Revision af planen</div><div class="detail">Næste revision 01-02-2027 <span class="src">asta.plan:7</span></div></li>
<li class="marker">Uge 20, 2027</li>
<li class="item" data-kind="next-status" data-file="asta.plan"><time class="when" datetime="2027-05-20">torsdag 20. maj 2027</time><span class="days">om 200 dage</span>
<div class="what"><span class="who">Asta</span>: Næste status til kommunen</div><div class="detail">seneste status 20-11-2026 + hver 6. måned <span class="src">asta.plan:19</span></div></li>
</ol>
</div>
<aside>
<h3>Planer og fund</h3>
<article class="plan" data-file="asta.plan">
<h4>Asta</h4>
<p class="src">asta.plan</p>
<p class="counts"><span class="error">1 fejl</span> og <span class="warning">1 advarsel</span>.</p>
<ul class="findings">
<li class="warning"><span class="sev">advarsel</span> <code>PL111</code> linje 9: Mål 1 skulle have været evalueret senest 27-10-2026 (5 dage siden).</li>
<li class="error"><span class="sev">fejl</span> <code>PL999</code> linje 20: &lt;b&gt;»Møde« &amp; &quot;Sendt&quot;&lt;/b&gt;</li>
</ul>
</article>
</aside>
</div>
</section>
</main>)~";

std::string render(std::string_view format, const agenda::Agenda& a, bool color = false) {
  std::ostringstream out;
  EXPECT_TRUE(agenda::render(format, out, a, color));
  return out.str();
}

agenda::Agenda small(diag::Lang lang = diag::Lang::da) {
  agenda::Options o = at(d(2026, 11, 1));
  o.lang = lang;
  return make_agenda({{"asta.plan", kSmallPlan}}, o);
}

std::string crlf(const std::string& s) {
  return replace_all(s, "\n", "\r\n");
}

TEST(AgendaFormats, Table) {
  EXPECT_EQ(render("table", small()), kTable);
  EXPECT_EQ(render("table", small(diag::Lang::en)), kTableEn);
  // Colours only when asked: overdue days in red, headings bold.
  const std::string coloured = render("table", small(), true);
  EXPECT_NE(coloured.find("\x1b[31m5 dage over"), std::string::npos) << coloured;
  EXPECT_NE(coloured.find("\x1b[1;31mForfaldne (1)\x1b[0m"), std::string::npos);
  EXPECT_EQ(render("table", small()).find('\x1b'), std::string::npos);
}

TEST(AgendaFormats, CsvHasABomSemicolonsCrlfAndQuotes) {
  EXPECT_EQ(render("csv", small()), "\xEF\xBB\xBF" + crlf(kCsv));
}

TEST(AgendaFormats, Json) {
  EXPECT_EQ(render("json", small()), kJson);
}

TEST(AgendaFormats, Ics) {
  EXPECT_EQ(render("ics", small()), crlf(kIcs));
}

TEST(AgendaFormats, HtmlMainSection) {
  agenda::Agenda a = small();
  // Fixed findings instead of the rule catalogue's, which changes as rules are added.
  a.plans[0].findings = {
      {9, diag::Severity::warning, "PL111", "Mål 1 skulle have været evalueret senest 27-10-2026 (5 dage siden)."},
      {20, diag::Severity::error, "PL999", "<b>»Møde« & \"Sendt\"</b>"}};
  const std::string html = render("html", a);
  const std::size_t begin = html.find("<main>");
  const std::size_t end = html.find("</main>");
  ASSERT_NE(begin, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  EXPECT_EQ(html.substr(begin, end + 7 - begin), kHtmlMain);
  EXPECT_TRUE(html.starts_with(
      "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"))
      << html.substr(0, 300);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
}

// ---- escaping and privacy in every format --------------------------------------------------

const std::string kAwkward =
    "# Individuel plan\n"
    "Borger: =A; \"B\", <C> & D\\E 010203-1234\n"
    "Område: børn\n"
    "Kontaktteam: Team Ærø\n"
    "Næste revision: 01-02-2027\n";

TEST(AgendaFormats, PlanTextIsEscapedAndCprNumbersMaskedEverywhere) {
  const agenda::Agenda a = make_agenda({{"a.plan", kAwkward}}, at(d(2026, 11, 1)));
  ASSERT_EQ(a.items.size(), 1u);
  EXPECT_EQ(a.plans[0].citizen, "=A; \"B\", <C> & D\\E 010203-****");
  for (const char* format : {"table", "csv", "json", "ics", "html"}) {
    EXPECT_EQ(render(format, a).find("1234"), std::string::npos) << format;
  }
  const std::string csv = render("csv", a);
  EXPECT_NE(csv.find(";\"'=A; \"\"B\"\", <C> & D\\E 010203-****\";Team Ærø;"), std::string::npos) << csv;
  const std::string ics = render("ics", a);
  EXPECT_NE(ics.find("SUMMARY:Revision af planen – =A\\; \"B\"\\, <C> & D\\\\E 010203-****\r\n"), std::string::npos)
      << ics;
  const std::string html = render("html", a);
  EXPECT_NE(html.find("=A; &quot;B&quot;, &lt;C&gt; &amp; D\\E 010203-****"), std::string::npos);
  EXPECT_EQ(html.find("<C>"), std::string::npos);
  const std::string json = render("json", a);
  EXPECT_NE(json.find(R"("citizen": "=A; \"B\", <C> & D\\E 010203-****")"), std::string::npos) << json;
}

TEST(AgendaFormats, IcsLinesAreFoldedAt75OctetsWithoutSplittingACharacter) {
  const std::string plan = "# Individuel plan\nBorger: " + std::string(40, 'x') + " " +
                           replace_all(std::string(30, '.'), ".", "æøå") +
                           "\nOmråde: børn\nNæste revision: 01-02-2027\n";
  const agenda::Agenda a = make_agenda({{"a.plan", plan}}, at(d(2026, 11, 1)));
  const std::string ics = render("ics", a);
  std::string unfolded;
  std::size_t start = 0;
  int folds = 0;
  while (start < ics.size()) {
    const std::size_t end = ics.find("\r\n", start);
    ASSERT_NE(end, std::string::npos) << "every line ends in CRLF";
    const std::string line = ics.substr(start, end - start);
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_EQ(line.find('\n'), std::string::npos);
    if (line.starts_with(" ")) {
      ++folds;
      ASSERT_GT(line.size(), 1u);
      EXPECT_NE(static_cast<unsigned char>(line[1]) & 0xC0, 0x80)
          << "a continuation line starts on a character boundary";
      unfolded += line.substr(1);
    } else {
      unfolded += (unfolded.empty() ? "" : "\n") + line;
    }
    start = end + 2;
  }
  EXPECT_GE(folds, 2);
  EXPECT_NE(unfolded.find("SUMMARY:Revision af planen – " + std::string(40, 'x') + " " +
                          replace_all(std::string(30, '.'), ".", "æøå") + "\n"),
            std::string::npos)
      << unfolded;
}

TEST(AgendaFormats, UidsDependOnWhatIsDueNotOnItsDateOrTheRunDate) {
  const std::string before = kSmallPlan;
  const std::string after = replace_once(
      kSmallPlan, "## Status 20-11-2026",
      "### Evaluering 26-08-2026\nKvalitativ: a\nKvantitativ: b\nBeslutning: fortsæt\n\n## Status 20-11-2026");
  const agenda::Agenda a = make_agenda({{"asta.plan", before}}, at(d(2026, 11, 1)));
  const agenda::Agenda b = make_agenda({{"asta.plan", after}}, at(d(2026, 11, 2)));
  const auto evaluation = [](const agenda::Agenda& x) {
    for (const Item& i : x.items) {
      if (i.kind == Kind::evaluation) return std::make_pair(i.date, agenda::uid(i, x.plans[i.plan]));
    }
    return std::make_pair(Date{}, std::string());
  };
  EXPECT_EQ(evaluation(a).first, d(2026, 10, 27));
  EXPECT_EQ(evaluation(b).first, d(2026, 11, 26));
  EXPECT_EQ(evaluation(a).second, evaluation(b).second) << "the event moves; a re-import updates it";
  std::set<std::string> uids;
  for (const Item& i : a.items) uids.insert(agenda::uid(i, a.plans[i.plan]));
  EXPECT_EQ(uids.size(), a.items.size()) << "every row has its own UID";
  // Another file, another UID.
  const agenda::Agenda c = make_agenda({{"other.plan", before}}, at(d(2026, 11, 1)));
  EXPECT_NE(agenda::uid(c.items[0], c.plans[0]), agenda::uid(a.items[0], a.plans[0]));
}

TEST(AgendaFormats, EmptyAgenda) {
  const agenda::Agenda a = make_agenda({{"tom.plan", "# Individuel plan\nBorger: Ingen\n"}}, at(d(2026, 11, 1)));
  EXPECT_EQ(render("table", a),
            "Frister i 1 plan pr. søndag 1. november 2026: 0 forfaldne og 0 kommende.\n\nIngen frister.\n");
  EXPECT_EQ(render("ics", a),
            crlf("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//planlint//planlint agenda//DA\nCALSCALE:GREGORIAN\n"
                 "METHOD:PUBLISH\nX-WR-CALNAME:Frister fra planerne (planlint)\nEND:VCALENDAR\n"));
  EXPECT_NE(render("html", a).find("<p class=\"empty\">Ingen frister.</p>"), std::string::npos);
  std::ostringstream out;
  EXPECT_FALSE(agenda::render("pdf", out, a, false));
}

// ---- the command line ----------------------------------------------------------------------

using AgendaRun = BinaryRun;

AgendaRun planlint(const std::string& args, const std::string& dir) { return run_planlint(dir, args, "", "NO_COLOR=1"); }

class AgendaCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "planlint_agenda_XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    fs::create_directories(dir_ + "/plans/birken");
    std::ofstream(dir_ + "/plans/birken/asta.plan", std::ios::binary) << kSmallPlan;
    std::ofstream(dir_ + "/plans/noah.plan", std::ios::binary) << kNoah;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string dir_;
};

TEST_F(AgendaCli, FolderStdinFiltersAndErrors) {
  const AgendaRun all = planlint("agenda plans --today 2026-11-01 --format json", dir_);
  ASSERT_EQ(all.exit, 0) << all.err;
  EXPECT_NE(all.out.find("\"file\": \"plans/birken/asta.plan\""), std::string::npos);
  EXPECT_NE(all.out.find("\"file\": \"plans/noah.plan\""), std::string::npos);
  const AgendaRun team = planlint("agenda plans --today 2026-11-01 --team 'aase' --format csv", dir_);
  EXPECT_EQ(team.exit, 0);
  EXPECT_EQ(team.out.find("asta.plan"), std::string::npos);
  EXPECT_NE(team.out.find("plans/noah.plan"), std::string::npos);
  const AgendaRun window = planlint("agenda plans --today 2026-11-01 --from 2026-12-01 --until 31-12-2026", dir_);
  EXPECT_EQ(window.exit, 0) << window.err;
  EXPECT_EQ(window.out.find("Forfaldne"), std::string::npos) << window.out;
  EXPECT_NE(window.out.find("fredag 4. december 2026"), std::string::npos) << window.out;
  EXPECT_EQ(window.out.find("fredag 15. januar 2027"), std::string::npos) << window.out;
  EXPECT_EQ(window.out.find("fredag 20. november 2026"), std::string::npos) << window.out;
  const AgendaRun in =
      planlint("agenda - --stdin-filename asta.plan --today 2026-11-01 < plans/birken/asta.plan", dir_);
  EXPECT_EQ(in.exit, 0);
  EXPECT_EQ(in.out, kTable);
  const AgendaRun missing = planlint("agenda plans nope.plan --today 2026-11-01 --format csv", dir_);
  EXPECT_EQ(missing.exit, 2);
  EXPECT_NE(missing.err.find("planlint: nope.plan: filen kan ikke læses: filen findes ikke"), std::string::npos) << missing.err;
  EXPECT_NE(missing.out.find("plans/noah.plan"), std::string::npos) << "the other plans are still on the agenda";
  // A symlink loop below a folder is reported as `check` reports it, not skipped.
  std::filesystem::create_symlink("loop.plan", dir_ + "/plans/loop.plan");
  const AgendaRun loop = planlint("agenda plans --today 2026-11-01 --format csv", dir_);
  std::filesystem::remove(dir_ + "/plans/loop.plan");
  EXPECT_EQ(loop.exit, 2);
  EXPECT_NE(loop.err.find("planlint: plans/loop.plan: filen kan ikke læses: for mange symbolske links (en løkke?)"), std::string::npos)
      << loop.err;
  EXPECT_NE(loop.out.find("plans/noah.plan"), std::string::npos);
  EXPECT_EQ(planlint("agenda plans --today 2026-02-30", dir_).exit, 2);
  const AgendaRun reversed = planlint("agenda plans --from 2027-01-01 --until 2026-01-01", dir_);
  EXPECT_EQ(reversed.exit, 2);
  EXPECT_NE(reversed.err.find("--until (2026-01-01) ligger før --from (2027-01-01)"), std::string::npos)
      << reversed.err;
  EXPECT_EQ(planlint("agenda plans --format pdf", dir_).exit, 2);
}

TEST_F(AgendaCli, ProfileThresholdsApplyPerFolder) {
  // A planlint.toml in birken/ with 21 days before the meeting and no enrolment deadlines.
  std::ofstream(dir_ + "/plans/birken/planlint.toml")
      << "extends = \"specialsektoren\"\n[thresholds]\nstatus-days-before-meeting = 21\n"
         "enrolment-deadlines = []\n";
  const AgendaRun r = planlint("agenda plans --today 2026-11-01 --format csv", dir_);
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("2026-11-13;fredag;12;kommende;status sendes"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("DPU;\"Indskrevet 15-01-2026"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("DPU;\"Indskrevet 05-01-2026"), std::string::npos) << "noah.plan keeps the default profile";
}

}  // namespace
}  // namespace planlint::testing
