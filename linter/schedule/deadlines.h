#pragma once

#include <optional>
#include <vector>

#include "config/settings.h"
#include "model/plan.h"

// The one deadline computation: rules (evaluation-overdue, status-overdue, ...) and the
// agenda both ask here, so a date is never computed two ways.
namespace planlint::schedule {

// The latest evaluation of a goal (by date), or null when it has none with a valid date.
const model::Evaluation* last_evaluation(const model::Goal& goal);

// True when the goal's latest evaluation decided »afslut«.
bool closed_by_evaluation(const model::Goal& goal);

// True when the goal is closed, or is a Delmål whose Mål (`parent`) is closed.
bool is_closed(const model::Goal& goal, const model::Goal* parent);

// When the next evaluation is due: (last evaluation, or Start) + the goal's interval.
// Empty when the goal (or its Mål) is closed, or it has no interval or no date to count from.
std::optional<model::Date> next_evaluation_due(const model::Goal& goal, const model::Goal* parent = nullptr);

// The latest status report (by its heading date), or null.
const model::Status* last_status(const model::Plan& plan);

// The status interval that applies: children's or adults' from the thresholds (children's
// when the area is unknown, the stricter one).
model::Interval status_interval(const model::Plan& plan, const config::Thresholds& t);

// When the next status report is due: the latest status date + the interval, or, with no
// status yet, the enrolment date + the interval. Empty without either date.
std::optional<model::Date> next_status_due(const model::Plan& plan, const config::Thresholds& t);

// True when the next status date cannot be known although next_status_due may give one: a
// status without a readable date could be the latest, or, with no status yet, Indskrevet is
// written but cannot be read. (Each of those has its own structure diagnostic.)
bool next_status_unknown(const model::Plan& plan);

// The date a status must be sent by: its meeting minus status-days-before-meeting.
std::optional<model::Date> status_send_by(const model::Status& status, const config::Thresholds& t);

// The date the minutes of a status meeting are due: the meeting plus minutes-within-days.
std::optional<model::Date> minutes_due(const model::Status& status, const config::Thresholds& t);

// The next plan revision: Næste revision when given, else Revideret (or Indskrevet) + the
// revision interval. Empty without any of these dates.
std::optional<model::Date> next_revision_due(const model::Plan& plan, const config::Thresholds& t);

// The header field the next revision is counted from: the first of Næste revision, Revideret
// and Indskrevet that is written (null when none is). When it is written but cannot be read,
// the deadline is unknown (next_revision_due would fall back to the next field).
const model::Field* revision_basis(const model::Plan& plan);

// True when the citizen is discharged by `today`: Udskrevet on or before it, or written but
// unreadable (it may be). A discharged citizen gets no more status reports or revisions.
bool discharged(const model::Plan& plan, model::Date today);

// The next evaluation that is owed: next_evaluation_due, unless that falls after the goal's
// Slut (the goal ends first; its end is then the deadline).
std::optional<model::Date> next_evaluation_owed(const model::Goal& goal, const model::Goal* parent = nullptr);

// When an open goal ends: its Slut. Empty when the goal (or its Mål) is closed or has no
// readable Slut.
std::optional<model::Date> goal_end_due(const model::Goal& goal, const model::Goal* parent = nullptr);

// The k-th occurrence (k = 0, 1, ...) of a deadline counted from the enrolment date:
// Indskrevet + within-months + k × repeat-months, each counted from the enrolment date so
// that clamped month ends do not drift (31-01 + 1 month = 28-02, + 2 months = 31-03).
model::Date enrolment_occurrence(model::Date enrolled, const config::EnrolmentDeadline& d, int k);

// One occurrence of an enrolment deadline that is still open on `today`.
struct EnrolmentDue {
  const config::EnrolmentDeadline* deadline = nullptr;
  int occurrence = 0;  // k in enrolment_occurrence
  model::Date date;
};

// The open occurrences of the profile's enrolment deadlines (thresholds.enrolment_deadlines),
// in the thresholds' order: per deadline, the latest occurrence before `today` that no
// revision has covered yet (Revideret before it; the plan has no field saying a DPU or a
// compass was made, and a revision after the date takes it into the plan), then the first
// occurrence on or after `today` (none for a one-off deadline that has passed). Empty without
// a readable Indskrevet.
std::vector<EnrolmentDue> open_enrolment_deadlines(const model::Plan& plan, const config::Thresholds& t, model::Date today);

}  // namespace planlint::schedule
