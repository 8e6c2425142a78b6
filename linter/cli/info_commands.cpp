#include "cli/info_commands.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "config/load.h"
#include "diag/codes.h"
#include "engine/lint.h"
#include "engine/registry.h"
#include "engine/rule_docs.h"

namespace planlint::cli {

namespace fs = std::filesystem;
using diag::tr;

namespace {

}  // namespace

int run_rules(const std::string& format, diag::Lang lang, std::ostream& out, std::ostream& /*err*/) {
  if (format == "json") {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const diag::CodeInfo& c : diag::structure_codes()) {
      all.push_back({{"code", c.code}, {"name", c.name}, {"family", "structure"}, {"severity", diag::severity_id(c.severity)},
                     {"fix", "none"}, {"summary", lang == diag::Lang::da ? c.summary_da : c.summary_en}});
    }
    for (const engine::Rule* r : engine::all_rules()) {
      const auto& m = r->meta();
      all.push_back({{"code", m.code}, {"name", m.name}, {"family", engine::family_name(m.family)},
                     {"severity", diag::severity_id(m.severity)},
                     {"fix", m.fixability == engine::Fixability::none ? "none" : m.fixability == engine::Fixability::always ? "always" : "sometimes"},
                     {"summary", lang == diag::Lang::da ? m.summary_da : m.summary_en}});
    }
    out << all.dump(2) << '\n';
    return 0;
  }
  out << fmt::format("{:<6} {:<30} {:<11} {:<9} {:<11} {}\n", tr(lang, "kode", "code"), tr(lang, "navn", "name"),
                     tr(lang, "familie", "family"), tr(lang, "alvor", "severity"), tr(lang, "rettelse", "fix"),
                     tr(lang, "beskrivelse", "summary"));
  for (const diag::CodeInfo& c : diag::structure_codes()) {
    out << fmt::format("{:<6} {:<30} {:<11} {:<9} {:<11} {}\n", c.code, c.name, tr(lang, "struktur", "structure"),
                       diag::severity_name(c.severity, lang), "-", lang == diag::Lang::da ? c.summary_da : c.summary_en);
  }
  for (const engine::Rule* r : engine::all_rules()) {
    const auto& m = r->meta();
    out << fmt::format("{:<6} {:<30} {:<11} {:<9} {:<11} {}\n", m.code, m.name, engine::family_name(m.family),
                       diag::severity_name(m.severity, lang), engine::fixability_label(m.fixability, lang),
                       lang == diag::Lang::da ? m.summary_da : m.summary_en);
  }
  return 0;
}

int run_explain(const std::string& what, diag::Lang lang, std::ostream& out, std::ostream& err) {
  const std::string md = engine::rule_markdown(what);
  if (md.empty()) {
    const std::string suggestion = engine::suggest_rule(what);
    err << (suggestion.empty()
                ? fmt::format(fmt::runtime(tr(lang, "planlint: ukendt regel »{}«; se »planlint rules«.\n", "planlint: unknown rule »{}«; see »planlint rules«.\n")), what)
                : fmt::format(fmt::runtime(tr(lang, "planlint: ukendt regel »{}«; mente du »{}«?\n", "planlint: unknown rule »{}«; did you mean »{}«?\n")),
                              what, suggestion));
    return 2;
  }
  out << md;
  return 0;
}

int run_config_show(const std::string& path, const std::string& config_file, diag::Lang lang, std::ostream& out, std::ostream& err) {
  config::Loader loader(lang, engine::config_names());
  config::Settings s;
  std::string source;
  try {
    if (!config_file.empty()) {
      s = loader.load_file(config_file);
      source = config_file;
    } else {
      std::error_code ec;
      fs::path dir = path.empty() ? fs::current_path() : fs::path(path);
      if (!fs::is_directory(dir, ec)) dir = fs::absolute(dir).parent_path();
      const fs::path file = loader.find_config(dir);
      s = loader.for_directory(dir);
      source = file.empty() ? std::string(tr(lang, "(ingen planlint.toml; standardprofilen)", "(no planlint.toml; the default profile)")) : file.string();
    }
  } catch (const config::ConfigError& e) {
    err << "planlint: " << e.what() << '\n';
    return 2;
  }
  const auto origin = [&](const std::string& key) {
    const auto it = s.origins.find(key);
    return it == s.origins.end() ? std::string(tr(lang, "standard", "default")) : it->second;
  };
  const auto list = [](const std::vector<std::string>& v) {
    std::string text = "[";
    for (std::size_t i = 0; i < v.size(); ++i) text += (i ? ", \"" : "\"") + v[i] + "\"";
    return text + "]";
  };
  // Keys print as TOML under their table header; origins are looked up by the full key.
  const auto line = [&](const std::string& key, const std::string& value) {
    const std::size_t dot = key.find('.');
    const std::string shown = dot == std::string::npos ? key : key.substr(dot + 1);
    out << fmt::format("{:<48} # {}\n", fmt::format("{} = {}", shown, value), origin(key));
  };
  out << fmt::format("# {}: {}\n", tr(lang, "Konfiguration", "Configuration"), source);
  line("letters", fmt::format("\"{}\"", s.letters));
  out << "\n[rules]\n";
  line("rules.select", list(s.rules.select));
  line("rules.ignore", list(s.rules.ignore));
  for (const auto& [rule, sev] : s.rules.severity) line("rules.severity." + rule, fmt::format("\"{}\"", diag::severity_id(sev)));
  const auto& t = s.thresholds;
  out << "\n[thresholds]\n";
  line("thresholds.max-evaluation-interval", fmt::format("\"{}\"", t.max_evaluation_interval.describe_da()));
  line("thresholds.status-interval-children", fmt::format("\"{}\"", t.status_interval_children.describe_da()));
  line("thresholds.status-interval-adults", fmt::format("\"{}\"", t.status_interval_adults.describe_da()));
  line("thresholds.status-days-before-meeting", std::to_string(t.status_days_before_meeting));
  line("thresholds.minutes-within-days", std::to_string(t.minutes_within_days));
  line("thresholds.revision-interval", fmt::format("\"{}\"", t.revision_interval.describe_da()));
  line("thresholds.plan-start-within-days", std::to_string(t.plan_start_within_days));
  for (const auto& d : t.enrolment_deadlines) {
    out << fmt::format("{:<48} # {}\n",
                       fmt::format("enrolment-deadlines = {{ name = \"{}\", within-months = {}, repeat-months = {} }}", d.name,
                                   d.within_months, d.repeat_months),
                       origin("thresholds.enrolment-deadlines"));
  }
  if (!s.words.empty()) out << "\n[words]\n";
  for (const auto& [k, v] : s.words) line("words." + k, list(v));
  for (const auto& o : s.overrides) {
    out << fmt::format("\n[[overrides]]  # {}\npaths = {}\n", o.origin.empty() ? origin("overrides") : o.origin,
                       list(o.paths));
    if (!o.select.empty()) out << "select = " << list(o.select) << '\n';
    if (!o.ignore.empty()) out << "ignore = " << list(o.ignore) << '\n';
    if (!o.severity.empty()) {
      std::string table;
      for (const auto& [rule, sev] : o.severity)
        table += fmt::format("{}{} = \"{}\"", table.empty() ? "" : ", ", rule, diag::severity_id(sev));
      out << "severity = { " << table << " }\n";
    }
  }
  return 0;
}

int write_rule_docs(const std::string& dir, std::ostream& err) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  std::string index = "# Regler\n\nGenereret af `planlint rules --write-docs docs/rules` fra reglernes metadata; ret ikke i hånden.\n\n";
  index += "| kode | navn | familie | alvor | rettelse | beskrivelse |\n|---|---|---|---|---|---|\n";
  for (const diag::CodeInfo& c : diag::structure_codes()) {
    index += fmt::format("| {} | {} | struktur | {} | - | {} |\n", c.code, c.name, diag::severity_name(c.severity, diag::Lang::da), c.summary_da);
  }
  for (const engine::Rule* r : engine::all_rules()) {
    const auto& m = r->meta();
    index += fmt::format("| {} | [{}]({}.md) | {} | {} | {} | {} |\n", m.code, m.name, m.name, engine::family_name(m.family),
                         diag::severity_name(m.severity, diag::Lang::da), engine::fixability_label(m.fixability, diag::Lang::da), m.summary_da);
    std::ofstream f(fs::path(dir) / (std::string(m.name) + ".md"), std::ios::binary);
    f << engine::rule_markdown(std::string(m.name));
    if (!f) {
      err << "planlint: cannot write " << dir << '\n';
      return 2;
    }
  }
  std::ofstream f(fs::path(dir) / "README.md", std::ios::binary);
  f << index;
  return f ? 0 : 2;
}

}  // namespace planlint::cli
