// avoidance-phrasing (PL501): one test per form and per "not avoidance" case of the issue.
#include <fstream>
#include <sstream>

#include "rule_test_support.h"
#include "tests/lang/lang_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "avoidance-phrasing";

using Phrases = std::vector<std::string>;

TEST(AvoidancePhrasing, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(AvoidancePhrasing, SilentOnTheReferencePlans) {
  for (const char* path : {kReferencePlanFile, PLANLINT_SOURCE_DIR "/examples/barn-specialboernehjem.plan",
                           PLANLINT_SOURCE_DIR "/examples/voksen-botilbud.plan", PLANLINT_SOURCE_DIR "/examples/fejlbehaeftet.plan"}) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    ASSERT_FALSE(s.str().empty()) << path;
    EXPECT_TRUE(hits(kRule, s.str()).empty()) << path;
  }
}

// ---- The forms of avoidance ----

TEST(AvoidancePhrasing, Undgaa) { EXPECT_EQ(on_statement(kRule, "Noah undgår konflikter i frikvarteret"), Phrases{"undgår"}); }

TEST(AvoidancePhrasing, PassiveWithoutAgent) {
  EXPECT_EQ(on_statement(kRule, "Konflikter ved aftensmaden undgås"), Phrases{"undgås"});
}

TEST(AvoidancePhrasing, SkalUndgaas) { EXPECT_EQ(on_statement(kRule, "Konflikter i bofællesskabet skal undgås"), Phrases{"undgås"}); }

TEST(AvoidancePhrasing, IkkeInTheMainAssertion) { EXPECT_EQ(on_statement(kRule, "Emil slår ikke de andre børn"), Phrases{"ikke"}); }

TEST(AvoidancePhrasing, IkkeLaengere) {
  EXPECT_EQ(on_statement(kRule, "Jonas kommer ikke længere for sent på arbejde"), Phrases{"ikke længere"});
}

TEST(AvoidancePhrasing, Aldrig) { EXPECT_EQ(on_statement(kRule, "Kasper råber aldrig ad personalet"), Phrases{"aldrig"}); }

TEST(AvoidancePhrasing, Ingen) { EXPECT_EQ(on_statement(kRule, "Sara har ingen fraværsdage i skolen"), Phrases{"ingen fraværsdage"}); }

TEST(AvoidancePhrasing, Hverken) { EXPECT_EQ(on_statement(kRule, "Ahmed ryger hverken hash eller cigaretter"), Phrases{"hverken hash"}); }

TEST(AvoidancePhrasing, Stoppe) { EXPECT_EQ(on_statement(kRule, "Mikkel stopper med at drikke alkohol"), Phrases{"stopper med"}); }

TEST(AvoidancePhrasing, HoldeOpMed) {
  EXPECT_EQ(on_statement(kRule, "Jonas holder op med at ryge hash"), Phrases{"holder op med"});
  EXPECT_EQ(on_statement(kRule, "Mikkel holder helt op med at ryge"), Phrases{"holder helt op med"});
}

TEST(AvoidancePhrasing, OphoereMed) { EXPECT_EQ(on_statement(kRule, "Sara ophører med at skade sig selv"), Phrases{"ophører med"}); }

TEST(AvoidancePhrasing, AfstaaFra) { EXPECT_EQ(on_statement(kRule, "Ali afstår fra at ryge joints"), Phrases{"afstår fra"}); }

TEST(AvoidancePhrasing, LadeVaereMed) {
  EXPECT_EQ(on_statement(kRule, "Peter lader være med at slå de andre børn"), Phrases{"lader være med"});
}

TEST(AvoidancePhrasing, SlippeFor) { EXPECT_EQ(on_statement(kRule, "Lise slipper for angstanfald om natten"), Phrases{"slipper for"}); }

TEST(AvoidancePhrasing, FaerreAppliedToAProblem) {
  EXPECT_EQ(on_statement(kRule, "Færre konflikter mellem Oliver og hans søster"), Phrases{"Færre konflikter"});
  EXPECT_EQ(on_statement(kRule, "Konflikterne i bofællesskabet bliver færre"), Phrases{"Konflikterne i bofællesskabet bliver færre"});
}

TEST(AvoidancePhrasing, MindreAppliedToAProblem) { EXPECT_EQ(on_statement(kRule, "Mindre angst i hverdagen"), Phrases{"Mindre angst"}); }

TEST(AvoidancePhrasing, Reducere) { EXPECT_EQ(on_statement(kRule, "Mikkel reducerer sit forbrug af hash"), Phrases{"reducerer"}); }

TEST(AvoidancePhrasing, Mindske) { EXPECT_EQ(on_statement(kRule, "Jonas mindsker sit alkoholforbrug"), Phrases{"mindsker"}); }

TEST(AvoidancePhrasing, Begraense) { EXPECT_EQ(on_statement(kRule, "Begrænse Sofies skærmtid om aftenen"), Phrases{"Begrænse"}); }

TEST(AvoidancePhrasing, Halvere) { EXPECT_EQ(on_statement(kRule, "Antallet af raserianfald halveres"), Phrases{"halveres"}); }

TEST(AvoidancePhrasing, UdenAt) {
  EXPECT_EQ(on_statement(kRule, "Victor spiser aftensmad uden at kaste med maden"), Phrases{"uden at kaste"});
}

TEST(AvoidancePhrasing, UdenAProblem) {
  EXPECT_EQ(on_statement(kRule, "Ali gennemfører et skoleår uden bortvisninger"), Phrases{"uden bortvisninger"});
}

TEST(AvoidancePhrasing, FreeOfAProblem) { EXPECT_EQ(on_statement(kRule, "Oliver er stoffri i tre måneder"), Phrases{"stoffri"}); }

TEST(AvoidancePhrasing, GoalWrittenForTheStaff) {
  const std::string plan = goal_plan("Personalet skal undgå, at Asta bliver urolig ved overgange");
  EXPECT_EQ(underlined(kRule, plan), Phrases{"undgå"});
  const auto h = hits(kRule, plan);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_NE(h[0].help.find("skrevet til personalet"), std::string::npos) << h[0].help;
  EXPECT_EQ(on_statement(kRule, "Personalet sikrer, at Asta ikke bliver forskrækket"), Phrases{"ikke"});
}

TEST(AvoidancePhrasing, SuccessCriterionToo) {
  EXPECT_EQ(on_criterion(kRule, "Noah har ingen konflikter i fire uger i træk."), Phrases{"ingen konflikter"});
  // "Målet er nået, når ...": the condition is the criterion itself.
  EXPECT_EQ(on_criterion(kRule, "Målet er nået, når Peter ikke har slået nogen i fire uger."), Phrases{"ikke"});
}

// ---- Not avoidance ----

TEST(AvoidancePhrasing, UdenHjaelpIsIndependence) {
  EXPECT_TRUE(on_statement(kRule, "William tager selv tøj på uden hjælp").empty());
  EXPECT_TRUE(on_statement(kRule, "Ella klæder sig på, uden at en voksen hjælper").empty());
}

TEST(AvoidancePhrasing, UdenPaamindelseIsIndependence) {
  EXPECT_TRUE(on_statement(kRule, "Clara børster tænder uden påmindelse morgen og aften").empty());
  EXPECT_TRUE(on_statement(kRule, "Johan tager sin medicin uden at blive mindet om det").empty());
}

TEST(AvoidancePhrasing, UdenFysiskStoetteIsIndependence) {
  EXPECT_TRUE(on_statement(kRule, "Alfred går op ad trappen uden fysisk støtte").empty());
}

TEST(AvoidancePhrasing, SigeFraIsASkill) {
  EXPECT_TRUE(on_statement(kRule, "Asta bruger sin talemaskine til at sige fra i skolen").empty());
  EXPECT_TRUE(on_statement(kRule, "Malthe lærer at sige fra, når andre børn tager hans legetøj").empty());
}

TEST(AvoidancePhrasing, SigeNejTakIsASkill) {
  EXPECT_TRUE(on_statement(kRule, "Ida siger nej tak, når hun bliver tilbudt hash").empty());
}

TEST(AvoidancePhrasing, IkkeKun) { EXPECT_TRUE(on_statement(kRule, "Johan deltager ikke kun i fodbold, men også i kor").empty()); }

TEST(AvoidancePhrasing, NegationInsideACondition) {
  EXPECT_TRUE(on_statement(kRule, "Når hun ikke kan sove, bruger Lise sin tyngdedyne").empty());
  EXPECT_TRUE(on_statement(kRule, "Karla beder om hjælp, når hun ikke kan finde sine ting").empty());
  EXPECT_TRUE(on_statement(kRule, "Mikkel deltager i aktiviteter, som han ikke har prøvet før").empty());
}

TEST(AvoidancePhrasing, IkkeSprogligtAsAnAdjective) {
  EXPECT_TRUE(on_statement(kRule, "Asta bruger ikke-sprogligt udtryk ved måltidet").empty());
}

TEST(AvoidancePhrasing, DoubleNegation) {
  EXPECT_TRUE(on_statement(kRule, "Ingen dag uden en gåtur for Magnus").empty());
  EXPECT_TRUE(on_statement(kRule, "Sofie går ikke i seng uden at have børstet tænder").empty());
}

TEST(AvoidancePhrasing, QuotedWordsAreMentionedNotUsed) {
  EXPECT_TRUE(on_criterion(kRule, "Asta trykker på \"stop\" på talemaskinen, når hun vil have en pause, hver dag.").empty());
}

TEST(AvoidancePhrasing, FewerRemindersIsNotAvoidance) {
  EXPECT_TRUE(on_statement(kRule, "Færre påmindelser til Jonas om oprydning").empty());
  EXPECT_TRUE(on_criterion(kRule, "Jonas laver aftensmad med højst én påmindelse 2 gange om ugen.").empty());
}

// ---- Spellings ----

TEST(AvoidancePhrasing, FoldedSpellings) {
  EXPECT_EQ(on_statement(kRule, "Noah undgaar konflikter i frikvarteret"), Phrases{"undgaar"});
  EXPECT_EQ(on_statement(kRule, "Konflikter undgaas ved maaltiderne"), Phrases{"undgaas"});
  EXPECT_TRUE(on_statement(kRule, "Emil klaeder sig paa uden hjaelp").empty());
}

TEST(AvoidancePhrasing, OcrDamage) {
  // As in the scanned guideline 000_efa129dd362016dc.txt: å read as a, ø as g, æ as ee.
  EXPECT_EQ(on_statement(kRule, "Noah undgar at ga ind i konflikter"), Phrases{"undgar"});
  EXPECT_EQ(on_statement(kRule, "Feerre konflikter ved maltiderne"), Phrases{"Feerre konflikter"});
  EXPECT_TRUE(on_statement(kRule, "Clara bgrster tender uden pamindelse").empty());
}

// ---- Positions, messages, configuration ----

TEST(AvoidancePhrasing, UnderlinesTheExactPhraseAtItsPosition) {
  const auto h = hits(kRule, goal_plan("Noah undgår konflikter i frikvarteret"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 4u);
  EXPECT_EQ(h[0].column, 16u);  // "## Mål 1: Noah " is 15 code points
  EXPECT_EQ(h[0].message, "Mål 1 beskriver noget, der skal undgås (»undgår«), ikke noget, der skal opnås.");
  EXPECT_NE(h[0].help.find("i stedet"), std::string::npos);
  EXPECT_NE(h[0].help.find("→"), std::string::npos) << "the help gives an example rewrite";
  EXPECT_EQ(h[0].severity, diag::Severity::warning);
}

TEST(AvoidancePhrasing, PhraseOnAContinuationLine) {
  const std::string plan =
      "# Individuel plan\n## Mål 1: Noah\n  undgår konflikter\nSucceskriterium: Noah leger 3 af 5 dage.\n"
      "## Mål 2: Asta tager trøjen på\nSucceskriterium: Asta tager trøjen på, men har\n  ingen konflikter i fire uger.\n";
  EXPECT_EQ(underlined(kRule, plan), (Phrases{"undgår", "ingen konflikter"}));
}

TEST(AvoidancePhrasing, NfdTextUnderlinesTheWholeStatement) {
  // "undgår" with a + combining ring: the model holds NFC, the file does not.
  const std::string statement = "Noah undga\xCC\x8Ar konflikter";
  EXPECT_EQ(on_statement(kRule, statement), Phrases{statement});
}

TEST(AvoidancePhrasing, SeveralPhrasesAreOneFindingWithRelatedPlaces) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const auto r = engine::lint_buffer("t.plan", goal_plan("Noah undgår konflikter og slår ikke"), o);
  std::size_t n = 0;
  for (const auto& d : r.diagnostics) {
    if (d.name != kRule) continue;
    ++n;
    ASSERT_EQ(d.related.size(), 1u);
    EXPECT_EQ(r.source.substr(d.related[0].range.begin, d.related[0].range.end - d.related[0].range.begin), "ikke");
  }
  EXPECT_EQ(n, 1u);
}

TEST(AvoidancePhrasing, EnglishMessageAndHelp) {
  const auto h = hits(kRule, goal_plan("Noah undgår konflikter"), {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 states something to avoid (»undgår«), not something to achieve.");
  EXPECT_NE(h[0].help.find("instead"), std::string::npos);
}

TEST(AvoidancePhrasing, ConfigurationAddsWords) {
  EXPECT_TRUE(on_statement(kRule, "Jonas dropper hashen").empty());
  const auto s = settings_from("[words]\navoidance = [\"droppe\", \"[problemer] energidrik\"]\n");
  EXPECT_EQ(on_statement(kRule, "Jonas dropper hashen", &s), Phrases{"dropper"});
  const auto plain = settings_from("");
  EXPECT_TRUE(on_statement(kRule, "Jonas spiser uden røverhistorier", &plain).empty());
  const auto problem = settings_from("[words]\navoidance = [\"[problemer] røverhistorie\"]\n");
  EXPECT_EQ(on_statement(kRule, "Jonas spiser uden røverhistorier", &problem), Phrases{"uden røverhistorier"});
}

TEST(AvoidancePhrasing, SwitchedOffByLetters) {
  const auto s = settings_from("letters = \"SMRTE\"\n");
  EXPECT_TRUE(on_statement(kRule, "Noah undgår konflikter", &s).empty());
}

}  // namespace
}  // namespace planlint::testing
