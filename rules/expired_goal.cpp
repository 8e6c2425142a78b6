// expired-goal (PL108): a goal or sub-goal whose end date has passed while its latest
// evaluation did not close it.
#include "rules/support/rule_support.h"
#include "schedule/deadlines.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL108",
    .name = "expired-goal",
    .family = Family::T,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "Et mål eller delmål, hvis slutdato er passeret, uden at målet er afsluttet.",
    .summary_en = "A goal or sub-goal whose end date has passed without the goal being closed.",
    .what = "Finder mål og delmål, hvis `Slut:` ligger før i dag, og hvis seneste evaluering ikke har besluttet "
            "`Beslutning: afslut`. Et mål, der slutter i dag, er ikke udløbet. Fundet peger på slutdatoen. "
            "Datoen »i dag« er kørslens dato (`--today` på kommandolinjen).",
    .why = "Et mål skal være tidsbestemt (T i SMARTE) og evalueres med en beslutning. 002_6148a88b2185cfbf.txt "
           "(T – Tidsbestemt): »Det skal fastsættes med en tydelig tidsramme for udførelse, evaluering og slutdato.« "
           "Om evalueringen: »I evalueringen tages der endvidere stilling til: […] Skal målet/delmålet afsluttes?« "
           "Når slutdatoen er passeret, skal det fremgå, om målet er nået og afsluttet, eller om det fortsætter med en ny "
           "slutdato.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Start: 01-02-2025\n"
           "Slut: 31-12-2025\n"
           "Evaluering: hver 3. måned\n"
           "\n"
           "### Evaluering 15-12-2025\n"
           "Kvalitativ: Asta tager trøjen på, når personalet guider verbalt.\n"
           "Kvantitativ: 5 af 7 morgener i fire uger.\n"
           "Beslutning: fortsæt\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Start: 01-02-2025\n"
            "Slut: 31-12-2025\n"
            "Evaluering: hver 3. måned\n"
            "\n"
            "### Evaluering 15-12-2025\n"
            "Kvalitativ: Asta tager trøjen på, når personalet guider verbalt.\n"
            "Kvantitativ: 5 af 7 morgener i fire uger.\n"
            "Beslutning: afslut\n",
    .options = "",
};

class ExpiredGoal final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const model::Date today = ctx.today();
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal* parent) {
      // The same deadline the agenda shows: an end date of a goal that is not closed.
      const std::optional<model::Date> date = schedule::goal_end_due(g, parent);
      if (!date || !(*date < today)) return;
      const long days = today.days_since_epoch() - date->days_since_epoch();
      ctx.report(g.section.field(FieldId::end)->value_range,
                 fmt::format(fmt::runtime(ctx.tr(days == 1 ? "{} sluttede {} ({} dag siden), men er ikke afsluttet."
                                                           : "{} sluttede {} ({} dage siden), men er ikke afsluttet.",
                                                 days == 1 ? "{} ended on {} ({} day ago) but has not been closed."
                                                           : "{} ended on {} ({} days ago) but has not been closed.")),
                             goal_label(g), date->danish(), days),
                 fmt::format(fmt::runtime(ctx.tr("Evaluer {0}, og afslut det med »Beslutning: afslut«, eller flyt »Slut:« til en ny "
                                                 "dato, hvis arbejdet med {0} fortsætter.",
                                                 "Evaluate {0} and close it with »Beslutning: afslut«, or move »Slut:« to a new date "
                                                 "if the work on {0} continues.")),
                             g.is_subgoal() ? ctx.tr("delmålet", "the sub-goal") : ctx.tr("målet", "the goal")));
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(expired_goal, ExpiredGoal)

}  // namespace planlint::rules
