// --format sarif: SARIF 2.1.0 with tool.driver.rules[] from the rule metadata (and the
// structure codes), results with code-point columns, and fixes as artifact changes.
#include <map>

#include "diag/codes.h"
#include "engine/registry.h"
#include "engine/rule_docs.h"
#include "output/json_object.h"
#include "output/render.h"

namespace planlint::output {

namespace {

using json = nlohmann::ordered_json;

std::string_view level(diag::Severity s) {
  switch (s) {
    case diag::Severity::error: return "error";
    case diag::Severity::warning: return "warning";
    case diag::Severity::info: return "note";
  }
  return "note";
}

json region(const text::LineIndex& index, text::SourceRange r) {
  const text::Position a = index.position(r.begin);
  const text::Position b = index.position(r.end);
  return {{"startLine", a.line}, {"startColumn", a.column}, {"endLine", b.line}, {"endColumn", b.column}};
}

// SARIF artifact locations are URIs: percent-encode what is not unreserved or a path separator.
std::string uri(std::string_view path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~' || c == '/') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

void render_sarif(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options) {
  const bool da = options.lang == diag::Lang::da;
  json rules = json::array();
  std::map<std::string_view, std::size_t> rule_index;
  for (const diag::CodeInfo& c : diag::structure_codes()) {
    rule_index[c.code] = rules.size();
    rules.push_back({{"id", c.code},
                     {"name", c.name},
                     {"shortDescription", {{"text", da ? c.summary_da : c.summary_en}}},
                     {"defaultConfiguration", {{"level", level(c.severity)}}},
                     {"properties", {{"tags", {"structure"}}}}});
  }
  for (const engine::Rule* r : engine::all_rules()) {
    const auto& m = r->meta();
    rule_index[m.code] = rules.size();
    const std::string md = engine::rule_markdown(std::string(m.code));
    rules.push_back({{"id", m.code},
                     {"name", m.name},
                     {"shortDescription", {{"text", da ? m.summary_da : m.summary_en}}},
                     {"fullDescription", {{"text", m.what}}},
                     {"help", {{"text", std::string(m.what) + "\n\n" + std::string(m.why)}, {"markdown", md}}},
                     {"defaultConfiguration", {{"level", level(m.severity)}}},
                     {"properties", {{"tags", {std::string(engine::family_name(m.family))}}}}});
  }
  json results = json::array();
  for (const auto& report : reports) {
    if (report.diagnostics.empty()) continue;
    const text::LineIndex& index = report.lines();
    const std::string file_uri = uri(report.path);
    for (const auto& d : report.diagnostics) {
      std::string text = d.message;
      if (!d.help.empty()) text += " " + d.help;
      json result = {{"ruleId", d.code},
                     {"ruleIndex", rule_index.count(d.code) ? rule_index[d.code] : 0},
                     {"level", level(d.severity)},
                     {"message", {{"text", text}}},
                     {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", file_uri}}}, {"region", region(index, d.range)}}}}}}};
      if (!d.related.empty()) {
        json related = json::array();
        for (std::size_t i = 0; i < d.related.size(); ++i) {
          related.push_back({{"id", i},
                             {"message", {{"text", d.related[i].message}}},
                             {"physicalLocation", {{"artifactLocation", {{"uri", file_uri}}}, {"region", region(index, d.related[i].range)}}}});
        }
        result["relatedLocations"] = std::move(related);
      }
      if (!d.fixes.empty()) {
        json fixes = json::array();
        for (const auto& f : d.fixes) {
          json replacements = json::array();
          for (const auto& e : f.edits) {
            replacements.push_back({{"deletedRegion", region(index, e.range)}, {"insertedContent", {{"text", e.replacement}}}});
          }
          fixes.push_back({{"description", {{"text", f.title}}},
                           {"artifactChanges", {{{"artifactLocation", {{"uri", file_uri}}}, {"replacements", std::move(replacements)}}}}});
        }
        result["fixes"] = std::move(fixes);
      }
      results.push_back(std::move(result));
    }
  }
  json driver = {{"name", "planlint"}, {"rules", std::move(rules)}};
  if (!options.version.empty()) driver["semanticVersion"] = options.version;
  json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", {{{"tool", {{"driver", std::move(driver)}}}, {"columnKind", "unicodeCodePoints"}, {"results", std::move(results)}}}}};
  out << dump(sarif, 2) << '\n';
}

}  // namespace planlint::output
