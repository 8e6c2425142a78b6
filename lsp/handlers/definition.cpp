// textDocument/definition: from a handleplan reference (`Handleplan: H1, H2`) to its
// declaration (`- H2: ...`), and from a goal reference (`Mål i perioden: Mål 1`) to the
// goal's heading.
#include "lsp/handlers/handlers.h"
#include "lsp/plan_queries.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

json definition(Server& s, const TextDocumentPositionParams& p) {
  const auto model = s.model_now(p.uri);
  const Snapshot& snap = *model->snapshot;
  const model::Plan& plan = model->built.plan;
  const auto sym = symbol_at(plan, snap.text, to_offset(snap, p.position, s.encoding()));
  if (!sym) return nullptr;
  text::SourceRange target;
  if (sym->kind == SymbolKind::goal) {
    const model::Goal* g = find_goal(plan, sym->id);
    if (g == nullptr) return nullptr;
    target = g->section.heading_range;
  } else {
    const auto occ = occurrences(plan, snap.text, *sym);
    if (occ.empty() || !occ.front().declaration) return nullptr;
    target = occ.front().range;
  }
  return {{"uri", snap.uri}, {"range", to_range(snap, target, s.encoding())}};
}

}  // namespace planlint::lsp::handlers
