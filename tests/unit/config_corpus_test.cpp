// The configuration fuzzer's seeds (fuzz/corpus-config/, and the built-in profiles it is also
// seeded with) and every crasher it found (fuzz/regressions-config/) go through the fuzzer's own
// check in the normal test suite: the loader and the language server's settings parsing,
// then what uses their result. No crash, no hang, and every configuration error with its file
// and line.
#include <gtest/gtest.h>

#include <filesystem>

#include "fuzz/config_input.h"
#include "test_support.h"

namespace planlint::testing {
namespace {

namespace fs = std::filesystem;

std::size_t check_folder(const std::string& relative) {
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(source_path(relative))) {
    if (!e.is_regular_file() || e.path().filename() == ".keep") continue;
    EXPECT_EQ(fuzzing::check_config_input(read_file(e.path().string())), "") << e.path();
    ++files;
  }
  return files;
}

TEST(ConfigFuzzCorpus, SeedsKeepEveryInvariant) {
  EXPECT_GE(check_folder("fuzz/corpus-config"), 10u);
  EXPECT_EQ(check_folder("linter/config/profiles"), 3u);
}

TEST(ConfigFuzzCorpus, KeptCrashersKeepEveryInvariant) { check_folder("fuzz/regressions-config"); }

}  // namespace
}  // namespace planlint::testing
