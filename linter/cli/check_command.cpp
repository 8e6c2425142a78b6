#include "cli/check_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <thread>


#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <memory>
#include <optional>

#include "cli/plan_files.h"
#include "config/load.h"
#include "diag/codes.h"
#include "engine/lint.h"
#include "engine/cache.h"
#include "engine/registry.h"
#include "fix/apply.h"
#include "fix/diff.h"
#include "output/render.h"
#include "platform/files.h"

namespace planlint::cli {

namespace fs = std::filesystem;
using diag::tr;

namespace {

engine::FileReport io_error_report(std::string display, const ReadProblem& problem, diag::Lang lang) {
  engine::FileReport r{std::move(display), std::string(), {}};
  const std::string_view help =
      problem.broken_link ? tr(lang, "Ret linket, så det peger på en plan, eller slet det; de andre filer er kontrolleret.",
                               "Correct the link so that it leads to a plan, or delete it; the other files were checked.")
                          : tr(lang, "Kontrollér stien og filens rettigheder; de andre filer er kontrolleret.",
                               "Check the path and the file's permissions; the other files were checked.");
  r.diagnostics.push_back(diag::make(
      diag::Code::io_error, {0, 0}, fmt::format(fmt::runtime(tr(lang, "Filen kan ikke læses: {}.", "The file cannot be read: {}.")), problem.why),
      std::string(help)));
  return r;
}

bool is_unreadable(const engine::FileReport& r) {
  return r.source.empty() && r.diagnostics.size() == 1 && r.diagnostics[0].code == "PL024";
}

bool is_broken_link(const platform::FileError& e) {
  return e.kind == platform::FileError::Kind::dangling_link || e.kind == platform::FileError::Kind::link_loop;
}

// --fix and --diff on a symbolic link that leads nowhere: an error of the run (exit 2, as for
// fixes that cannot be written), since the plan the user asked to fix cannot be reached.
// Nothing is created where the link points.
void report_broken_link(const std::string& display, const platform::FileError& e, diag::Lang lang, std::ostream& err) {
  err << fmt::format(fmt::runtime(tr(lang, "planlint: {}: kan ikke rettes: {}; intet er skrevet. Ret linket, så det peger på en plan.\n",
                                     "planlint: {}: cannot be fixed: {}; nothing was written. Correct the link so that it leads to a plan.\n")),
                     display, describe_file_error(e, lang));
}

// Writes a fixed plan through any symbolic links to the file they lead to (platform/files.h)
// and says what went wrong, or that hard links to the old file keep the old text.
bool write_fixed(const fs::path& file, const std::string& display, std::string_view text, diag::Lang lang, std::ostream& err) {
  const platform::WriteResult w = platform::write_atomically(file, text);
  if (is_broken_link(w.error)) {
    report_broken_link(display, w.error, lang, err);
    return false;
  }
  if (w.error) {
    std::string to;
    if (w.target != file) {  // through links: name the file that could not be replaced
      std::error_code ec;
      const fs::path shown = fs::weakly_canonical(w.target, ec);
      to = fmt::format(fmt::runtime(tr(lang, " til »{}«", " to »{}«")), (ec ? w.target : shown).string());
    }
    err << fmt::format(fmt::runtime(tr(lang, "planlint: {}: kan ikke skrive rettelserne{} ({}); filen er uændret.\n",
                                       "planlint: {}: cannot write the fixes{} ({}); the file is unchanged.\n")),
                       display, to, describe_file_error(w.error, lang));
    return false;
  }
  if (w.names > 1) {
    const long others = static_cast<long>(w.names - 1);
    err << fmt::format(fmt::runtime(tr(lang, "planlint: {}: filen har hårde links; kun dette navn er rettet, og filens {} stadig den gamle tekst. "
                                             "Lav linkene igen med »ln -f«, hvis de også skal have rettelserne.\n",
                                       "planlint: {}: the file has hard links; only this name was fixed, and the file's {} still the old text. "
                                       "Make the links again with »ln -f« if they should have the fixes too.\n")),
                       display,
                       output::count_noun(others, tr(lang, "andet navn har", "other name has"), tr(lang, "andre navne har", "other names have"), lang));
  }
  return true;
}

std::optional<model::Date> parse_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const auto p = model::parse_date(s);
  return p.date;
}

}  // namespace

int run_check(const CheckArgs& args, std::istream& in, std::ostream& out, std::ostream& err, bool out_is_terminal) {
  const diag::Lang lang = args.lang;
  engine::LintOptions options;
  options.lang = lang;
  if (args.today.empty()) {
    options.today = engine::system_today();
  } else if (const auto d = parse_iso_date(args.today)) {
    options.today = *d;
  } else {
    err << fmt::format(fmt::runtime(tr(lang, "planlint: --today skal være en gyldig dato som ÅÅÅÅ-MM-DD, ikke »{}«.\n",
                                       "planlint: --today must be a valid date as YYYY-MM-DD, not »{}«.\n")),
                       args.today);
    return 2;
  }
  if (!output::is_format(args.format)) {
    err << fmt::format(fmt::runtime(tr(lang, "planlint: ukendt format »{}«; vælg full, concise, json, json-lines, sarif, github eller junit.\n",
                                       "planlint: unknown format »{}«; choose full, concise, json, json-lines, sarif, github or junit.\n")),
                       args.format);
    return 2;
  }
  std::optional<diag::Severity> fail_on;
  if (args.fail_on == "error") {
    fail_on = diag::Severity::error;
  } else if (args.fail_on == "warning") {
    fail_on = diag::Severity::warning;
  } else if (args.fail_on == "info") {
    fail_on = diag::Severity::info;
  } else {
    err << fmt::format(fmt::runtime(tr(lang, "planlint: --fail-on skal være error, warning eller info, ikke »{}«.\n",
                                       "planlint: --fail-on must be error, warning or info, not »{}«.\n")),
                       args.fail_on);
    return 2;
  }

  for (const auto* list : {&args.select, &args.ignore}) {
    for (const std::string& entry : *list) {
      if (engine::is_known_selection(entry)) continue;
      const std::string suggestion = engine::suggest_rule(entry);
      err << (suggestion.empty()
                  ? fmt::format(fmt::runtime(tr(lang, "planlint: ukendt regel »{}«; se »planlint rules«.\n", "planlint: unknown rule »{}«; see »planlint rules«.\n")), entry)
                  : fmt::format(fmt::runtime(tr(lang, "planlint: ukendt regel »{}«; mente du »{}«?\n", "planlint: unknown rule »{}«; did you mean »{}«?\n")),
                                entry, suggestion));
      return 2;
    }
  }
  std::optional<engine::Cache> cache;
  if (!args.no_cache && !args.cache_dir.empty()) {
    cache.emplace(args.cache_dir);
    options.cache = &*cache;
  }
  // The cache must not outlive a rebuilt binary (a changed rule keeps its version number
  // during development): the key includes the executable's size and modification time.
  static std::string identity;
  identity = args.version;
  {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
      const auto size = fs::file_size(exe, ec);
      const auto mtime = fs::last_write_time(exe, ec).time_since_epoch().count();
      if (!ec) identity += fmt::format("+{}.{}", size, mtime);
    }
  }
  options.version = identity;
  config::Loader loader(lang, engine::config_names());
  std::optional<config::Settings> explicit_settings;
  if (!args.config_file.empty()) {
    try {
      explicit_settings = loader.load_file(args.config_file);
    } catch (const config::ConfigError& e) {
      err << "planlint: " << e.what() << '\n';
      return 2;
    }
  }
  // Command-line selection goes on top of whichever file applies.
  std::map<const config::Settings*, std::unique_ptr<config::Settings>> adjusted;
  const auto settings_for = [&](const fs::path& dir) -> const config::Settings& {
    const config::Settings& base = explicit_settings ? *explicit_settings : loader.for_directory(dir);
    if (args.select.empty() && args.ignore.empty()) return base;
    auto& slot = adjusted[&base];
    if (!slot) {
      slot = std::make_unique<config::Settings>(base);
      if (!args.select.empty()) slot->rules.select = args.select;
      for (const std::string& i : args.ignore) slot->rules.ignore.push_back(i);
    }
    return *slot;
  };

  bool failure = false;
  // Files are found and their settings resolved in order on this thread; reading and
  // linting then run on `jobs` threads, and each result goes to its input's slot, so the
  // output is the same for any number of jobs.
  struct Work {
    std::string display;
    std::string source;
    engine::LintOptions options;
    fs::path file;  // empty for stdin
    bool read = false;  // the worker reads `file` into `source`
  };
  std::vector<Work> work;
  // A path that cannot be read is a finding (PL024) of its own, so every format shows it and
  // the run goes on; exit code 2 stays for usage and internal failures.
  struct IoError {
    std::size_t at;  // position among the work
    engine::FileReport report;
    fs::path file;
  };
  std::vector<IoError> io_errors;
  const auto io_error = [&](const PlanPath& plan) {
    io_errors.push_back({work.size(), io_error_report(plan.display, describe_read_error(plan.file, plan.error, lang), lang), plan.file});
  };
  const auto lint_one = [&](std::string display, std::string source, const fs::path& file, bool read = false) {
    engine::LintOptions per_file = options;
    std::error_code ec;
    const fs::path abs = file.empty() ? fs::path() : fs::absolute(file, ec);
    try {
      per_file.settings = &settings_for(abs.empty() ? fs::current_path() : abs.parent_path());
    } catch (const config::ConfigError& e) {
      err << "planlint: " << e.what() << '\n';
      failure = true;
      return;
    }
    per_file.absolute_path = abs;
    work.push_back({std::move(display), std::move(source), std::move(per_file), file, read});
  };

  std::vector<std::string> paths = args.paths;
  if (paths.empty()) paths.emplace_back(".");
  for (const std::string& p : paths) {
    if (p == "-") {
      std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      lint_one(args.stdin_filename.empty() ? std::string("-") : args.stdin_filename, std::move(source),
               args.stdin_filename.empty() ? fs::path() : fs::path(args.stdin_filename));
      continue;
    }
    for (PlanPath& plan : expand_path(p)) {
      if (plan.error != 0) {
        io_error(plan);
      } else {
        lint_one(std::move(plan.display), std::string(), plan.file, /*read=*/true);
      }
    }
  }

  std::vector<engine::FileReport> reports(work.size());
  {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const unsigned jobs = std::min<unsigned>(args.jobs == 0 ? cores : args.jobs, static_cast<unsigned>(std::max<std::size_t>(1, work.size())));
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
      for (std::size_t i = next++; i < work.size(); i = next++) {
        if (work[i].read) {
          int error = 0;
          if (!read_plan(work[i].file, work[i].source, error)) {
            reports[i] = io_error_report(std::move(work[i].display), describe_read_error(work[i].file, error, lang), lang);
            continue;
          }
        }
        reports[i] = engine::lint_buffer(std::move(work[i].display), std::move(work[i].source), work[i].options);
        if (!reports[i].diagnostics.empty()) (void)reports[i].lines();  // here, in parallel, not in the renderer
      }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
  }

  if (!io_errors.empty()) {
    std::vector<engine::FileReport> merged;
    std::vector<Work> merged_work;
    std::size_t next_error = 0;
    for (std::size_t i = 0; i <= reports.size(); ++i) {
      while (next_error < io_errors.size() && io_errors[next_error].at == i) {
        IoError& e = io_errors[next_error++];
        merged_work.push_back({e.report.path, std::string(), {}, std::move(e.file), false});
        merged.push_back(std::move(e.report));
      }
      if (i < reports.size()) {
        merged.push_back(std::move(reports[i]));
        merged_work.push_back(std::move(work[i]));
      }
    }
    reports = std::move(merged);
    work = std::move(merged_work);
  }

  if (args.fix || args.diff) {
    std::size_t fixed_findings = 0;
    std::size_t fixed_files = 0;
    for (std::size_t i = 0; i < reports.size(); ++i) {
      if (is_unreadable(reports[i])) {
        const platform::ResolvedPath r = platform::resolve_links(work[i].file);
        if (is_broken_link(r.error)) {
          report_broken_link(reports[i].path, r.error, lang, err);
          failure = true;
        }
        continue;
      }
      if (work[i].file.empty()) {
        if (args.fix) {
          err << std::string(tr(lang, "planlint: --fix retter ikke standard-input; brug --diff.\n", "planlint: --fix does not fix standard input; use --diff.\n"));
          failure = true;
        }
        if (!args.diff) continue;
      }
      engine::FileReport current = reports[i];
      std::size_t applied_here = 0;
      // Apply, re-lint, repeat. A fix never introduces a new finding: a round that would add
      // one (other than a PL025 placeholder, which marks what the fix asks a person to fill
      // in) is retried one fix at a time, keeping only the fixes that add nothing.
      std::set<std::string_view> added;  // codes a rejected fix would have added
      const auto adds_findings = [&added](const engine::FileReport& before, const engine::FileReport& after) {
        std::map<std::string_view, long> balance;
        for (const auto& d : before.diagnostics) --balance[d.code];
        for (const auto& d : after.diagnostics) ++balance[d.code];
        bool adds = false;
        for (const auto& [code, n] : balance) {
          if (n > 0 && code != "PL025") {
            added.insert(code);
            adds = true;
          }
        }
        return adds;
      };
      std::set<std::string_view> rejected;  // codes whose fix was not applied
      for (int round = 0; round < 10; ++round) {
        const fix::Applied applied = fix::apply_fixes(current.source, current.diagnostics, args.unsafe_fixes);
        if (applied.fixes == 0) break;
        engine::FileReport next = engine::lint_buffer(current.path, applied.text, work[i].options);
        const std::set<std::string_view> added_before = added;
        if (!adds_findings(current, next)) {
          applied_here += applied.fixes;
          current = std::move(next);
          continue;
        }
        added = added_before;  // only fixes tried one by one name the findings they would add
        bool progress = false;
        for (const auto& d : current.diagnostics) {
          if (d.fixes.empty()) continue;
          const fix::Applied one = fix::apply_fixes(current.source, {d}, args.unsafe_fixes);
          if (one.fixes == 0) continue;
          engine::FileReport candidate = engine::lint_buffer(current.path, one.text, work[i].options);
          if (adds_findings(current, candidate)) {
            rejected.insert(d.code);
            continue;
          }
          applied_here += 1;
          current = std::move(candidate);
          progress = true;
          break;  // positions changed: start a new round from the re-linted file
        }
        if (!progress) break;
      }
      if (!rejected.empty()) {
        const auto join = [](const std::set<std::string_view>& codes) {
          std::string list;
          for (std::string_view c : codes) list += (list.empty() ? "" : ", ") + std::string(c);
          return list;
        };
        err << fmt::format(fmt::runtime(tr(lang, "planlint: {}: rettelsen af {} er ikke udført, fordi den ville give nye fund ({}).\n",
                                           "planlint: {}: the fix for {} was not applied because it would add new findings ({}).\n")),
                           current.path, join(rejected), join(added));
      }
      if (current.source == reports[i].source) continue;
      if (args.diff) {
        out << fix::unified_diff(current.path, reports[i].source, current.source);
      } else if (!write_fixed(work[i].file, current.path, current.source, lang, err)) {
        failure = true;
        continue;
      }
      fixed_findings += applied_here;
      ++fixed_files;
      reports[i] = std::move(current);
    }
    if (args.diff) {
      err << fmt::format(fmt::runtime(tr(lang, "{} kan rettes i {}.\n", "{} can be fixed in {}.\n")),
                         output::count_noun(static_cast<long>(fixed_findings), tr(lang, "fund", "finding"), tr(lang, "fund", "findings"), lang),
                         output::count_noun(static_cast<long>(fixed_files), tr(lang, "fil", "file"), tr(lang, "filer", "files"), lang));
      out.flush();
      if (failure) return 2;
      return fixed_files > 0 ? 1 : 0;
    }
    if (fixed_files > 0) {
      err << fmt::format(fmt::runtime(tr(lang, "Rettede {} i {}.\n", "Fixed {} in {}.\n")),
                         output::count_noun(static_cast<long>(fixed_findings), tr(lang, "fund", "finding"), tr(lang, "fund", "findings"), lang),
                         output::count_noun(static_cast<long>(fixed_files), tr(lang, "fil", "file"), tr(lang, "filer", "files"), lang));
    }
  }

  if (cache) cache->save();  // after fixes too: their re-lints are cached

  output::RenderOptions ro;
  ro.lang = lang;
  ro.files_checked = reports.size();
  ro.show_summary = !args.quiet;
  ro.version = args.version;
  const char* no_color = std::getenv("NO_COLOR");
  ro.color = args.color == ColorMode::always ||
             (args.color == ColorMode::automatic && out_is_terminal && (no_color == nullptr || *no_color == '\0'));
  if (args.statistics) {
    output::render_statistics(out, reports, ro);
  } else {
    output::render(args.format, out, reports, ro);
  }
  out.flush();

  if (failure) return 2;
  if (args.exit_zero) return 0;
  for (const auto& r : reports) {
    for (const auto& d : r.diagnostics) {
      if (static_cast<int>(d.severity) <= static_cast<int>(*fail_on)) return 1;
    }
  }
  return 0;
}

}  // namespace planlint::cli
