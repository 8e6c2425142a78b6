// workspace/didChangeWatchedFiles: a planlint.toml was created, changed or deleted: read
// the configuration again and re-lint every open plan.
#include "lsp/handlers/handlers.h"
#include "lsp/server.h"
#include "lsp/uri.h"

namespace planlint::lsp::handlers {

void did_change_watched_files(Server& s, const json& params) {
  if (!params.is_object() || !params.contains("changes") || !params["changes"].is_array()) return;
  bool config = false;
  for (const json& change : params["changes"]) {
    if (!change.is_object() || !change.contains("uri") || !change["uri"].is_string()) continue;
    const auto path = uri_to_path(change["uri"].get<std::string>());
    config = config || (path && path->filename() == config::kConfigFileName);
  }
  if (!config) return;
  s.workspace().reload();
  s.settings_changed();
}

}  // namespace planlint::lsp::handlers
