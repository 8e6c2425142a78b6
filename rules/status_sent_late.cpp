// status-sent-late (PL302): a status report sent (or still not sent) after its send-by date,
// the meeting minus status-days-before-meeting.
#include "rules/support/rule_support.h"
#include "schedule/deadlines.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL302",
    .name = "status-sent-late",
    .family = Family::status,
    .severity = Severity::warning,
    .fixability = Fixability::none,
    .summary_da = "En statusrapport, der blev sendt for sent, eller som stadig ikke er sendt.",
    .summary_en = "A status report sent too late, or still not sent.",
    .what = "Fristen for at sende en status er `Møde:` minus profilens antal dage før mødet (14 dage i 002). Reglen "
            "melder, når `Sendt:` ligger efter fristen (fundet står på datoen), og når statussen ingen `Sendt:` har, og "
            "fristen er passeret (i dag ligger efter fristen; fundet står ved statussens overskrift). Sendt præcis på "
            "fristen er rettidigt. Uden en gyldig `Møde:` er der ingen frist at regne med; står `Sendt:` der, men kan ikke "
            "læses, melder reglen intet (feltet har sin egen strukturdiagnose). Beregningen er den samme som i planlint's "
            "oversigt over frister.",
    .why = "002_6148a88b2185cfbf.txt: »Kontaktteam har ansvaret for at sende statusrapport og dagsorden ud til rådgiver "
           "senest 14 dage før mødet samt journalisere disse.« Kommer statussen for sent, kan rådgiveren og forældrene "
           "ikke nå at læse den før mødet.",
    .bad = "## Status 15-07-2026\n"
           "Møde: 28-07-2026\n"
           "Sendt: 20-07-2026\n",
    .good = "## Status 10-07-2026\n"
            "Møde: 28-07-2026\n"
            "Sendt: 10-07-2026\n",
    .options = "`[thresholds] status-days-before-meeting` (standard 14) i `planlint.toml`.",
};

class StatusSentLate final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    const config::Thresholds& t = ctx.settings().thresholds;
    const int before = t.status_days_before_meeting;
    for (const model::Status& status : plan.statuses) {
      const std::optional<model::Date> send_by = schedule::status_send_by(status, t);
      if (!send_by) continue;  // no readable meeting date
      const model::Date meeting = *status.section.value<model::Date>(FieldId::meeting);
      const std::string deadline =
          fmt::format(fmt::runtime(ctx.tr(before == 1 ? "{} ({} dag før mødet {})" : "{} ({} dage før mødet {})",
                                          before == 1 ? "{} ({} day before the meeting on {})" : "{} ({} days before the meeting on {})")),
                      send_by->danish(), before, meeting.danish());
      if (const model::Field* sent = status.section.field(FieldId::sent)) {
        const auto* date = sent->as<model::Date>();
        if (date == nullptr || !(*send_by < *date)) continue;  // unreadable (own finding) or in time
        const long late = date->days_since_epoch() - send_by->days_since_epoch();
        ctx.report(sent->value_range,
                   fmt::format(fmt::runtime(ctx.tr(late == 1 ? "Statussen blev sendt {}, {} dag efter fristen {}."
                                                             : "Statussen blev sendt {}, {} dage efter fristen {}.",
                                                   late == 1 ? "The status was sent on {}, {} day after the deadline {}."
                                                             : "The status was sent on {}, {} days after the deadline {}.")),
                               date->danish(), late, deadline),
                   fmt::format(fmt::runtime(ctx.tr("Send statusrapporten og dagsordenen til rådgiveren senest {} dage før mødet. Er "
                                                   "datoen skrevet forkert, så ret »Sendt:« til den dag, statussen faktisk blev "
                                                   "sendt.",
                                                   "Send the status report and agenda to the caseworker at least {} days before the "
                                                   "meeting. If the date is wrong, correct »Sendt:« to the day the status was "
                                                   "actually sent.")),
                               before));
        continue;
      }
      if (!(*send_by < ctx.today())) continue;
      ctx.report(heading_of(status.section),
                 fmt::format(fmt::runtime(ctx.tr("Statussen er ikke sendt, og fristen var {}.",
                                                 "The status has not been sent, and the deadline was {}.")),
                             deadline),
                 std::string(ctx.tr("Send statusrapporten og dagsordenen til rådgiveren nu, og skriv datoen i »Sendt:«. Er den "
                                    "allerede sendt, så tilføj »Sendt: <dato>«.",
                                    "Send the status report and agenda to the caseworker now and record the date in »Sendt:«. "
                                    "If it was already sent, add »Sendt: <date>«.")));
    }
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(status_sent_late, StatusSentLate)

}  // namespace planlint::rules
