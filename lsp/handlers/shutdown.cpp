// shutdown: stops the diagnostics worker; afterwards only `exit` is accepted (dispatcher.h).
#include "lsp/handlers/handlers.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

json shutdown(Server& s, const json& /*params*/) {
  s.stop_diagnostics();
  return nullptr;
}

}  // namespace planlint::lsp::handlers
