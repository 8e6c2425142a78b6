#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "status-sent-late";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string status(std::string_view fields) { return "# Individuel plan\nOmråde: børn\n\n## Status 10-07-2026\n" + std::string(fields); }

TEST(StatusSentLate, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(StatusSentLate, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, child, {2027, 3, 1}).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(StatusSentLate, FourteenDaysBeforeTheMeetingIsInTime) {
  EXPECT_TRUE(hits(kRule, status("Møde: 28-07-2026\nSendt: 14-07-2026\n")).empty());
}

TEST(StatusSentLate, ThirteenDaysBeforeIsLate) {
  const auto h = hits(kRule, status("Møde: 28-07-2026\nSendt: 15-07-2026\n"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 6u);
  EXPECT_EQ(h[0].column, 8u);
  EXPECT_EQ(h[0].message, "Statussen blev sendt 15-07-2026, 1 dag efter fristen 14-07-2026 (14 dage før mødet 28-07-2026).");
  EXPECT_NE(h[0].help.find("senest 14 dage før mødet"), std::string::npos);
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
  const auto after = hits(kRule, status("Møde: 28-07-2026\nSendt: 30-07-2026\n"));
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].message, "Statussen blev sendt 30-07-2026, 16 dage efter fristen 14-07-2026 (14 dage før mødet 28-07-2026).");
}

TEST(StatusSentLate, DaysBeforeMeetingSetting) {
  const auto s = settings_from("[thresholds]\nstatus-days-before-meeting = 21\n");
  EXPECT_TRUE(hits(kRule, status("Møde: 28-07-2026\nSendt: 07-07-2026\n"), {2026, 8, 10}, &s).empty());
  const auto h = hits(kRule, status("Møde: 28-07-2026\nSendt: 14-07-2026\n"), {2026, 8, 10}, &s);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Statussen blev sendt 14-07-2026, 7 dage efter fristen 07-07-2026 (21 dage før mødet 28-07-2026).");
}

TEST(StatusSentLate, NotSentAfterTheDeadline) {
  const std::string text = status("Møde: 28-07-2026\n");
  EXPECT_TRUE(hits(kRule, text, {2026, 7, 14}).empty());  // the deadline is today
  const auto h = hits(kRule, text, {2026, 7, 15});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 4u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Statussen er ikke sendt, og fristen var 14-07-2026 (14 dage før mødet 28-07-2026).");
  EXPECT_NE(h[0].help.find("»Sendt:«"), std::string::npos);
}

TEST(StatusSentLate, LeapDayDeadline) {
  // 14-03-2024 minus 14 days is 29-02-2024.
  EXPECT_TRUE(hits(kRule, status("Møde: 14-03-2024\nSendt: 29-02-2024\n")).empty());
  const auto h = hits(kRule, status("Møde: 14-03-2024\nSendt: 01-03-2024\n"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Statussen blev sendt 01-03-2024, 1 dag efter fristen 29-02-2024 (14 dage før mødet 14-03-2024).");
}

TEST(StatusSentLate, SilentWithoutAReadableMeetingOrSentDate) {
  EXPECT_TRUE(hits(kRule, status("Sendt: 30-07-2026\n")).empty());
  EXPECT_TRUE(hits(kRule, status("Møde: 31-02-2026\nSendt: 30-07-2026\n")).empty());
  const std::string bad_sent = status("Møde: 28-07-2026\nSendt: i går\n");
  EXPECT_TRUE(hits(kRule, bad_sent).empty());
  EXPECT_FALSE(hits("invalid-date", bad_sent).empty());
}

TEST(StatusSentLate, EnglishMessage) {
  const auto h = hits(kRule, status("Møde: 28-07-2026\nSendt: 20-07-2026\n"), {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message,
            "The status was sent on 20-07-2026, 6 days after the deadline 14-07-2026 (14 days before the meeting on 28-07-2026).");
}

}  // namespace
}  // namespace planlint::testing
