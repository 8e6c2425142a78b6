// evaluation-interval-too-long (PL110): a goal or sub-goal evaluated less often than the
// profile's maximum interval allows.
#include "rules/support/rule_support.h"
#include "schedule/deadlines.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL110",
    .name = "evaluation-interval-too-long",
    .family = Family::E,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Et mål eller delmål, der evalueres sjældnere, end profilen tillader.",
    .summary_en = "A goal or sub-goal evaluated less often than the profile allows.",
    .what = "Sammenligner hvert måls og delmåls `Evaluering:` med profilens længste tilladte interval "
            "(omregnet til dage, så »hver 13. uge« og »kvartalsvis« sammenlignes rigtigt) og melder, når intervallet er "
            "længere. Rettelsen (usikker: den ændrer planens aftale) erstatter værdien med det længste tilladte interval. "
            "Et interval, der ikke kan læses, har allerede sin strukturfejl og kontrolleres ikke. Et mål, som den "
            "seneste evaluering har afsluttet, meldes ikke.",
    .why = "002_6148a88b2185cfbf.txt: »Mål og delmål evalueres min. hver 3. måned på et teammøde.« og »Interval for "
           "evaluering er individuel for det enkelte barn/den unge, men skal ske minimum hver tredje måned.« Andre "
           "retningslinjer har andre grænser, derfor er grænsen en indstilling.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Start: 01-02-2026\n"
           "Slut: 31-12-2026\n"
           "Evaluering: halvårligt\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Start: 01-02-2026\n"
            "Slut: 31-12-2026\n"
            "Evaluering: hver 3. måned\n",
    .options = "`[thresholds] max-evaluation-interval` i planlint.toml: det længste tilladte interval, skrevet som i "
               "planen (fx `max-evaluation-interval = \"hver 6. måned\"`). Standard i profilen specialsektoren: "
               "»hver 3. måned« (002); profilen randers: »årligt«. `letters` uden E slår reglen fra.",
};

class EvaluationIntervalTooLong final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const model::Interval& max = ctx.settings().thresholds.max_evaluation_interval;
    const std::string max_da = max.describe_da();
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal* parent) {
      const model::Field* field = g.section.field(FieldId::evaluation_interval);
      const auto* interval = field != nullptr ? field->as<model::Interval>() : nullptr;
      if (interval == nullptr || interval->approx_days() <= max.approx_days()) return;
      if (schedule::is_closed(g, parent)) return;
      ctx.report(field->value_range,
                 fmt::format(fmt::runtime(ctx.tr("{} evalueres {}, men skal evalueres mindst {}.",
                                                 "{} is evaluated {} but must be evaluated at least {}.")),
                             goal_label(g), ctx.tr(interval->describe_da(), interval->describe_en()),
                             ctx.tr(max_da, max.describe_en())),
                 fmt::format(fmt::runtime(ctx.tr("Evaluer oftere: skriv »Evaluering: {}« eller et kortere interval. Grænsen er "
                                                 "»max-evaluation-interval« under [thresholds] i planlint.toml.",
                                                 "Evaluate more often: write »Evaluering: {}« or a shorter interval. The limit is "
                                                 "»max-evaluation-interval« under [thresholds] in planlint.toml.")),
                             max_da),
                 {Fix{fmt::format(fmt::runtime(ctx.tr("Erstat med »{}«", "Replace with »{}«")), max_da), Applicability::unsafe,
                      {{field->value_range, max_da}}}});
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(evaluation_interval_too_long, EvaluationIntervalTooLong)

}  // namespace planlint::rules
