// status-unknown-goal (PL304): a status's "Mål i perioden" names a goal or sub-goal the plan
// does not have.
#include <algorithm>

#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL304",
    .name = "status-unknown-goal",
    .family = Family::status,
    .severity = Severity::error,
    .fixability = Fixability::none,
    .summary_da = "En status nævner et mål eller delmål, som planen ikke har.",
    .summary_en = "A status names a goal or sub-goal the plan does not have.",
    .what = "Slår hver henvisning i statussens `Mål i perioden:` (`Mål 1`, `Delmål 1.1`) op blandt planens mål og "
            "delmål. Et fund for hver henvisning, der ikke findes, på selve henvisningen; hjælpen viser planens mål, og "
            "fundet peger også på det mål, et ukendt delmål skulle høre under, eller ellers på planens første mål. Kan "
            "feltet ikke læses, melder reglen intet (det har sin egen strukturdiagnose).",
    .why = "Statussen bygger på den individuelle plan og de mål, der er arbejdet med. 002_6148a88b2185cfbf.txt: "
           "»Statusrapporten skal udarbejdes af kontaktteamet med udgangspunkt i den individuelle plan og de mål og "
           "delmål, der er arbejdet med.« og statussen skal beskrive »Mål og delmål, der har været arbejdet med i "
           "perioden.« En henvisning til et mål, der ikke findes, er en skrivefejl eller et mål, der er slettet af planen "
           "uden at statussen er rettet.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "\n"
           "## Status 10-07-2026\n"
           "Mål i perioden: Mål 1, Mål 4\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "\n"
            "## Status 10-07-2026\n"
            "Mål i perioden: Mål 1\n",
    .options = "",
};

class StatusUnknownGoal final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    std::vector<std::string> ids;  // "1", "1.1"
    std::string list;
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      if (g.number.major == 0) return;  // no readable number
      if (std::find(ids.begin(), ids.end(), g.number.str()) != ids.end()) return;  // a duplicate number
      ids.push_back(g.number.str());
      if (!list.empty()) list += ", ";
      list += goal_label(g);
    });
    // The second place of the finding: for »Delmål 1.7« the heading of Mål 1 when it exists,
    // otherwise the plan's first goal, where the goals that can be named begin.
    const auto related = [&](const model::Reference& r) -> std::vector<diag::Related> {
      if (plan.goals.empty()) return {};
      if (r.kind == model::ReferenceKind::subgoal) {
        const std::string major = r.id.substr(0, r.id.find('.'));
        for (const model::Goal& g : plan.goals) {
          if (g.number.major != 0 && g.number.str() == major) {
            return {{g.section.heading_range,
                     fmt::format(fmt::runtime(ctx.tr("Mål {} og dets delmål", "Mål {} and its sub-goals")), major)}};
          }
        }
      }
      return {{plan.goals.front().section.heading_range, std::string(ctx.tr("planens mål begynder her", "the plan's goals begin here"))}};
    };
    for (const model::Status& status : plan.statuses) {
      const auto* refs = status.section.value<std::vector<model::Reference>>(FieldId::goals_in_period);
      if (refs == nullptr) continue;
      for (const model::Reference& r : *refs) {
        if (r.kind == model::ReferenceKind::handleplan) continue;
        if (std::find(ids.begin(), ids.end(), r.id) != ids.end()) continue;
        const std::string label = (r.kind == model::ReferenceKind::subgoal ? "Delmål " : "Mål ") + r.id;
        ctx.report(r.range,
                   fmt::format(fmt::runtime(ctx.tr("Statussen nævner {}, som planen ikke har.", "The status names {}, which the plan does not have.")),
                               label),
                   list.empty() ? std::string(ctx.tr("Planen har ingen mål endnu. Skriv målet i planen (»## Mål 1: ...«), eller fjern "
                                                     "henvisningen fra »Mål i perioden:«.",
                                                     "The plan has no goals yet. Write the goal in the plan (»## Mål 1: ...«), or "
                                                     "remove the reference from »Mål i perioden:«."))
                                : fmt::format(fmt::runtime(ctx.tr("Planens mål er: {}. Ret henvisningen til et af dem, eller fjern den.",
                                                                  "The plan's goals are: {}. Correct the reference to one of them, "
                                                                  "or remove it.")),
                                              list),
                   {}, related(r));
      }
    }
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(status_unknown_goal, StatusUnknownGoal)

}  // namespace planlint::rules
