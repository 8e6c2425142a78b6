// What the three language rules (avoidance-phrasing, vague-goal, unmeasurable-criterion)
// cost as a share of a whole check. Prints figures; it is a benchmark, not a test.
//
//   build/bench/planlint_bench_language [MB] [DIR]
//
// The corpus is the bundled examples repeated to MB megabytes (default 20), like
// planlint_bench_rules, or every .plan file under DIR (e.g. made by bench/gen_corpus.py).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/lint.h"

#include "timing.h"

namespace {

std::vector<std::string> read_plans(const std::filesystem::path& dir, bool recursive) {
  std::vector<std::string> plans;
  auto take = [&](const std::filesystem::path& p) {
    if (p.extension() != ".plan") return;
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    plans.push_back(s.str());
  };
  if (recursive) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) take(e.path());
  } else {
    for (const auto& e : std::filesystem::directory_iterator(dir)) take(e.path());
  }
  return plans;
}

using bench::best_of;

}  // namespace

int main(int argc, char** argv) {
  const double mb = argc > 1 ? std::atof(argv[1]) : 20.0;
  std::vector<std::string> plans;
  if (argc > 2) {
    plans = read_plans(argv[2], true);
  } else {
    const std::vector<std::string> examples = read_plans(std::filesystem::path(PLANLINT_SOURCE_DIR) / "examples", false);
    std::size_t bytes = 0;
    for (std::size_t i = 0; bytes < mb * 1e6; ++i) {
      plans.push_back(examples[i % examples.size()]);
      bytes += plans.back().size();
    }
  }
  if (plans.empty()) {
    std::fprintf(stderr, "no .plan files\n");
    return 2;
  }
  std::size_t bytes = 0;
  for (const auto& p : plans) bytes += p.size();

  const planlint::config::Settings all = planlint::engine::default_settings();
  planlint::config::Settings without = all;
  for (const char* code : {"PL501", "PL502", "PL503"}) without.rules.ignore.emplace_back(code);

  std::size_t sink = 0;
  auto run = [&](const planlint::config::Settings& s) {
    planlint::engine::LintOptions o;
    o.today = {2026, 11, 24};
    o.settings = &s;
    return best_of(3, [&] {
      for (const auto& p : plans) sink += planlint::engine::lint_buffer("x.plan", p, o).diagnostics.size();
    });
  };
  const double t_without = run(without);
  const double t_all = run(all);
  const double share = (t_all - t_without) / t_all * 100.0;
  std::printf("corpus: %zu plans, %.1f MB\n", plans.size(), static_cast<double>(bytes) / 1e6);
  std::printf("check, all rules:                %7.3f s  %6.1f MB/s\n", t_all, static_cast<double>(bytes) / 1e6 / t_all);
  std::printf("check, without the language rules:%6.3f s  %6.1f MB/s\n", t_without, static_cast<double>(bytes) / 1e6 / t_without);
  std::printf("language rules (PL501-PL503): %.1f %% of a check (target < 20 %%): %s\n", share, share < 20.0 ? "PASS" : "FAIL");
  std::printf("(checksum %zu)\n", sink);
  return 0;
}
