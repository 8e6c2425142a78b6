#pragma once

// One function per LSP method, each in the file named after it (textDocument/hover ->
// hover.cpp). register_handlers() in handlers.cpp binds them to method names.
#include "lsp/protocol.h"

namespace planlint::lsp {

class Server;

namespace handlers {

// Life cycle.
json initialize(Server& s, const json& params);                 // initialize.cpp
void initialized(Server& s, const json& params);                // initialized.cpp
json shutdown(Server& s, const json& params);                   // shutdown.cpp

// Document synchronisation.
void did_open(Server& s, const DidOpenParams& p);               // did_open.cpp
void did_change(Server& s, const DidChangeParams& p);           // did_change.cpp
void did_close(Server& s, const TextDocumentParams& p);         // did_close.cpp
void did_save(Server& s, const TextDocumentParams& p);          // did_save.cpp

// Workspace.
void did_change_configuration(Server& s, const json& params);   // did_change_configuration.cpp
void did_change_watched_files(Server& s, const json& params);   // did_change_watched_files.cpp

// Language features.
json diagnostic(Server& s, const DocumentDiagnosticParams& p);  // diagnostic.cpp (pull)
json code_action(Server& s, const CodeActionParams& p);         // code_action.cpp
json hover(Server& s, const TextDocumentPositionParams& p);     // hover.cpp
json completion(Server& s, const TextDocumentPositionParams& p);  // completion.cpp
json document_symbol(Server& s, const TextDocumentParams& p);   // document_symbol.cpp
json definition(Server& s, const TextDocumentPositionParams& p);  // definition.cpp
json references(Server& s, const ReferenceParams& p);           // references.cpp
json prepare_rename(Server& s, const TextDocumentPositionParams& p);  // rename.cpp
json rename(Server& s, const RenameParams& p);                  // rename.cpp
json folding_range(Server& s, const TextDocumentParams& p);     // folding_range.cpp
json code_lens(Server& s, const TextDocumentParams& p);         // code_lens.cpp
json formatting(Server& s, const TextDocumentParams& p);        // formatting.cpp

}  // namespace handlers
}  // namespace planlint::lsp
