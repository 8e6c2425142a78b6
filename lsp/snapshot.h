#pragma once

// One version of an open document: its text and the line index built for that version.
// Immutable once made, so the request loop and the diagnostics worker share it freely.
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "text/line_index.h"

namespace planlint::lsp {

struct Snapshot {
  Snapshot(std::string uri_, std::int64_t version_, std::string text_)
      : uri(std::move(uri_)), version(version_), text(std::move(text_)), index(text), serial(next_serial()) {}
  // The line index holds a view of `text`: a snapshot never moves.
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;

  const std::string uri;
  const std::int64_t version;
  const std::string text;
  const text::LineIndex index;
  const std::uint64_t serial;  // unique per snapshot in this process (pull diagnostics' resultId)

  static std::uint64_t next_serial() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
  }

  [[nodiscard]] bool has_bom() const { return text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0; }
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

}  // namespace planlint::lsp
