#include <fstream>
#include <sstream>

#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "incomplete-status";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(IncompleteStatus, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(IncompleteStatus, SilentOnTheExamples) {
  const std::string child = read_text(kReferencePlanFile);
  const std::string adult = read_text(PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan");
  ASSERT_FALSE(child.empty());
  ASSERT_FALSE(adult.empty());
  EXPECT_TRUE(hits(kRule, child).empty());
  EXPECT_TRUE(hits(kRule, adult).empty());
}

TEST(IncompleteStatus, OneFindingPerStatusListingEveryMissingPart) {
  const auto h = hits(kRule,
                      "# Individuel plan\n\n## Status 10-07-2026\nMøde: 28-07-2026\nSendt: 10-07-2026\n"
                      "Mål i perioden: Mål 1\nOpnåede resultater: X.\nFremadrettet: Y.\n"
                      "Faglige tilgange og metoder: Z.\nMålgruppe og støttebehov: Uændret.\n\n"
                      "## Status 10-01-2027\n");
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].line, 3u);
  EXPECT_EQ(h[0].column, 1u);
  EXPECT_EQ(h[0].message, "Statussen mangler »Periode«, »Ressourcer og udfordringer« og »Udførte indsatser«.");
  EXPECT_EQ(h[0].fixes, 1u);
  EXPECT_EQ(h[1].line, 12u);
  EXPECT_EQ(h[1].message,
            "Statussen mangler »Periode«, »Møde«, »Ressourcer og udfordringer«, »Mål i perioden«, »Udførte indsatser«, "
            "»Opnåede resultater«, »Fremadrettet«, »Faglige tilgange og metoder« og »Målgruppe og støttebehov«.");
}

TEST(IncompleteStatus, SilentWithoutStatuses) { EXPECT_TRUE(hits(kRule, "# Individuel plan\nOmråde: børn\n").empty()); }

TEST(IncompleteStatus, FieldsWithAStructureErrorCountAsPresent) {
  const std::string text =
      "# Individuel plan\n\n## Status 10-07-2026\nPeriode: 30-06-2026 til 01-02-2026\nMøde: 31-02-2026\n"
      "Ressourcer og udfordringer:\nMål i perioden: hele planen\nUdførte indsatser: A.\nOpnåede resultater: B.\n"
      "Fremadrettet: C.\nFaglige tilgange og metoder: D.\nMålgruppe og støttebehov: E.\n";
  EXPECT_TRUE(hits(kRule, text).empty());
  EXPECT_FALSE(hits("invalid-date", text).empty());
}

TEST(IncompleteStatus, FixInsertsTheMissingFieldsWithPlaceholders) {
  EXPECT_EQ(apply_fixes(kRule,
                        "# Individuel plan\n\n## Status 10-07-2026\nMøde: 28-07-2026\nMål i perioden: Mål 1\n"
                        "Opnåede resultater: X.\nFremadrettet: Y.\nFaglige tilgange og metoder: Z.\n\n## Mål 1: A\n"),
            "# Individuel plan\n\n## Status 10-07-2026\nMøde: 28-07-2026\nMål i perioden: Mål 1\n"
            "Opnåede resultater: X.\nFremadrettet: Y.\nFaglige tilgange og metoder: Z.\n"
            "Periode: <dd-mm-åååå til dd-mm-åååå>\n"
            "Ressourcer og udfordringer: <ressourcer, udfordringer og behov for støtte siden sidste status>\n"
            "Udførte indsatser: <de indsatser, der er udført>\n"
            "Målgruppe og støttebehov: <målgruppe, kategori og støttebehov, jf. ydelsesbeskrivelsen>\n"
            "\n## Mål 1: A\n");
}

TEST(IncompleteStatus, EnglishMessage) {
  const auto h = hits(kRule,
                      "# Individuel plan\n\n## Status 10-07-2026\nPeriode: 01-02-2026 til 30-06-2026\nMøde: 28-07-2026\n"
                      "Ressourcer og udfordringer: A.\nMål i perioden: Mål 1\nUdførte indsatser: B.\nOpnåede resultater: C.\n"
                      "Fremadrettet: D.\nFaglige tilgange og metoder: E.\n",
                      {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The status lacks »Målgruppe og støttebehov«.");
}

}  // namespace
}  // namespace planlint::testing
