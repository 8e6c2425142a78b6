// --format json: one array of findings, documented in docs/json-format.md.
#include <nlohmann/json.hpp>

#include "output/render.h"
#include "text/line_index.h"

namespace planlint::output {

namespace {

nlohmann::ordered_json position(const text::LineIndex& index, std::uint32_t offset) {
  const text::Position p = index.position(offset);
  return {{"line", p.line}, {"column", p.column}};
}

}  // namespace

void render_json(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& /*options*/) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const auto& report : reports) {
    if (report.diagnostics.empty()) continue;
    const text::LineIndex index(report.source);
    for (const auto& d : report.diagnostics) {
      nlohmann::ordered_json j;
      j["path"] = report.path;
      j["code"] = d.code;
      j["rule"] = d.name;
      j["severity"] = diag::severity_id(d.severity);
      j["message"] = d.message;
      j["help"] = d.help;
      j["start"] = position(index, d.range.begin);
      j["end"] = position(index, d.range.end);
      nlohmann::ordered_json related = nlohmann::ordered_json::array();
      for (const auto& r : d.related) {
        related.push_back({{"message", r.message}, {"start", position(index, r.range.begin)}, {"end", position(index, r.range.end)}});
      }
      j["related"] = std::move(related);
      all.push_back(std::move(j));
    }
  }
  // Invalid UTF-8 in a message (quoted from the file) is replaced, never thrown on.
  out << all.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace planlint::output
