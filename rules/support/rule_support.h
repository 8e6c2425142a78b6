#pragma once

// What every rule file includes: the Rule base class, the model, and small helpers.
#include <fmt/format.h>

#include <memory>
#include <string>
#include <string_view>

#include "engine/rule.h"
#include "model/plan.h"

// Defines the factory the generated registry calls: one line at the end of each rule file.
#define PLANLINT_REGISTER_RULE(stem, Class) \
  std::unique_ptr<::planlint::engine::Rule> make_##stem() { return std::make_unique<Class>(); }

namespace planlint::rules {

using diag::Severity;
using engine::Applicability;
using engine::Family;
using engine::Fix;
using engine::Fixability;
using engine::RuleContext;
using engine::RuleMeta;
using model::FieldId;
using text::SourceRange;

// Calls f(goal, parent) for every Mål (parent null) and Delmål (parent = its Mål), in order.
template <class F>
void for_each_goal(const model::Plan& plan, F&& f) {
  for (const model::Goal& g : plan.goals) {
    f(g, static_cast<const model::Goal*>(nullptr));
    for (const model::Goal& s : g.subgoals) f(s, &g);
  }
}

// "Mål 1" / "Delmål 1.1" (the same words in both languages: they are the plan's keywords).
std::string goal_label(const model::Goal& g);

// Where a finding about a whole goal or section is shown: its heading line.
inline SourceRange heading_of(const model::Section& s) { return s.heading_range; }

// True for a children's plan (Område: børn); false for adults or when the area is unknown.
bool is_children_plan(const model::Plan& plan);
// True for an adults' plan (Område: voksne).
bool is_adults_plan(const model::Plan& plan);

// Start of the line after the one containing `offset` (the end of the buffer on the last line).
std::uint32_t next_line_start(std::string_view source, std::uint32_t offset);

// A fix that inserts `line` (without newline) as a new field line at the end of the section's
// field block: after its last field, or right after the heading when it has none.
Fix insert_field_line(const model::Section& section, std::string_view source, std::string_view line, std::string title,
                      Applicability applicability);

// The document heading, or line 1 when the plan has none: where plan-level findings go.
SourceRange document_range(const model::Plan& plan, std::string_view source);

// An unsafe fix inserting a new section (`lines`, each ending in "\n") before the first goal,
// or at the end of the file. Line endings follow the file's (CRLF stays CRLF).
Fix insert_section(const model::Plan& plan, std::string_view source, std::string_view lines, std::string title);

// A finding's message with the goal's label: "Mål 1 mangler et succeskriterium."
std::string with_goal(const RuleContext& ctx, const model::Goal& g, std::string_view da_template, std::string_view en_template);

}  // namespace planlint::rules
