// missing-wishes (PL207): no Ønsker section, or an empty one.
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL207",
    .name = "missing-wishes",
    .family = Family::plan,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Planen dokumenterer ikke borgerens egne ønsker.",
    .summary_en = "The plan does not document the citizen's own wishes.",
    .what = "Melder, når planen ikke har afsnittet `## Ønsker` (eller `## Borgerens ønsker`); fundet står ved "
            "`# Individuel plan`. Melder også, når afsnittet er tomt: uden listepunkter, tekst og felter (fundet står ved "
            "afsnittets overskrift). Kommentarer tæller ikke som indhold. Rettelsen (usikker) indsætter afsnittet foran "
            "planens første mål (eller sidst i filen) eller et listepunkt i det tomme afsnit, med en pladsholder.",
    .why = "001_f4bd792a0c6bb7d2.txt: »Borgerens ønsker og behov dokumenteres uanset muligheder for gennemførelse af "
           "ønskerne og fagpersonerne skal fagligt begrunde, hvorfor det ikke kan lade sig gøre. Det skal kunne læses ud "
           "af den individuelle plan«. 002_6148a88b2185cfbf.txt: »Har barnet/den unge ikke selv mulighed for at "
           "tilkendegive ønsker og dermed indgå i samarbejde omkring målet, sker dette i samarbejde med "
           "forældremyndighedsindehaverne/værge eller andre parter i den unges netværk.«",
    .bad = "## Ønsker\n"
           "\n"
           "## Mål 1: Asta tager selv sin trøje på om morgenen\n",
    .good = "## Ønsker\n"
            "Asta viser glæde ved vand og ønsker at komme i svømmehallen.\n"
            "Mor ønsker, at Asta lærer at spise selv.\n"
            "\n"
            "## Mål 1: Asta tager selv sin trøje på om morgenen\n",
    .options = "",
};

class MissingWishes final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const std::string_view item = ctx.tr("- <borgerens ønske, med egne ord>", "- <the citizen's wish, in their own words>");
    const std::string_view help =
        ctx.tr("Skriv borgerens (og forældrenes eller pårørendes) egne ønsker, også dem, der ikke kan opfyldes; for et ønske, "
               "der ikke kan opfyldes, skrives den faglige begrundelse under det (»Begrundelse: ...«).",
               "Write the citizen's (and the parents' or relatives') own wishes, including those that cannot be met; for a "
               "wish that cannot be met, give the professional reason below it (»Begrundelse: ...«).");
    if (!plan.wishes) {
      ctx.report(document_range(plan, ctx.source()),
                 std::string(ctx.tr("Planen har intet afsnit med borgerens ønsker (»## Ønsker«).",
                                    "The plan has no section with the citizen's wishes (»## Ønsker«).")),
                 fmt::format(fmt::runtime(ctx.tr("Tilføj afsnittet »## Ønsker«. {}", "Add the section »## Ønsker«. {}")), help),
                 {insert_section(plan, ctx.source(), fmt::format("## Ønsker\n{}\n", item),
                                 std::string(ctx.tr("Indsæt afsnittet Ønsker", "Insert the Ønsker section")))});
      return;
    }
    const model::Section& s = *plan.wishes;
    if (!s.items.empty() || !s.paragraphs.empty() || !s.fields.empty()) return;
    ctx.report(heading_of(s),
               std::string(ctx.tr("Afsnittet med borgerens ønsker er tomt.", "The section with the citizen's wishes is empty.")),
               std::string(help),
               {insert_field_line(s, ctx.source(), item, std::string(ctx.tr("Indsæt et listepunkt", "Insert a list item")),
                                  Applicability::unsafe)});
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_wishes, MissingWishes)

}  // namespace planlint::rules
