// The findings cache: identical results from the cache, a new key for anything that can
// change a finding, and a corrupt cache file is just a cold cache.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "engine/cache.h"
#include "engine/lint.h"
#include "test_support.h"

namespace planlint {
namespace {

namespace fs = std::filesystem;

class CacheTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = fs::temp_directory_path() / ("planlint-cache-" + std::to_string(::getpid())); }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<diag::Diagnostic> lint(const engine::Cache& cache, const std::string& text, model::Date today = {2026, 8, 10},
                                     std::string_view version = "1") {
    engine::LintOptions o;
    o.today = today;
    o.cache = &cache;
    o.version = version;
    return engine::lint_buffer("p.plan", text, o).diagnostics;
  }
  fs::path dir_;
};

std::string describe(const std::vector<diag::Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) {
    out += std::string(d.code) + " " + std::string(d.name) + " " + std::to_string(d.range.begin) + "-" + std::to_string(d.range.end) + " " +
           d.message + " | " + d.help + " | fixes " + std::to_string(d.fixes.size());
    for (const auto& f : d.fixes) out += " [" + f.title + (f.applicability == diag::Applicability::safe ? " safe" : " unsafe") + "]";
    for (const auto& r : d.related) out += " {" + r.message + "}";
    out += "\n";
  }
  return out;
}

const std::string kPlan = std::string(testing::kHeader) + "## Mål 1: A\nSlut: 31-02-2026\n## Mål 1: B\n";

TEST_F(CacheTest, SecondRunComesFromTheCacheAndIsIdenticalAcrossProcesses) {
  std::string first;
  {
    engine::Cache cache(dir_);
    first = describe(lint(cache, kPlan));
    cache.save();
  }
  ASSERT_TRUE(fs::exists(dir_ / "findings-v1.json"));
  ASSERT_TRUE(fs::exists(dir_ / ".gitignore"));
  engine::Cache reloaded(dir_);
  const std::uint64_t entries_before = fs::file_size(dir_ / "findings-v1.json");
  EXPECT_EQ(describe(lint(reloaded, kPlan)), first);
  EXPECT_NE(first.find("PL010"), std::string::npos);  // related info survives
  EXPECT_NE(first.find("fixes 1"), std::string::npos);  // and fixes
  reloaded.save();
  EXPECT_EQ(fs::file_size(dir_ / "findings-v1.json"), entries_before);
}

TEST_F(CacheTest, ContentDateAndVersionChangeTheKey) {
  engine::Cache cache(dir_);
  const auto a = lint(cache, kPlan);
  // A finding that depends on the date must not come from another day's entry.
  const std::string overdue = std::string(testing::kHeader) + "## Mål 1: A\nStart: 01-01-2026\nEvaluering: hver måned\n";
  const auto d1 = describe(lint(cache, overdue, {2026, 1, 15}));
  const auto d2 = describe(lint(cache, overdue, {2026, 8, 10}));
  EXPECT_EQ(d1.find("PL111"), std::string::npos);
  EXPECT_NE(d2.find("PL111"), std::string::npos);
  EXPECT_NE(describe(lint(cache, kPlan + "\n")), "");  // new content, new key: still linted
  EXPECT_EQ(describe(lint(cache, kPlan, {2026, 8, 10}, "2")), describe(a));
}

TEST_F(CacheTest, ACorruptCacheFileIsAColdCache) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "findings-v1.json") << "not a cache\n0123456789abcdef [{\"code\": 5}]\nffffffffffffffff {{{\n";
  engine::Cache cache(dir_);
  EXPECT_EQ(describe(lint(cache, kPlan)), describe(engine::lint_buffer("p.plan", kPlan, [] {
                                                       engine::LintOptions o;
                                                       o.today = {2026, 8, 10};
                                                       return o;
                                                     }())
                                                       .diagnostics));
}

}  // namespace
}  // namespace planlint
