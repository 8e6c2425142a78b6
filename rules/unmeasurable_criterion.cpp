// unmeasurable-criterion (PL503): a Succeskriterium with nothing observable: no count,
// frequency, duration, date or concrete observable act.
#include "lang/analysis.h"
#include "lang/source_map.h"
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL503",
    .name = "unmeasurable-criterion",
    .family = Family::M,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "Et succeskriterium uden noget, der kan ses eller tælles.",
    .summary_en = "A success criterion with nothing that can be seen or counted.",
    .what = "Læser feltet `Succeskriterium:` i mål og delmål. Det er målbart, når det nævner et antal, en "
            "hyppighed, en varighed eller en dato (»mindst 5 af 7 morgener«, »to gange om ugen«, »i fire uger i "
            "træk«, »inden 1. juni«), eller en konkret handling, man kan se (»Asta tager trøjen på«), som ikke står "
            "i en betingelse og ikke sløres af et vagt ord (»bliver bedre til at tage trøjen på«). Ellers er "
            "succeskriteriet ikke målbart: »Asta har det godt«, »Jonas er mere selvstændig«, »Personalet oplever "
            "en positiv udvikling«. Se docs/language-rules.md.",
    .why = "Et mål skal være målbart (M i SMARTE). 002_6148a88b2185cfbf.txt: »M – Målbart: Målet skal "
           "repræsentere et resultat, der er målbart. Det skal med andre ord være muligt at konstatere, hvornår "
           "målet er nået.« Evalueringen skal have en kvantitativ del (002), og den kan kun tælle det, "
           "succeskriteriet nævner.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Succeskriterium: Asta har det godt om morgenen.\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Succeskriterium: Asta tager trøjen på uden fysisk hjælp mindst 5 af 7 morgener i fire uger i træk.\n",
    .options = "`[words] observable` i `planlint.toml`: ekstra handlinger, der kan ses, fx `observable = [\"tage "
               "blodtryk\"]`; `\"[mål] skoleår\"` tilføjer et mål for tid eller antal (se docs/language-rules.md).",
};

class UnmeasurableCriterion final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const std::shared_ptr<const lang::Lexicon> lexicon = lang::Lexicon::for_settings(ctx.settings());
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      const model::Field* criterion = g.section.field(FieldId::success_criterion);
      if (criterion == nullptr || criterion->text.empty()) return;
      const auto analysis = lang::analyse_cached(criterion->text, *lexicon);
      if (lang::is_measurable(*analysis, *lexicon)) return;
      ctx.report(criterion->value_range,
                 with_goal(ctx, g, "Succeskriteriet for {} kan ikke måles: det nævner hverken et antal, en hyppighed, en varighed, en dato eller en handling, man kan se.",
                           "The success criterion of {} cannot be measured: it names no count, frequency, duration, date or act one can see."),
                 std::string(ctx.tr(
                     "Skriv, hvad man skal se borgeren gøre, og hvor ofte eller hvor længe, så evalueringen kan afgøre, om "
                     "målet er nået. Fx »Asta har det godt om morgenen« → »Asta tager trøjen på uden fysisk hjælp 5 af 7 "
                     "morgener i fire uger i træk«.",
                     "Write what one should see the citizen do, and how often or for how long, so that the evaluation can "
                     "decide whether the goal is reached. E.g. »Asta har det godt om morgenen« → »Asta tager trøjen på uden "
                     "fysisk hjælp 5 af 7 morgener i fire uger i træk« (Asta puts on her sweater without physical help 5 "
                     "mornings out of 7 for four weeks running).")));
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(unmeasurable_criterion, UnmeasurableCriterion)

}  // namespace planlint::rules
