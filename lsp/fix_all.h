#pragma once

// source.fixAll.planlint: every safe fix, applied the way `planlint check --fix` does it
// (fix::apply_fixes, re-lint, repeat; a round that would add a finding is not taken), and
// the result as one minimal edit.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "lsp/position.h"
#include "lsp/snapshot.h"

namespace planlint::lsp {

using Relint = std::function<std::vector<diag::Diagnostic>(const std::string& text)>;

// True when at least one finding has a safe fix with edits.
bool has_safe_fix(const std::vector<diag::Diagnostic>& findings);

// The text with all safe fixes applied, or nothing when no fix changes it.
std::optional<std::string> apply_safe_fixes(const std::string& text, std::vector<diag::Diagnostic> findings, const Relint& relint);

// One TextEdit (as a JSON array) that turns the snapshot's text into `after`: the changed
// middle, cut at UTF-8 character boundaries.
json minimal_edit(const Snapshot& snap, const std::string& after, Encoding e);

}  // namespace planlint::lsp
