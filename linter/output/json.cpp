// --format json: one array of findings; --format json-lines: one finding object per line.
// Both documented in docs/json-format.md.
#include "engine/rule_docs.h"
#include "output/json_object.h"
#include "output/render.h"

namespace planlint::output {

nlohmann::ordered_json position_json(const text::LineIndex& index, std::uint32_t offset) {
  const text::Position p = index.position(offset);
  return {{"line", p.line}, {"column", p.column}};
}

nlohmann::ordered_json finding_json(const engine::FileReport& report, const diag::Diagnostic& d, const text::LineIndex& index) {
  nlohmann::ordered_json j;
  j["path"] = report.path;
  j["code"] = d.code;
  j["rule"] = d.name;
  j["severity"] = diag::severity_id(d.severity);
  j["message"] = d.message;
  j["help"] = d.help;
  j["start"] = position_json(index, d.range.begin);
  j["end"] = position_json(index, d.range.end);
  nlohmann::ordered_json related = nlohmann::ordered_json::array();
  for (const auto& r : d.related) {
    related.push_back({{"message", r.message}, {"start", position_json(index, r.range.begin)}, {"end", position_json(index, r.range.end)}});
  }
  j["related"] = std::move(related);
  nlohmann::ordered_json fixes = nlohmann::ordered_json::array();
  for (const auto& f : d.fixes) {
    nlohmann::ordered_json edits = nlohmann::ordered_json::array();
    for (const auto& e : f.edits) {
      edits.push_back({{"start", position_json(index, e.range.begin)}, {"end", position_json(index, e.range.end)}, {"content", e.replacement}});
    }
    fixes.push_back({{"title", f.title}, {"applicability", f.applicability == diag::Applicability::safe ? "safe" : "unsafe"}, {"edits", std::move(edits)}});
  }
  j["fixes"] = std::move(fixes);
  j["documentation"] = engine::documentation_path(d.code, d.name);
  return j;
}

std::string dump(const nlohmann::ordered_json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void render_json(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& /*options*/) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const auto& report : reports) {
    if (report.diagnostics.empty()) continue;
    const text::LineIndex& index = report.lines();
    for (const auto& d : report.diagnostics) all.push_back(finding_json(report, d, index));
  }
  out << dump(all, 2) << '\n';
}

void render_json_lines(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& /*options*/) {
  for (const auto& report : reports) {
    if (report.diagnostics.empty()) continue;
    const text::LineIndex& index = report.lines();
    for (const auto& d : report.diagnostics) out << dump(finding_json(report, d, index), -1) << '\n';
  }
}

}  // namespace planlint::output
