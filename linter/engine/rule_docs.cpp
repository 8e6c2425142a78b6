#include "engine/rule_docs.h"

#include <fmt/format.h>

#include "diag/codes.h"
#include "engine/registry.h"

namespace planlint::engine {

using diag::tr;

namespace {

std::string code_block(std::string_view text) { return fmt::format("```plan\n{}{}```\n", text, text.ends_with('\n') ? "" : "\n"); }

}  // namespace

std::string_view fixability_label(Fixability f, diag::Lang lang) {
  switch (f) {
    case Fixability::none: return tr(lang, "-", "-");
    case Fixability::sometimes: return tr(lang, "nogle gange", "sometimes");
    case Fixability::always: return tr(lang, "altid", "always");
  }
  return "";
}

std::string_view family_label(Family f) {
  switch (f) {
    case Family::S: return "S (Specifikt)";
    case Family::M: return "M (Målbart)";
    case Family::A: return "A (Acceptabelt/Opnåeligt)";
    case Family::R: return "R (Relevant)";
    case Family::T: return "T (Tidsbestemt)";
    case Family::E: return "E (Evaluering)";
    case Family::plan: return "plan";
    case Family::status: return "status";
    case Family::privacy: return "privatliv";
    case Family::suppression: return "kommentarer";
  }
  return "";
}

std::string rule_markdown(const std::string& what) {
  if (const Rule* r = find_rule(what)) {
    const auto& m = r->meta();
    std::string md = fmt::format("# {} ({})\n\n", m.name, m.code);
    md += fmt::format("**Familie:** {} · **Standardalvor:** {} · **Rettelse:** {}\n\n", family_label(m.family),
                      diag::severity_name(m.severity, diag::Lang::da), fixability_label(m.fixability, diag::Lang::da));
    md += fmt::format("{}\n\n*English: {}*\n\n", m.summary_da, m.summary_en);
    md += fmt::format("## Hvad reglen kontrollerer\n\n{}\n\n", m.what);
    md += fmt::format("## Hvorfor\n\n{}\n\n", m.why);
    md += "## Eksempel\n\nUdløser reglen:\n\n" + code_block(m.bad) + "\nI orden:\n\n" + code_block(m.good) + "\n";
    md += fmt::format("## Indstillinger\n\n{}\n", m.options.empty() ? "Ingen ud over de fælles: `[rules] select`, `ignore` og `severity` i `planlint.toml`." : m.options);
    return md;
  }
  for (const diag::CodeInfo& c : diag::structure_codes()) {
    if (what == c.code || what == c.name) {
      return fmt::format("# {} ({})\n\n**Familie:** struktur · **Alvor:** {} · kan ikke ignoreres\n\n{}\n\n*English: {}*\n\n"
                         "Se docs/plan-language.md for planformatet.\n",
                         c.name, c.code, diag::severity_name(c.severity, diag::Lang::da), c.summary_da, c.summary_en);
    }
  }
  return {};
}

std::string documentation_path(std::string_view code, std::string_view name) {
  if (find_rule(code) != nullptr) return "docs/rules/" + std::string(name) + ".md";
  return "docs/plan-language.md#13-strukturdiagnoser";
}

}  // namespace planlint::engine
