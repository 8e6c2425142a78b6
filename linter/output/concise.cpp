// --format concise: one line per finding, then the summary.
#include <fmt/format.h>

#include "output/render.h"
#include "text/line_index.h"

namespace planlint::output {

void render_concise(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options) {
  for (const auto& report : reports) {
    if (report.diagnostics.empty()) continue;
    const text::LineIndex& index = report.lines();
    for (const auto& d : report.diagnostics) {
      const text::Position p = index.position(d.range.begin);
      out << fmt::format("{}:{}:{}: {}[{}] {}\n", report.path, p.line, p.column, diag::severity_name(d.severity, options.lang), d.code,
                         d.message);
    }
  }
  if (options.show_summary) out << summary_line(reports, options) << '\n';
}

}  // namespace planlint::output
