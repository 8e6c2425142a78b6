// missing-participation (PL102): a goal or sub-goal that does not say how the citizen or the
// parents took part in formulating it (no Inddragelse field).
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL102",
    .name = "missing-participation",
    .family = Family::A,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Et mål eller delmål, der ikke beskriver, hvordan borgeren eller forældrene har været inddraget.",
    .summary_en = "A goal or sub-goal that does not say how the citizen or the parents took part.",
    .what = "Finder mål og delmål uden feltet `Inddragelse:`, der beskriver, hvordan og i hvilken udstrækning "
            "borgeren (eller forældrene, værgen eller netværket) har været med til at formulere målet. "
            "Et felt, der står der, tæller med, også når det er tomt (det får sin egen strukturfejl).",
    .why = "Et mål skal være acceptabelt (A i SMARTE): formuleret sammen med borgeren eller forældrene. "
           "003_8ca9e5d4afeefdcb.txt, Indikator 2: skabelonen skal muliggøre beskrivelse af »Hvordan og i hvilken "
           "udstrækning borgerne medvirker i formulering af mål«. "
           "002_6148a88b2185cfbf.txt (A – Acceptabelt): »Målet/delmålet skal så vidt muligt være formuleret i "
           "samarbejde med forældre eller borgeren, så borgeren eller forældrene er enig i, at der er vigtigt og "
           "relevant at arbejde med målet.« Uden feltet kan ingen se, om målet er borgerens eget.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Handleplan: H2\n"
           "Succeskriterium: Asta tager trøjen på uden fysisk hjælp mindst 5 af 7 morgener i fire uger i træk.\n"
           "Start: 01-02-2026\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Handleplan: H2\n"
            "Succeskriterium: Asta tager trøjen på uden fysisk hjælp mindst 5 af 7 morgener i fire uger i træk.\n"
            "Inddragelse: Aftalt med Asta og mor på statusmødet 01-02-2026; Asta pegede på billedet af trøjen.\n"
            "Start: 01-02-2026\n",
    .options = "",
};

class MissingParticipation final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      if (g.section.field(FieldId::participation) != nullptr) return;
      ctx.report(heading_of(g.section),
                 with_goal(ctx, g, "{} beskriver ikke, hvordan borgeren eller forældrene har været inddraget.",
                           "{} does not say how the citizen or the parents took part."),
                 std::string(ctx.tr("Tilføj »Inddragelse:« med, hvordan og i hvilken udstrækning borgeren eller forældrene har været "
                                    "med til at formulere målet, fx »Inddragelse: Aftalt med Asta og mor på statusmødet 01-02-2026«.",
                                    "Add »Inddragelse:« saying how and how far the citizen or the parents took part in formulating "
                                    "the goal, e.g. »Inddragelse: Aftalt med Asta og mor på statusmødet 01-02-2026«.")),
                 {insert_field_line(g.section, ctx.source(), "Inddragelse: <hvordan har borgeren/forældrene været med?>",
                                    std::string(ctx.tr("Indsæt feltet Inddragelse", "Insert the Inddragelse field")),
                                    Applicability::unsafe)});
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_participation, MissingParticipation)

}  // namespace planlint::rules
