#pragma once

// Helpers for the language rules' tests: a goal statement or criterion in a small plan, and
// the exact text each finding underlines.
#include <string>
#include <string_view>
#include <vector>

#include "engine/lint.h"

namespace planlint::testing {

// A plan with one goal: `statement` in the heading and `criterion` as its Succeskriterium
// (a neutral, measurable one by default).
inline std::string goal_plan(std::string_view statement,
                             std::string_view criterion = "Asta gør det mindst 5 af 7 dage i fire uger.") {
  std::string s = "# Individuel plan\nBorger: Asta\n\n## Mål 1: ";
  s += statement;
  s += "\nHandleplan: H1\nSucceskriterium: ";
  s += criterion;
  s += "\nStart: 01-02-2026\n";
  return s;
}

// The source text each finding of `rule` underlines, in order.
inline std::vector<std::string> underlined(std::string_view rule, const std::string& plan, const config::Settings* settings = nullptr,
                                           diag::Lang lang = diag::Lang::da) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  o.settings = settings;
  o.lang = lang;
  const engine::FileReport r = engine::lint_buffer("test.plan", plan, o);
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) {
    if (d.code != rule && d.name != rule) continue;
    out.push_back(r.source.substr(d.range.begin, d.range.end - d.range.begin));
  }
  return out;
}

// Only the findings on the goal statement (line 4 of goal_plan) or on the criterion (line 6).
inline std::vector<std::string> on_statement(std::string_view rule, std::string_view statement, const config::Settings* settings = nullptr) {
  const std::string plan = goal_plan(statement);
  std::vector<std::string> out;
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  o.settings = settings;
  const engine::FileReport r = engine::lint_buffer("test.plan", plan, o);
  const std::size_t line_begin = r.source.find("## Mål 1: ");
  const std::size_t line_end = r.source.find('\n', line_begin);
  for (const auto& d : r.diagnostics) {
    if ((d.code != rule && d.name != rule) || d.range.begin < line_begin || d.range.begin >= line_end) continue;
    out.push_back(r.source.substr(d.range.begin, d.range.end - d.range.begin));
  }
  return out;
}

inline std::vector<std::string> on_criterion(std::string_view rule, std::string_view criterion, const config::Settings* settings = nullptr) {
  const std::string plan = goal_plan("Asta tager selv sin trøje på om morgenen", criterion);
  std::vector<std::string> out;
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  o.settings = settings;
  const engine::FileReport r = engine::lint_buffer("test.plan", plan, o);
  const std::size_t line_begin = r.source.find("Succeskriterium: ");
  const std::size_t line_end = r.source.find('\n', line_begin);
  for (const auto& d : r.diagnostics) {
    if ((d.code != rule && d.name != rule) || d.range.begin < line_begin || d.range.begin >= line_end) continue;
    out.push_back(r.source.substr(d.range.begin, d.range.end - d.range.begin));
  }
  return out;
}

}  // namespace planlint::testing
