// missing-intervention (PL113): a goal or sub-goal that does not say which intervention leads
// to it (no Indsats field).
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL113",
    .name = "missing-intervention",
    .family = Family::A,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Et mål eller delmål uden en beskrevet indsats.",
    .summary_en = "A goal or sub-goal without an intervention.",
    .what = "Finder mål og delmål uden feltet `Indsats:` (eller `Indsatser:`), der beskriver, hvad personalet konkret "
            "gør for at nå målet. Et felt, der står der, tæller med, også når det er tomt (det får sin egen strukturfejl).",
    .why = "Planen skal vise, hvordan målet nås, ikke kun hvad målet er. "
           "003_8ca9e5d4afeefdcb.txt, Indikator 2: skabelonen skal muliggøre beskrivelse af »Hvilke indsatser der skal "
           "ydes for at nå målene«. 002_6148a88b2185cfbf.txt (Den kommunale handleplan): i de individuelle planer skal "
           "fremgå »Hvilke indsatser, der skal ydes for at nå målene.«",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Handleplan: H2\n"
           "Inddragelse: Aftalt med Asta og mor på statusmødet 01-02-2026.\n"
           "Start: 01-02-2026\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Handleplan: H2\n"
            "Inddragelse: Aftalt med Asta og mor på statusmødet 01-02-2026.\n"
            "Indsats: Piktogram med tre trin ved sengen; personalet guider kun verbalt.\n"
            "Start: 01-02-2026\n",
    .options = "",
};

class MissingIntervention final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      if (g.section.field(FieldId::intervention) != nullptr) return;
      ctx.report(heading_of(g.section),
                 with_goal(ctx, g, "{} beskriver ikke, hvilken indsats der skal føre til målet.",
                           "{} does not say which intervention leads to the goal."),
                 std::string(ctx.tr("Tilføj »Indsats:« med det, personalet konkret gør for at nå målet, fx »Indsats: Piktogram med "
                                    "tre trin ved sengen; personalet guider kun verbalt«.",
                                    "Add »Indsats:« with what the staff concretely do to reach the goal, e.g. »Indsats: Piktogram "
                                    "med tre trin ved sengen; personalet guider kun verbalt«.")),
                 {insert_field_line(g.section, ctx.source(), "Indsats: <hvad gør personalet for at nå målet?>",
                                    std::string(ctx.tr("Indsæt feltet Indsats", "Insert the Indsats field")), Applicability::unsafe)});
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_intervention, MissingIntervention)

}  // namespace planlint::rules
