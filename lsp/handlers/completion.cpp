// textDocument/completion, by what the line holds before the cursor:
//   "#", "## M"               -> heading kinds (Mål N with the next free number, Delmål N.M
//                                under the goal above, Evaluering/Status with today's date;
//                                sections that may appear once only while absent)
//   "Succ" at a line's start  -> the fields of the current section not already present
//   "Område: ", "Beslutning: ", "Tema: ", "Skabelon: " -> the field's values
//   "Handleplan: H1, "        -> the handleplan's ids with their text (not those listed)
//   "Mål i perioden: "        -> the plan's goals and sub-goals (not those listed)
//   a date field or heading   -> today's date
// Items are plain text (no snippets) with a textEdit for what was typed on the line.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "lsp/dates.h"
#include "lsp/handlers/handlers.h"
#include "lsp/plan_queries.h"
#include "lsp/server.h"
#include "model/schema.h"
#include "text/unicode.h"

namespace planlint::lsp::handlers {

using diag::tr;
using model::FieldId;
using model::SectionKind;

namespace {

constexpr int kKindField = 5;
constexpr int kKindSnippet = 15;  // today's date: plain text, shown as a snippet
constexpr int kKindKeyword = 14;
constexpr int kKindReference = 18;
constexpr int kKindEnumMember = 20;

struct Context {
  Server& server;
  const Snapshot& snap;
  const model::Plan& plan;
  std::uint32_t line_start;
  std::uint32_t cursor;  // byte offset
  json items = json::array();

  void add(const std::string& label, int kind, std::uint32_t from, const std::string& insert, const std::string& detail = {},
           const std::string& documentation = {}, const std::string& sort = {}) {
    json item = {{"label", label},
                 {"kind", kind},
                 {"insertTextFormat", 1},
                 {"textEdit", {{"range", to_range(snap, {line_start + from, cursor}, server.encoding())}, {"newText", insert}}}};
    if (!detail.empty()) item["detail"] = detail;
    if (!documentation.empty()) item["documentation"] = {{"kind", "markdown"}, {"value", documentation}};
    if (!sort.empty()) item["sortText"] = sort;
    items.push_back(std::move(item));
  }
};

std::string_view type_label(model::ValueType t, diag::Lang lang) {
  switch (t) {
    case model::ValueType::text: return tr(lang, "tekst", "text");
    case model::ValueType::date: return tr(lang, "dato", "date");
    case model::ValueType::date_range: return tr(lang, "periode", "period");
    case model::ValueType::interval: return tr(lang, "interval", "interval");
    case model::ValueType::handleplan_refs: return tr(lang, "handleplanens mål", "handleplan goals");
    case model::ValueType::goal_refs: return tr(lang, "mål", "goals");
    case model::ValueType::enumeration: return tr(lang, "fast værdi", "fixed value");
  }
  return "";
}

std::string sort_key(std::size_t i) { return fmt::format("{:04}", i); }

void today_item(Context& c, std::uint32_t from, const std::string& pad = {}) {
  const model::Date today = c.server.today();
  const diag::Lang lang = c.server.lang();
  c.add(today.danish(), kKindSnippet, from, pad + today.danish(),
        fmt::format("{} ({})", tr(lang, "i dag", "today"), weekday_name(today, lang)));
}

const model::Goal* goal_above(const model::Plan& plan, std::uint32_t offset, const model::Goal** parent) {
  const auto at = section_at(plan, offset);
  *parent = nullptr;
  if (!at || at->goal == nullptr) return nullptr;
  *parent = at->parent;
  return at->goal;
}

void headings(Context& c, std::string_view before) {
  const model::Plan& plan = c.plan;
  const diag::Lang lang = c.server.lang();
  const std::string today = c.server.today().danish();
  std::size_t order = 0;
  const auto heading = [&](const std::string& text, const std::string& detail) {
    c.add(text, kKindKeyword, 0, text, detail, {}, sort_key(order++));
  };
  // After "## Evaluering " or "## Status ": the date.
  {
    std::size_t i = 0;
    while (i < before.size() && before[i] == '#') ++i;
    const std::string rest = text::fold_key(before.substr(i));
    if (before.size() > i && before.back() == ' ' && (rest == "evaluering" || rest == "status")) {
      today_item(c, static_cast<std::uint32_t>(before.size()));
      return;
    }
  }
  if (!plan.document) heading("# Individuel plan", std::string(model::section_spec(SectionKind::document).doc_da));
  const auto single = [&](bool present, SectionKind k) {
    if (!present) heading("## " + std::string(model::section_spec(k).name), std::string(model::section_spec(k).doc_da));
  };
  single(plan.handleplan.has_value(), SectionKind::handleplan);
  single(plan.target_group.has_value(), SectionKind::target_group);
  single(plan.methods.has_value(), SectionKind::methods);
  single(plan.wishes.has_value(), SectionKind::wishes);
  single(false, SectionKind::ethics);
  int next_goal = 1;
  for (const model::Goal& g : plan.goals) next_goal = std::max(next_goal, g.number.major + 1);
  heading(fmt::format("## Mål {}: ", next_goal), std::string(model::section_spec(SectionKind::goal).doc_da));
  const model::Goal* parent = nullptr;
  // The sections above this line (the line itself may already read as a heading).
  const model::Goal* goal = c.line_start == 0 ? nullptr : goal_above(plan, c.line_start - 1, &parent);
  const model::Goal* main = parent != nullptr ? parent : goal;
  if (main != nullptr && main->number.major != 0) {
    int next_sub = 1;
    for (const model::Goal& sub : main->subgoals) {
      if (sub.number.major == main->number.major) next_sub = std::max(next_sub, sub.number.minor + 1);
    }
    const std::string hashes(static_cast<std::size_t>(main->section.level + 1), '#');
    heading(fmt::format("{} Delmål {}.{}: ", hashes, main->number.major, next_sub), std::string(model::section_spec(SectionKind::subgoal).doc_da));
  }
  if (goal != nullptr) {
    const std::string hashes(static_cast<std::size_t>(goal->section.level + 1), '#');
    heading(fmt::format("{} Evaluering {}", hashes, today),
            fmt::format(fmt::runtime(tr(lang, "Evaluering af {} {}", "Evaluation of {} {}")), goal->is_subgoal() ? "Delmål" : "Mål", goal->number.str()));
    if (parent != nullptr) {
      const std::string parent_hashes(static_cast<std::size_t>(parent->section.level + 1), '#');
      heading(fmt::format("{} Evaluering {}", parent_hashes, today),
              fmt::format(fmt::runtime(tr(lang, "Evaluering af Mål {}", "Evaluation of Mål {}")), parent->number.str()));
    }
  }
  heading("## Status " + today, std::string(model::section_spec(SectionKind::status).doc_da));
  single(false, SectionKind::notes);
}

// A key at the start of the line. When the line already has its colon after the cursor (the
// key of an existing field is being changed), only the key is replaced.
void fields(Context& c, std::string_view line) {
  const auto at = section_at(c.plan, c.line_start);
  if (!at) return;
  const model::Section& section = *at->section;
  if (section.kind == SectionKind::unknown) return;
  const diag::Lang lang = c.server.lang();
  const std::uint32_t column = c.cursor - c.line_start;
  const std::size_t colon = line.find(':', column);
  std::uint32_t end = c.cursor;
  if (colon != std::string_view::npos) {
    end = c.line_start + static_cast<std::uint32_t>(colon);
    while (end > c.cursor && (c.snap.text[end - 1] == ' ' || c.snap.text[end - 1] == '\t')) --end;
  }
  std::size_t i = 0;
  for (const model::FieldSpec& f : model::all_fields()) {
    ++i;
    if ((f.sections & model::section_bit(section.kind)) == 0) continue;
    // Present elsewhere in the section: not offered again (the one on this line is).
    const model::Field* present = section.field(f.id);
    if (present != nullptr && (present->key_range.begin < c.line_start || present->key_range.begin > c.line_start + line.size())) continue;
    const std::string name(f.name);
    json item = {{"label", name},
                 {"kind", kKindField},
                 {"insertTextFormat", 1},
                 {"textEdit", {{"range", to_range(c.snap, {c.line_start, end}, c.server.encoding())}, {"newText", colon == std::string_view::npos ? name + ": " : name}}},
                 {"detail", std::string(type_label(f.type, lang))},
                 {"documentation", {{"kind", "markdown"}, {"value", std::string(f.doc_da)}}},
                 {"sortText", sort_key(i)}};
    c.items.push_back(std::move(item));
  }
}

std::uint32_t token_start(std::string_view before, std::uint32_t value_start, std::string_view separators) {
  std::uint32_t t = static_cast<std::uint32_t>(before.size());
  while (t > value_start && separators.find(before[t - 1]) == std::string_view::npos) --t;
  while (t < before.size() && before[t] == ' ') ++t;
  return t;
}

void values(Context& c, std::string_view line, std::string_view before, std::size_t colon) {
  const model::FieldSpec* spec = model::find_field(text::fold_key(before.substr(0, colon)));
  if (spec == nullptr) return;
  std::uint32_t value_start = static_cast<std::uint32_t>(colon + 1);
  while (value_start < before.size() && before[value_start] == ' ') ++value_start;
  const std::string_view written = line.substr(colon + 1);
  // "Område:|" without the space: the value must not stick to the colon.
  const auto pad = [&](std::uint32_t from, const std::string& text) { return (from == colon + 1 ? " " : "") + text; };
  switch (spec->type) {
    case model::ValueType::enumeration: {
      std::size_t i = 0;
      for (std::string_view v : spec->values) c.add(std::string(v), kKindEnumMember, value_start, pad(value_start, std::string(v)), std::string(spec->name), {}, sort_key(i++));
      return;
    }
    case model::ValueType::handleplan_refs: {
      if (!c.plan.handleplan) return;
      const std::uint32_t from = token_start(before, value_start, ", ");
      std::set<std::string> listed;
      for (const auto& ref : model::parse_handleplan_references(written).references) listed.insert(ref.id);
      std::size_t i = 0;
      for (const model::HandleplanGoal& g : c.plan.handleplan->goals) {
        ++i;
        const std::string current(before.substr(from));
        if (listed.count(g.id) != 0 && text::fold_key(current) != text::fold_key(g.id)) continue;
        std::string detail = g.text.substr(0, std::min<std::size_t>(g.text.size(), 80));
        c.add(g.id, kKindReference, from, pad(from, g.id), detail, g.text, sort_key(i));
      }
      return;
    }
    case model::ValueType::goal_refs: {
      const std::uint32_t from = token_start(before, value_start, ",");
      std::set<std::string> listed;
      for (const auto& ref : model::parse_goal_references(written).references) listed.insert(ref.id);
      std::size_t i = 0;
      const auto offer = [&](const model::Goal& g) {
        ++i;
        if (g.number.major == 0 || listed.count(g.number.str()) != 0) return;
        const std::string label = std::string(g.is_subgoal() ? "Delmål " : "Mål ") + g.number.str();
        c.add(label, kKindReference, from, pad(from, label), g.statement, {}, sort_key(i));
      };
      for (const model::Goal& g : c.plan.goals) {
        offer(g);
        for (const model::Goal& sub : g.subgoals) offer(sub);
      }
      return;
    }
    case model::ValueType::date:
    case model::ValueType::date_range: {
      const std::uint32_t from = token_start(before, value_start, " ");
      today_item(c, from, from == colon + 1 ? " " : "");
      return;
    }
    case model::ValueType::text:
    case model::ValueType::interval:
      return;
  }
}

}  // namespace

json completion(Server& s, const TextDocumentPositionParams& p) {
  const auto model = s.model_now(p.uri);
  const Snapshot& snap = *model->snapshot;
  const std::uint32_t offset = to_offset(snap, p.position, s.encoding());
  const std::uint32_t line0 = snap.index.line_of(offset);
  const std::uint32_t line_start = snap.index.line_start(line0);
  Context c{s, snap, model->built.plan, line_start, offset};
  const std::string_view line = snap.index.line_text(line0);
  if (offset < line_start || offset - line_start > line.size()) return {{"isIncomplete", false}, {"items", json::array()}};
  const std::string_view before = line.substr(0, offset - line_start);

  if (!before.empty() && before.front() == '#') {
    std::size_t hashes = 0;
    while (hashes < before.size() && before[hashes] == '#') ++hashes;
    if (hashes <= 6 && before.find(':') == std::string_view::npos) headings(c, before);
  } else if (before.empty() || (before.front() != ' ' && before.front() != '\t' && before.front() != '-' && before.front() != '*' &&
                                before.front() != '/')) {
    const std::size_t colon = before.find(':');
    if (colon == std::string_view::npos) {
      fields(c, line);
    } else if (colon + 1 == before.size() || before[colon + 1] == ' ') {
      values(c, line, before, colon);
    }
  }
  return {{"isIncomplete", false}, {"items", std::move(c.items)}};
}

}  // namespace planlint::lsp::handlers
