#include "lsp/handlers/handlers.h"

#include "lsp/server.h"

namespace planlint::lsp {

void register_handlers(Server& server) {
  namespace h = handlers;
  Dispatcher& d = server.dispatcher();
  Server* s = &server;
  // `exit` and `$/cancelRequest` are the dispatcher's own (see dispatcher.h).
  d.on_raw_request("initialize", [s](const json& p) { return h::initialize(*s, p); });
  d.on_raw_notification("initialized", [s](const json& p) { h::initialized(*s, p); });
  d.on_raw_request("shutdown", [s](const json& p) { return h::shutdown(*s, p); });

  d.on_notification<DidOpenParams>("textDocument/didOpen", [s](const DidOpenParams& p) { h::did_open(*s, p); });
  d.on_notification<DidChangeParams>("textDocument/didChange", [s](const DidChangeParams& p) { h::did_change(*s, p); });
  d.on_notification<TextDocumentParams>("textDocument/didClose", [s](const TextDocumentParams& p) { h::did_close(*s, p); });
  d.on_notification<TextDocumentParams>("textDocument/didSave", [s](const TextDocumentParams& p) { h::did_save(*s, p); });

  d.on_raw_notification("workspace/didChangeConfiguration", [s](const json& p) { h::did_change_configuration(*s, p); });
  d.on_raw_notification("workspace/didChangeWatchedFiles", [s](const json& p) { h::did_change_watched_files(*s, p); });

  d.on_request<DocumentDiagnosticParams>("textDocument/diagnostic", [s](const DocumentDiagnosticParams& p) { return h::diagnostic(*s, p); });
  d.on_request<CodeActionParams>("textDocument/codeAction", [s](const CodeActionParams& p) { return h::code_action(*s, p); });
  d.on_request<TextDocumentPositionParams>("textDocument/hover", [s](const TextDocumentPositionParams& p) { return h::hover(*s, p); });
  d.on_request<TextDocumentPositionParams>("textDocument/completion", [s](const TextDocumentPositionParams& p) { return h::completion(*s, p); });
  d.on_request<TextDocumentParams>("textDocument/documentSymbol", [s](const TextDocumentParams& p) { return h::document_symbol(*s, p); });
  d.on_request<TextDocumentPositionParams>("textDocument/definition", [s](const TextDocumentPositionParams& p) { return h::definition(*s, p); });
  d.on_request<ReferenceParams>("textDocument/references", [s](const ReferenceParams& p) { return h::references(*s, p); });
  d.on_request<TextDocumentPositionParams>("textDocument/prepareRename", [s](const TextDocumentPositionParams& p) { return h::prepare_rename(*s, p); });
  d.on_request<RenameParams>("textDocument/rename", [s](const RenameParams& p) { return h::rename(*s, p); });
  d.on_request<TextDocumentParams>("textDocument/foldingRange", [s](const TextDocumentParams& p) { return h::folding_range(*s, p); });
  d.on_request<TextDocumentParams>("textDocument/codeLens", [s](const TextDocumentParams& p) { return h::code_lens(*s, p); });
  d.on_request<TextDocumentParams>("textDocument/formatting", [s](const TextDocumentParams& p) { return h::formatting(*s, p); });
}

}  // namespace planlint::lsp
