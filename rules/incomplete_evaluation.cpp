// incomplete-evaluation (PL112): an evaluation without its qualitative part, its quantitative
// part or its decision.
#include "rules/support/rule_support.h"

#include <vector>

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL112",
    .name = "incomplete-evaluation",
    .family = Family::E,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "En evaluering uden kvalitativ del, kvantitativ del eller beslutning.",
    .summary_en = "An evaluation without a qualitative part, a quantitative part or a decision.",
    .what = "Kontrollerer hver `Evaluering <dato>` under et mål eller delmål: den skal have `Kvalitativ:`, "
            "`Kvantitativ:` og `Beslutning:` (fortsæt, justér eller afslut). Ét fund pr. evaluering, der nævner alt, "
            "hvad der mangler, ved evalueringens overskrift. Et felt, der står der, tæller med, også når værdien er "
            "ugyldig (fx en ukendt beslutning: den har allerede sin strukturfejl).",
    .why = "002_6148a88b2185cfbf.txt: »Evalueringen skal indeholde både en kvalitativ og kvantitativ evaluering.« og "
           "»I evalueringen tages der endvidere stilling til: Skal mål/delmål fortsætte, er der udviklingspotentiale "
           "for barnet/den unge? Skal mål/delmål justeres? Skal målet/delmålet afsluttes?«",
    .bad = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Evaluering: hver 3. måned\n"
           "\n"
           "### Evaluering 28-04-2026\n"
           "Kvalitativ: Asta finder trøjen de fleste morgener.\n",
    .good = "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Evaluering: hver 3. måned\n"
            "\n"
            "### Evaluering 28-04-2026\n"
            "Kvalitativ: Asta finder trøjen de fleste morgener.\n"
            "Kvantitativ: Indikatorscore steget fra 2 til 3; svarprocent 86 %.\n"
            "Beslutning: fortsæt\n",
    .options = "`letters` uden E slår reglen fra.",
};

struct Part {
  FieldId id;
  std::string_view what_da;
  std::string_view what_en;
  std::string_view hint_da;
  std::string_view hint_en;
};

constexpr Part kParts[] = {
    {FieldId::qualitative, "en kvalitativ del", "a qualitative part", "»Kvalitativ:« (hvad I har set og oplevet)",
     "»Kvalitativ:« (what you have seen and experienced)"},
    {FieldId::quantitative, "en kvantitativ del", "a quantitative part", "»Kvantitativ:« (tal, antal eller score)",
     "»Kvantitativ:« (figures, counts or scores)"},
    {FieldId::decision, "en beslutning", "a decision", "»Beslutning:« (fortsæt, justér eller afslut)",
     "»Beslutning:« (fortsæt, justér or afslut)"},
};

// "a, b og c"
std::string join(const std::vector<std::string_view>& items, std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? last_sep : std::string_view(", ");
    out += items[i];
  }
  return out;
}

class IncompleteEvaluation final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const std::string_view conj = ctx.tr(" og ", " and ");
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      for (const model::Evaluation& e : g.evaluations) {
        std::vector<std::string_view> missing;
        std::vector<std::string_view> hints;
        for (const Part& p : kParts) {
          if (e.section.field(p.id) != nullptr) continue;
          missing.push_back(ctx.tr(p.what_da, p.what_en));
          hints.push_back(ctx.tr(p.hint_da, p.hint_en));
        }
        if (missing.empty()) continue;
        const std::string message =
            e.date ? fmt::format(fmt::runtime(ctx.tr("Evalueringen {} af {} mangler {}.", "The evaluation of {} on {} lacks {}.")),
                                 ctx.lang() == diag::Lang::da ? e.date->danish() : goal_label(g),
                                 ctx.lang() == diag::Lang::da ? goal_label(g) : e.date->danish(), join(missing, conj))
                   : fmt::format(fmt::runtime(ctx.tr("Evalueringen af {} mangler {}.", "The evaluation of {} lacks {}.")), goal_label(g),
                                 join(missing, conj));
        ctx.report(heading_of(e.section), message,
                   fmt::format(fmt::runtime(ctx.tr("Tilføj {} i evalueringen.", "Add {} to the evaluation.")), join(hints, conj)));
      }
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(incomplete_evaluation, IncompleteEvaluation)

}  // namespace planlint::rules
