// unused-handleplan-goal (PL204): a handleplan goal (- H2: ...) that no goal or sub-goal cites.
#include <algorithm>

#include "rules/support/rule_support.h"
#include "text/unicode.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL204",
    .name = "unused-handleplan-goal",
    .family = Family::R,
    .severity = Severity::info,
    .fixability = Fixability::none,
    .summary_da = "Et af handleplanens mål, som intet mål eller delmål henviser til.",
    .summary_en = "A handleplan goal that no goal or sub-goal refers to.",
    .what = "Finder de mål, handleplanen erklærer (`- H2: ...` i `## Handleplan`), som intet mål eller delmål nævner i "
            "sit `Handleplan:`-felt. Fundet står på målets id (`H2`). Står der et `Handleplan:`-felt, som ikke kan læses, "
            "melder reglen intet (det felt har sin egen strukturdiagnose, og det kunne være det, der skulle henvise).",
    .why = "Tilbuddets indsats skal hænge sammen med kommunens formål og mål; et mål i handleplanen, som ingen af planens "
           "mål arbejder hen imod, er enten glemt eller fravalgt uden begrundelse. 002_6148a88b2185cfbf.txt: »Mål og delmål "
           "for indsatsen fastlægges med afsæt i formålet med indsatsen og de konkrete mål, så det sikres, at vores indsats "
           "har sammenhæng med formålet og de konkrete mål, der er aftalt med kommunen.« og (R – Relevant) »Det er vigtigt "
           "at sikre, at der er sammenhæng mellem de mål, der opstilles, og formålet fra kommunen.«",
    .bad = "## Handleplan\n"
           "Lovgrundlag: Barnets lov § 91\n"
           "Dato: 10-01-2026\n"
           "Formål: Asta får en stabil hverdag.\n"
           "- H1: Asta udvikler sin kommunikation.\n"
           "- H2: Asta bliver mere selvhjulpen.\n"
           "\n"
           "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Handleplan: H2\n",
    .good = "## Handleplan\n"
            "Lovgrundlag: Barnets lov § 91\n"
            "Dato: 10-01-2026\n"
            "Formål: Asta får en stabil hverdag.\n"
            "- H1: Asta udvikler sin kommunikation.\n"
            "- H2: Asta bliver mere selvhjulpen.\n"
            "\n"
            "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Handleplan: H2\n"
            "\n"
            "## Mål 2: Asta viser med et billede, hvad hun vil spise\n"
            "Handleplan: H1\n",
    .options = "`letters` uden R slår reglen fra.",
};

class UnusedHandleplanGoal final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    if (!plan.handleplan || plan.handleplan->goals.empty()) return;
    std::vector<std::string> cited;  // folded ids
    bool unreadable = false;
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      const model::Field* f = g.section.field(FieldId::handleplan_ref);
      if (f == nullptr) return;
      const auto* refs = f->as<std::vector<model::Reference>>();
      if (refs == nullptr) {
        unreadable = true;
        return;
      }
      for (const model::Reference& r : *refs) cited.push_back(text::fold_key(r.id));
    });
    if (unreadable) return;
    for (const model::HandleplanGoal& h : plan.handleplan->goals) {
      if (std::find(cited.begin(), cited.end(), text::fold_key(h.id)) != cited.end()) continue;
      ctx.report(h.id_range,
                 fmt::format(fmt::runtime(ctx.tr("Handleplanens mål {} bruges ikke af noget mål eller delmål.",
                                                 "Handleplan goal {} is not used by any goal or sub-goal.")),
                             h.id),
                 fmt::format(fmt::runtime(ctx.tr("Skriv »Handleplan: {0}« i det mål eller delmål, der arbejder hen imod {0}, eller "
                                                 "opstil et nyt mål for det. Arbejder tilbuddet bevidst ikke med {0}, så skriv "
                                                 "begrundelsen i planen og undertryk fundet med »// planlint: ignorer PL204 -- "
                                                 "<begrundelse>«.",
                                                 "Write »Handleplan: {0}« in the goal or sub-goal that works towards {0}, or set a "
                                                 "new goal for it. If the institution deliberately does not work on {0}, give the "
                                                 "reason in the plan and suppress the finding with »// planlint: ignorer PL204 -- "
                                                 "<reason>«.")),
                             h.id));
    }
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(unused_handleplan_goal, UnusedHandleplanGoal)

}  // namespace planlint::rules
