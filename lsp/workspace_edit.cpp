#include "lsp/workspace_edit.h"

namespace planlint::lsp {

json workspace_edit(const Snapshot& snap, json text_edits, bool document_changes) {
  if (document_changes) {
    return {{"documentChanges", json::array({{{"textDocument", {{"uri", snap.uri}, {"version", snap.version}}}, {"edits", std::move(text_edits)}}})}};
  }
  return {{"changes", {{snap.uri, std::move(text_edits)}}}};
}

}  // namespace planlint::lsp
