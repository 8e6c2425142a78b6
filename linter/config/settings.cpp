#include "config/settings.h"

#include <fmt/format.h>

namespace planlint::config {

std::string fingerprint(const Settings& s) {
  std::string f = "letters=" + s.letters + ";";
  const auto list = [&](std::string_view name, const std::vector<std::string>& v) {
    f += name;
    f += '=';
    // Length-prefixed, so that ["a,b"] and ["a", "b"] differ.
    for (const auto& e : v) f += fmt::format("{}:{},", e.size(), e);
    f += ';';
  };
  list("select", s.rules.select);
  list("ignore", s.rules.ignore);
  for (const auto& [k, v] : s.rules.severity) f += fmt::format("sev:{}={};", k, static_cast<int>(v));
  const Thresholds& t = s.thresholds;
  f += fmt::format("t={},{},{},{},{},{},{},{},{},{},{},{};", t.max_evaluation_interval.count, static_cast<int>(t.max_evaluation_interval.unit),
                   t.status_interval_children.count, static_cast<int>(t.status_interval_children.unit), t.status_interval_adults.count,
                   static_cast<int>(t.status_interval_adults.unit), t.status_days_before_meeting, t.minutes_within_days,
                   t.revision_interval.count, static_cast<int>(t.revision_interval.unit), t.plan_start_within_days,
                   t.enrolment_deadlines.size());
  for (const auto& d : t.enrolment_deadlines) f += fmt::format("dl:{}:{}:{};", d.name, d.within_months, d.repeat_months);
  for (const auto& [k, v] : s.words) list("words:" + k, v);
  for (const auto& o : s.overrides) {
    f += "override:" + o.base_dir + ";";
    list("paths", o.paths);
    list("oselect", o.select);
    list("oignore", o.ignore);
    for (const auto& [k, v] : o.severity) f += fmt::format("osev:{}={};", k, static_cast<int>(v));
  }
  return f;
}

}  // namespace planlint::config
