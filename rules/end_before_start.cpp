// end-before-start (PL106): a goal or sub-goal whose Slut date lies before its Start date.
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL106",
    .name = "end-before-start",
    .family = Family::T,
    .severity = Severity::error,
    .fixability = Fixability::none,
    .summary_da = "Et mål eller delmål, der slutter, før det starter.",
    .summary_en = "A goal or sub-goal that ends before it starts.",
    .what = "Sammenligner `Start:` og `Slut:` i hvert mål og delmål og melder, når slutdatoen ligger før startdatoen. "
            "Samme dato er i orden (et mål på én dag). Datoer, der ikke kan læses, sammenlignes ikke (de har allerede "
            "deres strukturfejl).",
    .why = "Et mål skal være tidsbestemt (T i SMARTE) med en tydelig tidsramme. 002_6148a88b2185cfbf.txt "
           "(T – Tidsbestemt): »Det skal fastsættes med en tydelig tidsramme for udførelse, evaluering og slutdato.« "
           "En periode, der slutter før den begynder, er ingen tidsramme; oftest er årstallet skrevet forkert.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Start: 01-02-2026\n"
           "Slut: 31-12-2025\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Start: 01-02-2026\n"
            "Slut: 31-12-2026\n",
    .options = "",
};

class EndBeforeStart final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      const model::Field* start = g.section.field(FieldId::start);
      const model::Field* end = g.section.field(FieldId::end);
      if (start == nullptr || end == nullptr) return;
      const auto* from = start->as<model::Date>();
      const auto* to = end->as<model::Date>();
      if (from == nullptr || to == nullptr || !(*to < *from)) return;
      ctx.report(end->value_range,
                 fmt::format(fmt::runtime(ctx.tr("{} slutter {}, før det starter ({}).", "{} ends on {}, before it starts ({}).")),
                             goal_label(g), to->danish(), from->danish()),
                 std::string(ctx.tr("Ret »Slut:« eller »Start:«, så slutdatoen ligger på eller efter startdatoen; tjek især årstallet.",
                                    "Correct »Slut:« or »Start:« so that the end date is on or after the start date; check the year "
                                    "in particular.")),
                 {}, {{start->value_range, std::string(ctx.tr("startdatoen", "the start date"))}});
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(end_before_start, EndBeforeStart)

}  // namespace planlint::rules
