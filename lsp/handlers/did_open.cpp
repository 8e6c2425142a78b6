// textDocument/didOpen: stores the document with the settings for its folder and lints it.
#include "lsp/handlers/handlers.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

void did_open(Server& s, const DidOpenParams& p) {
  const TextDocumentItem& d = p.document;
  s.documents().open(d.uri, d.version, d.text, s.workspace().resolve(d.uri));
  s.document_changed(d.uri);
}

}  // namespace planlint::lsp::handlers
