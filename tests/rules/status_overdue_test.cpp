#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "status-overdue";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(StatusOverdue, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(StatusOverdue, TheReferencePlanIsDueOnTheSixthOfJanuary2027) {
  const std::string child = read_text(kReferencePlanFile);
  ASSERT_FALSE(child.empty());
  EXPECT_TRUE(hits(kRule, child, {2026, 8, 10}).empty());
  EXPECT_TRUE(hits(kRule, child, {2027, 1, 6}).empty());  // due today: not overdue
  const auto h = hits(kRule, child, {2027, 3, 1});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 123u);  // ## Status 06-07-2026
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Næste status til kommunen skulle have foreligget senest 06-01-2027 (54 dage siden).");
  EXPECT_EQ(h[0].help,
            "For børn og unge skal der laves status hver 6. måned (regnet fra seneste status 06-07-2026). Udarbejd "
            "statusrapporten, og skriv den i planen som »## Status <dato>«.");
}

TEST(StatusOverdue, SilentOnTheAdultExample) {
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(StatusOverdue, AdultsOnceAYear) {
  const std::string text = "# Individuel plan\nOmråde: voksne\n\n## Status 14-08-2025\n";
  EXPECT_TRUE(hits(kRule, text, {2026, 8, 14}).empty());
  const auto h = hits(kRule, text, {2026, 8, 15});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 4u);
  EXPECT_EQ(h[0].message, "Næste status til kommunen skulle have foreligget senest 14-08-2026 (1 dag siden).");
  EXPECT_NE(h[0].help.find("For voksne skal der laves status hvert år"), std::string::npos);
}

TEST(StatusOverdue, TheLatestStatusCountsWhateverItsPlaceInTheFile) {
  const std::string text = "# Individuel plan\nOmråde: børn\n\n## Status 10-07-2026\n\n## Status 10-01-2026\n";
  EXPECT_TRUE(hits(kRule, text, {2027, 1, 10}).empty());
  const auto h = hits(kRule, text, {2027, 1, 11});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 4u);
}

TEST(StatusOverdue, WithoutAStatusCountsFromEnrolmentAtTheDocumentHeading) {
  const std::string text = "# Individuel plan\nOmråde: børn\nIndskrevet: 15-01-2026\n\n## Mål 1: A\n";
  EXPECT_TRUE(hits(kRule, text, {2026, 7, 15}).empty());
  const auto h = hits(kRule, text, {2026, 8, 10});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 1u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Næste status til kommunen skulle have foreligget senest 15-07-2026 (26 dage siden).");
  EXPECT_NE(h[0].help.find("regnet fra indskrivningen 15-01-2026"), std::string::npos);
  // Nothing to count from.
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\n").empty());
}

TEST(StatusOverdue, LeapDay) {
  // 31-08-2023 + 6 months = 29-02-2024.
  const std::string text = "# Individuel plan\nOmråde: børn\n\n## Status 31-08-2023\n";
  EXPECT_TRUE(hits(kRule, text, {2024, 2, 29}).empty());
  EXPECT_EQ(hits(kRule, text, {2024, 3, 1}).size(), 1u);
}

TEST(StatusOverdue, IntervalSettings) {
  const auto s = settings_from("[thresholds]\nstatus-interval-children = \"hver 3. måned\"\nstatus-interval-adults = \"halvårligt\"\n");
  EXPECT_EQ(hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Status 10-04-2026\n", {2026, 7, 11}, &s).size(), 1u);
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Status 10-04-2026\n", {2026, 7, 10}, &s).empty());
  EXPECT_EQ(hits(kRule, "# Individuel plan\nOmråde: voksne\n\n## Status 10-01-2026\n", {2026, 7, 11}, &s).size(), 1u);
}

TEST(StatusOverdue, SilentWhenADateHasAStructureError) {
  const std::string text = "# Individuel plan\nOmråde: børn\n\n## Status 10-01-2025\n\n## Status 31-02-2026\n";
  EXPECT_TRUE(hits(kRule, text).empty());
  EXPECT_FALSE(hits("invalid-date", text).empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Status\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\nIndskrevet: 15-13-2020\n").empty());
}

TEST(StatusOverdue, SilentForADischargedCitizen) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\nUdskrevet: 01-06-2026\n\n## Status 10-07-2025\n").empty());
}

TEST(StatusOverdue, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Status 10-01-2026\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The next status to the municipality was due by 10-07-2026 (31 days ago).");
}

}  // namespace
}  // namespace planlint::testing
