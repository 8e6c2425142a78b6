// The findings cache: identical results from the cache, a new key for anything that can
// change a finding, and a corrupt cache file is just a cold cache.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

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

std::string uncached(const std::string& text) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  return describe(engine::lint_buffer("p.plan", text, o).diagnostics);
}

TEST_F(CacheTest, SecondRunComesFromTheCacheAndIsIdenticalAcrossProcesses) {
  std::string first;
  {
    engine::Cache cache(dir_);
    first = describe(lint(cache, kPlan));
    cache.save();
  }
  const fs::path file = dir_ / "findings-v2.bin";
  ASSERT_TRUE(fs::exists(file));
  ASSERT_TRUE(fs::exists(dir_ / ".gitignore"));
  engine::Cache reloaded(dir_);
  EXPECT_EQ(describe(lint(reloaded, kPlan)), first);
  EXPECT_EQ(reloaded.hits(), 1u);
  EXPECT_NE(first.find("PL010"), std::string::npos);  // related info survives
  EXPECT_NE(first.find("fixes 1"), std::string::npos);  // and fixes
  // A run served wholly from the cache does not write it again.
  fs::remove(file);
  fs::create_directory(file);  // a rewrite would fail loudly on a folder
  reloaded.save();
  EXPECT_TRUE(fs::is_directory(file));
}

TEST_F(CacheTest, OnlyARunThatAddsEntriesWritesAndOlderEntriesAreKept) {
  const std::string other = kPlan + "Noget mere tekst.\n";
  {
    engine::Cache cache(dir_);
    lint(cache, kPlan);
    EXPECT_EQ(cache.hits(), 0u);
    cache.save();
  }
  {
    engine::Cache cache(dir_);
    EXPECT_EQ(cache.entries(), 1u);
    lint(cache, other);  // new: written, and the unused older entry is kept
    EXPECT_EQ(cache.hits(), 0u);
    cache.save();
  }
  engine::Cache cache(dir_);
  EXPECT_EQ(cache.entries(), 2u);
  EXPECT_EQ(describe(lint(cache, kPlan)), uncached(kPlan));
  EXPECT_EQ(describe(lint(cache, other)), uncached(other));
  EXPECT_EQ(cache.hits(), 2u);
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
  std::ofstream(dir_ / "findings-v2.bin") << "not a cache\n0123456789abcdef [{\"code\": 5}]\nffffffffffffffff {{{\n";
  engine::Cache cache(dir_);
  EXPECT_EQ(describe(lint(cache, kPlan)), uncached(kPlan));
}

// Every way an entry can be damaged: each byte changed, and the file cut at every length.
// Each run must give exactly the uncached findings, never a crash or garbage.
TEST_F(CacheTest, DamagedOrTruncatedEntriesAreMissesNeverGarbage) {
  {
    engine::Cache cache(dir_);
    lint(cache, kPlan);
    cache.save();
  }
  const fs::path file = dir_ / "findings-v2.bin";
  std::string good;
  {
    std::ifstream in(file, std::ios::binary);
    good.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ASSERT_GT(good.size(), 100u);
  // Every byte of the header and the first entry's head, then a spread over the rest
  // (prime strides, so every field kind is hit): the whole file takes too long under ASan.
  const auto positions = [&](std::size_t stride) {
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < good.size(); i += i < 64 ? 1 : stride) at.push_back(i);
    return at;
  };
  const std::string expected = uncached(kPlan);
  const auto run_with = [&](const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    engine::Cache cache(dir_);
    return describe(lint(cache, kPlan));
  };
  for (const std::size_t cut : positions(17)) {
    ASSERT_EQ(run_with(good.substr(0, cut)), expected) << "cut at " << cut;
  }
  // Every entry carries a checksum: any changed byte is a miss (or, in a key, another
  // entry), so the findings are exactly the uncached ones.
  for (const std::size_t i : positions(7)) {
    for (const unsigned char flip : {0x01, 0xa0}) {
      std::string bad = good;
      bad[i] = static_cast<char>(static_cast<unsigned char>(bad[i]) ^ flip);
      ASSERT_EQ(run_with(bad), expected) << "byte " << i << " ^ " << int{flip};
    }
  }
}

// The renderers' line index is built once per report and again when the text is replaced,
// moved (a short text lives inside the string) or copied, never read from a stale buffer.
TEST(FileReportLines, FollowTheSourceText) {
  engine::FileReport r{"p.plan", "a\nb\n", {}};
  EXPECT_EQ(r.lines().line_count(), 3u);
  EXPECT_EQ(&r.lines(), &r.lines());  // built once
  r.source = "a\nb\nc\nd\n";
  EXPECT_EQ(r.lines().line_count(), 5u);
  engine::FileReport moved = std::move(r);
  EXPECT_EQ(moved.lines().line_text(3), "d");
  engine::FileReport copy = moved;
  copy.source = std::string(100, 'x') + "\ny";
  EXPECT_EQ(copy.lines().line_text(1), "y");
  EXPECT_EQ(moved.lines().line_text(1), "b");
}

}  // namespace
}  // namespace planlint
