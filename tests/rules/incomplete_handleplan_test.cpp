#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "incomplete-handleplan";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(IncompleteHandleplan, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(IncompleteHandleplan, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(IncompleteHandleplan, OneFindingListingEveryMissingField) {
  const auto h = hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Handleplan\nLovgrundlag: Barnets lov § 91\n- H1: X\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 4u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Handleplanen mangler »Dato« og »Formål«.");
  EXPECT_EQ(h[0].help,
            "Tilføj »Dato:« med handleplanens dato og »Formål:« med kommunens formål med indsatsen, skrevet af fra kommunens "
            "handleplan.");
  EXPECT_EQ(h[0].fixes, 1u);

  const auto all = hits(kRule, "# Individuel plan\n\n## Barnets plan\n");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].line, 3u);
  EXPECT_EQ(all[0].message, "Handleplanen mangler »Lovgrundlag«, »Dato« og »Formål«.");

  const auto one = hits(kRule, "# Individuel plan\n\n## Handleplan\nLovgrundlag: SEL § 141\nDato: 06-01-2026\n");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].message, "Handleplanen mangler »Formål«.");
}

TEST(IncompleteHandleplan, SilentWithoutAHandleplan) {
  // That is missing-handleplan's finding.
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\n").empty());
}

TEST(IncompleteHandleplan, FieldsWithAStructureErrorCountAsPresent) {
  // An impossible date and an empty field have their own structure findings.
  const std::string text = "# Individuel plan\n\n## Handleplan\nLovgrundlag:\nDato: 31-02-2026\nFormål: X\n";
  EXPECT_TRUE(hits(kRule, text).empty());
  EXPECT_FALSE(hits("invalid-date", text).empty());
  EXPECT_FALSE(hits("empty-field", text).empty());
}

TEST(IncompleteHandleplan, FixInsertsTheMissingFieldsAfterTheLastField) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\nOmråde: voksne\n\n## Handleplan\nKommune: Viborg\n- H1: X\n\n## Mål 1: Y\n"),
            "# Individuel plan\nOmråde: voksne\n\n## Handleplan\nKommune: Viborg\n"
            "Lovgrundlag: <SEL § 141>\n"
            "Dato: <handleplanens dato, dd-mm-åååå>\n"
            "Formål: <kommunens formål med indsatsen>\n"
            "- H1: X\n\n## Mål 1: Y\n");
  // Without fields, right after the heading; a children's plan gets Barnets lov.
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\nOmråde: børn\n\n## Handleplan\n- H1: X\n"),
            "# Individuel plan\nOmråde: børn\n\n## Handleplan\nLovgrundlag: <Barnets lov § 91>\n"
            "Dato: <handleplanens dato, dd-mm-åååå>\nFormål: <kommunens formål med indsatsen>\n- H1: X\n");
}

TEST(IncompleteHandleplan, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\n\n## Handleplan\nDato: 06-01-2026\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The handleplan lacks »Lovgrundlag« and »Formål«.");
}

}  // namespace
}  // namespace planlint::testing
