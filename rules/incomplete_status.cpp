// incomplete-status (PL301): a status report without one of the parts 002 requires.
#include <array>

#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL301",
    .name = "incomplete-status",
    .family = Family::status,
    .severity = Severity::warning,
    .fixability = Fixability::always,
    .summary_da = "En statusrapport, der mangler en af de dele, retningslinjen kræver.",
    .summary_en = "A status report that lacks one of the parts the guideline requires.",
    .what = "Kontrollerer, at hver `## Status <dato>` har felterne `Periode:`, `Møde:`, `Ressourcer og udfordringer:`, "
            "`Mål i perioden:`, `Udførte indsatser:`, `Opnåede resultater:`, `Fremadrettet:`, `Faglige tilgange og "
            "metoder:` og `Målgruppe og støttebehov:`. Ét fund pr. status ved dens overskrift, der nævner alle de "
            "manglende felter. Et felt, der står der, tæller som til stede, også når det er tomt eller ikke kan læses (det "
            "har sin egen strukturdiagnose). Rettelsen (usikker) indsætter de manglende felter med pladsholdere.",
    .why = "002_6148a88b2185cfbf.txt: »Kortfattet og målrettet skal der beskrives; • Den enkeltes ressourcer, udfordringer "
           "og behov for støtte og indsats siden sidste status. • Mål og delmål, der har været arbejdet med i perioden. "
           "Herunder begrundelse, fremgangsmåde, evaluering og indikatormodul. • Udførte indsatser. • Opnåede resultater. "
           "• Overvejelser om mål, delmål og indsatser frem til næste status. • Faglige tilgange og metoder. • Beskrivelse "
           "af barnets/den unges målgruppe og kategori samt støttebehov jf. ydelsesbeskrivelsen.« Perioden og mødedatoen "
           "følger af »En status er bagudrettet og skal beskrive, hvad der er blevet gjort og med hvilke resultater set i "
           "forhold til formålet med indsatsen« og af fristen »senest 14 dage før mødet«.",
    .bad = "## Status 10-07-2026\n"
           "Møde: 28-07-2026\n"
           "Sendt: 10-07-2026\n"
           "Opnåede resultater: Asta tager trøjen på uden hjælp 4 af 7 morgener.\n",
    .good = "## Status 10-07-2026\n"
            "Periode: 01-02-2026 til 30-06-2026\n"
            "Møde: 28-07-2026\n"
            "Sendt: 10-07-2026\n"
            "Ressourcer og udfordringer: Asta er mere rolig om morgenen og søger oftere andre børn.\n"
            "Mål i perioden: Mål 1, Delmål 1.1\n"
            "Udførte indsatser: Piktogram ved sengen; voksenstøttet leg tre gange om ugen.\n"
            "Opnåede resultater: Asta tager trøjen på uden hjælp 4 af 7 morgener.\n"
            "Fremadrettet: Mål 1 fortsætter med ærmerne som næste trin.\n"
            "Faglige tilgange og metoder: Struktureret pædagogik og totalkommunikation.\n"
            "Målgruppe og støttebehov: Uændret, jf. ydelsesbeskrivelsen kategori 3.\n",
    .options = "",
};

struct Required {
  FieldId id;
  std::string_view placeholder_da;
  std::string_view placeholder_en;
};

constexpr std::array<Required, 9> kRequired = {{
    {FieldId::period, "<dd-mm-åååå til dd-mm-åååå>", "<dd-mm-yyyy til dd-mm-yyyy>"},
    {FieldId::meeting, "<mødets dato, dd-mm-åååå>", "<the meeting's date, dd-mm-yyyy>"},
    {FieldId::resources_challenges, "<ressourcer, udfordringer og behov for støtte siden sidste status>",
     "<resources, challenges and need for support since the last status>"},
    {FieldId::goals_in_period, "<Mål 1, Delmål 1.1>", "<Mål 1, Delmål 1.1>"},
    {FieldId::interventions_done, "<de indsatser, der er udført>", "<the interventions carried out>"},
    {FieldId::results, "<de resultater, der er opnået>", "<the results achieved>"},
    {FieldId::outlook, "<overvejelser om mål, delmål og indsatser frem til næste status>",
     "<considerations on goals, sub-goals and interventions until the next status>"},
    {FieldId::approaches, "<faglige tilgange og metoder i perioden>", "<professional approaches and methods in the period>"},
    {FieldId::target_group_and_need, "<målgruppe, kategori og støttebehov, jf. ydelsesbeskrivelsen>",
     "<target group, category and support need>"},
}};

// "A", "A og B", "A, B og C".
std::string join_list(const std::vector<std::string>& parts, std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? std::string(last_sep) : std::string(", ");
    out += parts[i];
  }
  return out;
}

class IncompleteStatus final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    for (const model::Status& status : plan.statuses) {
      const model::Section& s = status.section;
      std::vector<std::string> missing;
      std::string lines;
      for (const Required& r : kRequired) {
        if (s.field(r.id) != nullptr) continue;  // present, even when empty or unreadable
        const std::string_view name = model::field_spec(r.id).name;
        missing.push_back(fmt::format("»{}«", name));
        if (!lines.empty()) lines += '\n';
        lines += fmt::format("{}: {}", name, ctx.tr(r.placeholder_da, r.placeholder_en));
      }
      if (missing.empty()) continue;
      ctx.report(heading_of(s),
                 fmt::format(fmt::runtime(ctx.tr("Statussen mangler {}.", "The status lacks {}.")),
                             join_list(missing, ctx.tr(" og ", " and "))),
                 std::string(ctx.tr("Tilføj de manglende felter. En status beskriver kortfattet perioden og mødet, ressourcer og "
                                    "udfordringer, målene i perioden, de udførte indsatser, de opnåede resultater, det "
                                    "fremadrettede, de faglige tilgange og metoder samt målgruppe og støttebehov.",
                                    "Add the missing fields. A status describes, briefly, the period and the meeting, resources "
                                    "and challenges, the goals of the period, the interventions carried out, the results "
                                    "achieved, the way forward, the professional approaches and methods, and the target group "
                                    "and support need.")),
                 {insert_field_line(s, ctx.source(), lines,
                                    missing.size() == 1 ? std::string(ctx.tr("Indsæt det manglende felt", "Insert the missing field"))
                                                        : std::string(ctx.tr("Indsæt de manglende felter", "Insert the missing fields")),
                                    Applicability::unsafe)});
    }
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(incomplete_status, IncompleteStatus)

}  // namespace planlint::rules
