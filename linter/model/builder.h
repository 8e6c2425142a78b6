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
};

// Reads one buffer (the file's bytes as read: BOM, CRLF and invalid UTF-8 are all handled)
// into the typed model. Never throws on any input; every problem becomes a diagnostic.
BuildResult build_plan(std::string_view text, diag::Lang lang);

}  // namespace planlint::model
