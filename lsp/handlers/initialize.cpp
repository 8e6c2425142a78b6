// initialize: negotiates the position encoding, reads the client's capabilities and
// initializationOptions, and advertises what the server does. Every capability listed here
// is implemented in handlers/ and exercised by tests/lsp/sessions/.
#include <initializer_list>

#include "lsp/handlers/handlers.h"
#include "lsp/server.h"

#ifndef PLANLINT_VERSION
#define PLANLINT_VERSION "0.0.0"
#endif

namespace planlint::lsp::handlers {

namespace {

const json* at_path(const json& j, std::initializer_list<const char*> path) {
  const json* cur = &j;
  for (const char* key : path) {
    if (!cur->is_object()) return nullptr;
    const auto it = cur->find(key);
    if (it == cur->end()) return nullptr;
    cur = &*it;
  }
  return cur;
}

bool flag(const json& j, std::initializer_list<const char*> path) {
  const json* v = at_path(j, path);
  return v != nullptr && v->is_boolean() && v->get<bool>();
}

// The workspace settings first, so that the messages about the other options are in the
// language the client asked for.
void read_options(Server& s, const json& options) {
  bool changed = false;
  for (const std::string& problem : s.workspace().apply_settings(options, changed)) s.show_message(2, problem);
  for (const std::string& problem : read_initialization_options(options, s.workspace().lang(), s.options())) s.show_message(2, problem);
}

}  // namespace

json initialize(Server& s, const json& params) {
  if (!params.is_object()) throw LspError(error_code::invalid_params, "»params« skal være et objekt");
  static const json none = json::object();
  const auto caps_it = params.find("capabilities");
  const json& caps = caps_it != params.end() ? *caps_it : none;
  s.set_encoding(negotiate_encoding(caps));
  ClientCapabilities& c = s.client();
  c.pull_diagnostics = at_path(caps, {"textDocument", "diagnostic"}) != nullptr;
  c.diagnostic_refresh = flag(caps, {"workspace", "diagnostics", "refreshSupport"});
  c.document_changes = flag(caps, {"workspace", "workspaceEdit", "documentChanges"});
  c.hierarchical_symbols = flag(caps, {"textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport"});
  c.watched_files_registration = flag(caps, {"workspace", "didChangeWatchedFiles", "dynamicRegistration"});
  if (const json* formats = at_path(caps, {"textDocument", "hover", "contentFormat"}); formats != nullptr && formats->is_array()) {
    c.markdown = false;
    for (const json& f : *formats) c.markdown = c.markdown || (f.is_string() && f.get<std::string>() == "markdown");
  }
  if (const auto it = params.find("initializationOptions"); it != params.end()) read_options(s, *it);
  s.start_diagnostics();

  json capabilities = {
      {"positionEncoding", encoding_name(s.encoding())},
      {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
      {"diagnosticProvider", {{"identifier", "planlint"}, {"interFileDependencies", false}, {"workspaceDiagnostics", false}}},
      {"codeActionProvider", {{"codeActionKinds", {"quickfix", "source.fixAll.planlint"}}, {"resolveProvider", false}}},
      {"hoverProvider", true},
      {"completionProvider", {{"triggerCharacters", {"#", ":", " ", ","}}, {"resolveProvider", false}}},
      {"documentSymbolProvider", true},
      {"definitionProvider", true},
      {"referencesProvider", true},
      {"renameProvider", {{"prepareProvider", true}}},
      {"foldingRangeProvider", true},
      {"codeLensProvider", {{"resolveProvider", false}}},
      {"documentFormattingProvider", true},
  };
  return {{"capabilities", std::move(capabilities)}, {"serverInfo", {{"name", "planlint"}, {"version", PLANLINT_VERSION}}}};
}

}  // namespace planlint::lsp::handlers
