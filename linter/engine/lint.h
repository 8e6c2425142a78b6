#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/values.h"

namespace planlint::engine {

struct LintOptions {
  diag::Lang lang = diag::Lang::da;
  model::Date today;  // for date-dependent checks
};

// One linted file: its bytes as read (renderers need them for excerpts and positions) and
// its findings, sorted by position.
struct FileReport {
  std::string path;
  std::string source;
  std::vector<diag::Diagnostic> diagnostics;
};

FileReport lint_buffer(std::string path, std::string source, const LintOptions& options);

// The system's local date.
model::Date system_today();

}  // namespace planlint::engine
