#pragma once

// Linting one snapshot with engine::lint_buffer, and the findings as LSP diagnostics.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "lsp/position.h"
#include "lsp/snapshot.h"
#include "lsp/workspace.h"
#include "model/values.h"

namespace planlint::lsp {

struct LintInputs {
  SnapshotPtr snapshot;
  std::shared_ptr<const DocumentConfig> config;
  diag::Lang lang = diag::Lang::da;
  model::Date today;
  std::uint64_t generation = 0;  // bumped whenever settings change
  Encoding encoding = Encoding::utf16;
  std::string docs_base;  // URI that docs/... paths are relative to ("" = no codeDescription)
};

struct LintResult {
  SnapshotPtr snapshot;
  std::uint64_t generation = 0;
  std::vector<diag::Diagnostic> findings;  // sorted by position, byte ranges into snapshot->text
  json diagnostics;  // the same as LSP Diagnostic[] (plus one for an unusable planlint.toml)
};

std::shared_ptr<const LintResult> lint(const LintInputs& in);


json to_lsp_diagnostic(const Snapshot& s, const diag::Diagnostic& d, Encoding e, diag::Lang lang, const std::string& docs_base);

// The LSP edits of a fix.
json fix_edits(const Snapshot& s, const diag::Fix& fix, Encoding e);

// True when `d` (an LSP diagnostic from a client) is the finding `f` of this snapshot.
bool same_finding(const Snapshot& s, const json& d, const diag::Diagnostic& f, Encoding e);

}  // namespace planlint::lsp
