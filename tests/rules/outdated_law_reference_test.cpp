#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "outdated-law-reference";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A plan for `area` whose handleplan has the given Lovgrundlag and Dato lines.
std::string plan_with(std::string_view area, std::string_view law, std::string_view date = "Dato: 10-01-2026\n") {
  return "# Individuel plan\nOmråde: " + std::string(area) + "\n\n## Handleplan\nLovgrundlag: " + std::string(law) + "\n" +
         std::string(date) + "Formål: X\n";
}

TEST(OutdatedLawReference, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(OutdatedLawReference, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(OutdatedLawReference, FiresOnSel140InAChildrensPlanFrom2024) {
  const auto h = hits(kRule, plan_with("børn", "SEL § 140"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 5u);
  EXPECT_EQ(h[0].column, 14u);
  EXPECT_EQ(h[0].message,
            "Lovgrundlaget henviser til SEL § 140, som blev afløst af Barnets lov § 91 den 1. januar 2024; handleplanen er "
            "dateret 10-01-2026.");
  EXPECT_NE(h[0].help.find("»Lovgrundlag: Barnets lov § 91«"), std::string::npos);
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
  EXPECT_EQ(h[0].fixes, 1u);
}

TEST(OutdatedLawReference, MatchesTheUsualSpellings) {
  for (std::string_view law : {"SEL §140", "servicelovens § 140", "Serviceloven § 140, stk. 1", "serviceloven paragraf 140",
                               "Lov om social service § 140", "SEL §§ 140 og 141", "sel § 52, jf. § 140", "§ 140",
                               "paragraf 140", "SEL pgf. 140", "Barnets lov § 91 og SEL § 140", "SEL §\xC2\xA0" "140"}) {
    EXPECT_EQ(hits(kRule, plan_with("børn", law)).size(), 1u) << law;
  }
}

TEST(OutdatedLawReference, DoesNotMatchOtherParagraphs) {
  for (std::string_view law : {"Barnets lov § 91", "Barnets lov § 140", "SEL § 1400", "SEL § 14", "SEL § 1401",
                               "Barnets lov § 91 (tidl. SEL § 140)", "Barnets lov § 91, der erstatter SEL § 140",
                               "140 timer om ugen efter SEL § 52"}) {
    EXPECT_TRUE(hits(kRule, plan_with("børn", law)).empty()) << law;
  }
}

TEST(OutdatedLawReference, OnlyForHandleplansDatedFrom2024) {
  EXPECT_TRUE(hits(kRule, plan_with("børn", "SEL § 140", "Dato: 31-12-2023\n")).empty());
  EXPECT_EQ(hits(kRule, plan_with("børn", "SEL § 140", "Dato: 01-01-2024\n")).size(), 1u);
  EXPECT_EQ(hits(kRule, plan_with("børn", "SEL § 140", "Dato: 1. januar 2024\n")).size(), 1u);
  // No date, or one with a structure error: nothing to compare with.
  EXPECT_TRUE(hits(kRule, plan_with("børn", "SEL § 140", "")).empty());
  EXPECT_TRUE(hits(kRule, plan_with("børn", "SEL § 140", "Dato: 30-02-2024\n")).empty());
}

TEST(OutdatedLawReference, AdultsMustCite141) {
  EXPECT_TRUE(hits(kRule, plan_with("voksne", "SEL § 141")).empty());
  EXPECT_TRUE(hits(kRule, plan_with("voksne", "Serviceloven §141, jf. § 107")).empty());
  EXPECT_TRUE(hits(kRule, plan_with("voksne", "servicelovens paragraf 141")).empty());
  const auto h = hits(kRule, plan_with("voksne", "SEL § 107"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 5u);
  EXPECT_EQ(h[0].column, 14u);
  EXPECT_EQ(h[0].message, "Lovgrundlaget for en voksens handleplan henviser ikke til SEL § 141.");
  EXPECT_EQ(h[0].fixes, 0u);
  EXPECT_EQ(hits(kRule, plan_with("voksne", "SEL § 140", "Dato: 01-01-2020\n")).size(), 1u);
  EXPECT_EQ(hits(kRule, plan_with("voksne", "SEL § 1410")).size(), 1u);
}

TEST(OutdatedLawReference, SilentWithoutAKnownArea) {
  EXPECT_TRUE(hits(kRule, plan_with("ukendt", "SEL § 140")).empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n\n## Handleplan\nLovgrundlag: SEL § 140\nDato: 10-01-2026\n").empty());
}

TEST(OutdatedLawReference, SilentOnAnEmptyOrMissingLawBasis) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: voksne\n\n## Handleplan\nLovgrundlag:\nDato: 10-01-2026\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: voksne\n\n## Handleplan\nDato: 10-01-2026\n").empty());
}

TEST(OutdatedLawReference, FixReplacesTheCitation) {
  EXPECT_EQ(apply_fixes(kRule, plan_with("børn", "SEL § 140, jf. § 52")), plan_with("børn", "Barnets lov § 91, jf. § 52"));
  EXPECT_EQ(apply_fixes(kRule, plan_with("børn", "servicelovens §140")), plan_with("børn", "Barnets lov § 91"));
  EXPECT_EQ(apply_fixes(kRule, plan_with("børn", "paragraf 140")), plan_with("børn", "Barnets lov § 91"));
}

TEST(OutdatedLawReference, NoFixWhenTheCitationNamesMoreThanOneParagraph) {
  const auto h = hits(kRule, plan_with("børn", "SEL §§ 140 og 141"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].fixes, 0u);
}

TEST(OutdatedLawReference, MultiLineLawBasisFiresOnTheWholeValueWithoutAFix) {
  const auto h = hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Handleplan\nLovgrundlag: Handleplan efter\n  SEL § 140\nDato: 10-01-2026\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 5u);
  EXPECT_EQ(h[0].column, 14u);
  EXPECT_EQ(h[0].fixes, 0u);
}

TEST(OutdatedLawReference, EnglishMessage) {
  const auto h = hits(kRule, plan_with("børn", "SEL § 140"), {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message,
            "The law basis cites SEL § 140, which Barnets lov § 91 replaced on 1 January 2024; the action plan is dated 10-01-2026.");
}

}  // namespace
}  // namespace planlint::testing
