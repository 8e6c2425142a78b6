#include "schedule/deadlines.h"

#include <algorithm>

namespace planlint::schedule {

using model::Date;
using model::FieldId;

const model::Evaluation* last_evaluation(const model::Goal& goal) {
  const model::Evaluation* last = nullptr;
  for (const model::Evaluation& e : goal.evaluations) {
    if (e.date && (last == nullptr || *e.date >= *last->date)) last = &e;
  }
  return last;
}

bool closed_by_evaluation(const model::Goal& goal) {
  const model::Evaluation* last = last_evaluation(goal);
  if (last == nullptr) return false;
  const auto* decision = last->section.value<model::EnumValue>(FieldId::decision);
  return decision != nullptr && decision->value == "afslut";
}

bool is_closed(const model::Goal& goal, const model::Goal* parent) {
  return closed_by_evaluation(goal) || (parent != nullptr && closed_by_evaluation(*parent));
}

std::optional<Date> next_evaluation_due(const model::Goal& goal, const model::Goal* parent) {
  if (is_closed(goal, parent)) return std::nullopt;
  const auto* interval = goal.section.value<model::Interval>(FieldId::evaluation_interval);
  if (interval == nullptr) return std::nullopt;
  if (const model::Evaluation* last = last_evaluation(goal)) return interval->after(*last->date);
  if (const auto* start = goal.section.value<Date>(FieldId::start)) return interval->after(*start);
  return std::nullopt;
}

const model::Status* last_status(const model::Plan& plan) {
  const model::Status* last = nullptr;
  for (const model::Status& s : plan.statuses) {
    if (s.date && (last == nullptr || *s.date >= *last->date)) last = &s;
  }
  return last;
}

model::Interval status_interval(const model::Plan& plan, const config::Thresholds& t) {
  const model::EnumValue* area = plan.area();
  return area != nullptr && area->value == "voksne" ? t.status_interval_adults : t.status_interval_children;
}

std::optional<Date> next_status_due(const model::Plan& plan, const config::Thresholds& t) {
  const model::Interval interval = status_interval(plan, t);
  if (const model::Status* s = last_status(plan)) return interval.after(*s->date);
  if (const Date* enrolled = plan.enrolled()) return interval.after(*enrolled);
  return std::nullopt;
}

bool next_status_unknown(const model::Plan& plan) {
  for (const model::Status& s : plan.statuses) {
    if (!s.date) return true;
  }
  if (plan.statuses.empty()) {
    const model::Field* enrolled = plan.header(FieldId::enrolled);
    if (enrolled != nullptr && enrolled->as<Date>() == nullptr) return true;
  }
  return false;
}

std::optional<Date> status_send_by(const model::Status& status, const config::Thresholds& t) {
  const auto* meeting = status.section.value<Date>(FieldId::meeting);
  if (meeting == nullptr) return std::nullopt;
  return meeting->add_days(-t.status_days_before_meeting);
}

std::optional<Date> minutes_due(const model::Status& status, const config::Thresholds& t) {
  const auto* meeting = status.section.value<Date>(FieldId::meeting);
  if (meeting == nullptr) return std::nullopt;
  return meeting->add_days(t.minutes_within_days);
}

std::optional<Date> next_revision_due(const model::Plan& plan, const config::Thresholds& t) {
  if (const Date* next = plan.next_revision()) return *next;
  if (const Date* revised = plan.revised()) return t.revision_interval.after(*revised);
  if (const Date* enrolled = plan.enrolled()) return t.revision_interval.after(*enrolled);
  return std::nullopt;
}

const model::Field* revision_basis(const model::Plan& plan) {
  for (const FieldId id : {FieldId::next_revision, FieldId::revised, FieldId::enrolled}) {
    if (const model::Field* f = plan.header(id)) return f;
  }
  return nullptr;
}

bool discharged(const model::Plan& plan, Date today) {
  const model::Field* out = plan.header(FieldId::discharged);
  if (out == nullptr) return false;
  const auto* date = out->as<Date>();
  return date == nullptr || !(today < *date);
}

std::optional<Date> next_evaluation_owed(const model::Goal& goal, const model::Goal* parent) {
  const std::optional<Date> due = next_evaluation_due(goal, parent);
  if (!due) return std::nullopt;
  if (const auto* end = goal.section.value<Date>(FieldId::end); end != nullptr && *end < *due) return std::nullopt;
  return due;
}

std::optional<Date> goal_end_due(const model::Goal& goal, const model::Goal* parent) {
  if (is_closed(goal, parent)) return std::nullopt;
  if (const auto* end = goal.section.value<Date>(FieldId::end)) return *end;
  return std::nullopt;
}

Date enrolment_occurrence(Date enrolled, const config::EnrolmentDeadline& d, int k) {
  return enrolled.add_months(d.within_months + k * d.repeat_months);
}

std::vector<EnrolmentDue> open_enrolment_deadlines(const model::Plan& plan, const config::Thresholds& t, Date today) {
  std::vector<EnrolmentDue> out;
  const Date* enrolled = plan.enrolled();
  if (enrolled == nullptr) return out;
  const Date* revised = plan.revised();
  for (const config::EnrolmentDeadline& d : t.enrolment_deadlines) {
    // The first occurrence on or after today (k_next), and the one before it.
    int k_next = 0;
    if (d.repeat_months > 0) {
      // Months from the first occurrence to today bound k from below; step up from there.
      const Date first = enrolment_occurrence(*enrolled, d, 0);
      const int months = (today.year - first.year) * 12 + (today.month - first.month);
      k_next = months > 0 ? std::max(0, months / d.repeat_months - 1) : 0;
      while (enrolment_occurrence(*enrolled, d, k_next) < today) ++k_next;
    } else if (enrolment_occurrence(*enrolled, d, 0) < today) {
      k_next = 1;  // a one-off deadline that has passed: no next occurrence
    }
    if (k_next > 0) {
      const Date past = enrolment_occurrence(*enrolled, d, k_next - 1);
      if (revised == nullptr || *revised < past) out.push_back({&d, k_next - 1, past});
    }
    if (d.repeat_months > 0 || k_next == 0) out.push_back({&d, k_next, enrolment_occurrence(*enrolled, d, k_next)});
  }
  return out;
}

}  // namespace planlint::schedule
