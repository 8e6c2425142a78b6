// Measures what the rule catalogue costs on top of reading plans into the model.
// Prints figures; it is a benchmark, not a test (timings on a shared machine vary).
//
//   build/bench/planlint_bench_rules [MB]    (default 20 MB of the bundled examples)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/lint.h"
#include "engine/registry.h"
#include "model/builder.h"

#include "timing.h"

namespace {

std::vector<std::string> corpus(double megabytes) {
  std::vector<std::string> plans;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(PLANLINT_SOURCE_DIR) / "examples")) {
    if (e.path().extension() != ".plan") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    plans.push_back(s.str());
  }
  std::vector<std::string> out;
  std::size_t bytes = 0;
  for (std::size_t i = 0; bytes < megabytes * 1e6; ++i) {
    out.push_back(plans[i % plans.size()]);
    bytes += out.back().size();
  }
  return out;
}

using bench::best_of;

}  // namespace

int main(int argc, char** argv) {
  const double mb = argc > 1 ? std::atof(argv[1]) : 20.0;
  const std::vector<std::string> plans = corpus(mb);
  std::size_t bytes = 0;
  for (const auto& p : plans) bytes += p.size();
  std::size_t sink = 0;
  const double parse = best_of(3, [&] {
    for (const auto& p : plans) sink += planlint::model::build_plan(p, planlint::diag::Lang::da).diagnostics.size();
  });
  planlint::engine::LintOptions o;
  o.today = {2026, 11, 24};
  const double full = best_of(3, [&] {
    for (const auto& p : plans) sink += planlint::engine::lint_buffer("x.plan", p, o).diagnostics.size();
  });
  const double overhead = (full - parse) / parse * 100.0;
  std::printf("corpus: %zu plans, %.1f MB; %zu rules\n", plans.size(), static_cast<double>(bytes) / 1e6,
              planlint::engine::all_rules().size());
  std::printf("parse + model:        %7.3f s  %6.1f MB/s  %7.0f files/s\n", parse, static_cast<double>(bytes) / 1e6 / parse,
              static_cast<double>(plans.size()) / parse);
  std::printf("parse + model + rules:%7.3f s  %6.1f MB/s  %7.0f files/s\n", full, static_cast<double>(bytes) / 1e6 / full,
              static_cast<double>(plans.size()) / full);
  std::printf("rule catalogue overhead: %.1f %% (target < 30 %%): %s\n", overhead, overhead < 30.0 ? "PASS" : "FAIL");
  std::printf("(checksum %zu)\n", sink);
  return 0;
}
