#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/rule.h"

namespace planlint::engine {

// Every rule, sorted by code. Rules register themselves by existing: CMake collects
// rules/*.cpp and generates the list (see rules/CMakeLists.txt).
const std::vector<const Rule*>& all_rules();

// A rule by code ("PL101") or name ("missing-success-criterion"); null when unknown.
const Rule* find_rule(std::string_view code_or_name);

// Whether a selection entry ("ALL", a code, a code prefix such as "PL1", or a name) names `meta`.
bool selection_matches(std::string_view entry, const RuleMeta& meta);

// True when the entry names at least one rule or structure code.
bool is_known_selection(std::string_view entry);

// The closest rule name or code to a misspelt entry, or empty.
std::string suggest_rule(std::string_view entry);

}  // namespace planlint::engine
