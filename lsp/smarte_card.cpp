#include "lsp/smarte_card.h"

#include <fmt/format.h>

#include "lsp/dates.h"
#include "schedule/deadlines.h"

namespace planlint::lsp {

using diag::tr;
using model::FieldId;

namespace {

constexpr std::string_view kMet = "✅";
constexpr std::string_view kMissing = "❌";
constexpr std::string_view kWarn = "⚠️";

bool filled(const model::Section& s, FieldId id) {
  const model::Field* f = s.field(id);
  return f != nullptr && !f->text.empty();
}

std::string field_name(FieldId id) { return std::string(model::field_spec(id).name); }

std::string line(std::string_view mark, char letter, std::string_view word, const std::string& text) {
  return fmt::format("- {} **{}** {}: {}\n", mark, letter, word, text);
}

std::string missing(diag::Lang lang, FieldId id) {
  return fmt::format(fmt::runtime(tr(lang, "mangler »{}«", "»{}« is missing")), field_name(id));
}

}  // namespace

std::string next_evaluation_text(const model::Goal& goal, const model::Goal* parent, const model::Date& today, diag::Lang lang) {
  if (schedule::is_closed(goal, parent)) {
    return std::string(tr(lang, "Afsluttet ved en evaluering", "Closed by an evaluation"));
  }
  const auto due = schedule::next_evaluation_due(goal, parent);
  if (!due) {
    const auto* interval = goal.section.value<model::Interval>(FieldId::evaluation_interval);
    if (interval == nullptr && goal.section.field(FieldId::evaluation_interval) != nullptr) {
      return std::string(tr(lang, "Ingen næste evaluering: »Evaluering« er ikke et interval", "No next evaluation: »Evaluering« is not an interval"));
    }
    if (interval == nullptr) return std::string(tr(lang, "Ingen næste evaluering: mangler »Evaluering«", "No next evaluation: »Evaluering« is missing"));
    return std::string(tr(lang, "Ingen næste evaluering: mangler »Start« eller en evaluering", "No next evaluation: »Start« or an evaluation is missing"));
  }
  const long days = due->days_since_epoch() - today.days_since_epoch();
  if (days < 0) {
    return fmt::format(fmt::runtime(tr(lang, "Evaluering overskredet: {} · {}", "Evaluation overdue: {} · {}")), due->danish(),
                       relative_day(*due, today, lang));
  }
  return fmt::format(fmt::runtime(tr(lang, "Næste evaluering {} · {}", "Next evaluation {} · {}")), due->danish(), relative_day(*due, today, lang));
}

std::string smarte_card(const model::Plan& plan, const model::Goal& goal, const model::Goal* parent, const model::Date& today,
                        diag::Lang lang) {
  const model::Section& s = goal.section;
  std::string md = fmt::format("**{}**\n\n", s.heading);
  md += std::string(tr(lang, "SMARTE:\n\n", "SMARTE:\n\n"));

  // S: the statement itself.
  md += goal.statement.empty() ? line(kMissing, 'S', tr(lang, "Specifikt", "Specific"), std::string(tr(lang, "målet har intet udsagn efter nummeret", "the goal has no statement after its number")))
                               : line(kMet, 'S', tr(lang, "Specifikt", "Specific"), std::string(tr(lang, "udsagnet er skrevet", "the statement is written")));
  // M: a success criterion.
  md += filled(s, FieldId::success_criterion)
            ? line(kMet, 'M', tr(lang, "Målbart", "Measurable"), fmt::format("»{}« {}", field_name(FieldId::success_criterion), tr(lang, "er udfyldt", "is filled in")))
            : line(kMissing, 'M', tr(lang, "Målbart", "Measurable"), missing(lang, FieldId::success_criterion));
  // A: the citizen's participation.
  md += filled(s, FieldId::participation)
            ? line(kMet, 'A', tr(lang, "Acceptabelt", "Acceptable"), fmt::format("»{}« {}", field_name(FieldId::participation), tr(lang, "er udfyldt", "is filled in")))
            : line(kMissing, 'A', tr(lang, "Acceptabelt", "Acceptable"), missing(lang, FieldId::participation));
  // R: references that resolve in the handleplan.
  {
    const auto* refs = s.value<std::vector<model::Reference>>(FieldId::handleplan_ref);
    if (s.field(FieldId::handleplan_ref) == nullptr) {
      md += line(kMissing, 'R', tr(lang, "Relevant", "Relevant"), missing(lang, FieldId::handleplan_ref));
    } else if (refs == nullptr) {
      md += line(kMissing, 'R', tr(lang, "Relevant", "Relevant"), std::string(tr(lang, "»Handleplan« kan ikke læses", "»Handleplan« cannot be read")));
    } else {
      std::string ok;
      std::string bad;
      for (const model::Reference& r : *refs) {
        const model::HandleplanGoal* g = plan.handleplan ? plan.handleplan->goal(r.id) : nullptr;
        std::string& into = g != nullptr ? ok : bad;
        into += (into.empty() ? "" : ", ") + r.id;
      }
      if (bad.empty()) {
        md += line(kMet, 'R', tr(lang, "Relevant", "Relevant"), fmt::format(fmt::runtime(tr(lang, "henviser til handleplanens {}", "refers to the handleplan's {}")), ok));
      } else {
        md += line(kMissing, 'R', tr(lang, "Relevant", "Relevant"),
                   fmt::format(fmt::runtime(tr(lang, "{} findes ikke i handleplanen", "{} is not in the handleplan")), bad));
      }
    }
  }
  // T: start and end.
  {
    const auto* start = s.value<model::Date>(FieldId::start);
    const auto* end = s.value<model::Date>(FieldId::end);
    if (start != nullptr && end != nullptr) {
      md += line(kMet, 'T', tr(lang, "Tidsbestemt", "Time-bound"), fmt::format(fmt::runtime(tr(lang, "{} til {}", "{} to {}")), start->danish(), end->danish()));
    } else {
      const auto problem = [&](FieldId id) {
        if (s.field(id) == nullptr) return missing(lang, id);
        return fmt::format(fmt::runtime(tr(lang, "»{}« er ikke en gyldig dato", "»{}« is not a valid date")), field_name(id));
      };
      std::string what = start == nullptr ? problem(FieldId::start) : std::string();
      if (end == nullptr) what += (what.empty() ? "" : ", ") + problem(FieldId::end);
      md += line(kMissing, 'T', tr(lang, "Tidsbestemt", "Time-bound"), what);
    }
  }
  // E: an evaluation interval, and when the next evaluation is due.
  {
    const auto* interval = s.value<model::Interval>(FieldId::evaluation_interval);
    const auto due = schedule::next_evaluation_due(goal, parent);
    const bool overdue = due && *due < today;
    if (interval == nullptr) {
      md += line(kMissing, 'E', tr(lang, "Evaluering", "Evaluation"),
                 s.field(FieldId::evaluation_interval) == nullptr
                     ? missing(lang, FieldId::evaluation_interval)
                     : fmt::format(fmt::runtime(tr(lang, "»{}« er ikke et interval", "»{}« is not an interval")), field_name(FieldId::evaluation_interval)));
    } else {
      const std::string every = lang == diag::Lang::da ? interval->describe_da() : interval->describe_en();
      md += line(overdue ? kWarn : kMet, 'E', tr(lang, "Evaluering", "Evaluation"),
                 overdue ? every + std::string(tr(lang, "; evalueringen er overskredet", "; the evaluation is overdue")) : every);
    }
    if (due) {
      md += fmt::format("\n{}: **{}** ({})\n", overdue ? tr(lang, "Evaluering overskredet", "Evaluation overdue") : tr(lang, "Næste evaluering", "Next evaluation"),
                        due->danish(), describe_date(*due, today, lang));
    } else {
      md += "\n" + next_evaluation_text(goal, parent, today, lang) + "\n";
    }
  }
  return md;
}

}  // namespace planlint::lsp
