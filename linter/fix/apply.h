#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace planlint::fix {

struct Applied {
  std::string text;
  std::size_t fixes = 0;  // findings whose fix was applied
};

// Applies the first fix of every finding that allows it (safe ones; unsafe ones too when
// `unsafe`), in position order; a fix overlapping one already taken is left for the next
// round, as Ruff does.
Applied apply_fixes(std::string_view source, const std::vector<diag::Diagnostic>& findings, bool unsafe);

}  // namespace planlint::fix
