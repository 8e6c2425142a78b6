// A CPR number in a plan never reaches any report: every message, help, related message,
// fix title and source excerpt is masked, in every output format.
#include <gtest/gtest.h>

#include <sstream>

#include "engine/lint.h"
#include "output/render.h"
#include "text/cpr.h"

namespace planlint {
namespace {

// Fictional, obviously invalid test numbers: real dates, last four digits "0000"/"4321".
constexpr std::string_view kPlan =
    "# Individuel plan\n"
    "Borger: Testperson\n"
    "CPR: 010100-4321\n"                       // unknown field: dropped by the model
    "## Mål 1: Testperson øver 0202024321\n"   // ten digits in a heading
    "Slut: 030303-4321\n"                      // quoted by the invalid-date message
    "## Mål 1: igen 040404-4321\n"             // a duplicate goal number: quoted via related
    "### Delmål 9.9: 050505-4321\n";           // dropped sub-goal (no Mål 9)

TEST(Privacy, FindAndMask) {
  const auto m = text::find_cpr("x 010100-4321 y 0202024321 z 12345678901 310299-0000");
  ASSERT_EQ(m.size(), 2u);  // 11 digits is no CPR; 31-02 is no date
  EXPECT_EQ(text::mask_cpr("a 010100-4321 b"), "a 010100-**** b");
  EXPECT_EQ(text::mask_cpr("0202024321"), "020202-****");
  EXPECT_EQ(text::mask_cpr("290200-4321"), "290200-****");  // 29-02-2000 exists
  EXPECT_EQ(text::mask_cpr("tlf. 12345678"), "tlf. 12345678");
}

TEST(Privacy, NoOutputFormatContainsTheNumber) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const engine::FileReport r = engine::lint_buffer("p.plan", std::string(kPlan), o);
  std::size_t cpr_findings = 0;
  for (const auto& d : r.diagnostics) {
    if (d.name == "cpr-number") ++cpr_findings;
  }
  EXPECT_EQ(cpr_findings, 5u) << "every number is found, also in dropped lines";
  for (std::string_view format : output::kFormats) {
    std::ostringstream out;
    output::RenderOptions ro;
    ro.files_checked = 1;
    output::render(format, out, {r}, ro);
    EXPECT_EQ(out.str().find("4321"), std::string::npos) << format << ":\n" << out.str();
    EXPECT_NE(out.str().find("010100-****"), std::string::npos) << format;
  }
}

}  // namespace
}  // namespace planlint
