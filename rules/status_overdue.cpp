// status-overdue (PL303): the next status report to the municipality was due before today.
#include "rules/support/rule_support.h"
#include "schedule/deadlines.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL303",
    .name = "status-overdue",
    .family = Family::status,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "Næste statusrapport til kommunen er forfalden.",
    .summary_en = "The next status report to the municipality is overdue.",
    .what = "Beregner, hvornår næste status skal foreligge: seneste `## Status <dato>` plus statusintervallet (børn: "
            "hvert halve år, voksne: hvert år; uden gyldigt `Område:` gælder børnenes, det strengeste), eller, uden "
            "nogen status, `Indskrevet:` plus intervallet. Melder, når den dato ligger før i dag (en status, der forfalder "
            "i dag, er ikke forsinket). Fundet står ved den seneste status' overskrift, eller ved `# Individuel plan`, hvis "
            "planen ingen status har. En status uden gyldig dato i overskriften, eller en ulæselig `Indskrevet:`, giver "
            "intet fund (de har deres egen strukturdiagnose). En plan, hvis borger er udskrevet (`Udskrevet:` i dag eller "
            "før), meldes ikke. Beregningen er den samme som i planlint's oversigt over frister.",
    .why = "002_6148a88b2185cfbf.txt: »Der indkaldes til 2 årlige statusmøder for børn og unge under 18 år og 1 gang "
           "årligt for unge over 18 år.« og »Statusrapporten udarbejdes halvårligt/årligt af kontaktteamet.« Statussen "
           "skal »bidrage til, at kommunen kan vurdere, om indsatsen lever op til formålet.«",
    .bad = "# Individuel plan\n"
           "Område: børn\n"
           "Indskrevet: 15-01-2025\n"
           "\n"
           "## Status 10-07-2025\n",
    .good = "# Individuel plan\n"
            "Område: børn\n"
            "Indskrevet: 15-01-2025\n"
            "\n"
            "## Status 10-07-2025\n"
            "\n"
            "## Status 12-01-2026\n"
            "\n"
            "## Status 10-07-2026\n",
    .options = "`[thresholds] status-interval-children` (standard `\"2 gange om året\"`) og `status-interval-adults` (standard "
               "`\"årligt\"`) i `planlint.toml`.",
};

class StatusOverdue final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const model::Date today = ctx.today();
    // A discharged citizen gets no more status reports (an unreadable Udskrevet may be one).
    if (schedule::discharged(plan, today)) return;
    // A status without a readable date could be the latest one: its heading has its own finding.
    if (schedule::next_status_unknown(plan)) return;
    const config::Thresholds& t = ctx.settings().thresholds;
    const std::optional<model::Date> due = schedule::next_status_due(plan, t);
    if (!due || !(*due < today)) return;
    const long days = today.days_since_epoch() - due->days_since_epoch();
    const model::Interval interval = schedule::status_interval(plan, t);
    const bool adults = is_adults_plan(plan);
    const model::Status* last = schedule::last_status(plan);
    const std::string every = ctx.lang() == diag::Lang::da ? interval.describe_da() : interval.describe_en();
    const std::string counted =
        last != nullptr
            ? fmt::format(fmt::runtime(ctx.tr("regnet fra seneste status {}", "counted from the latest status on {}")), last->date->danish())
            : fmt::format(fmt::runtime(ctx.tr("regnet fra indskrivningen {}", "counted from the enrolment on {}")),
                          plan.enrolled()->danish());
    ctx.report(last != nullptr ? heading_of(last->section) : document_range(plan, ctx.source()),
               fmt::format(fmt::runtime(ctx.tr(days == 1 ? "Næste status til kommunen skulle have foreligget senest {} ({} dag siden)."
                                                         : "Næste status til kommunen skulle have foreligget senest {} ({} dage siden).",
                                               days == 1 ? "The next status to the municipality was due by {} ({} day ago)."
                                                         : "The next status to the municipality was due by {} ({} days ago).")),
                           due->danish(), days),
               fmt::format(fmt::runtime(ctx.tr("For {} skal der laves status {} ({}). Udarbejd statusrapporten, og skriv den i planen "
                                               "som »## Status <dato>«.",
                                               "For {} a status is due {} ({}). Write the status report and add it to the plan as "
                                               "»## Status <date>«.")),
                           adults ? ctx.tr("voksne", "adults") : ctx.tr("børn og unge", "children and young people"), every, counted));
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(status_overdue, StatusOverdue)

}  // namespace planlint::rules
