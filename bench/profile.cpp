// Where the time of a check goes: each stage of the pipeline timed on its own over a corpus.
// Prints figures; it is a benchmark, not a test (timings on a shared machine vary).
//
//   build/bench/planlint_bench_profile DIR... [--today YYYY-MM-DD] [--format full]
//
// Per file, in this order, with one clock reading between calls:
//   read    the file's bytes (from the page cache after the first run)
//   lexing  syntax::scan_all: the hand-written scanner alone
//   parsing syntax::ParseResult (ANTLR parser pulling the scanner's tokens) minus lexing
//   model   model::build_plan (UTF-8 check, parse, flatten, typed model, structure
//           diagnostics) minus ParseResult
//   rules   engine::run_rules: every active rule and the suppressions over the built plan
//   output  sorting the findings and rendering the file's report in the chosen format
// "parsing" and "model" are differences of nested calls (build_plan parses internally and
// the parser pulls the scanner); the other stages are timed directly.

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/lint.h"
#include "model/builder.h"
#include "output/render.h"
#include "syntax/parse.h"
#include "syntax/scanner.h"

#include "read_all.h"

namespace {

using Clock = std::chrono::steady_clock;

using bench::read_all;

double seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> roots;
  std::string today = "2026-08-10";
  std::string format = "full";
  for (int i = 1; i < argc; ++i) {
    const std::string_view a(argv[i]);
    if (a == "--today" && i + 1 < argc) {
      today = argv[++i];
    } else if (a == "--format" && i + 1 < argc) {
      format = argv[++i];
    } else {
      roots.emplace_back(a);
    }
  }
  const auto parsed_today = planlint::model::parse_date(today);
  if (roots.empty() || !parsed_today.date || !planlint::output::is_format(format)) {
    std::fprintf(stderr, "usage: %s DIR... [--today YYYY-MM-DD] [--format FORMAT]\n", argv[0]);
    return 2;
  }
  const std::vector<std::filesystem::path> files = bench::plan_files(roots);
  if (files.empty()) {
    std::fprintf(stderr, "no .plan files\n");
    return 2;
  }

  planlint::engine::LintOptions options;
  options.today = *parsed_today.date;
  const planlint::config::Settings& settings = planlint::engine::default_settings();
  const std::vector<planlint::engine::ActiveRule> active = planlint::engine::active_rules(settings, {});
  planlint::output::RenderOptions ro;
  ro.lang = options.lang;
  ro.show_summary = false;

  enum Stage { read, lex, parse_total, build_total, rules, output, kStages };
  std::array<double, kStages> t{};
  std::size_t bytes = 0;
  std::size_t findings = 0;
  std::size_t sink = 0;
  std::string text;
  std::ostringstream rendered;
  for (const auto& f : files) {
    const auto t0 = Clock::now();
    if (!read_all(f.c_str(), text)) {
      std::fprintf(stderr, "cannot read %s\n", f.c_str());
      return 1;
    }
    const auto t1 = Clock::now();
    sink += planlint::syntax::scan_all(text).size();
    const auto t2 = Clock::now();
    {
      const planlint::syntax::ParseResult parsed(text);
      sink += parsed.root() != nullptr ? 1 : 0;
    }
    const auto t3 = Clock::now();
    planlint::model::BuildResult built = planlint::model::build_plan(text, options.lang);
    const auto t4 = Clock::now();
    std::vector<planlint::diag::Diagnostic> found = planlint::engine::run_rules(built.plan, text, settings, active, options);
    const auto t5 = Clock::now();
    std::vector<planlint::engine::FileReport> report(1);
    report[0].path = f.string();
    report[0].source = text;
    report[0].diagnostics = std::move(built.diagnostics);
    const auto t6 = Clock::now();
    for (auto& d : found) report[0].diagnostics.push_back(std::move(d));
    planlint::diag::sort_diagnostics(report[0].diagnostics);
    rendered.str({});
    planlint::output::render(format, rendered, report, ro);
    const auto t7 = Clock::now();
    sink += rendered.tellp();
    bytes += text.size();
    findings += report[0].diagnostics.size();
    t[read] += seconds(t0, t1);
    t[lex] += seconds(t1, t2);
    t[parse_total] += seconds(t2, t3);
    t[build_total] += seconds(t3, t4);
    t[rules] += seconds(t4, t5);
    t[output] += seconds(t6, t7);
  }
  const struct {
    const char* name;
    double s;
  } rows[] = {
      {"read files", t[read]},
      {"lexing (scanner)", t[lex]},
      {"parsing (ANTLR parser)", std::max(0.0, t[parse_total] - t[lex])},
      {"model building", std::max(0.0, t[build_total] - t[parse_total])},
      {"rules", t[rules]},
      {"output rendering", t[output]},
  };
  double total = 0;
  for (const auto& r : rows) total += r.s;
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("profile: %zu plans, %.1f MB, %zu rules active, format %s, one thread\n", files.size(), mb, active.size(),
              format.c_str());
  std::printf("  %-24s %9s %6s %9s\n", "stage", "ms", "%", "MB/s");
  for (const auto& r : rows) {
    std::printf("  %-24s %9.1f %5.1f%% %9.1f\n", r.name, r.s * 1e3, total > 0 ? r.s / total * 100.0 : 0.0,
                r.s > 0 ? mb / r.s : 0.0);
  }
  std::printf("  %-24s %9.1f %5.1f%% %9.1f\n", "total", total * 1e3, 100.0, total > 0 ? mb / total : 0.0);
  std::printf("  (%zu findings; checksum %zu)\n", findings, sink);
  return 0;
}
