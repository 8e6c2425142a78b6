// missing-target-group (PL205): no Målgruppe section, or one without Målgruppe, Kategori or
// Støttebehov.
#include <array>

#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL205",
    .name = "missing-target-group",
    .family = Family::plan,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "Planen beskriver ikke målgruppe, kategori og støttebehov.",
    .summary_en = "The plan does not describe the target group, category and support need.",
    .what = "Melder, når planen ikke har afsnittet `## Målgruppe` (fundet står ved `# Individuel plan`), eller når "
            "afsnittet mangler et af felterne `Målgruppe:`, `Kategori:` og `Støttebehov:` (ét fund ved afsnittets "
            "overskrift, der nævner alle de manglende). Et felt, der står der, tæller som til stede, også når det er tomt "
            "(det har sin egen strukturdiagnose). Rettelsen (usikker) indsætter afsnittet foran planens første mål (eller "
            "sidst i filen) eller de manglende felter, med pladsholdere.",
    .why = "002_6148a88b2185cfbf.txt: »Den individuelle plan skal indeholde en beskrivelse af barnets/den unges målgruppe "
           "og kategori samt støttebehov jf. ydelsesbeskrivelsen.« Også statusrapporten skal indeholde en »Beskrivelse af "
           "barnets/den unges målgruppe og kategori samt støttebehov jf. ydelsesbeskrivelsen.«",
    .bad = "## Målgruppe\n"
           "Målgruppe: Børn og unge med betydelig og varig nedsat funktionsevne.\n",
    .good = "## Målgruppe\n"
            "Målgruppe: Børn og unge med betydelig og varig nedsat funktionsevne.\n"
            "Kategori: Døgnplads efter § 66 (jf. ydelsesbeskrivelsen, kategori 3).\n"
            "Støttebehov: Asta har brug for fysisk og verbal guidning i alle daglige overgange.\n",
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

struct Required {
  FieldId id;
  std::string_view placeholder_da;
  std::string_view placeholder_en;
};

constexpr std::array<Required, 3> kRequired = {{
    {FieldId::target_group, "<tilbuddets målgruppe, jf. ydelsesbeskrivelsen>", "<the institution's target group>"},
    {FieldId::category, "<kategori eller takstniveau, jf. ydelsesbeskrivelsen>", "<category or rate level>"},
    {FieldId::support_need, "<borgerens behov for støtte>", "<the citizen's need for support>"},
}};

class MissingTargetGroup final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    if (!plan.target_group) {
      std::string skeleton = "## Målgruppe\n";
      for (const Required& r : kRequired) {
        skeleton += fmt::format("{}: {}\n", model::field_spec(r.id).name, ctx.tr(r.placeholder_da, r.placeholder_en));
      }
      ctx.report(document_range(plan, ctx.source()),
                 std::string(ctx.tr("Planen har intet afsnit om målgruppe, kategori og støttebehov (»## Målgruppe«).",
                                    "The plan has no section on target group, category and support need (»## Målgruppe«).")),
                 std::string(ctx.tr("Tilføj afsnittet »## Målgruppe« med felterne »Målgruppe:«, »Kategori:« og »Støttebehov:«, "
                                    "skrevet ud fra ydelsesbeskrivelsen.",
                                    "Add the section »## Målgruppe« with the fields »Målgruppe:«, »Kategori:« and »Støttebehov:«, "
                                    "based on the service description.")),
                 {insert_section(plan, ctx.source(), skeleton,
                                 std::string(ctx.tr("Indsæt afsnittet Målgruppe", "Insert the Målgruppe section")))});
      return;
    }
    const model::Section& s = *plan.target_group;
    std::vector<std::string> missing;
    std::string lines;
    for (const Required& r : kRequired) {
      if (s.field(r.id) != nullptr) continue;  // present, even when empty
      const std::string_view name = model::field_spec(r.id).name;
      missing.push_back(fmt::format("»{}«", name));
      if (!lines.empty()) lines += '\n';
      lines += fmt::format("{}: {}", name, ctx.tr(r.placeholder_da, r.placeholder_en));
    }
    if (missing.empty()) return;
    const std::string list = join_list(missing, ctx.tr(" og ", " and "));
    ctx.report(heading_of(s),
               fmt::format(fmt::runtime(ctx.tr("Afsnittet »Målgruppe« mangler {}.", "The section »Målgruppe« lacks {}.")), list),
               fmt::format(fmt::runtime(ctx.tr("Tilføj {} som felter i afsnittet, skrevet ud fra ydelsesbeskrivelsen.",
                                               "Add {} as fields of the section, based on the service description.")),
                           list),
               {insert_field_line(s, ctx.source(), lines,
                                  missing.size() == 1 ? std::string(ctx.tr("Indsæt det manglende felt", "Insert the missing field"))
                                                      : std::string(ctx.tr("Indsæt de manglende felter", "Insert the missing fields")),
                                  Applicability::unsafe)});
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(missing_target_group, MissingTargetGroup)

}  // namespace planlint::rules
