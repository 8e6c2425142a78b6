#pragma once

// The server's own options: from the environment (default_options() in server.h) and from the
// client's initializationOptions. `planlint.lang` and `planlint.profile`, which the client may
// change later, are workspace settings (Workspace::apply_settings).
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "lsp/protocol.h"
#include "model/values.h"

namespace planlint::lsp {

struct ServerOptions {
  // The date date-dependent rules, hovers and code lenses use; empty = the system's date.
  // From PLANLINT_TODAY (YYYY-MM-DD) or initializationOptions.today.
  std::optional<model::Date> today;
  // Base URI of the documentation for codeDescription.href (ends with '/'); empty = none.
  std::string docs_base;
  std::chrono::milliseconds debounce{50};
};

// Reads `today` (YYYY-MM-DD), `debounceMs` (0-10000, clamped) and `docsBaseUri` from the
// initializationOptions object into `options`. Returns one message in `lang` per value that
// cannot be used, saying what is expected; that option keeps its value. Other keys are ignored.
std::vector<std::string> read_initialization_options(const json& init, diag::Lang lang, ServerOptions& options);

}  // namespace planlint::lsp
