// --format junit: one <testsuite> per file, one failing <testcase> per finding, one passing
// <testcase> for a file without findings.
#include <fmt/format.h>

#include "output/render.h"
#include "text/line_index.h"
#include "text/unicode.h"

namespace planlint::output {

namespace {

// XML text and attribute escaping; control characters XML 1.0 cannot carry become spaces,
// and invalid UTF-8 becomes U+FFFD.
std::string xml(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const text::Decoded d = text::decode_utf8(s, i);
    i += d.length;
    switch (d.code_point) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (d.code_point < 0x20) {
          out.push_back(' ');
        } else {
          text::append_utf8(out, d.code_point);
        }
    }
  }
  return out;
}

}  // namespace

void render_junit(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options) {
  std::size_t total = 0;
  std::size_t failures = 0;
  for (const auto& r : reports) {
    total += std::max<std::size_t>(1, r.diagnostics.size());
    failures += r.diagnostics.size();
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites name=\"planlint\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", total, failures);
  for (const auto& report : reports) {
    const std::size_t n = report.diagnostics.size();
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n", xml(report.path),
                       std::max<std::size_t>(1, n), n);
    if (n == 0) {
      out << fmt::format("    <testcase name=\"{}\" classname=\"planlint\"/>\n", xml(report.path));
    } else {
      const text::LineIndex& index = report.lines();
      for (const auto& d : report.diagnostics) {
        const text::Position p = index.position(d.range.begin);
        out << fmt::format("    <testcase name=\"{}:{}:{}\" classname=\"planlint.{}\">\n", xml(report.path), p.line, p.column, d.name);
        out << fmt::format("      <failure message=\"{}\" type=\"{}\">{}:{}:{}: {}[{}] {}{}</failure>\n", xml(d.message), d.code,
                           xml(report.path), p.line, p.column, diag::severity_name(d.severity, options.lang), d.code, xml(d.message),
                           d.help.empty() ? std::string() : xml("\n" + d.help));
        out << "    </testcase>\n";
      }
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace planlint::output
