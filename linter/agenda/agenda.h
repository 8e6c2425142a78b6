#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "config/settings.h"
#include "diag/diagnostic.h"
#include "model/plan.h"
#include "model/values.h"

// The deadline agenda (`planlint agenda`): every deadline the plans give, computed by
// schedule/ (the same computation the rules use), as rows a team leader can sort, filter and
// export. One renderer per format in this folder: table.cpp, csv.cpp, json.cpp, ics.cpp and
// html.cpp.
namespace planlint::agenda {

// What falls due. The order is the tie-breaker between rows of the same date and line.
enum class Kind : std::uint8_t {
  evaluation,      // next evaluation of a goal or sub-goal
  goal_end,        // an open goal's Slut
  status_send_by,  // a status must be sent to the caseworker (meeting − status-days-before-meeting)
  status_meeting,  // the status meeting itself (only while it lies ahead)
  minutes,         // the meeting's minutes (meeting + minutes-within-days)
  next_status,     // the next status report (latest status or enrolment + the status interval)
  revision,        // the plan's next revision
  enrolment,       // a deadline counted from Indskrevet (thresholds.enrolment_deadlines)
};

// Stable identifier for machine formats: "evaluation", "goal-end", "status-send-by", ...
std::string_view kind_id(Kind kind);
// A short name for people: "evaluering", "målets slut", ... / "evaluation", "goal ends", ...
std::string_view kind_label(Kind kind, diag::Lang lang);

// One deadline.
struct Item {
  model::Date date;
  Kind kind = Kind::evaluation;
  std::string goal;        // "1", "1.1" (or the number as written); empty when not about a goal
  std::string what;        // "Evaluering af Mål 1", in the agenda's language
  std::string detail;      // how the date was found: "seneste evaluering 27-07-2026 + hver 3. måned"
  std::string key;         // what the row is about, without its date: "evaluation|1" (for UIDs)
  std::size_t plan = 0;    // index into Agenda::plans
  std::uint32_t line = 0;  // 1-based line the deadline comes from
  long days = 0;           // date − today: negative when overdue, 0 today
  [[nodiscard]] bool overdue() const { return days < 0; }
};

// One finding of a plan, for the HTML page.
struct Finding {
  std::uint32_t line = 0;
  diag::Severity severity = diag::Severity::error;
  std::string code;
  std::string message;
};

struct PlanInfo {
  std::string file;               // the path as shown (as given on the command line, or found below it)
  std::string citizen;            // Borger as written (CPR numbers masked); empty when absent
  std::string team;               // Kontaktteam as written; empty when absent
  std::vector<Finding> findings;  // only when Options::with_findings
};

// One plan file to read deadlines from.
struct Input {
  std::string file;                            // as shown
  std::string source;                          // the bytes as read
  const config::Settings* settings = nullptr;  // null: the default profile
  std::filesystem::path absolute_path;         // for per-path overrides (empty for stdin)
};

struct Options {
  model::Date today;
  std::optional<model::Date> from;   // rows before it are left out (overdue ones too)
  std::optional<model::Date> until;  // rows after it are left out
  std::vector<std::string> teams;    // keep plans whose Kontaktteam contains one of these (folded)
  diag::Lang lang = diag::Lang::da;
  bool with_findings = false;  // lint each plan (engine::lint_buffer) for the HTML page
};

struct Agenda {
  model::Date today;
  std::optional<model::Date> from;
  std::optional<model::Date> until;
  std::vector<std::string> teams;
  diag::Lang lang = diag::Lang::da;
  std::vector<PlanInfo> plans;  // the plans that passed the team filter, in input order
  std::vector<Item> items;      // sorted: overdue first, then by date (see sort_items)
};

// The deadlines of one plan, unfiltered and unsorted; `plan_index` goes into Item::plan.
// A discharged citizen (Udskrevet on or before today) has none, and nothing after a discharge
// date is owed.
std::vector<Item> plan_deadlines(const model::Plan& plan, std::string_view source, const config::Thresholds& t,
                                 model::Date today, diag::Lang lang, std::size_t plan_index = 0);

// Overdue first, then by date; ties by file order, line, kind and key, so the order never
// depends on how the rows were produced.
void sort_items(std::vector<Item>& items);

// True when a Kontaktteam matches a --team filter: the folded filter (case, æ/ae, ø/oe, å/aa)
// occurs in the folded team. An empty filter list matches everything.
bool team_matches(std::string_view team, const std::vector<std::string>& filters);

// Reads every plan, keeps the plans of the selected teams and the rows inside the window.
Agenda build(const std::vector<Input>& inputs, const Options& options);

// ---- shared by the renderers ----------------------------------------------------------------

std::string_view weekday_name(const model::Date& d, diag::Lang lang);  // "tirsdag" / "Tuesday"
std::string_view month_name(int month, diag::Lang lang);               // "januar" / "January"
std::string long_date(const model::Date& d, diag::Lang lang);   // "tirsdag 12. januar 2027" / "Tuesday 12 January 2027"
std::string short_date(const model::Date& d, diag::Lang lang);  // "12. januar 2027" / "12 January 2027"
// "45 dage over" / "i dag" / "om 1 dag" (English: "45 days overdue" / "today" / "in 1 day").
std::string days_text(long days, diag::Lang lang);

struct IsoWeek {
  int year = 0;
  int week = 0;
  friend bool operator==(const IsoWeek&, const IsoWeek&) = default;
};
IsoWeek iso_week(const model::Date& d);

// Stable identity of a row for calendars: a hash of the file, the kind, the goal and what the
// date is for (never the date itself or the run time), so a re-import updates the event.
std::string uid(const Item& item, const PlanInfo& plan);

// The renderers. `color` only for the terminal table.
void render_table(std::ostream& out, const Agenda& agenda, bool color);
void render_csv(std::ostream& out, const Agenda& agenda);
void render_json(std::ostream& out, const Agenda& agenda);
void render_ics(std::ostream& out, const Agenda& agenda);
void render_html(std::ostream& out, const Agenda& agenda);

inline constexpr std::string_view kFormats[] = {"table", "csv", "json", "ics", "html"};
// Renders in `format` (one of kFormats); false for an unknown format.
bool render(std::string_view format, std::ostream& out, const Agenda& agenda, bool color);

}  // namespace planlint::agenda
