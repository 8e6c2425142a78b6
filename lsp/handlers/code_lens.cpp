// textDocument/codeLens: above each goal and sub-goal, when its next evaluation is due and how
// many days are left ("Næste evaluering 27-10-2026 · om 78 dage"), or why there is none. The
// lenses carry their text only (command ""): nothing to run.
#include "lsp/handlers/handlers.h"
#include "lsp/plan_queries.h"
#include "lsp/server.h"
#include "lsp/smarte_card.h"

namespace planlint::lsp::handlers {

json code_lens(Server& s, const TextDocumentParams& p) {
  const auto model = s.model_now(p.uri);
  const Snapshot& snap = *model->snapshot;
  json out = json::array();
  for (const SectionRef& ref : all_sections(model->built.plan)) {
    if (ref.goal == nullptr || ref.evaluation != nullptr || ref.section != &ref.goal->section) continue;
    out.push_back({{"range", to_range(snap, ref.section->heading_range, s.encoding())},
                   {"command", {{"title", next_evaluation_text(*ref.goal, ref.parent, s.today(), s.lang())}, {"command", ""}}}});
  }
  return out;
}

}  // namespace planlint::lsp::handlers
