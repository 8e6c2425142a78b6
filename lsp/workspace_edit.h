#pragma once

// A WorkspaceEdit for one document: versioned `documentChanges` when the client supports
// them (so an edit computed for an older version is refused), else `changes`.
#include "lsp/protocol.h"
#include "lsp/snapshot.h"

namespace planlint::lsp {

json workspace_edit(const Snapshot& snap, json text_edits, bool document_changes);

}  // namespace planlint::lsp
