// textDocument/hover, in Markdown:
//   a goal heading            -> the SMARTE card (smarte_card.h)
//   a handleplan reference    -> the handleplan goal's text (and on `- H1:`, who uses it)
//   a goal reference (status) -> the goal's heading and next evaluation
//   a date                    -> its weekday and distance from today ("tirsdag, om 12 dage")
//   a finding                 -> the rule's documentation (engine::rule_markdown)
// Several can apply at once (a finding on a goal heading); they are shown in that order.
#include <fmt/format.h>

#include <set>

#include "engine/rule_docs.h"
#include "lsp/dates.h"
#include "lsp/handlers/handlers.h"
#include "lsp/plan_queries.h"
#include "lsp/server.h"
#include "lsp/smarte_card.h"

namespace planlint::lsp::handlers {

using diag::tr;

namespace {

const std::string kSeparator = "\n\n---\n\n";

bool touches(text::SourceRange r, std::uint32_t offset) { return r.begin <= offset && (offset < r.end || (r.empty() && offset == r.begin)); }

std::string handleplan_text(const model::Plan& plan, const std::string& id, diag::Lang lang) {
  const model::HandleplanGoal* g = plan.handleplan ? plan.handleplan->goal(id) : nullptr;
  if (g == nullptr) {
    return fmt::format(fmt::runtime(tr(lang, "**{}** findes ikke i handleplanen.", "**{}** is not in the handleplan.")), id);
  }
  return fmt::format("**{}** ({}): {}", id, tr(lang, "handleplanens mål", "handleplan goal"), g->text);
}

}  // namespace

json hover(Server& s, const TextDocumentPositionParams& p) {
  const auto model = s.model_now(p.uri);
  const Snapshot& snap = *model->snapshot;
  const model::Plan& plan = model->built.plan;
  const diag::Lang lang = s.lang();
  const model::Date today = s.today();
  const std::uint32_t offset = to_offset(snap, p.position, s.encoding());

  std::vector<std::string> parts;
  std::optional<text::SourceRange> range;
  const auto use_range = [&](text::SourceRange r) {
    if (!range) range = r;
  };

  // A goal heading: the SMARTE card.
  for (const SectionRef& ref : all_sections(plan)) {
    if (ref.goal == nullptr || ref.evaluation != nullptr || ref.section != &ref.goal->section) continue;
    if (!touches(ref.section->heading_range, offset)) continue;
    parts.push_back(smarte_card(plan, *ref.goal, ref.parent, today, lang));
    use_range(ref.section->heading_range);
  }
  // A handleplan id or a goal reference.
  if (parts.empty()) {
    if (const auto sym = symbol_at(plan, snap.text, offset)) {
      if (sym->kind == SymbolKind::handleplan_id) {
        std::string md = handleplan_text(plan, sym->id, lang);
        const auto occ = occurrences(plan, snap.text, *sym);
        if (!occ.empty() && occ.front().declaration && sym->range == occ.front().range) {
          std::string users;
          for (const SectionRef& ref : all_sections(plan)) {
            if (ref.goal == nullptr || ref.evaluation != nullptr || ref.section != &ref.goal->section) continue;
            for (const Occurrence& o : occ) {
              if (!o.declaration && o.range.begin >= ref.section->range.begin && o.range.begin < ref.section->range.end) {
                users += (users.empty() ? "" : ", ") + std::string(ref.goal->is_subgoal() ? "Delmål " : "Mål ") + ref.goal->number.str();
                break;
              }
            }
          }
          md += "\n\n" + (users.empty() ? std::string(tr(lang, "Intet mål henviser til det.", "No goal refers to it."))
                                        : fmt::format(fmt::runtime(tr(lang, "Bruges af: {}.", "Used by: {}.")), users));
        }
        parts.push_back(std::move(md));
        use_range(sym->range);
      } else {
        const model::Goal* parent = nullptr;
        if (const model::Goal* g = find_goal(plan, sym->id, &parent)) {
          parts.push_back(fmt::format("**{}**\n\n{}", g->section.heading, next_evaluation_text(*g, parent, today, lang)));
        } else {
          parts.push_back(fmt::format(fmt::runtime(tr(lang, "Der er intet mål med nummeret {} i planen.", "There is no goal numbered {} in the plan.")), sym->id));
        }
        use_range(sym->range);
      }
    }
  }
  // A date.
  if (parts.empty()) {
    const std::uint32_t line0 = snap.index.line_of(offset);
    const std::uint32_t line_start = snap.index.line_start(line0);
    const std::string_view line = snap.index.line_text(line0);
    if (offset >= line_start) {
      if (const auto d = date_at(line, offset - line_start)) {
        parts.push_back(fmt::format("**{}**: {}", long_date(d->date, lang), describe_date(d->date, today, lang)));
        use_range({line_start + d->range.begin, line_start + d->range.end});
      }
    }
  }
  // Findings: their rules' documentation.
  if (const auto lint = s.lint_now(p.uri); lint->snapshot == model->snapshot) {
    std::set<std::string_view> shown;
    for (const diag::Diagnostic& d : lint->findings) {
      if (!touches(d.range, offset) || !shown.insert(d.code).second) continue;
      std::string doc = engine::rule_markdown(std::string(d.code));
      if (doc.empty()) continue;
      parts.push_back(std::move(doc));
      use_range(d.range);
    }
  }
  if (parts.empty()) return nullptr;
  std::string value;
  for (const std::string& part : parts) value += (value.empty() ? "" : kSeparator) + part;
  return {{"contents", {{"kind", s.client().markdown ? "markdown" : "plaintext"}, {"value", std::move(value)}}},
          {"range", to_range(snap, *range, s.encoding())}};
}

}  // namespace planlint::lsp::handlers
