// missing-handleplan (PL201): a plan without the municipality's action plan (## Handleplan).
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL201",
    .name = "missing-handleplan",
    .family = Family::plan,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Planen har intet afsnit med kommunens handleplan.",
    .summary_en = "The plan has no section with the municipality's action plan (handleplan).",
    .what = "Melder, når planen ikke har afsnittet `## Handleplan` (eller `## Barnets plan` / `## Ungeplan`). Fundet "
            "står ved overskriften `# Individuel plan` (eller på linje 1, hvis den mangler). Rettelsen (usikker, da "
            "indholdet skal skrives af fra kommunens handleplan) indsætter et skelet af afsnittet med pladsholdere for "
            "`Lovgrundlag:`, `Dato:`, `Formål:` og et første mål `- H1:` foran planens første mål, eller sidst i filen, "
            "hvis planen ingen mål har.",
    .why = "Den individuelle plan bygger på kommunens handleplan, og målene begrundes i den. "
           "002_6148a88b2185cfbf.txt: »For at sikre, at den konkrete indsats tager udgangspunkt i det formål og de mål, "
           "kommunen har formuleret, skal der i de individuelle planer fremgå følgende: Konkrete formål og mål for "
           "indsatsen – jf. Den kommunale handleplan« og »Alle mål og delmål begrundes med henvisning til den kommunale "
           "handleplan og ud fra faglige tilgange og metoder.« 003_8ca9e5d4afeefdcb.txt: »Det sker i samarbejde med "
           "borgeren og med udgangspunkt i den kommunalt udarbejdede handleplan (SEL §§ 140 og 141).« For børn er "
           "kommunens plan siden 1. januar 2024 »barnets plan« efter Barnets lov § 91 (product.md).",
    .bad = "# Individuel plan\n"
           "Borger: Asta (journal 2291)\n"
           "Område: børn\n"
           "\n"
           "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
           "Handleplan: H2\n",
    .good = "# Individuel plan\n"
            "Borger: Asta (journal 2291)\n"
            "Område: børn\n"
            "\n"
            "## Handleplan\n"
            "Lovgrundlag: Barnets lov § 91\n"
            "Dato: 10-01-2026\n"
            "Formål: Asta får en stabil og forudsigelig hverdag.\n"
            "- H2: Asta bliver mere selvhjulpen i daglige gøremål.\n"
            "\n"
            "## Mål 1: Asta tager selv sin trøje på om morgenen\n"
            "Handleplan: H2\n",
    .options = "",
};

class MissingHandleplan final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    if (plan.handleplan) return;
    std::string_view law = ctx.tr("<Barnets lov § 91 (børn) eller SEL § 141 (voksne)>",
                                  "<Barnets lov § 91 (children) or SEL § 141 (adults)>");
    if (is_children_plan(plan)) law = "<Barnets lov § 91>";
    if (is_adults_plan(plan)) law = "<SEL § 141>";
    const std::string skeleton = fmt::format(
        fmt::runtime(ctx.tr("## Handleplan\nLovgrundlag: {}\nDato: <handleplanens dato, dd-mm-åååå>\n"
                            "Formål: <kommunens formål med indsatsen>\n- H1: <kommunens første mål>\n",
                            "## Handleplan\nLovgrundlag: {}\nDato: <the handleplan's date, dd-mm-yyyy>\n"
                            "Formål: <the municipality's purpose of the support>\n- H1: <the municipality's first goal>\n")),
        law);
    ctx.report(document_range(plan, ctx.source()),
               std::string(ctx.tr("Planen har intet afsnit med kommunens handleplan (»## Handleplan«).",
                                  "The plan has no section with the municipality's action plan (»## Handleplan«).")),
               std::string(ctx.tr("Tilføj afsnittet »## Handleplan« med »Lovgrundlag:«, »Dato:« og »Formål:« fra kommunens "
                                  "handleplan (for et barn: barnets plan) og kommunens mål som »- H1: ...«, »- H2: ...«, så planens mål kan "
                                  "henvise til dem.",
                                  "Add the section »## Handleplan« with »Lovgrundlag:«, »Dato:« and »Formål:« from the "
                                  "municipality's action plan and its goals as »- H1: ...«, »- H2: ...«, so the plan's goals can "
                                  "refer to them.")),
               {insert_section(plan, ctx.source(), skeleton,
                               std::string(ctx.tr("Indsæt et skelet af afsnittet Handleplan", "Insert a Handleplan section skeleton")))});
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_handleplan, MissingHandleplan)

}  // namespace planlint::rules
