#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "revision-overdue";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(RevisionOverdue, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(RevisionOverdue, TheReferencePlanIsDueOnTheFifteenthOfJanuary2027) {
  const std::string child = read_text(kReferencePlanFile);
  ASSERT_FALSE(child.empty());
  EXPECT_TRUE(hits(kRule, child, {2026, 8, 10}).empty());
  EXPECT_TRUE(hits(kRule, child, {2027, 1, 15}).empty());  // due today: not overdue
  const auto h = hits(kRule, child, {2027, 3, 1});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 9u);  // Næste revision: 15-01-2027
  EXPECT_EQ(h[0].column, 17u);
  EXPECT_EQ(h[0].message, "Planen skulle have været revideret senest 15-01-2027 (45 dage siden).");
}

TEST(RevisionOverdue, SilentOnTheAdultExample) {
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(RevisionOverdue, OneDayLate) {
  const auto h = hits(kRule, "# Individuel plan\nNæste revision: 01-02-2027\n", {2027, 2, 2});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Planen skulle have været revideret senest 01-02-2027 (1 dag siden).");
  EXPECT_EQ(h[0].help,
            "Evaluér planen som helhed sammen med borgeren og de relevante parter, revidér den, og opdatér »Revideret:« og "
            "»Næste revision:«.");
  EXPECT_EQ(h[0].fixes, 0u);
}

TEST(RevisionOverdue, CountsFromRevideretWithTheIntervalOnALeapDay) {
  // 29-02-2024 + 12 months = 28-02-2025.
  const std::string text = "# Individuel plan\nIndskrevet: 15-01-2020\nRevideret: 29-02-2024\n";
  EXPECT_TRUE(hits(kRule, text, {2025, 2, 28}).empty());
  const auto h = hits(kRule, text, {2025, 3, 1});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 3u);
  EXPECT_EQ(h[0].column, 12u);
  EXPECT_EQ(h[0].message, "Planen skulle have været revideret senest 28-02-2025 (1 dag siden).");
  EXPECT_NE(h[0].help.find("Fristen er »Revideret« plus revisionsintervallet (hvert år)."), std::string::npos);
}

TEST(RevisionOverdue, CountsFromEnrolmentWhenThatIsAllThereIs) {
  const auto h = hits(kRule, "# Individuel plan\nIndskrevet: 15-01-2025\n", {2026, 1, 16});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 2u);
  EXPECT_EQ(h[0].message, "Planen skulle have været revideret senest 15-01-2026 (1 dag siden).");
}

TEST(RevisionOverdue, RevisionIntervalSetting) {
  const auto s = settings_from("[thresholds]\nrevision-interval = \"hver 6. måned\"\n");
  const std::string text = "# Individuel plan\nRevideret: 01-08-2026\n";
  EXPECT_TRUE(hits(kRule, text, {2027, 2, 1}, &s).empty());
  EXPECT_EQ(hits(kRule, text, {2027, 2, 2}, &s).size(), 1u);
  EXPECT_TRUE(hits(kRule, text, {2027, 2, 2}).empty());  // the default: a year
}

TEST(RevisionOverdue, FiresWhenThereIsNoDateAtAll) {
  const auto h = hits(kRule, "# Individuel plan\nBorger: X\n\n## Mål 1: Y\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 1u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Planen har ingen dato for næste revision.");
  EXPECT_EQ(h[0].fixes, 1u);
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\nBorger: X\n\n## Mål 1: Y\n"),
            "# Individuel plan\nBorger: X\nNæste revision: <dd-mm-åååå>\n\n## Mål 1: Y\n");
}

TEST(RevisionOverdue, SilentWhenTheDateHasAStructureError) {
  const std::string text = "# Individuel plan\nRevideret: 01-08-2020\nNæste revision: 31-02-2027\n";
  EXPECT_TRUE(hits(kRule, text, {2027, 3, 1}).empty());
  EXPECT_FALSE(hits("invalid-date", text).empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nRevideret: snart\n").empty());
}

TEST(RevisionOverdue, SilentForADischargedCitizen) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nNæste revision: 01-02-2026\nUdskrevet: 31-03-2026\n", {2026, 8, 10}).empty());
  EXPECT_EQ(hits(kRule, "# Individuel plan\nNæste revision: 01-02-2026\nUdskrevet: 31-12-2026\n", {2026, 8, 10}).size(), 1u);
}

TEST(RevisionOverdue, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\nNæste revision: 01-02-2026\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The plan should have been revised by 01-02-2026 (190 days ago).");
}

}  // namespace
}  // namespace planlint::testing
