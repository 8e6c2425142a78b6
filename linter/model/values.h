#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/source_range.h"

namespace planlint::model {

// A calendar date that is known to exist (31-02-2026 never becomes a Date).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  auto operator<=>(const Date&) const = default;
  // Days since 1970-01-01.
  [[nodiscard]] long days_since_epoch() const;
  static Date from_days_since_epoch(long days);
  // Monday = 0 .. Sunday = 6.
  [[nodiscard]] int weekday() const;
  [[nodiscard]] std::string iso() const;           // 2026-12-31
  [[nodiscard]] std::string danish() const;        // 31-12-2026
  [[nodiscard]] Date add_days(long n) const;
  // Calendar months, clamped to the month's last day: 31-01 + 1 month = 28-02 (29-02 in leap years).
  [[nodiscard]] Date add_months(int n) const;
};

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);

enum class DateError { none, not_a_date, no_such_day, year_out_of_range };

struct DateParse {
  std::optional<Date> date;
  DateError error = DateError::none;
};

// Accepts 31-12-2026, 31.12.2026, 31/12/2026, 2026-12-31 and "31. december 2026" (month names
// and their usual abbreviations, any case, aa/oe/ae tolerated).
DateParse parse_date(std::string_view text);

enum class IntervalUnit { day, week, month, year };

// "every `count` `unit`s": hver 3. måned = {3, month}; kvartalsvis = {3, month};
// 2 gange om året = {6, month}.
struct Interval {
  int count = 1;
  IntervalUnit unit = IntervalUnit::month;

  friend bool operator==(const Interval&, const Interval&) = default;
  [[nodiscard]] Date after(Date from) const;
  // Approximate length in days, for comparing intervals of different units.
  [[nodiscard]] int approx_days() const;
  [[nodiscard]] std::string describe_da() const;  // "hver 3. måned"
  [[nodiscard]] std::string describe_en() const;  // "every 3 months"
};

std::optional<Interval> parse_interval(std::string_view text);

struct DateRange {
  Date from;
  Date to;
  friend bool operator==(const DateRange&, const DateRange&) = default;
};

struct DateRangeParse {
  std::optional<DateRange> range;
  DateError error = DateError::none;
  bool reversed = false;  // "til" date before the "fra" date
};

// "01-02-2026 til 30-06-2026", also with "-" or "–" between the dates.
DateRangeParse parse_date_range(std::string_view text);

enum class ReferenceKind { handleplan, goal, subgoal };

// One reference in a list: "H2" (handleplan goal), "Mål 1" or "Delmål 1.1". `id` is
// canonical: "H2", "1", "1.1". `range` is relative to the start of the parsed text.
struct Reference {
  ReferenceKind kind = ReferenceKind::handleplan;
  std::string id;
  text::SourceRange range;
  friend bool operator==(const Reference&, const Reference&) = default;
};

struct ReferenceParse {
  std::vector<Reference> references;
  std::optional<text::SourceRange> bad_part;  // the first part that is not a reference
};

// "H1, H3", "H1 og H3".
ReferenceParse parse_handleplan_references(std::string_view text);
// "Mål 1, Delmål 1.1, Mål 2"; "Mål 1 og 2"; "Maal 1".
ReferenceParse parse_goal_references(std::string_view text);

// A goal number from a heading: "1" (Mål) or "1.2" (Delmål).
struct GoalNumber {
  int major = 0;
  int minor = 0;  // 0 for a Mål
  [[nodiscard]] std::string str() const;
  friend bool operator==(const GoalNumber&, const GoalNumber&) = default;
};

std::optional<GoalNumber> parse_goal_number(std::string_view text, bool subgoal);

}  // namespace planlint::model
