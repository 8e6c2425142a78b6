// missing-success-criterion (PL101): a goal or sub-goal without a Succeskriterium.
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL101",
    .name = "missing-success-criterion",
    .family = Family::M,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Et mål eller delmål uden succeskriterium.",
    .summary_en = "A goal or sub-goal without a success criterion.",
    .what = "Finder mål og delmål uden feltet `Succeskriterium:`.",
    .why = "Et mål skal være målbart (M i SMARTE): det skal være muligt at se, hvornår det er nået. "
           "002_6148a88b2185cfbf.txt: »M – Målbart: Målet skal repræsentere et resultat, der er målbart. Det skal "
           "med andre ord være muligt at konstatere, hvornår målet er nået.« Uden et succeskriterium kan "
           "evalueringen ikke afgøre, om målet er nået.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Handleplan: H2\n"
           "Start: 01-02-2026\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Handleplan: H2\n"
            "Succeskriterium: Asta tager trøjen på uden fysisk hjælp mindst 5 af 7 morgener i fire uger i træk.\n"
            "Start: 01-02-2026\n",
    .options = "",
};

class MissingSuccessCriterion final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      if (g.section.field(FieldId::success_criterion) != nullptr) return;
      ctx.report(heading_of(g.section), with_goal(ctx, g, "{} mangler et succeskriterium.", "{} has no success criterion."),
                 std::string(ctx.tr("Tilføj »Succeskriterium:« med noget, der kan ses eller tælles, fx »mindst 5 af 7 morgener i fire uger«.",
                                    "Add »Succeskriterium:« with something that can be seen or counted, e.g. »at least 5 of 7 mornings for four weeks«.")),
                 {insert_field_line(g.section, ctx.source(), ctx.tr("Succeskriterium: <hvornår er målet nået?>", "Succeskriterium: <when is the goal reached?>"),
                                    std::string(ctx.tr("Indsæt feltet Succeskriterium", "Insert the Succeskriterium field")), Applicability::unsafe)});
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_success_criterion, MissingSuccessCriterion)

}  // namespace planlint::rules
