// Danish prose is not a plan. Reading it as one must never crash, must say that it is not a plan
// (PL002), and must keep every position inside the file.
//
// Two sources of prose: tests/fixtures/prosa-ikke-en-plan.txt, written for this test, runs in
// every checkout; the real guideline documents (one an OCR scan with broken letters) lie beside
// the repository (PLANLINT_GUIDELINES_DIR, ../shared/guidelines by default). A clone of the
// repository alone does not have them, so their tests are skipped with the reason.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/lint.h"
#include "model/builder.h"
#include "test_support.h"
#include "text/line_index.h"

namespace planlint::testing {
namespace {

namespace fs = std::filesystem;

// The five guideline documents (../shared/guidelines/README.md says what each is).
const std::vector<std::string> kGuidelineFiles = {"000_efa129dd362016dc.txt", "001_f4bd792a0c6bb7d2.txt",
                                                  "002_6148a88b2185cfbf.txt", "003_8ca9e5d4afeefdcb.txt",
                                                  "004_bf1d65eae8ca2965.txt"};

const fs::path kGuidelineDir = PLANLINT_GUIDELINES_DIR;

// Why the guideline tests cannot run in this checkout; empty when they can.
std::string why_no_guidelines() {
  if (fs::is_directory(kGuidelineDir)) return {};
  return "The guideline documents are not beside the repository (" + kGuidelineDir.string() +
         " does not exist); configure with -DPLANLINT_GUIDELINES_DIR=<folder> to run these tests.";
}

void expect_prose_builds_with_diagnostics_inside(const std::string& text) {
  ASSERT_GT(text.size(), 1000u);
  const model::BuildResult r = model::build_plan(text, diag::Lang::da);
  EXPECT_FALSE(r.used_full_ll);
  ASSERT_FALSE(r.diagnostics.empty());
  for (const auto& d : r.diagnostics) {
    EXPECT_NE(d.code, "PL000") << d.message;
    EXPECT_LE(d.range.begin, d.range.end) << d.code;
    EXPECT_LE(d.range.end, text.size()) << d.code;
    for (const auto& rel : d.related) EXPECT_LE(rel.range.end, text.size()) << d.code;
    EXPECT_FALSE(d.message.empty());
  }
  // PL002 is reported once, at the first line with content.
  EXPECT_EQ(std::count_if(r.diagnostics.begin(), r.diagnostics.end(), [](const auto& d) { return d.code == "PL002"; }), 1)
      << dump(text, r.diagnostics);
}

void expect_prose_lints_inside(const std::string& name, const std::string& text) {
  engine::LintOptions options;
  options.today = {2026, 11, 24};
  const engine::FileReport report = engine::lint_buffer(name, text, options);
  EXPECT_FALSE(report.diagnostics.empty());
  const text::LineIndex index(text);
  for (const auto& d : report.diagnostics) {
    EXPECT_LE(d.range.begin, d.range.end) << d.code;
    EXPECT_LE(d.range.end, text.size()) << d.code;
    const auto p = index.position(d.range.begin);
    EXPECT_GE(p.line, 1u);
    EXPECT_LE(p.line, index.line_count());
  }
}

// ---- prose in the repository ------------------------------------------------------------------

TEST(Prose, BuildsWithDiagnosticsInsideTheFile) {
  expect_prose_builds_with_diagnostics_inside(read_file(source_path("tests/fixtures/prosa-ikke-en-plan.txt")));
}

TEST(Prose, LintsWithTheDefaultRulesInsideTheFile) {
  expect_prose_lints_inside("prosa-ikke-en-plan.txt", read_file(source_path("tests/fixtures/prosa-ikke-en-plan.txt")));
}

// ---- the guideline documents beside the repository --------------------------------------------

class Guidelines : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const std::string why = why_no_guidelines(); !why.empty()) GTEST_SKIP() << why;
  }
};

TEST_F(Guidelines, AllFiveDocumentsArePresent) {
  std::vector<std::string> found;
  for (const auto& e : fs::directory_iterator(kGuidelineDir)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") found.push_back(e.path().filename().string());
  }
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, kGuidelineFiles);
}

class Guideline : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (const std::string why = why_no_guidelines(); !why.empty()) GTEST_SKIP() << why;
  }
  [[nodiscard]] std::string text() const { return read_file((kGuidelineDir / GetParam()).string()); }
};

TEST_P(Guideline, BuildsWithDiagnosticsInsideTheFile) { expect_prose_builds_with_diagnostics_inside(text()); }

TEST_P(Guideline, LintsWithTheDefaultRulesInsideTheFile) { expect_prose_lints_inside(GetParam(), text()); }

INSTANTIATE_TEST_SUITE_P(SharedGuidelines, Guideline, ::testing::ValuesIn(kGuidelineFiles),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return "file_" + param.param.substr(0, param.param.find('.'));
                         });

}  // namespace
}  // namespace planlint::testing
