// workspace/didChangeConfiguration: `planlint.lang` (da/en) and `planlint.profile` (a
// built-in profile for plans without a planlint.toml). Invalid values are reported with
// window/showMessage and the old value stays.
#include "lsp/handlers/handlers.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

void did_change_configuration(Server& s, const json& params) {
  if (!params.is_object()) return;
  const auto settings = params.find("settings");
  if (settings == params.end()) return;
  bool changed = false;
  for (const std::string& problem : s.workspace().apply_settings(*settings, changed)) s.show_message(2, problem);
  if (changed) s.settings_changed();
}

}  // namespace planlint::lsp::handlers
