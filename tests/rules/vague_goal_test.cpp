// vague-goal (PL502): one test per vague form of the issue, and the concrete versions.
#include "rule_test_support.h"
#include "tests/lang/lang_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "vague-goal";

using Phrases = std::vector<std::string>;

TEST(VagueGoal, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(VagueGoal, Trives) { EXPECT_EQ(on_statement(kRule, "Asta trives i skolen"), Phrases{"trives"}); }

TEST(VagueGoal, HaveDetGodt) { EXPECT_EQ(on_statement(kRule, "Jonas har det godt i sin lejlighed"), Phrases{"har det godt"}); }

TEST(VagueGoal, UdvikleSig) { EXPECT_EQ(on_statement(kRule, "Lise udvikler sig socialt"), Phrases{"udvikler sig"}); }

TEST(VagueGoal, BliveBedreTil) {
  EXPECT_EQ(on_statement(kRule, "Emil bliver bedre til at lege med andre børn"), Phrases{"bliver bedre til"});
}

TEST(VagueGoal, ArbejdePaaOgMed) {
  EXPECT_EQ(on_statement(kRule, "Sara arbejder på at blive mere selvstændig"), Phrases{"arbejder på at"});
  EXPECT_EQ(on_statement(kRule, "Personalet arbejder med Noahs selvværd"), Phrases{"selvværd"});
  EXPECT_EQ(on_statement(kRule, "Otto arbejder med sin selvstændighed"), Phrases{"arbejder med sin"});
  // Working at a place is no vague wording.
  EXPECT_TRUE(on_statement(kRule, "Mikkel arbejder på værkstedet tre formiddage om ugen").empty());
}

TEST(VagueGoal, Oeget) { EXPECT_EQ(on_statement(kRule, "Øget deltagelse i fællesskabet"), (Phrases{"Øget"})); }

TEST(VagueGoal, MereAndBedreWithoutANumber) {
  EXPECT_EQ(on_statement(kRule, "Asta går mere ud i haven"), Phrases{"mere"});
  EXPECT_EQ(on_statement(kRule, "Bedre søvn for Ida"), Phrases{"Bedre"});
  EXPECT_TRUE(on_statement(kRule, "Asta går mere ud i haven, mindst tre gange om ugen").empty());
}

TEST(VagueGoal, Hensigtsmaessig) {
  EXPECT_EQ(on_statement(kRule, "Hensigtsmæssig kommunikation med forældrene"), Phrases{"Hensigtsmæssig"});
}

TEST(VagueGoal, PositivUdvikling) { EXPECT_EQ(on_statement(kRule, "Positiv udvikling i Alfreds sprog"), (Phrases{"Positiv"})); }

TEST(VagueGoal, Stabil) { EXPECT_EQ(on_statement(kRule, "Stabil skolegang for Victor"), Phrases{"Stabil"}); }

TEST(VagueGoal, AThemeIsNotAGoal) { EXPECT_EQ(on_statement(kRule, "Sociale relationer"), Phrases{"Sociale relationer"}); }

TEST(VagueGoal, AConcreteCriterionInTheStatement) {
  EXPECT_TRUE(on_statement(kRule, "Jonas bliver bedre til at lave mad, så han selv laver aftensmad to gange om ugen").empty());
  EXPECT_TRUE(on_statement(kRule, "Asta udvikler sit sprog, så hun selv beder om vand ved måltidet").empty());
  EXPECT_TRUE(on_statement(kRule, "Emil bliver mere selvhjulpen ved at tage sin jakke på selv").empty());
  EXPECT_TRUE(on_statement(kRule, "Sara får en mere stabil døgnrytme og står op senest kl. 8 på hverdage").empty());
  // "tryg ved at" is the adjective's complement, not an explanation.
  EXPECT_EQ(on_statement(kRule, "Sara bliver mere tryg ved at tage bussen alene"), (Phrases{"mere"}));
}

TEST(VagueGoal, VagueWordsInAConditionOnly) {
  EXPECT_TRUE(on_statement(kRule, "Når Anton har det godt, går han selv i kiosken efter skole").empty());
}

TEST(VagueGoal, ConcreteGoalsAreSilent) {
  EXPECT_TRUE(on_statement(kRule, "Asta tager selv sin trøje på om morgenen").empty());
  EXPECT_TRUE(on_statement(kRule, "Ellen siger god morgen til de andre børn").empty());
  EXPECT_TRUE(on_statement(kRule, "Sofie deltager i undervisningen i en mindre gruppe").empty());
}

TEST(VagueGoal, FoldedAndOcrSpellings) {
  EXPECT_EQ(on_statement(kRule, "Lise trives i bofaellesskabet"), Phrases{"trives"});
  EXPECT_EQ(on_statement(kRule, "Lise faar det bedre"), Phrases{"faar det bedre"});
  EXPECT_EQ(on_statement(kRule, "Lise far det bedre"), Phrases{"bedre"});  // "far" may be a father: only "bedre"
  EXPECT_EQ(on_statement(kRule, "Emil feerdes trygt i trafikken"), Phrases{"trygt"});
}

TEST(VagueGoal, MessageListsTheVagueWordsAndHelpShowsAConcreteVersion) {
  const auto h = hits(kRule, goal_plan("Ib trives og udvikler sig i børnehaven"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].line, 4u);
  EXPECT_EQ(h[0].column, 14u);
  EXPECT_EQ(h[0].message, "Mål 1 er vagt formuleret (»trives« og »udvikler sig«) og har intet konkret kriterium.");
  EXPECT_NE(h[0].help.find("→ »Jonas laver selv aftensmad to gange om ugen«"), std::string::npos) << h[0].help;
}

TEST(VagueGoal, ComparativesGetHelpAboutHowMuch) {
  const auto h = hits(kRule, goal_plan("Asta går mere ud i haven"));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_NE(h[0].help.find("Sig hvor meget"), std::string::npos) << h[0].help;
}

TEST(VagueGoal, EnglishMessage) {
  const auto h = hits(kRule, goal_plan("Asta trives i skolen"), {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Mål 1 is vaguely worded (»trives«) and has no concrete criterion.");
  EXPECT_NE(h[0].help.find("how often"), std::string::npos);
}

TEST(VagueGoal, ConfigurationAddsAndRemovesWords) {
  EXPECT_TRUE(on_statement(kRule, "Asta har en velsignet hverdag").empty());
  const auto s = settings_from("[words]\nvague = [\"velsignet\", \"[ikke-vag] god stemning\"]\n");
  EXPECT_EQ(on_statement(kRule, "Asta har en velsignet hverdag", &s), Phrases{"velsignet"});
  EXPECT_EQ(on_statement(kRule, "Asta skaber god stemning ved bordet").size(), 1u);
  EXPECT_TRUE(on_statement(kRule, "Asta skaber god stemning ved bordet", &s).empty());
}

TEST(VagueGoal, SubGoalsToo) {
  const auto h = hits(kRule, "# Individuel plan\n## Mål 1: Asta tager trøjen på\n### Delmål 1.1: Asta trives om morgenen\n");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "Delmål 1.1 er vagt formuleret (»trives«) og har intet konkret kriterium.");
}

}  // namespace
}  // namespace planlint::testing
