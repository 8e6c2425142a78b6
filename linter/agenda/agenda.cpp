#include "agenda/agenda.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "engine/cache.h"
#include "engine/lint.h"
#include "model/builder.h"
#include "schedule/deadlines.h"
#include "text/cpr.h"
#include "text/line_index.h"
#include "text/unicode.h"

namespace planlint::agenda {

using diag::Lang;
using diag::tr;
using model::Date;
using model::FieldId;

std::string_view kind_id(Kind kind) {
  switch (kind) {
    case Kind::evaluation: return "evaluation";
    case Kind::goal_end: return "goal-end";
    case Kind::status_send_by: return "status-send-by";
    case Kind::status_meeting: return "status-meeting";
    case Kind::minutes: return "minutes";
    case Kind::next_status: return "next-status";
    case Kind::revision: return "revision";
    case Kind::enrolment: return "enrolment";
  }
  return "";
}

std::string_view kind_label(Kind kind, Lang lang) {
  switch (kind) {
    case Kind::evaluation: return tr(lang, "evaluering", "evaluation");
    case Kind::goal_end: return tr(lang, "målets slut", "goal ends");
    case Kind::status_send_by: return tr(lang, "status sendes", "status to send");
    case Kind::status_meeting: return tr(lang, "statusmøde", "status meeting");
    case Kind::minutes: return tr(lang, "referat", "minutes");
    case Kind::next_status: return tr(lang, "næste status", "next status");
    case Kind::revision: return tr(lang, "revision", "revision");
    case Kind::enrolment: return tr(lang, "frist fra indskrivningen", "deadline from enrolment");
  }
  return "";
}

// ---- dates in words ---------------------------------------------------------------------------

std::string_view weekday_name(const Date& d, Lang lang) {
  static constexpr std::array<std::string_view, 7> da = {"mandag", "tirsdag", "onsdag", "torsdag",
                                                         "fredag", "lørdag",  "søndag"};
  static constexpr std::array<std::string_view, 7> en = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                         "Friday", "Saturday", "Sunday"};
  const auto i = static_cast<std::size_t>(d.weekday());
  return lang == Lang::da ? da[i] : en[i];
}

std::string_view month_name(int month, Lang lang) {
  static constexpr std::array<std::string_view, 12> da = {"januar",    "februar", "marts",    "april",
                                                          "maj",       "juni",    "juli",     "august",
                                                          "september", "oktober", "november", "december"};
  static constexpr std::array<std::string_view, 12> en = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};
  const auto i = static_cast<std::size_t>(std::clamp(month, 1, 12) - 1);
  return lang == Lang::da ? da[i] : en[i];
}

std::string short_date(const Date& d, Lang lang) {
  return lang == Lang::da ? fmt::format("{}. {} {}", d.day, month_name(d.month, lang), d.year)
                          : fmt::format("{} {} {}", d.day, month_name(d.month, lang), d.year);
}

std::string long_date(const Date& d, Lang lang) {
  return fmt::format("{} {}", weekday_name(d, lang), short_date(d, lang));
}

std::string days_text(long days, Lang lang) {
  if (days == 0) return std::string(tr(lang, "i dag", "today"));
  const long n = days < 0 ? -days : days;
  if (lang == Lang::da)
    return days < 0 ? fmt::format("{} {} over", n, n == 1 ? "dag" : "dage")
                    : fmt::format("om {} {}", n, n == 1 ? "dag" : "dage");
  return days < 0 ? fmt::format("{} {} overdue", n, n == 1 ? "day" : "days")
                  : fmt::format("in {} {}", n, n == 1 ? "day" : "days");
}

IsoWeek iso_week(const Date& d) {
  // The week belongs to the year of its Thursday.
  const Date thursday = d.add_days(3 - d.weekday());
  const long day_of_year = thursday.days_since_epoch() - Date{thursday.year, 1, 1}.days_since_epoch();
  return {thursday.year, static_cast<int>(day_of_year / 7 + 1)};
}

std::string uid(const Item& item, const PlanInfo& plan) {
  return fmt::format("{:016x}@planlint", engine::fnv1a(plan.file + "\n" + item.key));
}

// ---- the deadlines of one plan ---------------------------------------------------------------

namespace {

// One line of text: continuation lines joined with spaces, CPR numbers masked.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text::mask_cpr(text)) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string goal_label(const model::Goal& g) {
  const std::string number =
      g.number.major != 0 ? g.number.str() : (g.number_text.empty() ? std::string("?") : g.number_text);
  return (g.is_subgoal() ? "Delmål " : "Mål ") + number;
}

std::string goal_id(const model::Goal& g) {
  return g.number.major != 0 ? g.number.str() : (g.number_text.empty() ? std::string("?") : g.number_text);
}

std::string describe(const model::Interval& i, Lang lang) {
  return lang == Lang::da ? i.describe_da() : i.describe_en();
}

std::string months_text(int n, Lang lang) {
  return lang == Lang::da ? fmt::format("{} {}", n, n == 1 ? "måned" : "måneder")
                          : fmt::format("{} {}", n, n == 1 ? "month" : "months");
}

class Collector {
 public:
  Collector(std::string_view source, Lang lang, std::size_t plan) : index_(source), lang_(lang), plan_(plan) {}

  void add(Date date, Kind kind, std::string goal, std::string what, std::string detail, std::string key,
           text::SourceRange at) {
    // Two rows about the same thing (a duplicated goal number, say) keep distinct keys.
    const int n = ++seen_[key];
    if (n > 1) key += fmt::format("#{}", n);
    Item item;
    item.date = date;
    item.kind = kind;
    item.goal = std::move(goal);
    item.what = std::move(what);
    item.detail = std::move(detail);
    item.key = std::move(key);
    item.plan = plan_;
    item.line = index_.position(at.begin).line;
    items_.push_back(std::move(item));
  }
  [[nodiscard]] std::string t(std::string_view da, std::string_view en) const { return std::string(tr(lang_, da, en)); }
  std::vector<Item>& items() { return items_; }

 private:
  text::LineIndex index_;
  Lang lang_;
  std::size_t plan_;
  std::map<std::string, int> seen_;
  std::vector<Item> items_;
};

}  // namespace

std::vector<Item> plan_deadlines(const model::Plan& plan, std::string_view source, const config::Thresholds& t,
                                 Date today, Lang lang, std::size_t plan_index) {
  if (schedule::discharged(plan, today)) return {};
  Collector c(source, lang, plan_index);
  const auto f = [&](std::string_view da, std::string_view en, auto&&... args) {
    return fmt::format(fmt::runtime(tr(lang, da, en)), std::forward<decltype(args)>(args)...);
  };

  // Goals and sub-goals: the next evaluation owed, and the end of every open goal.
  const auto goal_rows = [&](const model::Goal& g, const model::Goal* parent) {
    const std::string label = goal_label(g);
    const std::string statement = one_line(g.statement);
    const std::string id = goal_id(g);
    if (const std::optional<Date> due = schedule::next_evaluation_owed(g, parent)) {
      const auto* interval = g.section.value<model::Interval>(FieldId::evaluation_interval);
      const model::Evaluation* last = schedule::last_evaluation(g);
      const std::string basis = last != nullptr
                                    ? f("seneste evaluering {} + {}", "latest evaluation {} + {}", last->date->danish(),
                                        describe(*interval, lang))
                                    : f("Start {} + {}, ingen evaluering endnu", "Start {} + {}, no evaluation yet",
                                        g.section.value<Date>(FieldId::start)->danish(), describe(*interval, lang));
      c.add(*due, Kind::evaluation, id, f("Evaluering af {}", "Evaluate {}", label),
            statement.empty() ? basis : fmt::format("{} ({})", statement, basis), "evaluation|" + id,
            g.section.heading_range);
    }
    if (const std::optional<Date> end = schedule::goal_end_due(g, parent)) {
      const std::string close = c.t("afsluttes med en evaluering (Beslutning: afslut), eller Slut flyttes",
                                    "close it with an evaluation (Beslutning: afslut), or move Slut");
      c.add(*end, Kind::goal_end, id, f("{} slutter", "{} ends", label),
            statement.empty() ? close : fmt::format("{}; {}", statement, close), "goal-end|" + id,
            g.section.field(FieldId::end)->value_range);
    }
  };
  for (const model::Goal& g : plan.goals) {
    goal_rows(g, nullptr);
    for (const model::Goal& s : g.subgoals) goal_rows(s, &g);
  }

  // Status reports: send-by (until sent), the meeting (while it lies ahead), the minutes (until
  // sent). A written but unreadable Sendt or Referat has its own diagnostic: no row.
  for (const model::Status& s : plan.statuses) {
    const model::Field* meeting_field = s.section.field(FieldId::meeting);
    const auto* meeting = meeting_field != nullptr ? meeting_field->as<Date>() : nullptr;
    if (meeting == nullptr) continue;
    const std::string which = s.date ? s.date->iso() : fmt::format("m{}", meeting->iso());
    const std::string status_name =
        s.date ? f("Status {}", "Status {}", s.date->danish()) : c.t("Status uden dato", "Status without a date");
    if (s.section.field(FieldId::sent) == nullptr) {
      if (const std::optional<Date> by = schedule::status_send_by(s, t)) {
        c.add(*by, Kind::status_send_by, "",
              c.t("Send status og dagsorden til rådgiveren", "Send the status and agenda to the caseworker"),
              f("{}: statusmødet {} − {} dage", "{}: the status meeting on {} − {} days", status_name,
                meeting->danish(), t.status_days_before_meeting),
              "status-send-by|" + which, meeting_field->value_range);
      }
    }
    if (!(*meeting < today)) {
      c.add(*meeting, Kind::status_meeting, "", c.t("Statusmøde", "Status meeting"), status_name,
            "status-meeting|" + which, meeting_field->value_range);
    }
    if (s.section.field(FieldId::minutes_sent) == nullptr) {
      if (const std::optional<Date> due = schedule::minutes_due(s, t)) {
        c.add(*due, Kind::minutes, "", c.t("Send referat af statusmødet", "Send the minutes of the status meeting"),
              f("{}: statusmødet {} + {} dage", "{}: the status meeting on {} + {} days", status_name,
                meeting->danish(), t.minutes_within_days),
              "minutes|" + which, meeting_field->value_range);
      }
    }
  }

  // The next status report. A status without a readable date could be the latest one, and an
  // unreadable Indskrevet could be the start: then the date is unknown (as in status-overdue).
  const model::Field* enrolled_field = plan.header(FieldId::enrolled);
  if (!schedule::next_status_unknown(plan)) {
    if (const std::optional<Date> due = schedule::next_status_due(plan, t)) {
      const model::Status* last = schedule::last_status(plan);
      const std::string every = describe(schedule::status_interval(plan, t), lang);
      c.add(*due, Kind::next_status, "", c.t("Næste status til kommunen", "Next status to the municipality"),
            last != nullptr ? f("seneste status {} + {}", "latest status {} + {}", last->date->danish(), every)
                            : f("Indskrevet {} + {}, ingen status endnu", "Indskrevet {} + {}, no status yet",
                                plan.enrolled()->danish(), every),
            "next-status", last != nullptr ? last->section.heading_range : enrolled_field->value_range);
    }
  }

  // The plan's next revision, counted from the field revision_basis names.
  if (const model::Field* basis = schedule::revision_basis(plan); basis != nullptr && basis->as<Date>() != nullptr) {
    if (const std::optional<Date> due = schedule::next_revision_due(plan, t)) {
      const std::string detail = basis->id == FieldId::next_revision
                                     ? f("Næste revision {}", "Næste revision {}", due->danish())
                                     : f("{} {} + {}", "{} {} + {}", model::field_spec(basis->id).name,
                                         basis->as<Date>()->danish(), describe(t.revision_interval, lang));
      c.add(*due, Kind::revision, "", c.t("Revision af planen", "Revise the plan"), detail, "revision",
            basis->value_range);
    }
  }

  // Deadlines counted from the enrolment (DPU, autonomt kompas, ...).
  for (const schedule::EnrolmentDue& e : schedule::open_enrolment_deadlines(plan, t, today)) {
    const int months = e.deadline->within_months + e.occurrence * e.deadline->repeat_months;
    std::string detail =
        f("Indskrevet {} + {}", "Indskrevet {} + {}", plan.enrolled()->danish(), months_text(months, lang));
    if (e.deadline->repeat_months > 0 && e.occurrence == 0) {
      detail += f("; derefter hver {}. måned", "; then every {} months", e.deadline->repeat_months);
    } else if (e.deadline->repeat_months > 0) {
      detail += f(" (første gang efter {}, derefter hver {}. måned)", " (first after {}, then every {} months)",
                  months_text(e.deadline->within_months, lang), e.deadline->repeat_months);
    }
    if (e.date < today) detail += c.t("; planen er ikke revideret siden", "; the plan has not been revised since");
    c.add(e.date, Kind::enrolment, "", e.deadline->name, detail,
          fmt::format("enrolment|{}|{}", e.deadline->name, e.occurrence), enrolled_field->value_range);
  }

  std::vector<Item> items = std::move(c.items());
  // Nothing is owed after a known discharge date.
  if (const Date* out = plan.document ? plan.document->value<Date>(FieldId::discharged) : nullptr) {
    std::erase_if(items, [&](const Item& i) { return *out < i.date; });
  }
  for (Item& i : items) i.days = i.date.days_since_epoch() - today.days_since_epoch();
  return items;
}

void sort_items(std::vector<Item>& items) {
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.overdue() != b.overdue()) return a.overdue();
    if (a.date != b.date) return a.date < b.date;
    if (a.plan != b.plan) return a.plan < b.plan;
    if (a.line != b.line) return a.line < b.line;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.key < b.key;
  });
}

bool team_matches(std::string_view team, const std::vector<std::string>& filters) {
  if (filters.empty()) return true;
  const std::string folded = text::fold_key(team);
  for (const std::string& f : filters) {
    const std::string key = text::fold_key(f);
    if (!key.empty() && folded.find(key) != std::string::npos) return true;
  }
  return false;
}

Agenda build(const std::vector<Input>& inputs, const Options& options) {
  Agenda agenda;
  agenda.today = options.today;
  agenda.from = options.from;
  agenda.until = options.until;
  agenda.teams = options.teams;
  agenda.lang = options.lang;
  for (const Input& input : inputs) {
    const model::BuildResult built = model::build_plan(input.source, options.lang);
    PlanInfo info;
    info.file = input.file;
    if (const model::Field* citizen = built.plan.header(FieldId::citizen)) info.citizen = one_line(citizen->text);
    if (const model::Field* team = built.plan.header(FieldId::contact_team)) info.team = one_line(team->text);
    if (!team_matches(info.team, options.teams)) continue;
    const config::Settings& settings = input.settings != nullptr ? *input.settings : engine::default_settings();
    for (Item& item : plan_deadlines(built.plan, input.source, settings.thresholds, options.today, options.lang,
                                     agenda.plans.size())) {
      if (options.from && item.date < *options.from) continue;
      if (options.until && *options.until < item.date) continue;
      agenda.items.push_back(std::move(item));
    }
    if (options.with_findings) {
      engine::LintOptions lo;
      lo.lang = options.lang;
      lo.today = options.today;
      lo.settings = &settings;
      lo.absolute_path = input.absolute_path;
      const engine::FileReport report = engine::lint_buffer(input.file, input.source, lo);
      const text::LineIndex index(report.source);
      for (const diag::Diagnostic& d : report.diagnostics) {
        info.findings.push_back({index.position(d.range.begin).line, d.severity, std::string(d.code), d.message});
      }
    }
    agenda.plans.push_back(std::move(info));
  }
  sort_items(agenda.items);
  return agenda;
}

bool render(std::string_view format, std::ostream& out, const Agenda& agenda, bool color) {
  if (format == "table") {
    render_table(out, agenda, color);
  } else if (format == "csv") {
    render_csv(out, agenda);
  } else if (format == "json") {
    render_json(out, agenda);
  } else if (format == "ics") {
    render_ics(out, agenda);
  } else if (format == "html") {
    render_html(out, agenda);
  } else {
    return false;
  }
  return true;
}

}  // namespace planlint::agenda
