#include "schedule/deadlines.h"

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

}  // namespace planlint::schedule
