// textDocument/didClose: forgets the document and clears its pushed diagnostics.
#include "lsp/handlers/handlers.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

void did_close(Server& s, const TextDocumentParams& p) {
  if (!s.documents().close(p.uri)) return;
  s.document_closed(p.uri);
}

}  // namespace planlint::lsp::handlers
