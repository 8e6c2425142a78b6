#pragma once

#include <optional>

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

// The date a status must be sent by: its meeting minus status-days-before-meeting.
std::optional<model::Date> status_send_by(const model::Status& status, const config::Thresholds& t);

// The date the minutes of a status meeting are due: the meeting plus minutes-within-days.
std::optional<model::Date> minutes_due(const model::Status& status, const config::Thresholds& t);

// The next plan revision: Næste revision when given, else Revideret (or Indskrevet) + the
// revision interval. Empty without any of these dates.
std::optional<model::Date> next_revision_due(const model::Plan& plan, const config::Thresholds& t);

}  // namespace planlint::schedule
