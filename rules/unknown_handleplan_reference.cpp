// unknown-handleplan-reference (PL104): a goal or sub-goal cites a handleplan goal id that the
// Handleplan section does not declare.
#include "rules/support/rule_support.h"

#include <algorithm>
#include <vector>

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL104",
    .name = "unknown-handleplan-reference",
    .family = Family::R,
    .severity = Severity::error,
    .fixability = Fixability::none,
    .summary_da = "Et mål henviser til et mål, som handleplanen ikke har.",
    .summary_en = "A goal refers to a handleplan goal that the handleplan does not declare.",
    .what = "Kontrollerer, at hvert id i et måls eller delmåls `Handleplan:` (fx `H3`) er erklæret i afsnittet "
            "`## Handleplan` som `- H3: ...`. Fundet peger på den ukendte henvisning, og hjælpen nævner de erklærede id'er. "
            "Har planen slet intet Handleplan-afsnit, er reglen tavs: det manglende afsnit melder reglen "
            "`missing-handleplan` én gang, i stedet for én fejl pr. henvisning. En `Handleplan:`-værdi, der ikke kan læses, "
            "har allerede sin strukturfejl og kontrolleres ikke her.",
    .why = "Et mål skal være relevant (R i SMARTE), og det kan kun ses, når henvisningen fører til et af kommunens mål. "
           "002_6148a88b2185cfbf.txt: »Alle mål og delmål begrundes med henvisning til den kommunale handleplan og ud "
           "fra faglige tilgange og metoder.« En henvisning til et mål, der ikke findes, begrunder ingenting.",
    .bad = "## Handleplan\n"
           "- H1: Asta udvikler sin kommunikation.\n"
           "- H2: Asta bliver mere selvhjulpen i daglige gøremål.\n"
           "\n"
           "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Handleplan: H4\n",
    .good = "## Handleplan\n"
            "- H1: Asta udvikler sin kommunikation.\n"
            "- H2: Asta bliver mere selvhjulpen i daglige gøremål.\n"
            "\n"
            "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Handleplan: H2\n",
    .options = "",
};

bool same_id(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

// "H1, H2 og H3"
std::string join_ids(const std::vector<model::HandleplanGoal>& goals, std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < goals.size(); ++i) {
    if (i > 0) out += i + 1 == goals.size() ? std::string(last_sep) : std::string(", ");
    out += goals[i].id;
  }
  return out;
}

class UnknownHandleplanReference final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    if (!plan.handleplan) return;  // missing-handleplan reports the missing section once
    const model::Handleplan& hp = *plan.handleplan;
    const auto declared = [&](std::string_view id) {
      return std::any_of(hp.goals.begin(), hp.goals.end(), [&](const model::HandleplanGoal& d) { return same_id(d.id, id); });
    };
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      const auto* refs = g.section.value<std::vector<model::Reference>>(FieldId::handleplan_ref);
      if (refs == nullptr) return;
      for (const model::Reference& r : *refs) {
        if (r.kind != model::ReferenceKind::handleplan || declared(r.id)) continue;
        std::string help;
        if (hp.goals.empty()) {
          help = fmt::format(fmt::runtime(ctx.tr("Handleplanen erklærer ingen mål endnu. Skriv kommunens mål i afsnittet "
                                                 "»Handleplan« som »- {}: <kommunens mål>«.",
                                                 "The handleplan declares no goals yet. Write the municipality's goals in the "
                                                 "»Handleplan« section as »- {}: <the municipality's goal>«.")),
                             r.id);
        } else {
          help = fmt::format(fmt::runtime(ctx.tr("Handleplanen erklærer {}. Ret henvisningen, eller tilføj »- {}: <kommunens mål>« "
                                                 "i afsnittet »Handleplan«.",
                                                 "The handleplan declares {}. Correct the reference, or add »- {}: <the "
                                                 "municipality's goal>« to the »Handleplan« section.")),
                             join_ids(hp.goals, ctx.tr(" og ", " and ")), r.id);
        }
        ctx.report(r.range,
                   fmt::format(fmt::runtime(ctx.tr("{} henviser til {}, som ikke findes i handleplanen.",
                                                   "{} refers to {}, which the handleplan does not declare.")),
                               goal_label(g), r.id),
                   std::move(help), {},
                   {{hp.section.heading_range, std::string(ctx.tr("handleplanens mål erklæres her", "the handleplan goals are declared here"))}});
      }
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(unknown_handleplan_reference, UnknownHandleplanReference)

}  // namespace planlint::rules
