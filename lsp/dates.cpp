#include "lsp/dates.h"

#include <array>
#include <vector>

namespace planlint::lsp {

using diag::tr;

std::string_view weekday_name(const model::Date& d, diag::Lang lang) {
  static constexpr std::array<std::string_view, 7> da = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"};
  static constexpr std::array<std::string_view, 7> en = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  const int w = d.weekday();
  if (w < 0 || w > 6) return "";
  return lang == diag::Lang::da ? da[static_cast<std::size_t>(w)] : en[static_cast<std::size_t>(w)];
}

std::string long_date(const model::Date& d, diag::Lang lang) {
  static constexpr std::array<std::string_view, 12> da = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                                          "juli",   "august",  "september", "oktober", "november", "december"};
  static constexpr std::array<std::string_view, 12> en = {"January", "February", "March",     "April",   "May",      "June",
                                                          "July",    "August",   "September", "October", "November", "December"};
  if (d.month < 1 || d.month > 12) return d.danish();
  const auto m = static_cast<std::size_t>(d.month - 1);
  if (lang == diag::Lang::da) return std::to_string(d.day) + ". " + std::string(da[m]) + " " + std::to_string(d.year);
  return std::to_string(d.day) + " " + std::string(en[m]) + " " + std::to_string(d.year);
}

std::string relative_day(const model::Date& d, const model::Date& today, diag::Lang lang) {
  const long diff = d.days_since_epoch() - today.days_since_epoch();
  if (diff == 0) return std::string(tr(lang, "i dag", "today"));
  const long n = diff > 0 ? diff : -diff;
  const std::string count = std::to_string(n);
  if (lang == diag::Lang::da) {
    const std::string days = count + (n == 1 ? " dag" : " dage");
    return diff > 0 ? "om " + days : "for " + days + " siden";
  }
  const std::string days = count + (n == 1 ? " day" : " days");
  return diff > 0 ? "in " + days : days + " ago";
}

std::string describe_date(const model::Date& d, const model::Date& today, diag::Lang lang) {
  return std::string(weekday_name(d, lang)) + ", " + relative_day(d, today, lang);
}

namespace {

bool is_date_char(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '/'; }
bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<model::Date> parse(std::string_view s) {
  const model::DateParse p = model::parse_date(s);
  return p.date;
}

}  // namespace

std::optional<DateAt> date_at(std::string_view line, std::uint32_t column) {
  if (column > line.size()) return std::nullopt;
  // Numeric forms: the run of digits and separators around the cursor.
  {
    std::size_t b = column;
    std::size_t e = column;
    while (b > 0 && is_date_char(line[b - 1])) --b;
    while (e < line.size() && is_date_char(line[e])) ++e;
    std::size_t te = e;
    while (te > b && !is_digit(line[te - 1])) --te;  // "31-12-2026." ends a sentence
    std::size_t tb = b;
    while (tb < te && !is_digit(line[tb])) ++tb;
    if (te - tb >= 8 && column >= tb && column <= te) {
      if (const auto d = parse(line.substr(tb, te - tb))) {
        return DateAt{*d, {static_cast<std::uint32_t>(tb), static_cast<std::uint32_t>(te)}};
      }
    }
  }
  // "31. december 2026": three words, day with a dot, month name, year.
  struct Word {
    std::size_t b, e;
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && is_space(line[i])) ++i;
    const std::size_t b = i;
    while (i < line.size() && !is_space(line[i])) ++i;
    if (i > b) words.push_back({b, i});
  }
  for (std::size_t w = 0; w + 2 < words.size(); ++w) {
    std::size_t e = words[w + 2].e;
    while (e > words[w + 2].b && !is_digit(line[e - 1])) --e;
    const std::size_t b = words[w].b;
    if (column < b || column > e || !is_digit(line[b])) continue;
    if (const auto d = parse(line.substr(b, e - b))) return DateAt{*d, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}};
  }
  return std::nullopt;
}

}  // namespace planlint::lsp
