#include "engine/lint.h"

#include <fmt/format.h>

#include <ctime>

#include "config/load.h"
#include "engine/cache.h"
#include "engine/registry.h"
#include "lang/lexicon.h"
#include "model/builder.h"
#include "text/cpr.h"
#include "text/unicode.h"

namespace planlint::engine {

void RuleContext::report(text::SourceRange range, std::string message, std::string help, std::vector<Fix> fixes,
                         std::vector<diag::Related> related) {
  diag::Diagnostic d;
  d.code = current_->code;
  d.name = current_->name;
  d.severity = current_->severity;
  d.range = range;
  // A CPR number quoted from the plan never reaches a report (see text/cpr.h), nor does a raw
  // control byte such as NUL (shown as ␀).
  const auto clean = [](std::string_view s) { return text::visible_controls(text::mask_cpr(s)); };
  d.message = clean(message);
  d.help = clean(help);
  for (auto& r : related) r.message = clean(r.message);
  d.related = std::move(related);
  for (auto& f : fixes) f.title = clean(f.title);
  d.fixes = std::move(fixes);
  findings_.push_back(std::move(d));
}

std::string_view family_name(Family f) {
  switch (f) {
    case Family::S: return "S";
    case Family::M: return "M";
    case Family::A: return "A";
    case Family::R: return "R";
    case Family::T: return "T";
    case Family::E: return "E";
    case Family::plan: return "plan";
    case Family::status: return "status";
    case Family::privacy: return "privacy";
    case Family::suppression: return "suppression";
  }
  return "";
}

namespace {

bool letter_family(Family f, char& letter) {
  switch (f) {
    case Family::S: letter = 'S'; return true;
    case Family::M: letter = 'M'; return true;
    case Family::A: letter = 'A'; return true;
    case Family::R: letter = 'R'; return true;
    case Family::T: letter = 'T'; return true;
    case Family::E: letter = 'E'; return true;
    default: return false;
  }
}

bool any_matches(const std::vector<std::string>& entries, const RuleMeta& m) {
  for (const std::string& e : entries) {
    if (selection_matches(e, m)) return true;
  }
  return false;
}

const diag::Severity* severity_for(const std::map<std::string, diag::Severity>& table, const RuleMeta& m) {
  if (auto it = table.find(std::string(m.name)); it != table.end()) return &it->second;
  if (auto it = table.find(std::string(m.code)); it != table.end()) return &it->second;
  return nullptr;
}

}  // namespace

std::vector<ActiveRule> active_rules(const config::Settings& s, const std::filesystem::path& absolute_path) {
  std::vector<const config::PathOverride*> overrides;
  if (!absolute_path.empty() && !s.overrides.empty()) {
    // An override's folder is canonical (symlinks resolved); the file's path is as the command
    // line gave it ("./arkiv/a.plan", or through a symlinked folder). The path as written,
    // normalised, is tried first; then its canonical form.
    const std::string file = absolute_path.lexically_normal().generic_string();
    std::string canonical;
    bool canonical_done = false;
    for (const config::PathOverride& o : s.overrides) {
      const auto under = [&](const std::string& path) {
        return !o.base_dir.empty() && path.rfind(o.base_dir + "/", 0) == 0;
      };
      std::string rel = file;
      if (!under(file) && !canonical_done) {
        std::error_code ec;
        canonical = std::filesystem::weakly_canonical(absolute_path, ec).generic_string();
        if (ec) canonical.clear();
        canonical_done = true;
      }
      if (under(file)) {
        rel = file.substr(o.base_dir.size() + 1);
      } else if (under(canonical)) {
        rel = canonical.substr(o.base_dir.size() + 1);
      }
      for (const std::string& glob : o.paths) {
        if (config::glob_match(glob, rel)) {
          overrides.push_back(&o);
          break;
        }
      }
    }
  }
  std::vector<ActiveRule> out;
  for (const Rule* r : all_rules()) {
    const RuleMeta& m = r->meta();
    char letter = 0;
    if (letter_family(m.family, letter) && !s.letter_applies(letter)) continue;
    bool on = any_matches(s.rules.select, m) && !any_matches(s.rules.ignore, m);
    diag::Severity sev = m.severity;
    if (const auto* x = severity_for(s.rules.severity, m)) sev = *x;
    for (const config::PathOverride* o : overrides) {
      if (any_matches(o->select, m)) on = true;
      if (any_matches(o->ignore, m)) on = false;
      if (const auto* x = severity_for(o->severity, m)) sev = *x;
    }
    if (on) out.push_back({r, sev});
  }
  return out;
}

const config::Settings& default_settings() {
  static const config::Settings settings = [] {
    config::Loader loader(diag::Lang::en, {});
    return loader.load_profile("specialsektoren");
  }();
  return settings;
}

std::vector<diag::Diagnostic> run_rules(const model::Plan& plan, std::string_view source, const config::Settings& settings,
                                        const std::vector<ActiveRule>& active, const LintOptions& options) {
  RuleContext ctx(settings, options.today, options.lang, source);
  for (const ActiveRule& a : active) {
    const std::size_t before = ctx.findings().size();
    ctx.set_current(&a.rule->meta());
    a.rule->check(plan, ctx);
    for (std::size_t i = before; i < ctx.findings().size(); ++i) ctx.findings()[i].severity = a.severity;
  }
  std::vector<diag::Diagnostic> findings = std::move(ctx.findings());
  apply_suppressions(plan, source, active, options.lang, findings);
  return findings;
}

const text::LineIndex& FileReport::lines() const {
  if (!lines_ || lines_of_ != source.data() || lines_size_ != source.size()) {
    lines_.emplace(source);
    lines_of_ = source.data();
    lines_size_ = source.size();
  }
  return *lines_;
}

FileReport lint_buffer(std::string path, std::string source, const LintOptions& options) {
  FileReport report{std::move(path), std::move(source), {}};
  const config::Settings& settings = options.settings != nullptr ? *options.settings : default_settings();
  const std::vector<ActiveRule> active = active_rules(settings, options.absolute_path);

  // The cache key covers everything a finding can depend on.
  std::uint64_t key = 0;
  if (options.cache != nullptr) {
    std::string meta = fmt::format("planlint {};{};{};", options.version, static_cast<int>(options.lang), options.today.iso());
    meta += config::fingerprint(settings);
    for (const ActiveRule& a : active) meta += fmt::format("{}:{};", a.rule->meta().code, static_cast<int>(a.severity));
    key = hash64(report.source, hash64(meta));
    if (auto cached = options.cache->get(key)) {
      report.diagnostics = std::move(*cached);
      return report;
    }
  }

  model::BuildResult built = model::build_plan(report.source, options.lang);
  report.diagnostics = std::move(built.diagnostics);
  // A file that is not readable as a plan gets only the finding that says why.
  if (built.readable) {
    for (auto& d : run_rules(built.plan, report.source, settings, active, options)) report.diagnostics.push_back(std::move(d));
  }
  diag::sort_diagnostics(report.diagnostics);
  if (options.cache != nullptr) options.cache->put(key, report.diagnostics);
  return report;
}

model::Date system_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

config::RuleNames config_names() { return {is_known_selection, suggest_rule, lang::list_section_names()}; }

}  // namespace planlint::engine
