// textDocument/didSave: lints again (the text is already synchronised; a save is a good
// moment to catch a new day for the date rules when no fixed date is set).
#include "lsp/handlers/handlers.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

void did_save(Server& s, const TextDocumentParams& p) {
  if (s.documents().is_open(p.uri)) s.document_changed(p.uri);
}

}  // namespace planlint::lsp::handlers
