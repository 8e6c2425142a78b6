// textDocument/documentSymbol: plan > sections > goals > sub-goals > evaluations, with the
// handleplan's goals (H1, H2, ...) under the handleplan. DocumentSymbol[] for clients with
// hierarchicalDocumentSymbolSupport, else SymbolInformation[] with containerName.
#include <algorithm>

#include "lsp/handlers/handlers.h"
#include "lsp/plan_queries.h"
#include "lsp/server.h"
#include "lsp/smarte_card.h"

namespace planlint::lsp::handlers {

namespace {

constexpr int kModule = 2;
constexpr int kNamespace = 3;
constexpr int kClass = 5;
constexpr int kObject = 19;
constexpr int kKey = 20;
constexpr int kStruct = 23;
constexpr int kEvent = 24;

struct Node {
  std::string name;
  std::string detail;
  int kind = kNamespace;
  text::SourceRange range;
  text::SourceRange selection;
  std::vector<Node> children;
};

std::string name_of(const model::Section& s) {
  if (!s.heading.empty()) return s.heading;
  const std::string_view spec = model::section_spec(s.kind).name;
  return spec.empty() ? std::string("(uden overskrift)") : std::string(spec);
}

Node section_node(const model::Section& s, int kind) { return {name_of(s), {}, kind, s.range, s.heading_range, {}}; }

Node goal_node(const model::Goal& g, const model::Goal* parent, const model::Date& today, diag::Lang lang) {
  Node n = section_node(g.section, g.is_subgoal() ? kStruct : kClass);
  n.range = goal_extent(g);
  n.detail = next_evaluation_text(g, parent, today, lang);
  for (const model::Evaluation& e : g.evaluations) n.children.push_back(section_node(e.section, kEvent));
  for (const model::Goal& sub : g.subgoals) n.children.push_back(goal_node(sub, &g, today, lang));
  std::sort(n.children.begin(), n.children.end(), [](const Node& a, const Node& b) { return a.range.begin < b.range.begin; });
  return n;
}

json to_json_tree(const Snapshot& snap, const Node& n, Encoding e) {
  json out = {{"name", n.name}, {"kind", n.kind}, {"range", to_range(snap, n.range, e)}, {"selectionRange", to_range(snap, n.selection, e)}};
  if (!n.detail.empty()) out["detail"] = n.detail;
  if (!n.children.empty()) {
    json children = json::array();
    for (const Node& c : n.children) children.push_back(to_json_tree(snap, c, e));
    out["children"] = std::move(children);
  }
  return out;
}

void flatten(const Snapshot& snap, const Node& n, const std::string& container, Encoding e, json& out) {
  json info = {{"name", n.name}, {"kind", n.kind}, {"location", {{"uri", snap.uri}, {"range", to_range(snap, n.range, e)}}}};
  if (!container.empty()) info["containerName"] = container;
  out.push_back(std::move(info));
  for (const Node& c : n.children) flatten(snap, c, n.name, e, out);
}

}  // namespace

json document_symbol(Server& s, const TextDocumentParams& p) {
  const auto model = s.model_now(p.uri);
  const Snapshot& snap = *model->snapshot;
  const model::Plan& plan = model->built.plan;
  Node root;
  root.name = plan.document ? name_of(*plan.document) : std::string("Individuel plan");
  root.kind = kModule;
  root.range = {0, static_cast<std::uint32_t>(snap.text.size())};
  root.selection = plan.document ? plan.document->heading_range : text::SourceRange{0, 0};
  if (plan.handleplan) {
    Node hp = section_node(plan.handleplan->section, kNamespace);
    for (const model::HandleplanGoal& g : plan.handleplan->goals) {
      hp.children.push_back({g.id, g.text.substr(0, std::min<std::size_t>(g.text.size(), 80)), kKey, g.range, g.id_range, {}});
    }
    root.children.push_back(std::move(hp));
  }
  for (const auto* s_opt : {&plan.target_group, &plan.methods, &plan.wishes}) {
    if (*s_opt) root.children.push_back(section_node(**s_opt, kNamespace));
  }
  for (const model::Goal& g : plan.goals) root.children.push_back(goal_node(g, nullptr, s.today(), s.lang()));
  for (const model::Status& st : plan.statuses) root.children.push_back(section_node(st.section, kObject));
  for (const model::Section& other : plan.other_sections) root.children.push_back(section_node(other, kNamespace));
  std::sort(root.children.begin(), root.children.end(), [](const Node& a, const Node& b) { return a.range.begin < b.range.begin; });

  if (s.client().hierarchical_symbols) return json::array({to_json_tree(snap, root, s.encoding())});
  json flat = json::array();
  flatten(snap, root, "", s.encoding(), flat);
  return flat;
}

}  // namespace planlint::lsp::handlers
