// unmeasurable-criterion (PL503): a Succeskriterium with nothing observable.
#include "rule_test_support.h"
#include "tests/lang/lang_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "unmeasurable-criterion";

bool flagged(std::string_view criterion) { return !on_criterion(kRule, criterion).empty(); }

TEST(UnmeasurableCriterion, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST(UnmeasurableCriterion, NothingObservable) {
  EXPECT_TRUE(flagged("Asta har det godt om morgenen."));
  EXPECT_TRUE(flagged("Jonas trives i sin lejlighed."));
  EXPECT_TRUE(flagged("Personalet oplever, at Noah er gladere."));
  EXPECT_TRUE(flagged("Der ses en positiv udvikling i Olivers sprog."));
  EXPECT_TRUE(flagged("Personalet vurderer, at målet er nået."));
}

TEST(UnmeasurableCriterion, ACount) { EXPECT_FALSE(flagged("Asta er glad mindst 5 af 7 dage.")); }

TEST(UnmeasurableCriterion, AFrequency) {
  EXPECT_FALSE(flagged("Jonas er glad, når han har været på værkstedet hver tirsdag."));
  EXPECT_FALSE(flagged("Sara er tilfreds to gange om ugen."));
}

TEST(UnmeasurableCriterion, ADuration) { EXPECT_FALSE(flagged("Lise er i klassen hele skoledagen.")); }

TEST(UnmeasurableCriterion, ADate) {
  EXPECT_FALSE(flagged("Emil har en praktikplads senest 1. juni."));
  EXPECT_FALSE(flagged("Emil har en praktikplads inden udgangen af marts."));
}

TEST(UnmeasurableCriterion, AConcreteObservableAct) {
  EXPECT_FALSE(flagged("Else smører selv sin madpakke."));
  EXPECT_FALSE(flagged("Målet er nået, når Kasper selv har bestilt tid hos lægen."));
  EXPECT_FALSE(flagged("Asta er glad og tager selv trøjen på."));
}

TEST(UnmeasurableCriterion, AnActBlurredByAVagueWord) {
  EXPECT_TRUE(flagged("Emil er blevet bedre til at tage tøj på selv."));
  EXPECT_TRUE(flagged("Oliver rækker oftere hånden op."));
  EXPECT_TRUE(flagged("Laura tager ansvar for sin medicin."));
}

TEST(UnmeasurableCriterion, AnActOnlyInACondition) { EXPECT_TRUE(flagged("Asta er glad, når hun går i svømmehallen.")); }

TEST(UnmeasurableCriterion, AReportingActDoesNotCount) {
  EXPECT_TRUE(flagged("Mor fortæller, at Asta er glad, når hun kommer hjem."));
  EXPECT_FALSE(flagged("Personalet ser, at Asta selv henter sin madpakke."));
}

TEST(UnmeasurableCriterion, FoldedAndOcrSpellings) {
  EXPECT_TRUE(flagged("Lise er blevet mere selvstaendig."));
  EXPECT_TRUE(flagged("Asta har det godt i bgrnehaven."));
  EXPECT_FALSE(flagged("Asta tager trgjen pa uden fysisk hjeelp."));
  EXPECT_FALSE(flagged("Noah raekker haanden op i timerne."));
}

TEST(UnmeasurableCriterion, UnderlinesTheWholeCriterion) {
  const std::string plan = goal_plan("Asta tager trøjen på", "Asta har det godt\n  om morgenen.");
  EXPECT_EQ(underlined(kRule, plan), std::vector<std::string>{"Asta har det godt\n  om morgenen."});
  const auto h = hits(kRule, plan);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message,
            "Succeskriteriet for Mål 1 kan ikke måles: det nævner hverken et antal, en hyppighed, en varighed, en dato eller en "
            "handling, man kan se.");
  EXPECT_NE(h[0].help.find("→"), std::string::npos) << "the help gives an example rewrite";
}

TEST(UnmeasurableCriterion, EnglishMessage) {
  const auto h = hits(kRule, goal_plan("Asta tager trøjen på", "Asta trives."), {2026, 8, 10}, nullptr, diag::Lang::en);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].message, "The success criterion of Mål 1 cannot be measured: it names no count, frequency, duration, date or act one can see.");
}

TEST(UnmeasurableCriterion, ConfigurationAddsObservableActs) {
  EXPECT_TRUE(flagged("Jonas måler selv sit blodtryk."));
  EXPECT_TRUE(flagged("Jonas er glad hele skoleåret.") == false);
  const auto s = settings_from("[words]\nobservable = [\"måle * * blodtryk\", \"[mål] terminen\"]\n");
  EXPECT_TRUE(on_criterion(kRule, "Jonas måler selv sit blodtryk.", &s).empty());
  EXPECT_TRUE(flagged("Jonas er glad i terminen."));
  EXPECT_TRUE(on_criterion(kRule, "Jonas er glad i terminen.", &s).empty());
}

TEST(UnmeasurableCriterion, SwitchedOffByLetters) {
  const auto s = settings_from("letters = \"SARTE\"\n");
  EXPECT_TRUE(on_criterion(kRule, "Asta trives.", &s).empty());
}

}  // namespace
}  // namespace planlint::testing
