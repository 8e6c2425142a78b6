// evaluation-overdue (PL111): a goal or sub-goal whose next evaluation was due before today.
#include "rules/support/rule_support.h"
#include "schedule/deadlines.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL111",
    .name = "evaluation-overdue",
    .family = Family::E,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "Et mål eller delmål, hvis evaluering er forfalden.",
    .summary_en = "A goal or sub-goal whose evaluation is overdue.",
    .what = "Beregner, hvornår næste evaluering skal ske: seneste `Evaluering <dato>` (eller `Start:`, hvis der ingen "
            "evaluering er) plus målets `Evaluering:`-interval, og melder, når den dato ligger før i dag. En evaluering, "
            "der forfalder i dag, er ikke forsinket. Mål, som den seneste evaluering har afsluttet (`Beslutning: "
            "afslut`), meldes aldrig. For et mål, hvis `Slut:` er passeret, skyldes kun de evalueringer, der forfaldt "
            "senest på slutdatoen. Uden interval eller uden en dato at regne fra er der intet at beregne (det melder "
            "andre regler). Datoen »i dag« er kørslens dato (`--today` på kommandolinjen); samme beregning bruges i "
            "planlint's oversigt over frister.",
    .why = "002_6148a88b2185cfbf.txt: »Mål og delmål evalueres min. hver 3. måned på et teammøde.« og "
           "»Kontaktteamet har ansvaret for at sikre en rettidig evaluering.« En forsinket evaluering betyder, at ingen "
           "har vurderet, om indsatsen virker.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Start: 01-02-2026\n"
           "Slut: 31-12-2026\n"
           "Evaluering: hver 3. måned\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Start: 01-02-2026\n"
            "Slut: 31-12-2026\n"
            "Evaluering: hver 3. måned\n"
            "\n"
            "### Evaluering 28-04-2026\n"
            "Kvalitativ: Asta finder trøjen de fleste morgener.\n"
            "Kvantitativ: 4 af 7 morgener.\n"
            "Beslutning: fortsæt\n"
            "\n"
            "### Evaluering 27-07-2026\n"
            "Kvalitativ: Asta får selv det ene ærme på.\n"
            "Kvantitativ: 5 af 7 morgener.\n"
            "Beslutning: fortsæt\n"
            "\n"
            "### Evaluering 26-10-2026\n"
            "Kvalitativ: Asta tager trøjen på uden hjælp.\n"
            "Kvantitativ: 6 af 7 morgener i fire uger.\n"
            "Beslutning: afslut\n",
    .options = "Intervallet står i planen (`Evaluering:`). `letters` uden E slår reglen fra.",
};

class EvaluationOverdue final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const model::Date today = ctx.today();
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal* parent) {
      // Empty for closed goals, and when the evaluation would fall due after the goal has ended.
      const std::optional<model::Date> due = schedule::next_evaluation_owed(g, parent);
      if (!due || !(*due < today)) return;
      const long days = today.days_since_epoch() - due->days_since_epoch();
      std::vector<diag::Related> related;
      if (const model::Evaluation* last = schedule::last_evaluation(g)) {
        related.push_back({last->section.heading_range, std::string(ctx.tr("seneste evaluering", "the latest evaluation"))});
      } else if (const model::Field* start = g.section.field(FieldId::start)) {
        related.push_back({start->value_range, std::string(ctx.tr("ingen evaluering endnu; der regnes fra startdatoen",
                                                                  "no evaluation yet; counted from the start date"))});
      }
      const std::string marks(static_cast<std::size_t>(g.section.level > 0 ? g.section.level + 1 : 3), '#');
      ctx.report(heading_of(g.section),
                 fmt::format(fmt::runtime(ctx.tr(days == 1 ? "{} skulle have været evalueret senest {} ({} dag siden)."
                                                           : "{} skulle have været evalueret senest {} ({} dage siden).",
                                                 days == 1 ? "{} should have been evaluated by {} ({} day ago)."
                                                           : "{} should have been evaluated by {} ({} days ago).")),
                             goal_label(g), due->danish(), days),
                 fmt::format(fmt::runtime(ctx.tr("Evaluer {0}, og skriv evalueringen under det som »{1} Evaluering <dato>« med "
                                                 "Kvalitativ, Kvantitativ og Beslutning (fortsæt, justér eller afslut).",
                                                 "Evaluate {0} and record the evaluation below it as »{1} Evaluering <date>« with "
                                                 "Kvalitativ, Kvantitativ and Beslutning (fortsæt, justér or afslut).")),
                             g.is_subgoal() ? ctx.tr("delmålet", "the sub-goal") : ctx.tr("målet", "the goal"), marks),
                 {}, std::move(related));
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(evaluation_overdue, EvaluationOverdue)

}  // namespace planlint::rules
