// incomplete-handleplan (PL202): a Handleplan section without Lovgrundlag, Dato or Formål.
#include <array>

#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL202",
    .name = "incomplete-handleplan",
    .family = Family::plan,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Handleplanen mangler lovgrundlag, dato eller formål.",
    .summary_en = "The handleplan lacks its law basis, date or purpose.",
    .what = "Kontrollerer, at afsnittet `## Handleplan` (eller `## Barnets plan` / `## Ungeplan`) har felterne "
            "`Lovgrundlag:`, `Dato:` og `Formål:`. Ét fund pr. handleplan, der nævner alle de manglende felter, ved "
            "afsnittets overskrift. Et felt, der står der, men ikke kan læses (fx en ugyldig dato), tæller som til stede: "
            "det har allerede sin egen strukturdiagnose. Rettelsen (usikker) indsætter de manglende felter med "
            "pladsholdere.",
    .why = "Planen skal vise, hvilket formål og hvilken handleplan indsatsen bygger på. 002_6148a88b2185cfbf.txt: »For at "
           "sikre, at den konkrete indsats tager udgangspunkt i det formål og de mål, kommunen har formuleret, skal der i "
           "de individuelle planer fremgå følgende: Konkrete formål og mål for indsatsen – jf. Den kommunale "
           "handleplan«. 003_8ca9e5d4afeefdcb.txt: »med udgangspunkt i den kommunalt udarbejdede handleplan (SEL §§ 140 "
           "og 141)«. Lovgrundlaget afgør, hvilke regler planen følger (Barnets lov § 91 for børn siden 1. januar 2024, "
           "SEL § 141 for voksne), og datoen afgør, hvilken version af handleplanen planen bygger på.",
    .bad = "## Handleplan\n"
           "Kommune: Aalborg Kommune\n"
           "- H1: Asta udvikler sin kommunikation.\n",
    .good = "## Handleplan\n"
            "Kommune: Aalborg Kommune\n"
            "Lovgrundlag: Barnets lov § 91\n"
            "Dato: 10-01-2026\n"
            "Formål: Asta får en stabil og forudsigelig hverdag, hvor hun udvikler sit sprog.\n"
            "- H1: Asta udvikler sin kommunikation.\n",
    .options = "",
};

// "A", "A og B", "A, B og C".
std::string join_list(const std::vector<std::string>& parts, std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? std::string(last_sep) : std::string(", ");
    out += parts[i];
  }
  return out;
}

class IncompleteHandleplan final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    if (!plan.handleplan) return;
    const model::Section& s = plan.handleplan->section;
    std::vector<std::string> missing;
    std::vector<std::string> explained;
    std::string lines;
    const bool adults = is_adults_plan(plan);
    const bool children = is_children_plan(plan);
    struct Required {
      FieldId id;
      std::string_view placeholder;
      std::string_view explanation;
    };
    const std::array<Required, 3> required = {{
        {FieldId::law_basis,
         adults     ? std::string_view("<SEL § 141>")
         : children ? std::string_view("<Barnets lov § 91>")
                    : ctx.tr("<Barnets lov § 91 (børn) eller SEL § 141 (voksne)>", "<Barnets lov § 91 (children) or SEL § 141 (adults)>"),
         ctx.tr("»Lovgrundlag:« med den lov, handleplanen er udarbejdet efter (Barnets lov § 91 for børn, SEL § 141 for voksne)",
                "»Lovgrundlag:« with the law the action plan was made under (Barnets lov § 91 for children, SEL § 141 for adults)")},
        {FieldId::date, ctx.tr("<handleplanens dato, dd-mm-åååå>", "<the handleplan's date, dd-mm-yyyy>"),
         ctx.tr("»Dato:« med handleplanens dato", "»Dato:« with the action plan's date")},
        {FieldId::purpose, ctx.tr("<kommunens formål med indsatsen>", "<the municipality's purpose of the support>"),
         ctx.tr("»Formål:« med kommunens formål med indsatsen", "»Formål:« with the municipality's purpose of the support")},
    }};
    for (const Required& r : required) {
      if (s.field(r.id) != nullptr) continue;  // present, even when its value could not be read
      const std::string_view name = model::field_spec(r.id).name;
      missing.push_back(fmt::format("»{}«", name));
      explained.emplace_back(r.explanation);
      if (!lines.empty()) lines += '\n';
      lines += fmt::format("{}: {}", name, r.placeholder);
    }
    if (missing.empty()) return;
    const std::string_view last_sep = ctx.tr(" og ", " and ");
    ctx.report(heading_of(s),
               fmt::format(fmt::runtime(ctx.tr("Handleplanen mangler {}.", "The handleplan lacks {}.")), join_list(missing, last_sep)),
               fmt::format(fmt::runtime(ctx.tr("Tilføj {}, skrevet af fra kommunens handleplan.",
                                               "Add {}, copied from the municipality's action plan.")),
                           join_list(explained, last_sep)),
               {insert_field_line(s, ctx.source(), lines,
                                  missing.size() == 1 ? std::string(ctx.tr("Indsæt det manglende felt", "Insert the missing field"))
                                                      : std::string(ctx.tr("Indsæt de manglende felter", "Insert the missing fields")),
                                  Applicability::unsafe)});
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(incomplete_handleplan, IncompleteHandleplan)

}  // namespace planlint::rules
