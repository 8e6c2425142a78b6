#include "lsp/document_store.h"

namespace planlint::lsp {

std::string apply_changes(const Snapshot& base, const std::vector<ContentChange>& changes, Encoding e) {
  // Each range refers to the text after the previous change, so positions are resolved
  // against an intermediate snapshot (its line index) when there are several.
  std::shared_ptr<const Snapshot> current;
  const Snapshot* at = &base;
  std::string text;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const ContentChange& c = changes[i];
    if (!c.range) {
      text = c.text;
    } else {
      const text::SourceRange r = to_source_range(*at, *c.range, e);
      const std::string& old = at->text;
      std::string next;
      next.reserve(old.size() - (r.end - r.begin) + c.text.size());
      next.append(old, 0, r.begin);
      next.append(c.text);
      next.append(old, r.end, std::string::npos);
      text = std::move(next);
    }
    if (i + 1 < changes.size()) {
      current = std::make_shared<const Snapshot>(base.uri, base.version, std::move(text));
      at = current.get();
      text.clear();
    }
  }
  if (changes.empty()) return base.text;
  return text;
}

void DocumentStore::open(const std::string& uri, std::int64_t version, std::string text, std::shared_ptr<const DocumentConfig> config) {
  auto snap = std::make_shared<const Snapshot>(uri, version, std::move(text));
  std::lock_guard lock(mutex_);
  docs_[uri] = DocumentState{std::move(snap), std::move(config), nullptr, nullptr};
}

SnapshotPtr DocumentStore::change(const DidChangeParams& params, Encoding e) {
  SnapshotPtr base = snapshot(params.uri);
  if (!base) return nullptr;
  // Built outside the lock: only the request loop changes documents.
  auto next = std::make_shared<const Snapshot>(params.uri, params.version, apply_changes(*base, params.changes, e));
  std::lock_guard lock(mutex_);
  const auto it = docs_.find(params.uri);
  if (it == docs_.end()) return nullptr;
  it->second.snapshot = next;
  return next;
}

bool DocumentStore::close(const std::string& uri) {
  std::lock_guard lock(mutex_);
  return docs_.erase(uri) > 0;
}

bool DocumentStore::is_open(const std::string& uri) const {
  std::lock_guard lock(mutex_);
  return docs_.count(uri) != 0;
}

SnapshotPtr DocumentStore::snapshot(const std::string& uri) const {
  std::lock_guard lock(mutex_);
  const auto it = docs_.find(uri);
  return it == docs_.end() ? nullptr : it->second.snapshot;
}

std::optional<DocumentState> DocumentStore::state(const std::string& uri) const {
  std::lock_guard lock(mutex_);
  const auto it = docs_.find(uri);
  if (it == docs_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> DocumentStore::uris() const {
  std::lock_guard lock(mutex_);
  std::vector<std::string> out;
  out.reserve(docs_.size());
  for (const auto& [uri, state] : docs_) out.push_back(uri);
  return out;
}

void DocumentStore::set_config(const std::string& uri, std::shared_ptr<const DocumentConfig> config) {
  std::lock_guard lock(mutex_);
  if (const auto it = docs_.find(uri); it != docs_.end()) it->second.config = std::move(config);
}

void DocumentStore::store_lint(const std::string& uri, std::shared_ptr<const LintResult> lint) {
  std::lock_guard lock(mutex_);
  const auto it = docs_.find(uri);
  if (it == docs_.end() || it->second.snapshot != lint->snapshot) return;
  it->second.lint = std::move(lint);
}

void DocumentStore::store_model(const std::string& uri, std::shared_ptr<const ModelResult> model) {
  std::lock_guard lock(mutex_);
  const auto it = docs_.find(uri);
  if (it == docs_.end() || it->second.snapshot != model->snapshot) return;
  it->second.model = std::move(model);
}

const DocumentState* DocumentStore::find_locked(const std::string& uri) const {
  const auto it = docs_.find(uri);
  return it == docs_.end() ? nullptr : &it->second;
}

}  // namespace planlint::lsp
