#include "output/render.h"

namespace planlint::output {

bool is_format(std::string_view name) {
  for (std::string_view f : kFormats) {
    if (f == name) return true;
  }
  return false;
}

void render(std::string_view format, std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options) {
  if (format == "concise") return render_concise(out, reports, options);
  if (format == "json") return render_json(out, reports, options);
  if (format == "json-lines") return render_json_lines(out, reports, options);
  if (format == "sarif") return render_sarif(out, reports, options);
  if (format == "github") return render_github(out, reports, options);
  if (format == "junit") return render_junit(out, reports, options);
  render_full(out, reports, options);
}

}  // namespace planlint::output
