// The fuzzer's seeds (fuzz/corpus/ and the test fixtures; scripts/test-sanitizers.sh also seeds
// it with examples/, which the golden tests cover) and every crasher it ever found
// (fuzz/regressions/) go through the whole pipeline in the normal test suite too: no crash,
// and ranges stay inside the file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/lint.h"
#include "fix/apply.h"

namespace planlint {
namespace {

namespace fs = std::filesystem;

TEST(FuzzCorpus, SeedsAndRegressionsLintWithoutCrashing) {
  std::size_t files = 0;
  for (const char* dir : {"fuzz/corpus", "tests/fixtures", "fuzz/regressions"}) {
    const fs::path path = fs::path(PLANLINT_SOURCE_DIR) / dir;
    if (!fs::exists(path)) continue;
    for (const auto& e : fs::directory_iterator(path)) {
      std::ifstream in(e.path(), std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      const std::string text = s.str();
      engine::LintOptions o;
      o.today = {2026, 8, 10};
      const auto r = engine::lint_buffer("f.plan", text, o);
      for (const auto& d : r.diagnostics) {
        EXPECT_LE(d.range.begin, d.range.end) << e.path();
        EXPECT_LE(d.range.end, text.size()) << e.path();
      }
      (void)engine::lint_buffer("f.plan", fix::apply_fixes(text, r.diagnostics, true).text, o);
      ++files;
    }
  }
  EXPECT_GE(files, 6u);
}

}  // namespace
}  // namespace planlint
