#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "missing-handleplan";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(MissingHandleplan, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(MissingHandleplan, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(MissingHandleplan, FiresAtTheDocumentHeading) {
  const auto h = hits(kRule, "# Individuel plan\nBorger: X\nOmråde: børn\n\n## Mål 1: Y\nHandleplan: H1\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 1u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Planen har intet afsnit med kommunens handleplan (»## Handleplan«).");
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
  EXPECT_EQ(h[0].fixes, 1u);
  EXPECT_NE(h[0].help.find("»Lovgrundlag:«, »Dato:« og »Formål:«"), std::string::npos);
}

TEST(MissingHandleplan, FiresOnLineOneWithoutADocumentHeading) {
  const auto h = hits(kRule, "Borger: X\nOmråde: børn\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 1u);
  EXPECT_EQ(h[0].column, 1u);
}

TEST(MissingHandleplan, BarnetsPlanAndUngeplanCount) {
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Barnets plan\nLovgrundlag: Barnets lov § 91\n").empty());
  EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\n\n## Ungeplan\n").empty());
  // An empty Handleplan section is incomplete-handleplan's business, not this rule's.
  EXPECT_TRUE(hits(kRule, "# Individuel plan\n\n## Handleplan\n").empty());
}

TEST(MissingHandleplan, FixInsertsTheSkeletonBeforeTheFirstGoal) {
  const std::string fixed = apply_fixes(kRule, "# Individuel plan\nOmråde: børn\n\n## Ønsker\nSvømning.\n\n## Mål 1: Y\nHandleplan: H1\n");
  EXPECT_EQ(fixed,
            "# Individuel plan\nOmråde: børn\n\n## Ønsker\nSvømning.\n\n"
            "## Handleplan\n"
            "Lovgrundlag: <Barnets lov § 91>\n"
            "Dato: <handleplanens dato, dd-mm-åååå>\n"
            "Formål: <kommunens formål med indsatsen>\n"
            "- H1: <kommunens første mål>\n"
            "\n"
            "## Mål 1: Y\nHandleplan: H1\n");
}

TEST(MissingHandleplan, FixAppendsTheSkeletonWhenThePlanHasNoGoals) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\nOmråde: voksne\n"),
            "# Individuel plan\nOmråde: voksne\n\n"
            "## Handleplan\n"
            "Lovgrundlag: <SEL § 141>\n"
            "Dato: <handleplanens dato, dd-mm-åååå>\n"
            "Formål: <kommunens formål med indsatsen>\n"
            "- H1: <kommunens første mål>\n");
  // No newline at the end; an unknown area gets both laws as the placeholder.
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\nBorger: X"),
            "# Individuel plan\nBorger: X\n\n"
            "## Handleplan\n"
            "Lovgrundlag: <Barnets lov § 91 (børn) eller SEL § 141 (voksne)>\n"
            "Dato: <handleplanens dato, dd-mm-åååå>\n"
            "Formål: <kommunens formål med indsatsen>\n"
            "- H1: <kommunens første mål>\n");
}

TEST(MissingHandleplan, FixKeepsWindowsLineEndings) {
  EXPECT_EQ(apply_fixes(kRule, "# Individuel plan\r\nOmråde: voksne\r\n\r\n## Mål 1: Y\r\n"),
            "# Individuel plan\r\nOmråde: voksne\r\n\r\n"
            "## Handleplan\r\n"
            "Lovgrundlag: <SEL § 141>\r\n"
            "Dato: <handleplanens dato, dd-mm-åååå>\r\n"
            "Formål: <kommunens formål med indsatsen>\r\n"
            "- H1: <kommunens første mål>\r\n"
            "\r\n"
            "## Mål 1: Y\r\n");
}

TEST(MissingHandleplan, TheFixedPlanHasAHandleplan) {
  const std::string fixed = apply_fixes(kRule, "# Individuel plan\nOmråde: børn\n\n## Mål 1: Y\nHandleplan: H1\n");
  EXPECT_TRUE(hits(kRule, fixed).empty());
}

TEST(MissingHandleplan, EnglishMessage) {
  const auto h = hits(kRule, "# Individuel plan\n", {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The plan has no section with the municipality's action plan (»## Handleplan«).");
}

}  // namespace
}  // namespace planlint::testing
