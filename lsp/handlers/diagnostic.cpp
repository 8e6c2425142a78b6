// textDocument/diagnostic (pull diagnostics): the findings of the current version; the
// resultId names the snapshot and the settings, so an unchanged document answers
// "unchanged". A document that is not open is read from disk when it is a file.
#include <fstream>
#include <sstream>

#include "lsp/handlers/handlers.h"
#include "lsp/server.h"
#include "lsp/uri.h"

namespace planlint::lsp::handlers {

json diagnostic(Server& s, const DocumentDiagnosticParams& p) {
  if (!s.documents().is_open(p.uri)) {
    json items = json::array();
    if (const auto path = uri_to_path(p.uri)) {
      std::ifstream in(*path, std::ios::binary);
      if (in) {
        std::ostringstream buf;
        buf << in.rdbuf();
        LintInputs inputs;
        inputs.snapshot = std::make_shared<const Snapshot>(p.uri, 0, std::move(buf).str());
        inputs.config = s.workspace().resolve(p.uri);
        inputs.lang = s.lang();
        inputs.today = s.today();
        inputs.encoding = s.encoding();
        inputs.docs_base = s.options().docs_base;
        items = lint(inputs)->diagnostics;
      }
    }
    return {{"kind", "full"}, {"items", std::move(items)}};
  }
  const auto result = s.lint_now(p.uri);
  const std::string id = std::to_string(result->snapshot->serial) + "-" + std::to_string(result->generation);
  if (p.previous_result_id && *p.previous_result_id == id) return {{"kind", "unchanged"}, {"resultId", id}};
  return {{"kind", "full"}, {"resultId", id}, {"items", result->diagnostics}};
}

}  // namespace planlint::lsp::handlers
