#include "engine/registry.h"

#include <algorithm>
#include <cctype>
#include <memory>

#include "diag/codes.h"
#include "text/unicode.h"

namespace planlint::engine {

// Generated at build time from rules/*.cpp.
std::vector<std::unique_ptr<Rule>> create_all_rules();

const std::vector<const Rule*>& all_rules() {
  static const std::vector<std::unique_ptr<Rule>> owned = create_all_rules();
  static const std::vector<const Rule*> sorted = [] {
    std::vector<const Rule*> v;
    for (const auto& r : owned) v.push_back(r.get());
    std::sort(v.begin(), v.end(), [](const Rule* a, const Rule* b) { return a->meta().code < b->meta().code; });
    return v;
  }();
  return sorted;
}

const Rule* find_rule(std::string_view code_or_name) {
  for (const Rule* r : all_rules()) {
    if (r->meta().code == code_or_name || r->meta().name == code_or_name) return r;
  }
  return nullptr;
}

bool selection_matches(std::string_view entry, const RuleMeta& meta) {
  if (entry == "ALL" || entry == meta.name) return true;
  return entry.size() >= 3 && entry.size() <= meta.code.size() && meta.code.substr(0, entry.size()) == entry;
}

bool is_known_selection(std::string_view entry) {
  for (const Rule* r : all_rules()) {
    if (selection_matches(entry, r->meta())) return true;
  }
  for (const diag::CodeInfo& c : diag::structure_codes()) {
    if (entry == c.code || entry == c.name) return true;
  }
  return false;
}

std::string suggest_rule(std::string_view entry) {
  // Only the case wrong ("all", "pl101", "Missing-Wishes"): that spelling.
  const auto same_but_case = [&](std::string_view candidate) {
    return candidate.size() == entry.size() &&
           std::equal(entry.begin(), entry.end(), candidate.begin(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
  };
  if (same_but_case("ALL")) return "ALL";
  for (const Rule* r : all_rules()) {
    for (std::string_view candidate : {r->meta().name, r->meta().code}) {
      if (same_but_case(candidate)) return std::string(candidate);
    }
  }
  std::string best;
  std::size_t best_d = std::max<std::size_t>(3, entry.size() / 4 + 1);
  for (const Rule* r : all_rules()) {
    for (std::string_view candidate : {r->meta().name, r->meta().code}) {
      const std::size_t d = text::edit_distance(entry, candidate);
      if (d < best_d) {
        best_d = d;
        best = candidate;
      }
    }
  }
  return best;
}

}  // namespace planlint::engine
