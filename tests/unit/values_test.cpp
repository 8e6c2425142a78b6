// Typed values: dates, date arithmetic, intervals, date ranges, references and goal numbers.
#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "model/values.h"

namespace planlint::model {

// Readable failure output for the value types.
void PrintTo(const Date& d, std::ostream* os) { *os << d.iso(); }
void PrintTo(const Interval& i, std::ostream* os) { *os << "{" << i.count << ", " << static_cast<int>(i.unit) << "}"; }

namespace {

using text::SourceRange;

Date D(int y, int m, int d) { return {y, m, d}; }

// ---- parse_date -------------------------------------------------------------------------------

void expect_date(std::string_view text, Date expected) {
  const DateParse p = parse_date(text);
  ASSERT_TRUE(p.date.has_value()) << "»" << text << "« error " << static_cast<int>(p.error);
  EXPECT_EQ(*p.date, expected) << "»" << text << "«";
  EXPECT_EQ(p.error, DateError::none) << "»" << text << "«";
}

void expect_no_date(std::string_view text, DateError error) {
  const DateParse p = parse_date(text);
  EXPECT_FALSE(p.date.has_value()) << "»" << text << "« parsed as " << p.date->iso();
  EXPECT_EQ(p.error, error) << "»" << text << "«";
}

TEST(ParseDate, NumericDanishForms) {
  expect_date("31-12-2026", D(2026, 12, 31));
  expect_date("31.12.2026", D(2026, 12, 31));
  expect_date("31/12/2026", D(2026, 12, 31));
  expect_date("1-2-2026", D(2026, 2, 1));
  expect_date("01.02.2026", D(2026, 2, 1));
  expect_date("  15-01-2026\t", D(2026, 1, 15));
  expect_date("31-12-2026.", D(2026, 12, 31));  // a sentence's full stop
}

TEST(ParseDate, IsoForm) {
  expect_date("2026-12-31", D(2026, 12, 31));
  expect_date("2026-1-5", D(2026, 1, 5));
  // ISO order only with "-": 2026/12/31 and 2026.12.31 are not dates.
  expect_no_date("2026/12/31", DateError::not_a_date);
  expect_no_date("2026.12.31", DateError::not_a_date);
}

TEST(ParseDate, MonthNames) {
  expect_date("31. december 2026", D(2026, 12, 31));
  expect_date("1. jan. 2027", D(2027, 1, 1));
  expect_date("15. MAJ 2023", D(2023, 5, 15));
  expect_date("3 marts 2026", D(2026, 3, 3));
  expect_date("28. Februar 2024", D(2024, 2, 28));
  expect_date("1. sept. 2026", D(2026, 9, 1));
  expect_date("1. sep 2026", D(2026, 9, 1));
  expect_date("24. okt 2026", D(2026, 10, 24));
  expect_no_date("3. maaj 2026", DateError::not_a_date);
  expect_no_date("3. maj", DateError::not_a_date);
  expect_no_date("3. maj 26", DateError::not_a_date);
  expect_no_date("31. februar 2026", DateError::no_such_day);
}

TEST(ParseDate, DaysThatDoNotExist) {
  expect_no_date("31-02-2026", DateError::no_such_day);
  expect_no_date("29-02-2025", DateError::no_such_day);
  expect_date("29-02-2024", D(2024, 2, 29));
  expect_date("29-02-2000", D(2000, 2, 29));  // divisible by 400
  expect_no_date("29-02-2100", DateError::no_such_day);  // divisible by 100
  expect_no_date("31-04-2026", DateError::no_such_day);
  expect_no_date("00-01-2026", DateError::no_such_day);
  expect_no_date("2026-13-01", DateError::no_such_day);
  expect_no_date("2026-00-10", DateError::no_such_day);
}

TEST(ParseDate, NotDates) {
  expect_no_date("31-12-26", DateError::not_a_date);
  expect_no_date("i morgen", DateError::not_a_date);
  expect_no_date("", DateError::not_a_date);
  expect_no_date("   ", DateError::not_a_date);
  expect_no_date("31-12.2026", DateError::not_a_date);  // mixed separators
  expect_no_date("31-12-2026-1", DateError::not_a_date);
  expect_no_date("123-12-2026", DateError::not_a_date);
  expect_no_date("31-12-20265", DateError::not_a_date);
  expect_no_date("31--2026", DateError::not_a_date);
  expect_no_date("a1-12-2026", DateError::not_a_date);
  expect_no_date("+1-12-2026", DateError::not_a_date);
}

TEST(ParseDate, YearOutOfRange) {
  expect_no_date("31-12-1899", DateError::year_out_of_range);
  expect_no_date("01-01-2201", DateError::year_out_of_range);
  expect_no_date("0000-01-01", DateError::year_out_of_range);
  expect_no_date("1. januar 9999", DateError::year_out_of_range);
  expect_date("01-01-1900", D(1900, 1, 1));
  expect_date("31-12-2200", D(2200, 12, 31));
}

// ---- Date arithmetic --------------------------------------------------------------------------

TEST(Date, AddMonthsClampsToTheLastDay) {
  EXPECT_EQ(D(2026, 1, 31).add_months(1), D(2026, 2, 28));
  EXPECT_EQ(D(2024, 1, 31).add_months(1), D(2024, 2, 29));
  EXPECT_EQ(D(2026, 12, 31).add_months(2), D(2027, 2, 28));
  EXPECT_EQ(D(2026, 3, 31).add_months(1), D(2026, 4, 30));
  EXPECT_EQ(D(2026, 11, 15).add_months(3), D(2027, 2, 15));
  EXPECT_EQ(D(2026, 5, 10).add_months(0), D(2026, 5, 10));
  EXPECT_EQ(D(2026, 5, 10).add_months(24), D(2028, 5, 10));
  EXPECT_EQ(D(2024, 2, 29).add_months(12), D(2025, 2, 28));
}

TEST(Date, AddMonthsBackwards) {
  EXPECT_EQ(D(2026, 3, 31).add_months(-1), D(2026, 2, 28));
  EXPECT_EQ(D(2026, 1, 15).add_months(-3), D(2025, 10, 15));
  EXPECT_EQ(D(2026, 1, 15).add_months(-1), D(2025, 12, 15));
}

TEST(Date, AddDays) {
  EXPECT_EQ(D(2026, 12, 31).add_days(1), D(2027, 1, 1));
  EXPECT_EQ(D(2027, 1, 1).add_days(-1), D(2026, 12, 31));
  EXPECT_EQ(D(2024, 2, 28).add_days(1), D(2024, 2, 29));
  EXPECT_EQ(D(2025, 2, 28).add_days(1), D(2025, 3, 1));
  EXPECT_EQ(D(2024, 1, 1).add_days(365), D(2024, 12, 31));
  EXPECT_EQ(D(2026, 12, 25).add_days(14), D(2027, 1, 8));
  EXPECT_EQ(D(2026, 6, 1).add_days(0), D(2026, 6, 1));
}

TEST(Date, DaysSinceEpoch) {
  EXPECT_EQ(D(1970, 1, 1).days_since_epoch(), 0);
  EXPECT_EQ(D(2000, 1, 1).days_since_epoch(), 10957);
  EXPECT_EQ(D(2026, 12, 31).days_since_epoch(), 20818);
  EXPECT_EQ(D(1900, 1, 1).days_since_epoch(), -25567);
  EXPECT_EQ(Date::from_days_since_epoch(20818), D(2026, 12, 31));
  EXPECT_EQ(Date::from_days_since_epoch(-25567), D(1900, 1, 1));
  EXPECT_EQ(D(2026, 3, 1).days_since_epoch() - D(2026, 2, 1).days_since_epoch(), 28);
}

TEST(Date, Weekday) {
  EXPECT_EQ(D(2026, 11, 24).weekday(), 1);  // Tuesday
  EXPECT_EQ(D(1970, 1, 1).weekday(), 3);    // Thursday
  EXPECT_EQ(D(2024, 2, 29).weekday(), 3);   // Thursday
  EXPECT_EQ(D(1900, 1, 1).weekday(), 0);    // Monday, before the epoch
  EXPECT_EQ(D(2026, 11, 29).weekday(), 6);  // Sunday
}

TEST(Date, Formatting) {
  EXPECT_EQ(D(2026, 2, 1).iso(), "2026-02-01");
  EXPECT_EQ(D(2026, 2, 1).danish(), "01-02-2026");
  EXPECT_EQ(D(2026, 12, 31).iso(), "2026-12-31");
  EXPECT_EQ(D(2026, 12, 31).danish(), "31-12-2026");
}

TEST(Date, Ordering) {
  EXPECT_LT(D(2026, 1, 31), D(2026, 2, 1));
  EXPECT_LT(D(2025, 12, 31), D(2026, 1, 1));
  EXPECT_GT(D(2026, 2, 10), D(2026, 2, 9));
}

TEST(Date, Validity) {
  EXPECT_TRUE(is_valid_date(2024, 2, 29));
  EXPECT_FALSE(is_valid_date(2025, 2, 29));
  EXPECT_FALSE(is_valid_date(2026, 0, 1));
  EXPECT_EQ(days_in_month(2026, 2), 28);
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2026, 4), 30);
  EXPECT_EQ(days_in_month(2026, 13), 0);
}

// ---- parse_interval ---------------------------------------------------------------------------

void expect_interval(std::string_view text, int count, IntervalUnit unit) {
  const auto i = parse_interval(text);
  ASSERT_TRUE(i.has_value()) << "»" << text << "«";
  EXPECT_EQ(*i, (Interval{count, unit})) << "»" << text << "«";
}

void expect_no_interval(std::string_view text) {
  const auto i = parse_interval(text);
  EXPECT_FALSE(i.has_value()) << "»" << text << "« parsed as {" << i->count << ", " << static_cast<int>(i->unit) << "}";
}

TEST(ParseInterval, Hver) {
  expect_interval("hver 3. måned", 3, IntervalUnit::month);
  expect_interval("hver måned", 1, IntervalUnit::month);
  expect_interval("hver 14. dag", 14, IntervalUnit::day);
  expect_interval("hver dag", 1, IntervalUnit::day);
  expect_interval("hver uge", 1, IntervalUnit::week);
  expect_interval("hver anden uge", 2, IntervalUnit::week);
  expect_interval("hver tredje måned", 3, IntervalUnit::month);
  expect_interval("hvert år", 1, IntervalUnit::year);
  expect_interval("hvert 2. år", 2, IntervalUnit::year);
  expect_interval("hvert halve år", 6, IntervalUnit::month);
  expect_interval("hvert halvår", 6, IntervalUnit::month);
  expect_interval("hvert kvartal", 3, IntervalUnit::month);
}

TEST(ParseInterval, SingleWords) {
  expect_interval("kvartalsvis", 3, IntervalUnit::month);
  expect_interval("halvårligt", 6, IntervalUnit::month);
  expect_interval("årligt", 1, IntervalUnit::year);
  expect_interval("månedligt", 1, IntervalUnit::month);
  expect_interval("ugentligt", 1, IntervalUnit::week);
  expect_interval("dagligt", 1, IntervalUnit::day);
}

TEST(ParseInterval, TimesPerPeriod) {
  expect_interval("2 gange om året", 6, IntervalUnit::month);
  expect_interval("3 gange om året", 4, IntervalUnit::month);
  expect_interval("4 gange om året", 3, IntervalUnit::month);
  expect_interval("1 gang om året", 12, IntervalUnit::month);
  expect_interval("5 gange om året", 73, IntervalUnit::day);  // 12 is not divisible by 5
  expect_interval("to gange årligt", 6, IntervalUnit::month);
  expect_interval("4 gange om måneden", 1, IntervalUnit::week);
  expect_interval("2 gange om måneden", 2, IntervalUnit::week);
  expect_interval("3 gange om måneden", 10, IntervalUnit::day);
  expect_interval("1 gang om ugen", 1, IntervalUnit::week);
  expect_interval("2 gange om ugen", 3, IntervalUnit::day);
}

TEST(ParseInterval, ToleratesSpellingCaseAndNormalisation) {
  expect_interval("hver 3. maaned", 3, IntervalUnit::month);
  expect_interval("hver 3. ma\xCC\x8Aned", 3, IntervalUnit::month);  // NFD
  expect_interval("Hver 3. Måned", 3, IntervalUnit::month);
  expect_interval("  hver   3.  måned  ", 3, IntervalUnit::month);
  expect_interval("HALVAARLIGT", 6, IntervalUnit::month);
  expect_interval("hver måned.", 1, IntervalUnit::month);
}

TEST(ParseInterval, Rejects) {
  expect_no_interval("en gang imellem");
  expect_no_interval("hver");
  expect_no_interval("hver 0. måned");
  expect_no_interval("");
  expect_no_interval("   ");
  expect_no_interval("hver måneder");
  expect_no_interval("hver 3 måned");  // an ordinal needs its full stop
  expect_no_interval("hver 3. time");
  expect_no_interval("0 gange om året");
  expect_no_interval("2 gange om dagen");
  expect_no_interval("efter behov");
}

TEST(Interval, Describe) {
  EXPECT_EQ((Interval{3, IntervalUnit::month}).describe_da(), "hver 3. måned");
  EXPECT_EQ((Interval{1, IntervalUnit::month}).describe_da(), "hver måned");
  EXPECT_EQ((Interval{14, IntervalUnit::day}).describe_da(), "hver 14. dag");
  EXPECT_EQ((Interval{1, IntervalUnit::week}).describe_da(), "hver uge");
  EXPECT_EQ((Interval{1, IntervalUnit::year}).describe_da(), "hvert år");
  EXPECT_EQ((Interval{2, IntervalUnit::year}).describe_da(), "hvert 2. år");
  EXPECT_EQ((Interval{3, IntervalUnit::month}).describe_en(), "every 3 months");
  EXPECT_EQ((Interval{1, IntervalUnit::week}).describe_en(), "every week");
  EXPECT_EQ((Interval{14, IntervalUnit::day}).describe_en(), "every 14 days");
  EXPECT_EQ((Interval{1, IntervalUnit::year}).describe_en(), "every year");
}

TEST(Interval, DescribeRoundTrips) {
  for (const Interval i : {Interval{3, IntervalUnit::month}, Interval{1, IntervalUnit::month}, Interval{14, IntervalUnit::day},
                           Interval{2, IntervalUnit::week}, Interval{1, IntervalUnit::year}, Interval{2, IntervalUnit::year}}) {
    const auto back = parse_interval(i.describe_da());
    ASSERT_TRUE(back.has_value()) << i.describe_da();
    EXPECT_EQ(*back, i) << i.describe_da();
  }
}

TEST(Interval, ApproxDays) {
  EXPECT_EQ((Interval{3, IntervalUnit::month}).approx_days(), 91);
  EXPECT_EQ((Interval{1, IntervalUnit::month}).approx_days(), 30);
  EXPECT_EQ((Interval{6, IntervalUnit::month}).approx_days(), 183);
  EXPECT_EQ((Interval{1, IntervalUnit::year}).approx_days(), 365);
  EXPECT_EQ((Interval{2, IntervalUnit::week}).approx_days(), 14);
  EXPECT_EQ((Interval{5, IntervalUnit::day}).approx_days(), 5);
  // 2 gange om året and hvert halve år compare equal, kvartalsvis is shorter.
  EXPECT_LT(parse_interval("kvartalsvis")->approx_days(), parse_interval("2 gange om året")->approx_days());
}

TEST(Interval, After) {
  EXPECT_EQ((Interval{3, IntervalUnit::month}).after(D(2026, 11, 30)), D(2027, 2, 28));
  EXPECT_EQ((Interval{2, IntervalUnit::week}).after(D(2026, 12, 25)), D(2027, 1, 8));
  EXPECT_EQ((Interval{14, IntervalUnit::day}).after(D(2026, 12, 25)), D(2027, 1, 8));
  EXPECT_EQ((Interval{1, IntervalUnit::year}).after(D(2024, 2, 29)), D(2025, 2, 28));
  EXPECT_EQ((Interval{1, IntervalUnit::month}).after(D(2026, 1, 31)), D(2026, 2, 28));
}

// ---- parse_date_range -------------------------------------------------------------------------

TEST(ParseDateRange, Separators) {
  for (std::string_view text : {"01-02-2026 til 30-06-2026", "01-02-2026 - 30-06-2026", "01-02-2026 \xE2\x80\x93 30-06-2026",
                                "2026-02-01 - 2026-06-30", "1. februar 2026 til 30. juni 2026", " 01-02-2026 til 30-06-2026 "}) {
    const DateRangeParse p = parse_date_range(text);
    ASSERT_TRUE(p.range.has_value()) << "»" << text << "«";
    EXPECT_EQ(p.range->from, D(2026, 2, 1)) << "»" << text << "«";
    EXPECT_EQ(p.range->to, D(2026, 6, 30)) << "»" << text << "«";
    EXPECT_FALSE(p.reversed) << "»" << text << "«";
    EXPECT_EQ(p.error, DateError::none);
  }
}

TEST(ParseDateRange, Reversed) {
  const DateRangeParse p = parse_date_range("30-06-2026 til 01-02-2026");
  ASSERT_TRUE(p.range.has_value());
  EXPECT_TRUE(p.reversed);
  EXPECT_EQ(p.range->from, D(2026, 6, 30));
  EXPECT_EQ(p.range->to, D(2026, 2, 1));
  // One day is not reversed.
  EXPECT_FALSE(parse_date_range("01-02-2026 til 01-02-2026").reversed);
}

TEST(ParseDateRange, Rejects) {
  EXPECT_EQ(parse_date_range("01-02-2026").error, DateError::not_a_date);
  EXPECT_FALSE(parse_date_range("01-02-2026").range.has_value());
  EXPECT_EQ(parse_date_range("").error, DateError::not_a_date);
  EXPECT_EQ(parse_date_range("01-02-2026 til 31-02-2026").error, DateError::no_such_day);
  EXPECT_EQ(parse_date_range("01-02-1800 til 31-03-2026").error, DateError::year_out_of_range);
  EXPECT_EQ(parse_date_range("foråret til sommeren").error, DateError::not_a_date);
  EXPECT_FALSE(parse_date_range("01-02-2026 til 31-02-2026").range.has_value());
}

// ---- references -------------------------------------------------------------------------------

Reference R(ReferenceKind kind, std::string id, std::uint32_t b, std::uint32_t e) { return {kind, std::move(id), {b, e}}; }

void PrintRefs(const std::vector<Reference>& refs, std::ostream& os) {
  for (const Reference& r : refs) os << static_cast<int>(r.kind) << ":" << r.id << "[" << r.range.begin << "," << r.range.end << ") ";
}

#define EXPECT_REFS(parse, ...)                                                   \
  do {                                                                            \
    const std::vector<Reference> want_ = {__VA_ARGS__};                           \
    std::ostringstream got_;                                                      \
    PrintRefs((parse).references, got_);                                          \
    EXPECT_TRUE((parse).references == want_) << "got " << got_.str();             \
  } while (false)

TEST(HandleplanReferences, CommaList) {
  const ReferenceParse p = parse_handleplan_references("H1, H3");
  EXPECT_FALSE(p.bad_part.has_value());
  EXPECT_REFS(p, R(ReferenceKind::handleplan, "H1", 0, 2), R(ReferenceKind::handleplan, "H3", 4, 6));
}

TEST(HandleplanReferences, ConjunctionsCaseAndPunctuation) {
  const ReferenceParse og = parse_handleplan_references("H1 og H3");
  EXPECT_FALSE(og.bad_part.has_value());
  EXPECT_REFS(og, R(ReferenceKind::handleplan, "H1", 0, 2), R(ReferenceKind::handleplan, "H3", 6, 8));

  const ReferenceParse lower = parse_handleplan_references("h2");
  EXPECT_FALSE(lower.bad_part.has_value());
  EXPECT_REFS(lower, R(ReferenceKind::handleplan, "H2", 0, 2));

  const ReferenceParse stop = parse_handleplan_references("H1; H12.");
  EXPECT_FALSE(stop.bad_part.has_value());
  EXPECT_REFS(stop, R(ReferenceKind::handleplan, "H1", 0, 2), R(ReferenceKind::handleplan, "H12", 4, 7));
}

TEST(HandleplanReferences, BadPart) {
  const ReferenceParse p = parse_handleplan_references("H1, måske H2");
  ASSERT_TRUE(p.bad_part.has_value());
  EXPECT_EQ(*p.bad_part, (SourceRange{4, 10}));  // "måske" is 6 bytes
  EXPECT_REFS(p, R(ReferenceKind::handleplan, "H1", 0, 2));

  for (std::string_view bad : {"H", "1", "HA", "H1234567", "Mål 1", "X1"}) {
    const ReferenceParse b = parse_handleplan_references(bad);
    ASSERT_TRUE(b.bad_part.has_value()) << bad;
    EXPECT_EQ(b.bad_part->begin, 0u) << bad;
  }
}

TEST(HandleplanReferences, Empty) {
  const ReferenceParse p = parse_handleplan_references("");
  EXPECT_FALSE(p.bad_part.has_value());
  EXPECT_TRUE(p.references.empty());
}

TEST(GoalReferences, MixedList) {
  //                                            0    5  8        17   22  27
  const ReferenceParse p = parse_goal_references("Mål 1, Delmål 1.1, Mål 2");
  EXPECT_FALSE(p.bad_part.has_value());
  EXPECT_REFS(p, R(ReferenceKind::goal, "1", 0, 6), R(ReferenceKind::subgoal, "1.1", 8, 19), R(ReferenceKind::goal, "2", 21, 27));
}

TEST(GoalReferences, KindCarriesOverAConjunction) {
  const ReferenceParse p = parse_goal_references("Mål 1 og 2");
  EXPECT_FALSE(p.bad_part.has_value());
  EXPECT_REFS(p, R(ReferenceKind::goal, "1", 0, 6), R(ReferenceKind::goal, "2", 10, 11));

  const ReferenceParse list = parse_goal_references("Delmål 1.1, 1.2");
  EXPECT_FALSE(list.bad_part.has_value());
  EXPECT_REFS(list, R(ReferenceKind::subgoal, "1.1", 0, 11), R(ReferenceKind::subgoal, "1.2", 13, 16));
}

TEST(GoalReferences, AsciiSpellingAndCase) {
  const ReferenceParse p = parse_goal_references("Maal 3");
  EXPECT_FALSE(p.bad_part.has_value());
  EXPECT_REFS(p, R(ReferenceKind::goal, "3", 0, 6));

  const ReferenceParse d = parse_goal_references("delmaal 2.10, MÅL 4.");
  EXPECT_FALSE(d.bad_part.has_value());
  EXPECT_REFS(d, R(ReferenceKind::subgoal, "2.10", 0, 12), R(ReferenceKind::goal, "4", 14, 20));
}

TEST(GoalReferences, BadParts) {
  const ReferenceParse p = parse_goal_references("Mål 1, foo");
  ASSERT_TRUE(p.bad_part.has_value());
  EXPECT_EQ(*p.bad_part, (SourceRange{8, 11}));
  EXPECT_REFS(p, R(ReferenceKind::goal, "1", 0, 6));

  const ReferenceParse no_kind = parse_goal_references("1");
  ASSERT_TRUE(no_kind.bad_part.has_value());
  EXPECT_EQ(*no_kind.bad_part, (SourceRange{0, 1}));

  const ReferenceParse sub_without_dot = parse_goal_references("Delmål 1");
  ASSERT_TRUE(sub_without_dot.bad_part.has_value());
  EXPECT_EQ(*sub_without_dot.bad_part, (SourceRange{8, 9}));

  const ReferenceParse goal_with_dot = parse_goal_references("Mål 1.1");
  ASSERT_TRUE(goal_with_dot.bad_part.has_value());
  EXPECT_EQ(*goal_with_dot.bad_part, (SourceRange{5, 8}));
}

// ---- goal numbers -----------------------------------------------------------------------------

TEST(GoalNumber, Parse) {
  EXPECT_EQ(parse_goal_number("1", false), (GoalNumber{1, 0}));
  EXPECT_EQ(parse_goal_number("12", false), (GoalNumber{12, 0}));
  EXPECT_EQ(parse_goal_number("1.", false), (GoalNumber{1, 0}));
  EXPECT_EQ(parse_goal_number("9999", false), (GoalNumber{9999, 0}));
  EXPECT_EQ(parse_goal_number("1.2", true), (GoalNumber{1, 2}));
  EXPECT_EQ(parse_goal_number("3.10:", true), (GoalNumber{3, 10}));
  EXPECT_FALSE(parse_goal_number("0", false).has_value());
  EXPECT_FALSE(parse_goal_number("10000", false).has_value());
  EXPECT_FALSE(parse_goal_number("1.2", false).has_value());
  EXPECT_FALSE(parse_goal_number("1", true).has_value());
  EXPECT_FALSE(parse_goal_number("1.0", true).has_value());
  EXPECT_FALSE(parse_goal_number("0.1", true).has_value());
  EXPECT_FALSE(parse_goal_number("A", false).has_value());
  EXPECT_FALSE(parse_goal_number("", false).has_value());
  EXPECT_FALSE(parse_goal_number("1.2.3", true).has_value());
}

TEST(GoalNumber, Str) {
  EXPECT_EQ((GoalNumber{1, 0}).str(), "1");
  EXPECT_EQ((GoalNumber{1, 2}).str(), "1.2");
  EXPECT_EQ((GoalNumber{12, 10}).str(), "12.10");
}

}  // namespace
}  // namespace planlint::model
