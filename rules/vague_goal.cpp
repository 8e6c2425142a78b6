// vague-goal (PL502): a goal or sub-goal statement in vague words (trives, udvikle sig, blive
// bedre til, mere, hensigtsmæssig) with no concrete criterion in the statement.
#include "lang/analysis.h"
#include "lang/source_map.h"
#include "rules/support/rule_support.h"
#include "text/unicode.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL502",
    .name = "vague-goal",
    .family = Family::S,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "En målformulering i vage ord uden et konkret kriterium.",
    .summary_en = "A goal statement in vague words without a concrete criterion.",
    .what = "Læser mål- og delmålsformuleringer og finder vage ord og vendinger: »trives«, »have det godt«, "
            "»udvikle sig«, »blive bedre til«, »arbejde på/med«, »øget«, »mere«, »bedre« uden et tal, "
            "»hensigtsmæssig«, »positiv udvikling«, »stabil«, »tryg«, »selvstændig« m.fl. Formuleringen er i "
            "orden, når den også har et konkret kriterium: et antal, en hyppighed, en varighed, en dato eller en "
            "konkret handling efter »så«, »ved at«, »fx« eller et kolon (»Asta udvikler sit sprog, så hun selv "
            "beder om vand ved måltidet«). Vage ord i en betingelse (»når hun er træt, ...«) tæller ikke. Fundet "
            "understreger de vage ord. Se docs/language-rules.md.",
    .why = "Et mål skal være specifikt (S i SMARTE). 002_6148a88b2185cfbf.txt: »S – Specifikt. Målet skal være "
           "specifikt og konkret. Målet skal repræsentere et resultat, som er så håndgribeligt, at der ikke kan "
           "være flere fortolkninger af, hvad det præcist handler om.« »Asta trives« kan betyde mange ting; "
           "»Asta leger med et andet barn i ti minutter« kan kun betyde én.",
    .bad = "## Mål 1: Jonas bliver bedre til at lave mad\n"
           "Handleplan: H1\n",
    .good = "## Mål 1: Jonas laver selv aftensmad to gange om ugen\n"
            "Handleplan: H1\n",
    .options = "`[words] vague` i `planlint.toml`: ekstra vage ord og vendinger, fx `vague = [\"velfungerende\"]`; "
               "`\"[ikke-vag] god stemning\"` gør en vending konkret igen (se docs/language-rules.md).",
};

bool comparative_only(const std::vector<lang::Phrase>& phrases) {
  for (const auto& p : phrases) {
    const std::string w = text::fold_key(p.text);
    if (w != "mere" && w != "bedre" && w != "flere" && w != "oftere" && w != "stoerre" && w != "mindre" && w != "faerre" &&
        w != "sjaeldnere")
      return false;
  }
  return true;
}

class VagueGoal final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const std::shared_ptr<const lang::Lexicon> lexicon = lang::Lexicon::for_settings(ctx.settings());
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      if (g.statement.empty()) return;
      const auto analysis = lang::analyse_cached(g.statement, *lexicon);
      const std::vector<lang::Phrase> vague = lang::find_vague(*analysis, *lexicon);
      if (vague.empty()) return;
      std::string words;
      for (std::size_t i = 0; i < vague.size() && i < 3; ++i) {
        if (i > 0) words += i + 1 == vague.size() || i == 2 ? ctx.tr(" og ", " and ") : ", ";
        words += "»" + vague[i].text + "«";
      }
      std::string message = fmt::format(
          fmt::runtime(ctx.tr("{} er vagt formuleret ({}) og har intet konkret kriterium.", "{} is vaguely worded ({}) and has no concrete criterion.")),
          goal_label(g), words);
      std::string help(comparative_only(vague)
                           ? ctx.tr("Sig hvor meget: skriv et antal, en hyppighed eller en varighed, så man kan se, hvornår målet er "
                                    "nået. Fx »Asta deltager mere i fællesskabet« → »Asta deltager i fællesspisningen mindst tre "
                                    "gange om ugen«.",
                                    "Say how much: write a count, a frequency or a duration, so that one can see when the goal is "
                                    "reached. E.g. »Asta deltager mere i fællesskabet« → »Asta deltager i fællesspisningen mindst "
                                    "tre gange om ugen« (Asta joins the shared meal at least three times a week).")
                           : ctx.tr("Skriv, hvad borgeren konkret gør, og hvor ofte eller hvor længe, så der ikke kan være flere "
                                    "fortolkninger. Fx »Jonas bliver bedre til at lave mad« → »Jonas laver selv aftensmad to gange "
                                    "om ugen«; »Asta trives i skolen« → »Asta er i klassen hele skoledagen og leger med et andet "
                                    "barn i frikvarteret«.",
                                    "Write what the citizen concretely does, and how often or for how long, so that it cannot be "
                                    "read in more than one way. E.g. »Jonas bliver bedre til at lave mad« → »Jonas laver selv "
                                    "aftensmad to gange om ugen« (Jonas cooks dinner himself twice a week)."));
      std::vector<diag::Related> related;
      for (std::size_t i = 1; i < vague.size(); ++i) {
        related.push_back({lang::locate(g.statement, ctx.source(), g.statement_range, vague[i].begin, vague[i].end),
                           fmt::format(fmt::runtime(ctx.tr("Også vagt: »{}«.", "Also vague: »{}«.")), vague[i].text)});
      }
      ctx.report(lang::locate(g.statement, ctx.source(), g.statement_range, vague.front().begin, vague.front().end),
                 std::move(message), std::move(help), {}, std::move(related));
    });
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(vague_goal, VagueGoal)

}  // namespace planlint::rules
