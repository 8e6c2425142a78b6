// missing-mandatory-goal (PL208): a children's plan without a goal on school and education or
// on social relations.
#include <algorithm>
#include <array>

#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL208",
    .name = "missing-mandatory-goal",
    .family = Family::plan,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "En plan for et barn uden mål om skole og uddannelse eller om sociale relationer.",
    .summary_en = "A children's plan without a goal on school and education or on social relations.",
    .what = "I en plan for børn (`Område: børn`) skal mindst ét mål eller delmål have `Tema: skole og uddannelse` og "
            "mindst ét `Tema: sociale relationer`. Reglen melder ét fund for hvert tema, der mangler, ved "
            "`# Individuel plan`. Planer for voksne, og planer uden gyldigt `Område:`, melder intet. Har et mål et "
            "`Tema:`, der ikke kan læses, melder reglen intet (det kunne være det manglende tema; feltet har sin egen "
            "strukturdiagnose).",
    .why = "002_6148a88b2185cfbf.txt: »Ud over de mål, der aftales med kommunal myndighed, skal der udarbejdes mål og "
           "delmål for: Konkret individuelt mål, der understøtter barnets/den unges skolegang og uddannelse. Individuelt "
           "mål i forhold til at understøtte udvikling af barnets/den unges kompetencer til at indgå i sociale "
           "relationer.« og »De to ovennævnte mål tager udgangspunkt i Socialtilsynets kvalitetsstandard, som vi skal "
           "leve op til.«",
    .bad = "# Individuel plan\n"
           "Område: børn\n"
           "\n"
           "## Mål 1: Asta leger med et andet barn i ti minutter\n"
           "Tema: sociale relationer\n",
    .good = "# Individuel plan\n"
            "Område: børn\n"
            "\n"
            "## Mål 1: Asta leger med et andet barn i ti minutter\n"
            "Tema: sociale relationer\n"
            "\n"
            "## Mål 2: Asta bruger sin talemaskine til at sige fra i skolen\n"
            "Tema: skole og uddannelse\n",
    .options = "Profilen `randers` har reglen slået fra; i andre profiler slås den fra med `[rules] ignore = "
               "[\"missing-mandatory-goal\"]` i `planlint.toml`.",
};

class MissingMandatoryGoal final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    if (!is_children_plan(plan)) return;
    std::vector<std::string> themes;
    bool unreadable = false;
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      const model::Field* f = g.section.field(FieldId::theme);
      if (f == nullptr) return;
      if (const auto* v = f->as<model::EnumValue>()) {
        themes.push_back(v->value);
      } else {
        unreadable = true;
      }
    });
    if (unreadable) return;
    const SourceRange where = document_range(plan, ctx.source());
    constexpr std::array<std::string_view, 2> kMandatory = {"skole og uddannelse", "sociale relationer"};
    for (const std::string_view theme : kMandatory) {
      if (std::find(themes.begin(), themes.end(), theme) != themes.end()) continue;
      const bool school = theme == kMandatory[0];
      ctx.report(where,
                 fmt::format(fmt::runtime(ctx.tr("Planen har intet mål eller delmål med temaet »{}«.",
                                                 "The plan has no goal or sub-goal with the theme »{}«.")),
                             theme),
                 fmt::format(fmt::runtime(ctx.tr(school ? "Et barn skal have et konkret individuelt mål, der understøtter skolegang og "
                                                          "uddannelse. Skriv »Tema: {}« i det mål eller delmål, der gør det, eller "
                                                          "opstil et nyt."
                                                        : "Et barn skal have et individuelt mål, der udvikler kompetencerne til at "
                                                          "indgå i sociale relationer. Skriv »Tema: {}« i det mål eller delmål, der "
                                                          "gør det, eller opstil et nyt.",
                                                 school ? "A child must have a concrete individual goal that supports school and "
                                                          "education. Write »Tema: {}« in the goal or sub-goal that does, or set a "
                                                          "new one."
                                                        : "A child must have an individual goal that develops the skills to take part "
                                                          "in social relations. Write »Tema: {}« in the goal or sub-goal that does, or "
                                                          "set a new one.")),
                             theme));
    }
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_mandatory_goal, MissingMandatoryGoal)

}  // namespace planlint::rules
