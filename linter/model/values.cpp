#include "model/values.h"

#include <array>
#include <charconv>
#include <cstdio>

#include "text/unicode.h"

namespace planlint::model {

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Civil date <-> day count (proleptic Gregorian), after the well-known era-based formulas.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return {y, m, d};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '.')) s.remove_suffix(1);
  return s;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::optional<int> to_int(std::string_view s) {
  if (!all_digits(s) || s.size() > 6) return std::nullopt;
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Folded month names and abbreviations -> month number.
int month_from_name(std::string_view folded) {
  static constexpr std::array<std::string_view, 12> names = {"januar", "februar", "marts",     "april",
                                                            "maj",    "juni",    "juli",      "august",
                                                            "september", "oktober", "november", "december"};
  static constexpr std::array<std::string_view, 12> abbrev = {"jan", "feb", "mar", "apr", "maj", "jun",
                                                             "jul", "aug", "sep", "okt", "nov", "dec"};
  while (!folded.empty() && folded.back() == '.') folded.remove_suffix(1);
  for (std::size_t i = 0; i < 12; ++i) {
    if (folded == names[i] || folded == abbrev[i]) return static_cast<int>(i + 1);
  }
  if (folded == "sept") return 9;
  return 0;
}

DateParse checked(int y, int m, int d) {
  if (y < 1900 || y > 2200) return {std::nullopt, DateError::year_out_of_range};
  if (!is_valid_date(y, m, d)) return {std::nullopt, DateError::no_such_day};
  return {Date{y, m, d}, DateError::none};
}

// Splits on whitespace and commas, keeping byte offsets into the original text.
struct Word {
  std::string_view text;
  std::uint32_t offset;
};

std::vector<Word> split_words(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == ',' || s[i] == ';')) ++i;
    const std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != ',' && s[i] != ';') ++i;
    if (i > b) out.push_back({s.substr(b, i - b), static_cast<std::uint32_t>(b)});
  }
  return out;
}

bool is_conjunction(std::string_view folded) { return folded == "og" || folded == "&" || folded == "samt"; }

}  // namespace

bool is_valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

long Date::days_since_epoch() const { return days_from_civil(year, month, day); }
Date Date::from_days_since_epoch(long days) { return civil_from_days(days); }
int Date::weekday() const {
  const long z = days_since_epoch();  // 1970-01-01 was a Thursday (3 with Monday = 0)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}
Date Date::add_days(long n) const { return civil_from_days(days_since_epoch() + n); }
Date Date::add_months(int n) const {
  const int total = year * 12 + (month - 1) + n;
  const int y = total / 12;
  const int m = total % 12 + 1;
  return {y, m, std::min(day, days_in_month(y, m))};
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string Date::danish() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d-%02d-%04d", day, month, year);
  return buf;
}

DateParse parse_date(std::string_view raw) {
  const std::string_view s = trim(raw);
  if (s.empty()) return {std::nullopt, DateError::not_a_date};
  // Numeric forms: d-m-y, d.m.y, d/m/y (one separator kind) and ISO y-m-d.
  for (char sep : {'-', '.', '/'}) {
    const std::size_t a = s.find(sep);
    if (a == std::string_view::npos) continue;
    const std::size_t b = s.find(sep, a + 1);
    if (b == std::string_view::npos || s.find(sep, b + 1) != std::string_view::npos) continue;
    const auto p1 = to_int(s.substr(0, a));
    const auto p2 = to_int(s.substr(a + 1, b - a - 1));
    const auto p3 = to_int(s.substr(b + 1));
    if (!p1 || !p2 || !p3) continue;
    const std::size_t l1 = a;
    const std::size_t l3 = s.size() - b - 1;
    if (sep == '-' && l1 == 4 && l3 <= 2) return checked(*p1, *p2, *p3);
    if (l1 <= 2 && a + 1 < b && b - a - 1 <= 2 && l3 == 4) return checked(*p3, *p2, *p1);
    return {std::nullopt, DateError::not_a_date};
  }
  // "31. december 2026", "1. jan. 2027", "31 december 2026".
  const auto words = split_words(s);
  if (words.size() == 3) {
    std::string_view d = words[0].text;
    if (!d.empty() && d.back() == '.') d.remove_suffix(1);
    const auto day = to_int(d);
    const int month = month_from_name(text::fold_key(words[1].text));
    const auto year = to_int(words[2].text);
    if (day && month != 0 && year && words[2].text.size() == 4) return checked(*year, month, *day);
  }
  return {std::nullopt, DateError::not_a_date};
}

DateRangeParse parse_date_range(std::string_view raw) {
  const std::string_view s = trim(raw);
  DateRangeParse out;
  std::size_t split = std::string_view::npos;
  std::size_t sep_len = 0;
  for (std::string_view sep : {std::string_view(" til "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 ")}) {
    split = s.find(sep);
    if (split != std::string_view::npos) {
      sep_len = sep.size();
      break;
    }
  }
  if (split == std::string_view::npos) {
    out.error = DateError::not_a_date;
    return out;
  }
  const DateParse a = parse_date(s.substr(0, split));
  const DateParse b = parse_date(s.substr(split + sep_len));
  if (!a.date || !b.date) {
    out.error = !a.date ? a.error : b.error;
    return out;
  }
  out.range = DateRange{*a.date, *b.date};
  out.reversed = *b.date < *a.date;
  return out;
}

// ---- intervals ------------------------------------------------------------------------------

namespace {

int ordinal_word(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, int>, 12> words = {{{"anden", 2},
                                                                             {"andet", 2},
                                                                             {"tredje", 3},
                                                                             {"fjerde", 4},
                                                                             {"femte", 5},
                                                                             {"sjette", 6},
                                                                             {"syvende", 7},
                                                                             {"ottende", 8},
                                                                             {"niende", 9},
                                                                             {"tiende", 10},
                                                                             {"tolvte", 12},
                                                                             {"fjortende", 14}}};
  for (const auto& [word, n] : words) {
    if (w == word) return n;
  }
  return 0;
}

int cardinal_word(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, int>, 9> words = {
      {{"en", 1}, {"et", 1}, {"to", 2}, {"tre", 3}, {"fire", 4}, {"fem", 5}, {"seks", 6}, {"tolv", 12}, {"tyve", 20}}};
  for (const auto& [word, n] : words) {
    if (w == word) return n;
  }
  return 0;
}

std::optional<IntervalUnit> unit_word(std::string_view w) {
  if (w == "dag" || w == "dage") return IntervalUnit::day;
  if (w == "uge" || w == "uger") return IntervalUnit::week;
  if (w == "maaned" || w == "maaneder") return IntervalUnit::month;
  if (w == "aar") return IntervalUnit::year;
  return std::nullopt;
}

// Number from "3." / "3" / "tredje".
int count_word(std::string_view w, bool ordinal) {
  if (ordinal) {
    if (w.size() >= 2 && w.back() == '.') {
      const auto n = to_int(w.substr(0, w.size() - 1));
      return n ? *n : 0;
    }
    return ordinal_word(w);
  }
  if (const auto n = to_int(w)) return *n;
  return cardinal_word(w);
}

}  // namespace

std::optional<Interval> parse_interval(std::string_view raw) {
  const std::string key = text::fold_key(trim(raw));
  std::vector<std::string_view> w;
  for (const Word& word : split_words(key)) w.push_back(word.text);
  if (w.empty()) return std::nullopt;

  if (w.size() == 1) {
    const std::string_view a = w[0];
    if (a == "dagligt" || a == "daglig") return Interval{1, IntervalUnit::day};
    if (a == "ugentligt" || a == "ugentlig") return Interval{1, IntervalUnit::week};
    if (a == "maanedligt" || a == "maanedlig") return Interval{1, IntervalUnit::month};
    if (a == "kvartalsvis" || a == "kvartalsvist") return Interval{3, IntervalUnit::month};
    if (a == "halvaarligt" || a == "halvaarlig") return Interval{6, IntervalUnit::month};
    if (a == "aarligt" || a == "aarlig") return Interval{1, IntervalUnit::year};
    return std::nullopt;
  }
  if (w[0] == "hver" || w[0] == "hvert") {
    if (w.size() == 2) {
      if (w[1] == "kvartal") return Interval{3, IntervalUnit::month};
      if (w[1] == "halvaar") return Interval{6, IntervalUnit::month};
      if (const auto u = unit_word(w[1]); u && w[1] != "dage" && w[1] != "uger" && w[1] != "maaneder")
        return Interval{1, *u};
      return std::nullopt;
    }
    if (w.size() == 3) {
      if (w[1] == "halve" && w[2] == "aar") return Interval{6, IntervalUnit::month};
      const int n = count_word(w[1], true);
      const auto u = unit_word(w[2]);
      if (n >= 1 && n <= 1000 && u) return Interval{n, *u};
    }
    return std::nullopt;
  }
  // "2 gange om året", "to gange årligt", "4 gange om måneden", "1 gang om ugen".
  const int n = count_word(w[0], false);
  if (n >= 1 && n <= 365 && w.size() >= 3 && (w[1] == "gange" || w[1] == "gang")) {
    IntervalUnit per;
    if (w.size() == 3 && w[2] == "aarligt") {
      per = IntervalUnit::year;
    } else if (w.size() == 4 && w[2] == "om" && (w[3] == "aaret" || w[3] == "aar")) {
      per = IntervalUnit::year;
    } else if (w.size() == 4 && w[2] == "om" && w[3] == "maaneden") {
      per = IntervalUnit::month;
    } else if (w.size() == 4 && w[2] == "om" && w[3] == "ugen") {
      per = IntervalUnit::week;
    } else {
      return std::nullopt;
    }
    if (per == IntervalUnit::year) {
      if (12 % n == 0) return Interval{12 / n, IntervalUnit::month};
      return Interval{std::max(1, 365 / n), IntervalUnit::day};
    }
    if (per == IntervalUnit::month) {
      if (n == 1) return Interval{1, IntervalUnit::month};
      if (4 % n == 0) return Interval{4 / n, IntervalUnit::week};
      return Interval{std::max(1, 30 / n), IntervalUnit::day};
    }
    if (n == 1) return Interval{1, IntervalUnit::week};
    return Interval{std::max(1, 7 / n), IntervalUnit::day};
  }
  return std::nullopt;
}

Date Interval::after(Date from) const {
  switch (unit) {
    case IntervalUnit::day: return from.add_days(count);
    case IntervalUnit::week: return from.add_days(7L * count);
    case IntervalUnit::month: return from.add_months(count);
    case IntervalUnit::year: return from.add_months(12 * count);
  }
  return from;
}

int Interval::approx_days() const {
  switch (unit) {
    case IntervalUnit::day: return count;
    case IntervalUnit::week: return 7 * count;
    case IntervalUnit::month: return (count * 365 + 6) / 12;
    case IntervalUnit::year: return 365 * count;
  }
  return count;
}

std::string Interval::describe_da() const {
  static constexpr std::array<std::string_view, 4> unit_da = {"dag", "uge", "måned", "år"};
  const auto u = std::string(unit_da[static_cast<std::size_t>(unit)]);
  const std::string every = unit == IntervalUnit::year ? "hvert " : "hver ";
  if (count == 1) return every + u;
  return every + std::to_string(count) + ". " + u;
}

std::string Interval::describe_en() const {
  static constexpr std::array<std::string_view, 4> unit_en = {"day", "week", "month", "year"};
  const auto u = std::string(unit_en[static_cast<std::size_t>(unit)]);
  if (count == 1) return "every " + u;
  return "every " + std::to_string(count) + " " + u + "s";
}

// ---- references -----------------------------------------------------------------------------

namespace {

bool is_handleplan_id(std::string_view w) {
  if (w.size() < 2 || (w[0] != 'H' && w[0] != 'h')) return false;
  return all_digits(w.substr(1)) && w.size() <= 6;
}

text::SourceRange word_range(const Word& w) {
  return {w.offset, w.offset + static_cast<std::uint32_t>(w.text.size())};
}

// Strips a trailing "." or ":" that ends a sentence.
std::string_view strip_punct(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ':')) w.remove_suffix(1);
  return w;
}

}  // namespace

ReferenceParse parse_handleplan_references(std::string_view s) {
  ReferenceParse out;
  for (const Word& w : split_words(s)) {
    const std::string_view t = strip_punct(w.text);
    if (is_conjunction(text::fold_key(t))) continue;
    if (!is_handleplan_id(t)) {
      out.bad_part = word_range(w);
      return out;
    }
    std::string id = "H";
    id.append(t.substr(1));
    out.references.push_back({ReferenceKind::handleplan, std::move(id), {w.offset, w.offset + static_cast<std::uint32_t>(t.size())}});
  }
  return out;
}

ReferenceParse parse_goal_references(std::string_view s) {
  ReferenceParse out;
  std::optional<ReferenceKind> kind;
  std::uint32_t kind_offset = 0;
  for (const Word& w : split_words(s)) {
    const std::string_view t = strip_punct(w.text);
    const std::string folded = text::fold_key(t);
    if (is_conjunction(folded)) continue;
    if (folded == "maal") {
      kind = ReferenceKind::goal;
      kind_offset = w.offset;
      continue;
    }
    if (folded == "delmaal") {
      kind = ReferenceKind::subgoal;
      kind_offset = w.offset;
      continue;
    }
    const auto number = parse_goal_number(t, kind == ReferenceKind::subgoal);
    if (!kind || !number) {
      out.bad_part = word_range(w);
      return out;
    }
    const std::uint32_t begin = out.references.empty() || out.references.back().range.end < kind_offset ? kind_offset : w.offset;
    out.references.push_back({*kind, number->str(), {begin, w.offset + static_cast<std::uint32_t>(t.size())}});
  }
  return out;
}

std::string GoalNumber::str() const {
  return minor == 0 ? std::to_string(major) : std::to_string(major) + "." + std::to_string(minor);
}

std::optional<GoalNumber> parse_goal_number(std::string_view t, bool subgoal) {
  t = strip_punct(t);
  if (!subgoal) {
    const auto n = to_int(t);
    if (!n || *n < 1 || *n > 9999) return std::nullopt;
    return GoalNumber{*n, 0};
  }
  const std::size_t dot = t.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const auto a = to_int(t.substr(0, dot));
  const auto b = to_int(t.substr(dot + 1));
  if (!a || !b || *a < 1 || *b < 1 || *a > 9999 || *b > 9999) return std::nullopt;
  return GoalNumber{*a, *b};
}

}  // namespace planlint::model
