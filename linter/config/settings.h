#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/values.h"

namespace planlint::config {

// A deadline counted from the enrolment date (Indskrevet), e.g. "DPU within 12 months".
struct EnrolmentDeadline {
  std::string name;
  int within_months = 0;
  int repeat_months = 0;  // 0 = once
};

struct Thresholds {
  model::Interval max_evaluation_interval{3, model::IntervalUnit::month};  // 002: "min. hver 3. måned"
  model::Interval status_interval_children{6, model::IntervalUnit::month};  // 002: twice a year
  model::Interval status_interval_adults{12, model::IntervalUnit::month};   // 002: once a year
  int status_days_before_meeting = 14;  // 002
  int minutes_within_days = 7;          // 002
  model::Interval revision_interval{12, model::IntervalUnit::month};  // 001: revised at least yearly
  int plan_start_within_days = 30;  // 001: begun within 1 month of enrolment
  std::vector<EnrolmentDeadline> enrolment_deadlines;
};

// Rule selection: entries are "ALL", a code ("PL101"), a code prefix ("PL1") or a rule name.
struct RuleSelection {
  std::vector<std::string> select{"ALL"};
  std::vector<std::string> ignore;
  std::map<std::string, diag::Severity> severity;  // by code or name
};

// Settings that apply to files matching `paths` (globs relative to the config file's folder).
struct PathOverride {
  std::string base_dir;
  std::vector<std::string> paths;
  std::vector<std::string> ignore;
  std::vector<std::string> select;  // added to the selection
  std::map<std::string, diag::Severity> severity;
  std::string origin;  // where the [[overrides]] table is: "/x/planlint.toml:12" (not part of the fingerprint)
};

// Where a setting's value came from: "profil specialsektoren" or "/x/planlint.toml:12".
using Origins = std::map<std::string, std::string>;

struct Settings {
  std::string profile = "specialsektoren";
  std::string letters = "SMARTE";  // SMARTE letters that apply; O counts as A
  RuleSelection rules;
  Thresholds thresholds;
  std::map<std::string, std::vector<std::string>> words;  // extra words for the language rules, by list
  std::vector<PathOverride> overrides;
  Origins origins;

  [[nodiscard]] bool letter_applies(char letter) const;
};

// Every setting that can change a finding, as one string: part of the cache key.
std::string fingerprint(const Settings& settings);

}  // namespace planlint::config
