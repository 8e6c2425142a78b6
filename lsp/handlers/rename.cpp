// textDocument/prepareRename and textDocument/rename: a handleplan id (H1, H2, ...) is
// renamed in its declaration and in every `Handleplan:` reference of the document. Other
// positions cannot be renamed (prepareRename answers null).
#include <fmt/format.h>

#include "lsp/handlers/handlers.h"
#include "lsp/plan_queries.h"
#include "lsp/server.h"
#include "lsp/workspace_edit.h"

namespace planlint::lsp::handlers {

using diag::tr;

json prepare_rename(Server& s, const TextDocumentPositionParams& p) {
  const auto model = s.model_now(p.uri);
  const Snapshot& snap = *model->snapshot;
  const auto sym = symbol_at(model->built.plan, snap.text, to_offset(snap, p.position, s.encoding()));
  if (!sym || sym->kind != SymbolKind::handleplan_id) return nullptr;
  return {{"range", to_range(snap, sym->range, s.encoding())}, {"placeholder", sym->id}};
}

json rename(Server& s, const RenameParams& p) {
  const auto model = s.model_now(p.uri);
  const Snapshot& snap = *model->snapshot;
  const model::Plan& plan = model->built.plan;
  const diag::Lang lang = s.lang();
  const auto sym = symbol_at(plan, snap.text, to_offset(snap, p.position, s.encoding()));
  if (!sym || sym->kind != SymbolKind::handleplan_id) {
    throw LspError(error_code::request_failed, std::string(tr(lang, "Kun handleplanens id'er (H1, H2, ...) kan omdøbes.",
                                                                   "Only the handleplan's ids (H1, H2, ...) can be renamed.")));
  }
  std::string name = p.new_name;
  while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.erase(0, 1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.pop_back();
  if (!name.empty() && name.front() == 'h') name.front() = 'H';
  bool valid = name.size() >= 2 && name.size() <= 8 && name.front() == 'H';
  for (std::size_t i = 1; valid && i < name.size(); ++i) valid = name[i] >= '0' && name[i] <= '9';
  if (!valid) {
    throw LspError(error_code::request_failed,
                   fmt::format(fmt::runtime(tr(lang, "»{}« er ikke et id for handleplanens mål; skriv H og et tal, fx H4.",
                                               "»{}« is not a handleplan goal id; write H and a number, e.g. H4.")),
                               p.new_name));
  }
  if (name != sym->id && plan.handleplan && plan.handleplan->goal(name) != nullptr) {
    throw LspError(error_code::request_failed,
                   fmt::format(fmt::runtime(tr(lang, "{} findes allerede i handleplanen.", "{} already exists in the handleplan.")), name));
  }
  json edits = json::array();
  for (const Occurrence& o : occurrences(plan, snap.text, *sym)) {
    edits.push_back({{"range", to_range(snap, o.range, s.encoding())}, {"newText", name}});
  }
  return workspace_edit(snap, std::move(edits), s.client().document_changes);
}

}  // namespace planlint::lsp::handlers
