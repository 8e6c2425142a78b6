// --format json: one object with the run's date and filters, the plans, and the rows in the
// agenda's order. Field names are stable English identifiers; texts are in the agenda's
// language. Described in docs/agenda.md.
#include <algorithm>

#include "agenda/agenda.h"
#include "output/json_object.h"

namespace planlint::agenda {

void render_json(std::ostream& out, const Agenda& agenda) {
  using nlohmann::ordered_json;
  const auto optional_date = [](const std::optional<model::Date>& d) {
    return d ? ordered_json(d->iso()) : ordered_json(nullptr);
  };
  ordered_json j;
  j["today"] = agenda.today.iso();
  j["from"] = optional_date(agenda.from);
  j["until"] = optional_date(agenda.until);
  j["teams"] = agenda.teams;
  j["language"] = agenda.lang == diag::Lang::da ? "da" : "en";
  const long overdue =
      std::count_if(agenda.items.begin(), agenda.items.end(), [](const Item& i) { return i.overdue(); });
  j["summary"] = {{"plans", agenda.plans.size()}, {"deadlines", agenda.items.size()}, {"overdue", overdue}};
  ordered_json plans = ordered_json::array();
  for (const PlanInfo& p : agenda.plans) plans.push_back({{"file", p.file}, {"citizen", p.citizen}, {"team", p.team}});
  j["plans"] = std::move(plans);
  ordered_json items = ordered_json::array();
  for (const Item& i : agenda.items) {
    const PlanInfo& p = agenda.plans[i.plan];
    ordered_json row;
    row["date"] = i.date.iso();
    row["weekday"] = weekday_name(i.date, agenda.lang);
    row["days"] = i.days;
    row["overdue"] = i.overdue();
    row["kind"] = kind_id(i.kind);
    row["goal"] = i.goal.empty() ? ordered_json(nullptr) : ordered_json(i.goal);
    row["what"] = i.what;
    row["detail"] = i.detail;
    row["citizen"] = p.citizen;
    row["team"] = p.team;
    row["file"] = p.file;
    row["line"] = i.line;
    row["uid"] = uid(i, p);
    items.push_back(std::move(row));
  }
  j["deadlines"] = std::move(items);
  out << output::dump(j, 2) << '\n';
}

}  // namespace planlint::agenda
