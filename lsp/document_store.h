#pragma once

// The open documents: for each, the current snapshot (version + text + line index), the
// settings that apply to it, and the latest lint result and model, each tagged with the
// version it was made for. Full and incremental sync (TextDocumentSyncKind.Incremental):
// range edits are applied in the negotiated position encoding.
//
// Thread safety: every member function locks; `mutex()` lets the diagnostics worker check
// "is this still the current version?" and publish in one step.
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "lsp/linting.h"
#include "lsp/position.h"
#include "lsp/snapshot.h"
#include "lsp/workspace.h"
#include "model/builder.h"

namespace planlint::lsp {

// The typed model of one snapshot (for hover, completion, navigation, ...).
struct ModelResult {
  SnapshotPtr snapshot;
  model::BuildResult built;
};

struct DocumentState {
  SnapshotPtr snapshot;
  std::shared_ptr<const DocumentConfig> config;
  std::shared_ptr<const LintResult> lint;     // may be for an older version or generation
  std::shared_ptr<const ModelResult> model;   // may be for an older version
};

// Applies content changes in order to `base`; returns the new text.
std::string apply_changes(const Snapshot& base, const std::vector<ContentChange>& changes, Encoding e);

class DocumentStore {
 public:
  void open(const std::string& uri, std::int64_t version, std::string text, std::shared_ptr<const DocumentConfig> config);
  // The new snapshot, or null when the document is not open.
  SnapshotPtr change(const DidChangeParams& params, Encoding e);
  bool close(const std::string& uri);

  [[nodiscard]] bool is_open(const std::string& uri) const;
  [[nodiscard]] SnapshotPtr snapshot(const std::string& uri) const;
  [[nodiscard]] std::optional<DocumentState> state(const std::string& uri) const;
  [[nodiscard]] std::vector<std::string> uris() const;

  void set_config(const std::string& uri, std::shared_ptr<const DocumentConfig> config);
  // Stores a result if the document is still at that version (and keeps the newest).
  void store_lint(const std::string& uri, std::shared_ptr<const LintResult> lint);
  void store_model(const std::string& uri, std::shared_ptr<const ModelResult> model);

  // For a check-then-act under the lock (the worker's publish).
  std::mutex& mutex() const { return mutex_; }
  // Unlocked lookup: the caller holds mutex().
  const DocumentState* find_locked(const std::string& uri) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, DocumentState> docs_;
};

}  // namespace planlint::lsp
