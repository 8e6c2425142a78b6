#pragma once

#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/plan.h"

namespace planlint::model {

struct BuildResult {
  Plan plan;
  std::vector<diag::Diagnostic> diagnostics;  // structure diagnostics, sorted by position
  bool used_full_ll = false;  // the SLL pass failed (should never happen for scanner output)
  // False when the buffer cannot be read as a plan at all: saved in another encoding than
  // UTF-8 (PL026) or over 4 GiB. The plan is then empty and `diagnostics` holds the one
  // finding that says why; rules must not run on it (they would report a missing everything).
  bool readable = true;
};

// Reads one buffer (the file's bytes as read: BOM, CRLF, invalid UTF-8 and NUL bytes are all
// handled) into the typed model. Never throws on any input; every problem becomes a diagnostic.
BuildResult build_plan(std::string_view text, diag::Lang lang);

}  // namespace planlint::model
