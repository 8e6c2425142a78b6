// textDocument/references: every place a handleplan id (its declaration and each
// `Handleplan:` reference) or a goal number (its heading and each `Mål i perioden:`
// reference) occurs; the declaration only when context.includeDeclaration.
#include "lsp/handlers/handlers.h"
#include "lsp/plan_queries.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

json references(Server& s, const ReferenceParams& p) {
  const auto model = s.model_now(p.uri);
  const Snapshot& snap = *model->snapshot;
  const auto sym = symbol_at(model->built.plan, snap.text, to_offset(snap, p.position, s.encoding()));
  if (!sym) return nullptr;
  json out = json::array();
  for (const Occurrence& o : occurrences(model->built.plan, snap.text, *sym)) {
    if (o.declaration && !p.include_declaration) continue;
    out.push_back({{"uri", snap.uri}, {"range", to_range(snap, o.range, s.encoding())}});
  }
  return out;
}

}  // namespace planlint::lsp::handlers
