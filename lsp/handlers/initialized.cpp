// initialized: asks the client to watch planlint.toml files, when it can register watchers
// dynamically (the changes arrive as workspace/didChangeWatchedFiles).
#include "lsp/handlers/handlers.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

void initialized(Server& s, const json& /*params*/) {
  if (!s.client().watched_files_registration) return;
  s.request_client("client/registerCapability",
                   {{"registrations", json::array({{{"id", "planlint-config-watcher"},
                                                    {"method", "workspace/didChangeWatchedFiles"},
                                                    {"registerOptions", {{"watchers", json::array({{{"globPattern", "**/planlint.toml"}}})}}}}})}});
}

}  // namespace planlint::lsp::handlers
