// The guideline documents in ../shared/guidelines are real Danish prose, not plans (one is an
// OCR scan with broken letters). Reading them as plans must never crash, must say that they are
// not plans (PL002), and must keep every position inside the file.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
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

std::vector<fs::path> guideline_files() {
  std::vector<fs::path> out;
  std::error_code ec;  // a missing folder gives no files (and AllFiveDocumentsArePresent fails)
  for (const auto& e : fs::directory_iterator(shared_path("guidelines"), ec)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Guidelines, AllFiveDocumentsArePresent) { EXPECT_EQ(guideline_files().size(), 5u); }

class Guideline : public ::testing::TestWithParam<fs::path> {};

TEST_P(Guideline, BuildsWithDiagnosticsInsideTheFile) {
  const std::string text = read_file(GetParam().string());
  ASSERT_GT(text.size(), 1000u);
  const model::BuildResult r = model::build_plan(text, diag::Lang::da);
  EXPECT_FALSE(r.used_full_ll);
  ASSERT_FALSE(r.diagnostics.empty());
  bool pl002 = false;
  for (const auto& d : r.diagnostics) {
    pl002 = pl002 || d.code == "PL002";
    EXPECT_NE(d.code, "PL000") << d.message;
    EXPECT_LE(d.range.begin, d.range.end) << d.code;
    EXPECT_LE(d.range.end, text.size()) << d.code;
    for (const auto& rel : d.related) EXPECT_LE(rel.range.end, text.size()) << d.code;
    EXPECT_FALSE(d.message.empty());
  }
  EXPECT_TRUE(pl002) << dump(text, r.diagnostics);
  // PL002 is reported once, at the first line with content.
  EXPECT_EQ(std::count_if(r.diagnostics.begin(), r.diagnostics.end(), [](const auto& d) { return d.code == "PL002"; }), 1);
}

TEST_P(Guideline, LintsWithTheDefaultRulesInsideTheFile) {
  const std::string text = read_file(GetParam().string());
  engine::LintOptions options;
  options.today = {2026, 11, 24};
  const engine::FileReport report = engine::lint_buffer(GetParam().filename().string(), text, options);
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

INSTANTIATE_TEST_SUITE_P(SharedGuidelines, Guideline, ::testing::ValuesIn(guideline_files()),
                         [](const ::testing::TestParamInfo<fs::path>& param) {
                           std::string name = param.param.stem().string();
                           std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
                           return "file_" + name;
                         });

}  // namespace
}  // namespace planlint::testing
