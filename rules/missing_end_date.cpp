// missing-end-date (PL105): a goal or sub-goal without an end date (no Slut field).
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL105",
    .name = "missing-end-date",
    .family = Family::T,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "Et mål eller delmål uden slutdato.",
    .summary_en = "A goal or sub-goal without an end date.",
    .what = "Finder mål og delmål uden feltet `Slut:`. En slutdato, der ikke kan læses, tæller med "
            "(den har allerede sin strukturfejl).",
    .why = "Et mål skal være tidsbestemt (T i SMARTE). 002_6148a88b2185cfbf.txt (T – Tidsbestemt): »Målet skal være "
           "tidsbestemt. Det skal fastsættes med en tydelig tidsramme for udførelse, evaluering og slutdato.« "
           "004_bf1d65eae8ca2965.txt: »Tidsbestemte (det skal altid være muligt at sætte en tydelig tidsramme med en "
           "slutdato)«.",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Handleplan: H2\n"
           "Start: 01-02-2026\n"
           "Evaluering: hver 3. måned\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Handleplan: H2\n"
            "Start: 01-02-2026\n"
            "Slut: 31-12-2026\n"
            "Evaluering: hver 3. måned\n",
    .options = "",
};

class MissingEndDate final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      if (g.section.field(FieldId::end) != nullptr) return;
      ctx.report(heading_of(g.section), with_goal(ctx, g, "{} har ingen slutdato.", "{} has no end date."),
                 std::string(ctx.tr("Tilføj »Slut:« med den dato, målet skal være nået, fx »Slut: 31-12-2026«.",
                                    "Add »Slut:« with the date by which the goal is to be reached, e.g. »Slut: 31-12-2026«.")));
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_end_date, MissingEndDate)

}  // namespace planlint::rules
