// textDocument/didChange: applies full or incremental changes (in the negotiated position
// encoding) and re-lints, debounced. A change for a document that is not open is ignored.
#include <iostream>

#include "lsp/handlers/handlers.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

void did_change(Server& s, const DidChangeParams& p) {
  if (!s.documents().change(p, s.encoding())) {
    std::cerr << "planlint lsp: didChange for a document that is not open: " << p.uri << '\n';
    return;
  }
  s.document_changed(p.uri);
}

}  // namespace planlint::lsp::handlers
