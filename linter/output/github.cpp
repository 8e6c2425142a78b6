// --format github: GitHub Actions workflow commands, one annotation per finding.
#include <fmt/format.h>

#include "output/render.h"
#include "text/line_index.h"

namespace planlint::output {

namespace {

// Workflow-command escaping: data escapes %, CR and LF; properties also ':' and ','.
std::string escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string_view command(diag::Severity s) {
  switch (s) {
    case diag::Severity::error: return "error";
    case diag::Severity::warning: return "warning";
    case diag::Severity::info: return "notice";
  }
  return "notice";
}

}  // namespace

void render_github(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& /*options*/) {
  for (const auto& report : reports) {
    if (report.diagnostics.empty()) continue;
    const text::LineIndex& index = report.lines();
    for (const auto& d : report.diagnostics) {
      const text::Position a = index.position(d.range.begin);
      const text::Position b = index.position(d.range.end);
      std::string message = d.message;
      if (!d.help.empty()) message += "\n" + d.help;
      out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", command(d.severity),
                         escape(report.path, true), a.line, a.column, b.line, b.column,
                         escape(fmt::format("planlint {} ({})", d.code, d.name), true), escape(message, false));
    }
  }
}

}  // namespace planlint::output
