#pragma once

// Questions the handlers ask of a plan's model: which section holds an offset, what symbol
// (a handleplan id or a goal number) is under the cursor, and where all its occurrences are.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.h"

namespace planlint::lsp {

// A section of the plan with its place in the goal tree (goal/parent set for Mål, Delmål and
// their evaluations).
struct SectionRef {
  const model::Section* section = nullptr;
  const model::Goal* goal = nullptr;    // the Mål or Delmål the section is or belongs to
  const model::Goal* parent = nullptr;  // the Mål above a Delmål
  const model::Evaluation* evaluation = nullptr;
};

// Every modelled section in file order.
std::vector<SectionRef> all_sections(const model::Plan& plan);

// The section whose heading is the last one at or before `offset` (none before the first heading).
std::optional<SectionRef> section_at(const model::Plan& plan, std::uint32_t offset);

// Heading through the end of its last sub-goal or evaluation.
text::SourceRange goal_extent(const model::Goal& goal);

// Mål or Delmål by number ("1", "1.2"); `parent` receives the Mål of a Delmål.
const model::Goal* find_goal(const model::Plan& plan, std::string_view number, const model::Goal** parent = nullptr);

enum class SymbolKind { handleplan_id, goal };

struct Symbol {
  SymbolKind kind = SymbolKind::handleplan_id;
  std::string id;  // "H2", or a goal number "1" / "1.2"
  text::SourceRange range;  // where the cursor is
};

struct Occurrence {
  text::SourceRange range;
  bool declaration = false;
};

// The handleplan id (declaration `- H1:` or reference in `Handleplan:`) or goal number
// (heading number or reference in `Mål i perioden:`) at the offset.
std::optional<Symbol> symbol_at(const model::Plan& plan, std::string_view text, std::uint32_t offset);

// Declaration(s) first, then references in file order. For handleplan ids every range covers
// exactly the id as written (so a rename can replace it).
std::vector<Occurrence> occurrences(const model::Plan& plan, std::string_view text, const Symbol& symbol);

// The `Handleplan:` references of a goal with ranges that cover exactly each id as written
// (also when the field continues on further lines).
std::vector<std::pair<std::string, text::SourceRange>> handleplan_references(const model::Field& field, std::string_view text);

}  // namespace planlint::lsp
