#pragma once

#include <ostream>
#include <vector>

#include "engine/lint.h"

namespace planlint::output {

struct RenderOptions {
  diag::Lang lang = diag::Lang::da;
  bool color = false;
  std::size_t files_checked = 0;
};

// One renderer per format, each in its own file.
void render_full(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);
void render_json(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);

// "2 fejl og 3 advarsler i 2 filer" with the language's plural rules.
std::string summary_line(const std::vector<engine::FileReport>& reports, const RenderOptions& options);

}  // namespace planlint::output
