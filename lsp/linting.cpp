#include "lsp/linting.h"

#include <fmt/format.h>

#include "config/load.h"
#include "engine/lint.h"
#include "engine/registry.h"
#include "engine/rule_docs.h"
#include "lsp/uri.h"

namespace planlint::lsp {

using diag::tr;

json fix_edits(const Snapshot& s, const diag::Fix& fix, Encoding e) {
  json edits = json::array();
  for (const diag::Edit& edit : fix.edits) edits.push_back({{"range", to_range(s, edit.range, e)}, {"newText", edit.replacement}});
  return edits;
}

json to_lsp_diagnostic(const Snapshot& s, const diag::Diagnostic& d, Encoding e, diag::Lang lang, const std::string& docs_base) {
  json out;
  out["range"] = to_range(s, d.range, e);
  out["severity"] = d.severity == diag::Severity::error ? 1 : d.severity == diag::Severity::warning ? 2 : 3;
  out["code"] = d.code;
  const std::string docs = engine::documentation_path(d.code, d.name);
  if (!docs_base.empty()) out["codeDescription"] = {{"href", docs_base + docs}};
  out["source"] = "planlint";
  std::string message = d.message;
  if (!d.help.empty()) message += std::string(tr(lang, "\nhjælp: ", "\nhelp: ")) + d.help;
  out["message"] = std::move(message);
  if (d.code == "PL022") out["tags"] = {1};  // Unnecessary: an unused suppression
  if (!d.related.empty()) {
    json related = json::array();
    for (const diag::Related& r : d.related) {
      related.push_back({{"location", {{"uri", s.uri}, {"range", to_range(s, r.range, e)}}}, {"message", r.message}});
    }
    out["relatedInformation"] = std::move(related);
  }
  json fixes = json::array();
  for (const diag::Fix& f : d.fixes) {
    fixes.push_back({{"title", f.title},
                     {"applicability", f.applicability == diag::Applicability::safe ? "safe" : "unsafe"},
                     {"edits", fix_edits(s, f, e)}});
  }
  out["data"] = {{"name", d.name}, {"docs", docs}, {"fixes", std::move(fixes)}};
  return out;
}

bool same_finding(const Snapshot& s, const json& d, const diag::Diagnostic& f, Encoding e) {
  if (!d.is_object()) return false;
  const auto code = d.find("code");
  if (code == d.end() || !code->is_string() || code->get<std::string>() != f.code) return false;
  const auto range = d.find("range");
  if (range == d.end()) return false;
  try {
    Range r;
    from_json(*range, r);
    return r == to_range(s, f.range, e);
  } catch (const std::exception&) {
    return false;
  }
}

namespace {

json config_problem_diagnostic(const Snapshot& s, const ConfigProblem& p, Encoding e, diag::Lang lang) {
  const std::uint32_t end = s.index.line_end(0);
  json out{{"range", to_range(s, {0, end}, e)},
           {"severity", 1},
           {"source", "planlint"},
           {"message", fmt::format(fmt::runtime(tr(lang, "{} kan ikke bruges, så profilen »{}« bruges i stedet: {}{}",
                                                   "{} cannot be used, so the profile »{}« is used instead: {}{}")),
                                   config::kConfigFileName, p.profile, p.message,
                                   p.line > 0 ? fmt::format(fmt::runtime(tr(lang, " (linje {})", " (line {})")), p.line) : std::string())}};
  if (const std::filesystem::path file(p.file); file.is_absolute()) {
    const std::uint32_t line = p.line > 0 ? p.line - 1 : 0;
    out["relatedInformation"] = json::array({{{"location", {{"uri", path_to_uri(file)}, {"range", Range{{line, 0}, {line, 0}}}}},
                                              {"message", std::string(tr(lang, "fejlen er her", "the error is here"))}}});
  }
  return out;
}

}  // namespace

std::shared_ptr<const LintResult> lint(const LintInputs& in) {
  auto result = std::make_shared<LintResult>();
  result->snapshot = in.snapshot;
  result->generation = in.generation;
  engine::LintOptions options;
  options.lang = in.lang;
  options.today = in.today;
  options.settings = in.config ? in.config->settings.get() : nullptr;
  if (in.config) options.absolute_path = in.config->absolute_path;
  engine::FileReport report = engine::lint_buffer(in.snapshot->uri, in.snapshot->text, options);
  result->findings = std::move(report.diagnostics);
  json diagnostics = json::array();
  if (in.config && in.config->problem) diagnostics.push_back(config_problem_diagnostic(*in.snapshot, *in.config->problem, in.encoding, in.lang));
  for (const diag::Diagnostic& d : result->findings) {
    diagnostics.push_back(to_lsp_diagnostic(*in.snapshot, d, in.encoding, in.lang, in.docs_base));
  }
  result->diagnostics = std::move(diagnostics);
  return result;
}

}  // namespace planlint::lsp
