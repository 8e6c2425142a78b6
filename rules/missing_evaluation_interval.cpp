// missing-evaluation-interval (PL109): a goal or sub-goal without a fixed evaluation interval
// (no Evaluering field).
#include "rules/support/rule_support.h"
#include "schedule/deadlines.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL109",
    .name = "missing-evaluation-interval",
    .family = Family::E,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Et mål eller delmål uden fast evalueringsinterval.",
    .summary_en = "A goal or sub-goal without a fixed evaluation interval.",
    .what = "Finder mål og delmål uden feltet `Evaluering:` (hvor ofte målet evalueres, fx `hver 3. måned`). "
            "Rettelsen indsætter profilens længste tilladte interval. Et mål, som den seneste evaluering har afsluttet "
            "(`Beslutning: afslut`), evalueres ikke mere og meldes ikke. Et interval, der ikke kan læses, tæller med "
            "(det har allerede sin strukturfejl).",
    .why = "Et mål skal evalueres med en fast frekvens (E i SMARTE). 002_6148a88b2185cfbf.txt (E – Evaluering): "
           "»Målet/delmålet skal evalueres. Det skal fastsættes med en fast ramme for, hvornår og hvor ofte "
           "målet/delmålet evalueres.« og »Mål og delmål evalueres min. hver 3. måned på et teammøde.«",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Start: 01-02-2026\n"
           "Slut: 31-12-2026\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Start: 01-02-2026\n"
            "Slut: 31-12-2026\n"
            "Evaluering: hver 3. måned\n",
    .options = "`[thresholds] max-evaluation-interval` (standard »hver 3. måned«) bestemmer intervallet, rettelsen "
               "indsætter. `letters` uden E slår reglen fra.",
};

class MissingEvaluationInterval final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const model::Interval& max = ctx.settings().thresholds.max_evaluation_interval;
    const std::string max_da = max.describe_da();
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal* parent) {
      if (g.section.field(FieldId::evaluation_interval) != nullptr) return;
      if (schedule::is_closed(g, parent)) return;
      ctx.report(heading_of(g.section),
                 with_goal(ctx, g, "{} har ingen fast ramme for, hvor ofte det evalueres.", "{} has no fixed evaluation interval."),
                 fmt::format(fmt::runtime(ctx.tr("Tilføj »Evaluering:« med, hvor ofte målet evalueres, mindst {}, fx »Evaluering: {}«.",
                                                 "Add »Evaluering:« with how often the goal is evaluated, at least {}, e.g. "
                                                 "»Evaluering: {}«.")),
                             ctx.tr(max_da, max.describe_en()), max_da),
                 {insert_field_line(g.section, ctx.source(), "Evaluering: " + max_da,
                                    std::string(ctx.tr("Indsæt feltet Evaluering", "Insert the Evaluering field")), Applicability::unsafe)});
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_evaluation_interval, MissingEvaluationInterval)

}  // namespace planlint::rules
