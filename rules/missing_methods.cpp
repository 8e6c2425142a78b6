// missing-methods (PL206): no "Faglige tilgange og metoder" section, or an empty one.
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL206",
    .name = "missing-methods",
    .family = Family::plan,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Planen beskriver ikke de faglige tilgange og metoder.",
    .summary_en = "The plan does not describe the professional approaches and methods.",
    .what = "Melder, når planen ikke har afsnittet `## Faglige tilgange og metoder` (eller `## Metoder`); fundet står "
            "ved `# Individuel plan`. Melder også, når afsnittet er tomt: uden listepunkter, tekst og felter (fundet står "
            "ved afsnittets overskrift). Kommentarer tæller ikke som indhold. Rettelsen (usikker) indsætter afsnittet foran "
            "planens første mål (eller sidst i filen) eller et listepunkt i det tomme afsnit, med pladsholdere.",
    .why = "002_6148a88b2185cfbf.txt: »I barnets/den unges individuelle plan og status beskrives det konkret, hvilke "
           "faglige tilgange og metoder, der anvendes og hvordan de faglige tilgange og metoder udøves i praksis i forhold "
           "til det enkelte barn/den unge.« 004_bf1d65eae8ca2965.txt: »Tilbudslederen har det overordnede ansvar for, at "
           "tilbuddet arbejder med relevante faglige tilgange og metoder, og at tilbuddet dokumenterer brugen af faglige "
           "tilgange og metoder i den individuelle plan (jf. standard om individuelle planer).«",
    .bad = "## Faglige tilgange og metoder\n"
           "\n"
           "## Ønsker\n"
           "Asta ønsker at komme i svømmehallen.\n",
    .good = "## Faglige tilgange og metoder\n"
            "- Struktureret pædagogik: dagsskema med piktogrammer ved sengen og i køkkenet.\n"
            "- Low arousal: personalet sænker stemmen og giver Asta tid, når hun bliver urolig.\n"
            "\n"
            "## Ønsker\n"
            "Asta ønsker at komme i svømmehallen.\n",
    .options = "",
};

class MissingMethods final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const std::string_view item = ctx.tr("- <faglig tilgang eller metode>: <hvordan den bruges i praksis over for borgeren>",
                                         "- <approach or method>: <how it is used in practice with the citizen>");
    const std::string_view help =
        ctx.tr("Beskriv konkret, hvilke faglige tilgange og metoder der bruges, og hvordan de udøves i praksis over for "
               "barnet eller borgeren, fx »- Struktureret pædagogik: dagsskema med piktogrammer ved sengen«.",
               "Describe concretely which professional approaches and methods are used and how they are practised with "
               "the child or citizen, e.g. »- Struktureret pædagogik: dagsskema med piktogrammer ved sengen«.");
    if (!plan.methods) {
      ctx.report(document_range(plan, ctx.source()),
                 std::string(ctx.tr("Planen har intet afsnit om faglige tilgange og metoder (»## Faglige tilgange og metoder«).",
                                    "The plan has no section on professional approaches and methods (»## Faglige tilgange og metoder«).")),
                 fmt::format(fmt::runtime(ctx.tr("Tilføj afsnittet »## Faglige tilgange og metoder«. {}", "Add the section »## Faglige tilgange og metoder«. {}")),
                             help),
                 {insert_section(plan, ctx.source(), fmt::format("## Faglige tilgange og metoder\n{}\n", item),
                                 std::string(ctx.tr("Indsæt afsnittet Faglige tilgange og metoder",
                                                    "Insert the Faglige tilgange og metoder section")))});
      return;
    }
    const model::Section& s = *plan.methods;
    if (!s.items.empty() || !s.paragraphs.empty() || !s.fields.empty()) return;
    ctx.report(heading_of(s),
               std::string(ctx.tr("Afsnittet om faglige tilgange og metoder er tomt.",
                                  "The section on professional approaches and methods is empty.")),
               std::string(help),
               {insert_field_line(s, ctx.source(), item, std::string(ctx.tr("Indsæt et listepunkt", "Insert a list item")),
                                  Applicability::unsafe)});
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_methods, MissingMethods)

}  // namespace planlint::rules
