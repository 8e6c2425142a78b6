#include "lsp/plan_queries.h"

#include <algorithm>
#include <functional>

namespace planlint::lsp {

namespace {

bool covers(text::SourceRange r, std::uint32_t offset) { return r.begin <= offset && offset <= r.end && !(r.begin == 0 && r.end == 0); }

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

void add_goal(std::vector<SectionRef>& out, const model::Goal& g, const model::Goal* parent) {
  out.push_back({&g.section, &g, parent, nullptr});
  for (const model::Evaluation& e : g.evaluations) out.push_back({&e.section, &g, parent, &e});
  for (const model::Goal& sub : g.subgoals) add_goal(out, sub, &g);
}

void for_each_goal(const model::Plan& plan, const std::function<void(const model::Goal&)>& f) {
  for (const model::Goal& g : plan.goals) {
    f(g);
    for (const model::Goal& sub : g.subgoals) f(sub);
  }
}

}  // namespace

std::vector<SectionRef> all_sections(const model::Plan& plan) {
  std::vector<SectionRef> out;
  if (plan.document) out.push_back({&*plan.document, nullptr, nullptr, nullptr});
  if (plan.handleplan) out.push_back({&plan.handleplan->section, nullptr, nullptr, nullptr});
  if (plan.target_group) out.push_back({&*plan.target_group, nullptr, nullptr, nullptr});
  if (plan.methods) out.push_back({&*plan.methods, nullptr, nullptr, nullptr});
  if (plan.wishes) out.push_back({&*plan.wishes, nullptr, nullptr, nullptr});
  for (const model::Goal& g : plan.goals) add_goal(out, g, nullptr);
  for (const model::Status& s : plan.statuses) out.push_back({&s.section, nullptr, nullptr, nullptr});
  for (const model::Section& s : plan.other_sections) out.push_back({&s, nullptr, nullptr, nullptr});
  std::stable_sort(out.begin(), out.end(), [](const SectionRef& a, const SectionRef& b) {
    return a.section->heading_range.begin < b.section->heading_range.begin;
  });
  return out;
}

std::optional<SectionRef> section_at(const model::Plan& plan, std::uint32_t offset) {
  std::optional<SectionRef> best;
  for (const SectionRef& s : all_sections(plan)) {
    if (s.section->heading_range.begin > offset) break;
    best = s;
  }
  return best;
}

text::SourceRange goal_extent(const model::Goal& goal) {
  text::SourceRange r = goal.section.range;
  for (const model::Evaluation& e : goal.evaluations) r.end = std::max(r.end, e.section.range.end);
  for (const model::Goal& sub : goal.subgoals) r.end = std::max(r.end, goal_extent(sub).end);
  return r;
}

const model::Goal* find_goal(const model::Plan& plan, std::string_view number, const model::Goal** parent) {
  for (const model::Goal& g : plan.goals) {
    if (g.number.major != 0 && g.number.str() == number) {
      if (parent != nullptr) *parent = nullptr;
      return &g;
    }
    for (const model::Goal& sub : g.subgoals) {
      if (sub.number.major != 0 && sub.number.str() == number) {
        if (parent != nullptr) *parent = &g;
        return &sub;
      }
    }
  }
  return nullptr;
}

std::vector<std::pair<std::string, text::SourceRange>> handleplan_references(const model::Field& field, std::string_view text) {
  std::vector<std::pair<std::string, text::SourceRange>> out;
  const std::uint32_t b = std::min<std::uint32_t>(field.value_range.begin, static_cast<std::uint32_t>(text.size()));
  const std::uint32_t e = std::min<std::uint32_t>(field.value_range.end, static_cast<std::uint32_t>(text.size()));
  for (std::uint32_t i = b; i < e; ++i) {
    if ((text[i] != 'H' && text[i] != 'h') || (i > b && is_alnum(text[i - 1]))) continue;
    std::uint32_t j = i + 1;
    while (j < e && text[j] >= '0' && text[j] <= '9') ++j;
    if (j == i + 1 || (j < e && is_alnum(text[j]))) continue;
    out.emplace_back("H" + std::string(text.substr(i + 1, j - i - 1)), text::SourceRange{i, j});
    i = j;
  }
  return out;
}

std::optional<Symbol> symbol_at(const model::Plan& plan, std::string_view text, std::uint32_t offset) {
  if (plan.handleplan) {
    for (const model::HandleplanGoal& g : plan.handleplan->goals) {
      if (covers(g.id_range, offset)) return Symbol{SymbolKind::handleplan_id, g.id, g.id_range};
    }
  }
  std::optional<Symbol> found;
  for_each_goal(plan, [&](const model::Goal& g) {
    if (found) return;
    if (const model::Field* f = g.section.field(model::FieldId::handleplan_ref); f != nullptr && covers(f->value_range, offset)) {
      for (const auto& [id, range] : handleplan_references(*f, text)) {
        if (covers(range, offset)) found = Symbol{SymbolKind::handleplan_id, id, range};
      }
    }
    if (g.number.major != 0 && (covers(g.number_range, offset) || covers(g.section.keyword_range, offset))) {
      found = Symbol{SymbolKind::goal, g.number.str(), g.number_range};
    }
  });
  if (found) return found;
  for (const model::Status& s : plan.statuses) {
    const auto* refs = s.section.value<std::vector<model::Reference>>(model::FieldId::goals_in_period);
    if (refs == nullptr) continue;
    for (const model::Reference& r : *refs) {
      if (covers(r.range, offset)) return Symbol{SymbolKind::goal, r.id, r.range};
    }
  }
  return std::nullopt;
}

std::vector<Occurrence> occurrences(const model::Plan& plan, std::string_view text, const Symbol& symbol) {
  std::vector<Occurrence> decl;
  std::vector<Occurrence> refs;
  if (symbol.kind == SymbolKind::handleplan_id) {
    if (plan.handleplan) {
      if (const model::HandleplanGoal* g = plan.handleplan->goal(symbol.id)) decl.push_back({g->id_range, true});
    }
    for_each_goal(plan, [&](const model::Goal& g) {
      if (const model::Field* f = g.section.field(model::FieldId::handleplan_ref)) {
        for (const auto& [id, range] : handleplan_references(*f, text)) {
          if (id == symbol.id) refs.push_back({range, false});
        }
      }
    });
  } else {
    if (const model::Goal* g = find_goal(plan, symbol.id)) decl.push_back({g->number_range, true});
    for (const model::Status& s : plan.statuses) {
      const auto* list = s.section.value<std::vector<model::Reference>>(model::FieldId::goals_in_period);
      if (list == nullptr) continue;
      for (const model::Reference& r : *list) {
        if (r.id == symbol.id) refs.push_back({r.range, false});
      }
    }
  }
  std::sort(refs.begin(), refs.end(), [](const Occurrence& a, const Occurrence& b) { return a.range.begin < b.range.begin; });
  decl.insert(decl.end(), refs.begin(), refs.end());
  return decl;
}

}  // namespace planlint::lsp
