#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-target-group";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(MissingTargetGroup, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingTargetGroup, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(MissingTargetGroup, FiresAtTheDocumentHeadingWithoutTheSection) {
  const auto h = hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Mål 1: Y\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 1u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Planen har intet afsnit om målgruppe, kategori og støttebehov (»## Målgruppe«).");
  EXPECT_EQ(h[0].fixes, 1u);
}

TEST(MissingTargetGroup, FiresAtTheSectionListingTheMissingFields) {
  const auto h = hits(kRule, "# Individuel plan\n\n## Målgruppe\nKategori: 3.\nBørn med nedsat funktionsevne.\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 3u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Afsnittet »Målgruppe« mangler »Målgruppe« og »Støttebehov«.");
  EXPECT_EQ(h[0].help, "Tilføj »Målgruppe« og »Støttebehov« som felter i afsnittet, skrevet ud fra ydelsesbeskrivelsen.");
  EXPECT_EQ(hits(kRule, "# Individuel plan\n\n## Målgruppe\n")[0].message,
            "Afsnittet »Målgruppe« mangler »Målgruppe«, »Kategori« og »Støttebehov«.");
}

TEST(MissingTargetGroup, AnEmptyFieldCountsAsPresent) {
  const std::string text = "# Individuel plan\n\n## Målgruppe\nMålgruppe: Børn.\nKategori:\nStøttebehov: Guidning.\n";
  EXPECT_TRUE(hits(kRule, text).empty());
  EXPECT_FALSE(hits("empty-field", text).empty());
}

TEST(MissingTargetGroup, FixInsertsTheSectionBeforeTheFirstGoal) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\nOmråde: børn\n\n## Mål 1: Y\n"),
            "# Individuel plan\nOmråde: børn\n\n"
            "## Målgruppe\n"
            "Målgruppe: <tilbuddets målgruppe, jf. ydelsesbeskrivelsen>\n"
            "Kategori: <kategori eller takstniveau, jf. ydelsesbeskrivelsen>\n"
            "Støttebehov: <borgerens behov for støtte>\n"
            "\n"
            "## Mål 1: Y\n");
}

TEST(MissingTargetGroup, FixInsertsTheMissingFields) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\n\n## Målgruppe\nMålgruppe: Børn.\n\nTekst.\n"),
            "# Individuel plan\n\n## Målgruppe\nMålgruppe: Børn.\n"
            "Kategori: <kategori eller takstniveau, jf. ydelsesbeskrivelsen>\n"
            "Støttebehov: <borgerens behov for støtte>\n"
            "\nTekst.\n");
}

TEST(MissingTargetGroup, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\n\n## Målgruppe\nMålgruppe: Børn.\nKategori: 3.\n", {2026, 8, 10}, nullptr,
                      diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The section »Målgruppe« lacks »Støttebehov«.");
}

}  // namespace
}  // namespace planlint::testing
