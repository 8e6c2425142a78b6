// revision-overdue (PL209): the plan's next revision is unknown or was due before today.
#include "rules/support/rule_support.h"
#include "schedule/deadlines.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL209",
    .name = "revision-overdue",
    .family = Family::plan,
    .severity = Severity::warning,
    .fixability = Fixability::sometimes,
    .summary_da = "Planen skulle have været revideret, eller den har ingen revisionsdato.",
    .summary_en = "The plan is overdue for revision, or has no revision date.",
    .what = "Beregner planens næste revision: `Næste revision:`, når den står der, ellers `Revideret:` (eller "
            "`Indskrevet:`) plus profilens revisionsinterval. Melder, når den dato ligger før i dag (en revision, der "
            "forfalder i dag, er ikke forsinket); fundet står på den dato, fristen er regnet fra. Melder også, når planen "
            "har ingen af de tre datoer (ved `# Individuel plan`); rettelsen (usikker) indsætter da `Næste revision:` med "
            "en pladsholder. Står datoen, fristen skulle regnes fra, der, men kan ikke læses, melder reglen intet (den har "
            "sin egen strukturdiagnose). En plan, hvis borger er udskrevet (`Udskrevet:` i dag eller før), meldes ikke. "
            "Beregningen er den samme som i planlint's oversigt over frister.",
    .why = "001_f4bd792a0c6bb7d2.txt: »De individuelle planer skal mindst én gang årligt evalueres i sin helhed og "
           "revideres. Også her skal arbejdet foregå med inddragelse af relevante parter.« 003_8ca9e5d4afeefdcb.txt "
           "(Indikator 2) kræver, at planen kan beskrive »Dato for revidering af mål.« 002_6148a88b2185cfbf.txt: "
           "»Minimum to gange om året i forbindelse med statusmøde på børneområdet og max en gang årligt på "
           "voksenområdet skal kontaktteamet gemme individuel plan og vedhæfte den til den afsluttede periode samt oprette "
           "ny periode og revidere individuel plan, således at den individuelle plan er ajour.«",
    .bad = "# Individuel plan\n"
           "Borger: Asta (journal 2291)\n"
           "Revideret: 01-08-2024\n"
           "Næste revision: 01-02-2025\n",
    .good = "# Individuel plan\n"
            "Borger: Asta (journal 2291)\n"
            "Revideret: 01-08-2026\n"
            "Næste revision: 01-02-2027\n",
    .options = "`[thresholds] revision-interval` (fx `\"årligt\"`) bestemmer fristen, når planen ikke har `Næste revision:`.",
};

class RevisionOverdue final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const model::Date today = ctx.today();
    // A discharged citizen's plan is not revised any more (an unreadable Udskrevet may be one).
    if (schedule::discharged(plan, today)) return;
    const config::Thresholds& t = ctx.settings().thresholds;
    // The field the deadline is counted from, in next_revision_due's order. One that is written
    // but unreadable has its own structure finding: nothing to add.
    const model::Field* from = schedule::revision_basis(plan);
    if (from != nullptr && from->as<model::Date>() == nullptr) return;
    const std::optional<model::Date> due = schedule::next_revision_due(plan, t);
    if (from == nullptr || !due) {
      std::vector<Fix> fixes;
      if (plan.document) {
        fixes.push_back(insert_field_line(*plan.document, ctx.source(),
                                          ctx.tr("Næste revision: <dd-mm-åååå>", "Næste revision: <dd-mm-yyyy>"),
                                          std::string(ctx.tr("Indsæt feltet Næste revision", "Insert the Næste revision field")),
                                          Applicability::unsafe));
      }
      ctx.report(document_range(plan, ctx.source()),
                 std::string(ctx.tr("Planen har ingen dato for næste revision.", "The plan has no date for its next revision.")),
                 std::string(ctx.tr("Skriv »Næste revision: <dato>« i planens hoved (eller »Revideret: <dato>«, så regnes fristen "
                                    "ud fra revisionsintervallet).",
                                    "Write »Næste revision: <date>« in the plan's header (or »Revideret: <date>«, and the deadline "
                                    "follows from the revision interval).")),
                 std::move(fixes));
      return;
    }
    if (!(*due < today)) return;
    const long days = today.days_since_epoch() - due->days_since_epoch();
    std::string help(ctx.tr("Evaluér planen som helhed sammen med borgeren og de relevante parter, revidér den, og opdatér "
                            "»Revideret:« og »Næste revision:«.",
                            "Evaluate the plan as a whole with the citizen and the relevant parties, revise it, and update "
                            "»Revideret:« and »Næste revision:«."));
    if (from->id != FieldId::next_revision) {
      help += fmt::format(fmt::runtime(ctx.tr(" Fristen er »{}« plus revisionsintervallet ({}).",
                                              " The deadline is »{}« plus the revision interval ({}).")),
                          model::field_spec(from->id).name,
                          ctx.lang() == diag::Lang::da ? t.revision_interval.describe_da() : t.revision_interval.describe_en());
    }
    ctx.report(from->value_range,
               fmt::format(fmt::runtime(ctx.tr(days == 1 ? "Planen skulle have været revideret senest {} ({} dag siden)."
                                                         : "Planen skulle have været revideret senest {} ({} dage siden).",
                                               days == 1 ? "The plan should have been revised by {} ({} day ago)."
                                                         : "The plan should have been revised by {} ({} days ago).")),
                           due->danish(), days),
               std::move(help));
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(revision_overdue, RevisionOverdue)

}  // namespace planlint::rules
