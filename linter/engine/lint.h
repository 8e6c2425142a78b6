#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/load.h"
#include "config/settings.h"
#include "diag/diagnostic.h"
#include "engine/rule.h"
#include "model/plan.h"
#include "model/values.h"
#include "text/line_index.h"

namespace planlint::engine {

struct LintOptions {
  diag::Lang lang = diag::Lang::da;
  model::Date today;  // for date-dependent rules
  const config::Settings* settings = nullptr;  // null: the default profile
  // The file's absolute path, for per-path overrides (empty for stdin).
  std::filesystem::path absolute_path;
  const class Cache* cache = nullptr;  // null: no cache
  std::string_view version;  // part of the cache key
};

// One linted file: its bytes as read (renderers need them for excerpts and positions) and
// its findings, sorted by position.
struct FileReport {
  std::string path;
  std::string source;
  std::vector<diag::Diagnostic> diagnostics;

  // Line and column lookup over `source` for the renderers, built on first use and again
  // whenever `source` was replaced. `check` builds it on the worker that linted the file, so
  // the serial rendering does not scan every plan for line ends.
  [[nodiscard]] const text::LineIndex& lines() const;

  mutable std::optional<text::LineIndex> lines_ = std::nullopt;
  mutable const char* lines_of_ = nullptr;  // the `source` buffer lines_ was built over
  mutable std::size_t lines_size_ = 0;
};

FileReport lint_buffer(std::string path, std::string source, const LintOptions& options);

// A rule as it applies to one file: enabled, with its effective severity.
struct ActiveRule {
  const Rule* rule;
  diag::Severity severity;
};
std::vector<ActiveRule> active_rules(const config::Settings& settings, const std::filesystem::path& absolute_path);

// The rules stage of lint_buffer on its own: every active rule over a built plan, with the
// suppressions applied (unsorted). lint_buffer is model::build_plan followed by this; the
// profile benchmark (bench/profile.cpp) times the two separately.
std::vector<diag::Diagnostic> run_rules(const model::Plan& plan, std::string_view source, const config::Settings& settings,
                                        const std::vector<ActiveRule>& active, const LintOptions& options);

// Drops suppressed findings and reports unused, unknown and unmatched suppressions.
void apply_suppressions(const model::Plan& plan, std::string_view source, const std::vector<ActiveRule>& active,
                        diag::Lang lang, std::vector<diag::Diagnostic>& findings);

const config::Settings& default_settings();

// The system's local date.
model::Date system_today();

// What a configuration file is validated against: the rules and structure codes, and the
// language analysis's word-list sections. Every command and the language server load
// planlint.toml with these.
config::RuleNames config_names();

}  // namespace planlint::engine
