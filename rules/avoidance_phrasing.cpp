// avoidance-phrasing (PL501): a goal, sub-goal or success criterion that states something to
// avoid, stop, reduce or not do, instead of something to achieve.
#include "lang/analysis.h"
#include "lang/source_map.h"
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL501",
    .name = "avoidance-phrasing",
    .family = Family::A,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "Et mål eller succeskriterium, der beskriver noget, der skal undgås, frem for noget, der skal opnås.",
    .summary_en = "A goal or success criterion that states something to avoid instead of something to achieve.",
    .what = "Læser mål- og delmålsformuleringer og succeskriterier og finder det, der skal undgås, stoppes, "
            "mindskes eller ikke ske: »undgå«, »undgås«, »holde op med«, »ophøre med«, »afstå fra«, »lade være "
            "med«, »slippe for«; »ikke«, »ikke længere«, »aldrig«, »ingen« og »hverken« i hovedsætningen; "
            "»reducere«, »mindske«, »begrænse«, »halvere«; »færre«, »mindre« og »højst« ved et problem "
            "(»færre konflikter«); »uden« ved et problem (»et skoleår uden bortvisninger«) og »uden at ...«; "
            "og mål skrevet til personalet (»Personalet skal undgå, at ...«). Det er ikke undgåelse, når "
            "nægtelsen står i en betingelse (»når hun ikke kan sove, ...«), ved dobbelt nægtelse (»ingen dag "
            "uden en gåtur«), ved selvstændighed (»uden hjælp«, »uden påmindelse«, »uden fysisk støtte«), ved "
            "færdigheder, der læres (»sige fra«, »sige nej tak«), ved »ikke kun« og ved »ikke-sprogligt« som "
            "tillægsord. Ord i anførselstegn (»trykker på \"stop\"«) er citater og tæller ikke. Fundet "
            "understreger netop den vending, det drejer sig om. Se docs/language-rules.md.",
    .why = "Et mål skal beskrive noget, der skal opnås. 002_6148a88b2185cfbf.txt (A – Acceptabelt): »Herudover skal der "
           "være tale om noget, som skal opnås, frem for noget, som skal undgås.« 004_bf1d65eae8ca2965.txt (Opnåelige): »der skal "
           "være tale om noget, man ønsker at opnå, ikke noget man vil undgå«. Et mål om det, der ikke skal ske, "
           "siger ikke, hvad borgeren skal lære eller gøre i stedet, og det kan ikke ses, når det er nået.",
    .bad = "## Mål 1: Noah undgår konflikter i frikvarteret\n"
           "Handleplan: H1\n"
           "Succeskriterium: Noah har ingen konflikter i fire uger i træk.\n",
    .good = "## Mål 1: Noah leger med et andet barn i frikvarteret\n"
            "Handleplan: H1\n"
            "Succeskriterium: Noah leger med mindst ét andet barn i ti minutter i 3 af 5 frikvarterer om ugen.\n",
    .options = "`[words] avoidance` i `planlint.toml`: ekstra ord og vendinger, der beskriver undgåelse, fx "
               "`avoidance = [\"afholde sig fra\", \"[problemer] selvmordsforsøg\"]` (en post med `[afsnit]` foran "
               "kommer i det afsnit; se docs/language-rules.md).",
};

std::string_view help_for(const RuleContext& ctx, lang::AvoidanceKind kind, bool staff) {
  if (staff) {
    return ctx.tr(
        "Målet er skrevet til personalet. Et mål beskriver det, borgeren selv skal opnå; personalets handlinger hører "
        "til under Indsats. Fx »Personalet skal undgå, at Asta bliver urolig ved overgange« → »Asta følger sit "
        "dagsskema og går selv videre til næste aktivitet 4 af 5 dage«.",
        "The goal is written for the staff. A goal states what the citizen will achieve; what the staff do belongs "
        "under Indsats. E.g. »Personalet skal undgå, at Asta bliver urolig ved overgange« → »Asta følger sit dagsskema "
        "og går selv videre til næste aktivitet 4 af 5 dage« (Asta follows her daily schedule and moves on to the next "
        "activity by herself 4 days out of 5).");
  }
  switch (kind) {
    case lang::AvoidanceKind::negation:
      return ctx.tr(
          "Skriv det, borgeren skal gøre, i stedet for det, der ikke skal ske. Fx »Jonas kommer ikke for sent på "
          "værkstedet« → »Jonas møder på værkstedet kl. 9 mindst 4 af 5 dage«.",
          "Write what the citizen will do instead of what must not happen. E.g. »Jonas kommer ikke for sent på "
          "værkstedet« → »Jonas møder på værkstedet kl. 9 mindst 4 af 5 dage« (Jonas arrives at the workshop at 9 "
          "o'clock at least 4 days out of 5).");
    case lang::AvoidanceKind::reduction:
      return ctx.tr(
          "Beskriv den adfærd, der skal komme i stedet, og hvor ofte, frem for det, der skal blive mindre. Fx »Færre "
          "konflikter ved aftensmaden« → »Noah bliver siddende ved bordet, til alle har spist, 5 af 7 aftener«.",
          "Describe the behaviour that takes its place, and how often, instead of what should become less. E.g. "
          "»Færre konflikter ved aftensmaden« → »Noah bliver siddende ved bordet, til alle har spist, 5 af 7 "
          "aftener« (Noah stays at the table until everyone has eaten, 5 evenings out of 7).");
    case lang::AvoidanceKind::without:
      return ctx.tr(
          "Beskriv det, borgeren gør, i stedet for det, der ikke må ske. Fx »Et skoleår uden bortvisninger« → »Ali "
          "er i klassen hele skoledagen mindst 9 af 10 dage«.",
          "Describe what the citizen does instead of what must not happen. E.g. »Et skoleår uden bortvisninger« → "
          "»Ali er i klassen hele skoledagen mindst 9 af 10 dage« (Ali is in class the whole school day at least 9 "
          "days out of 10).");
    case lang::AvoidanceKind::verb:
      break;
  }
  return ctx.tr(
      "Skriv, hvad borgeren skal gøre i stedet for det, der skal undgås eller holde op. Fx »Noah undgår konflikter i "
      "frikvarteret« → »Noah spørger en voksen om hjælp, når en leg går i stå i frikvarteret«.",
      "Write what the citizen will do instead of what is to be avoided or stopped. E.g. »Noah undgår konflikter i "
      "frikvarteret« → »Noah spørger en voksen om hjælp, når en leg går i stå i frikvarteret« (Noah asks an adult "
      "for help when a game stalls at break time).");
}

class AvoidancePhrasing final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const std::shared_ptr<const lang::Lexicon> lexicon = lang::Lexicon::for_settings(ctx.settings());
    for_each_goal(plan, [&](const model::Goal& g, const model::Goal*) {
      if (!g.statement.empty()) judge(g, g.statement, g.statement_range, false, *lexicon, ctx);
      const model::Field* criterion = g.section.field(FieldId::success_criterion);
      if (criterion != nullptr && !criterion->text.empty()) judge(g, criterion->text, criterion->value_range, true, *lexicon, ctx);
    });
  }

 private:
  static void judge(const model::Goal& g, const std::string& text, SourceRange range, bool criterion, const lang::Lexicon& lexicon,
                    RuleContext& ctx) {
    const auto analysis = lang::analyse_cached(text, lexicon);
    const lang::AvoidanceResult r = lang::find_avoidance(*analysis, lexicon);
    if (r.phrases.empty()) return;
    const lang::Avoidance& first = r.phrases.front();
    const std::string label = goal_label(g);
    std::string message =
        criterion ? fmt::format(fmt::runtime(ctx.tr("Succeskriteriet for {} beskriver noget, der skal undgås (»{}«), ikke noget, der skal opnås.",
                                                     "The success criterion of {} states something to avoid (»{}«), not something to achieve.")),
                                label, first.phrase.text)
                  : fmt::format(fmt::runtime(ctx.tr("{} beskriver noget, der skal undgås (»{}«), ikke noget, der skal opnås.",
                                                    "{} states something to avoid (»{}«), not something to achieve.")),
                                label, first.phrase.text);
    std::vector<diag::Related> related;
    for (std::size_t i = 1; i < r.phrases.size(); ++i) {
      const auto& p = r.phrases[i].phrase;
      related.push_back({lang::locate(text, ctx.source(), range, p.begin, p.end),
                         fmt::format(fmt::runtime(ctx.tr("Også undgåelse: »{}«.", "Also avoidance: »{}«.")), p.text)});
    }
    ctx.report(lang::locate(text, ctx.source(), range, first.phrase.begin, first.phrase.end), std::move(message),
               std::string(help_for(ctx, first.kind, r.written_for_staff)), {}, std::move(related));
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(avoidance_phrasing, AvoidancePhrasing)

}  // namespace planlint::rules
