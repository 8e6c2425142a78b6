// missing-handleplan-reference (PL103): a goal or sub-goal that does not cite the municipal
// handleplan goal it builds on (no Handleplan field).
#include "rules/support/rule_support.h"

#include <vector>

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL103",
    .name = "missing-handleplan-reference",
    .family = Family::R,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Et mål eller delmål, der ikke henviser til et mål i kommunens handleplan.",
    .summary_en = "A goal or sub-goal that does not refer to a goal of the municipality's handleplan.",
    .what = "Finder mål og delmål uden feltet `Handleplan:`, der henviser til det eller de mål i handleplanen "
            "(`- H1: ...` i afsnittet `## Handleplan`), som målet bygger på. Rettelsen indsætter `Handleplan: <H1>`; "
            "erklærer handleplanen præcis ét mål, indsættes dets id. Et felt med en ugyldig værdi tæller med "
            "(det får sin egen strukturfejl).",
    .why = "Et mål skal være relevant (R i SMARTE): bundet til kommunens formål. "
           "002_6148a88b2185cfbf.txt: »Alle mål og delmål begrundes med henvisning til den kommunale handleplan og ud "
           "fra faglige tilgange og metoder.« og (R – Relevant) »Det er vigtigt at sikre, at der er sammenhæng mellem de "
           "mål, der opstilles, og formålet fra kommunen.« 003_8ca9e5d4afeefdcb.txt, Indikator 1: »Hvordan der "
           "udarbejdes mål med udgangspunkt i den kommunale handleplan (§§ 140 og 141)«.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Succeskriterium: Asta tager trøjen på uden fysisk hjælp mindst 5 af 7 morgener i fire uger i træk.\n"
           "Start: 01-02-2026\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Handleplan: H2\n"
            "Succeskriterium: Asta tager trøjen på uden fysisk hjælp mindst 5 af 7 morgener i fire uger i træk.\n"
            "Start: 01-02-2026\n",
    .options = "",
};

// "H1, H2 eller H3"
std::string join_ids(const std::vector<model::HandleplanGoal>& goals, std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < goals.size(); ++i) {
    if (i > 0) out += i + 1 == goals.size() ? std::string(last_sep) : std::string(", ");
    out += goals[i].id;
  }
  return out;
}

class MissingHandleplanReference final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const std::vector<model::HandleplanGoal> none;
    const std::vector<model::HandleplanGoal>& declared = plan.handleplan ? plan.handleplan->goals : none;
    std::string help;
    if (declared.empty()) {
      help = std::string(ctx.tr("Tilføj »Handleplan:« med id'et på det mål i kommunens handleplan, som målet bygger på, fx "
                                "»Handleplan: H1«, og skriv kommunens mål i afsnittet »## Handleplan« som »- H1: <kommunens mål>«.",
                                "Add »Handleplan:« with the id of the goal in the municipality's handleplan that this goal builds "
                                "on, e.g. »Handleplan: H1«, and write the municipality's goals in the »## Handleplan« section as "
                                "»- H1: <the municipality's goal>«."));
    } else {
      help = fmt::format(fmt::runtime(ctx.tr("Tilføj »Handleplan:« med id'et på det mål i handleplanen, som målet bygger på: {}.",
                                             "Add »Handleplan:« with the id of the handleplan goal this goal builds on: {}.")),
                         join_ids(declared, ctx.tr(" eller ", " or ")));
    }
    const std::string line = declared.size() == 1 ? "Handleplan: " + declared.front().id : std::string("Handleplan: <H1>");
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      if (g.section.field(FieldId::handleplan_ref) != nullptr) return;
      ctx.report(heading_of(g.section),
                 with_goal(ctx, g, "{} henviser ikke til et mål i kommunens handleplan.",
                           "{} does not refer to a goal in the municipality's handleplan."),
                 help,
                 {insert_field_line(g.section, ctx.source(), line,
                                    std::string(ctx.tr("Indsæt feltet Handleplan", "Insert the Handleplan field")), Applicability::unsafe)});
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_handleplan_reference, MissingHandleplanReference)

}  // namespace planlint::rules
