// subgoal-outside-goal-period (PL107): a Delmål that starts before its Mål starts or ends after
// its Mål ends.
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL107",
    .name = "subgoal-outside-goal-period",
    .family = Family::T,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "Et delmål, der ligger uden for sit måls periode.",
    .summary_en = "A sub-goal that lies outside its goal's period.",
    .what = "Sammenligner hvert delmåls `Start:` og `Slut:` med målet over det: et delmål må ikke starte før sit mål "
            "eller slutte efter det. Fundet peger på delmålets dato, og målets dato vises som relateret sted. "
            "Datoer, der mangler eller ikke kan læses, sammenlignes ikke.",
    .why = "Delmål er trin på vejen til målet, så de skal ligge inden for målets tidsramme (T i SMARTE). "
           "002_6148a88b2185cfbf.txt (T – Tidsbestemt): »Målet skal være tidsbestemt. Det skal fastsættes med en "
           "tydelig tidsramme for udførelse, evaluering og slutdato.« Et delmål, der fortsætter efter sit mål, har "
           "ingen tydelig tidsramme.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Start: 01-02-2026\n"
           "Slut: 31-12-2026\n"
           "\n"
           "### Delmål 1.1: Asta finder selv trøjen i skuffen\n"
           "Start: 01-02-2026\n"
           "Slut: 31-03-2027\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Start: 01-02-2026\n"
            "Slut: 31-12-2026\n"
            "\n"
            "### Delmål 1.1: Asta finder selv trøjen i skuffen\n"
            "Start: 01-02-2026\n"
            "Slut: 30-06-2026\n",
    .options = "",
};

class SubgoalOutsideGoalPeriod final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal* parent) {
      if (parent == nullptr) return;
      const std::string sub = goal_label(g);
      const std::string goal = goal_label(*parent);
      const model::Field* start = g.section.field(FieldId::start);
      const model::Field* parent_start = parent->section.field(FieldId::start);
      if (start != nullptr && parent_start != nullptr && start->as<model::Date>() != nullptr &&
          parent_start->as<model::Date>() != nullptr && *start->as<model::Date>() < *parent_start->as<model::Date>()) {
        const std::string at = parent_start->as<model::Date>()->danish();
        ctx.report(start->value_range,
                   fmt::format(fmt::runtime(ctx.tr("{} starter {}, før {} starter ({}).", "{} starts on {}, before {} starts ({}).")), sub,
                               start->as<model::Date>()->danish(), goal, at),
                   fmt::format(fmt::runtime(ctx.tr("Et delmål skal ligge inden for sit måls periode. Flyt delmålets start til {} eller "
                                                   "senere, eller ret startdatoen for {}.",
                                                   "A sub-goal must lie within its goal's period. Move the sub-goal's start to {} or "
                                                   "later, or correct the start date of {}.")),
                               at, goal),
                   {}, {{parent_start->value_range, fmt::format(fmt::runtime(ctx.tr("startdatoen for {}", "the start date of {}")), goal)}});
      }
      const model::Field* end = g.section.field(FieldId::end);
      const model::Field* parent_end = parent->section.field(FieldId::end);
      if (end != nullptr && parent_end != nullptr && end->as<model::Date>() != nullptr && parent_end->as<model::Date>() != nullptr &&
          *parent_end->as<model::Date>() < *end->as<model::Date>()) {
        const std::string at = parent_end->as<model::Date>()->danish();
        ctx.report(end->value_range,
                   fmt::format(fmt::runtime(ctx.tr("{} slutter {}, efter {} slutter ({}).", "{} ends on {}, after {} ends ({}).")), sub,
                               end->as<model::Date>()->danish(), goal, at),
                   fmt::format(fmt::runtime(ctx.tr("Et delmål skal ligge inden for sit måls periode. Flyt delmålets slutdato til {} eller "
                                                   "tidligere, eller ret slutdatoen for {}.",
                                                   "A sub-goal must lie within its goal's period. Move the sub-goal's end to {} or "
                                                   "earlier, or correct the end date of {}.")),
                               at, goal),
                   {}, {{parent_end->value_range, fmt::format(fmt::runtime(ctx.tr("slutdatoen for {}", "the end date of {}")), goal)}});
      }
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(subgoal_outside_goal_period, SubgoalOutsideGoalPeriod)

}  // namespace planlint::rules
