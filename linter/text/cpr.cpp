#include "text/cpr.h"

namespace planlint::text {

namespace {

constexpr std::string_view kEnDash = "\xE2\x80\x93";

bool is_digit(char c) { return c >= '0' && c <= '9'; }
int two_digits(std::string_view s, std::size_t i) { return (s[i] - '0') * 10 + (s[i + 1] - '0'); }

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool real_day(int day, int month, int yy) {
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return false;
  // 29 February exists in 19yy or 20yy when either is a leap year.
  return month != 2 || day != 29 || is_leap(1900 + yy) || is_leap(2000 + yy);
}

}  // namespace

std::vector<CprMatch> find_cpr(std::string_view t) {
  std::vector<CprMatch> out;
  std::size_t i = 0;
  while (i < t.size()) {
    if (!is_digit(t[i]) || (i > 0 && is_digit(t[i - 1]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < t.size() && is_digit(t[j])) ++j;
    std::size_t end = 0;
    if (j - i == 10) {
      end = j;
    } else if (j - i == 6) {
      std::size_t k = 0;
      if (j < t.size() && t[j] == '-') {
        k = j + 1;
      } else if (t.substr(j, kEnDash.size()) == kEnDash) {
        k = j + kEnDash.size();
      }
      if (k != 0) {
        std::size_t e = k;
        while (e < t.size() && is_digit(t[e])) ++e;
        if (e - k == 4) end = e;
      }
    }
    if (end != 0 && real_day(two_digits(t, i), two_digits(t, i + 2), two_digits(t, i + 4))) {
      out.push_back({i, end});
      i = end;
      continue;
    }
    i = j;
  }
  return out;
}

std::string masked_cpr(std::string_view text, const CprMatch& m) { return std::string(text.substr(m.begin, 6)) + "-****"; }

std::string mask_cpr(std::string_view text) {
  const std::vector<CprMatch> matches = find_cpr(text);
  if (matches.empty()) return std::string(text);
  std::string out;
  std::size_t at = 0;
  for (const CprMatch& m : matches) {
    out.append(text.substr(at, m.begin - at));
    out += masked_cpr(text, m);
    at = m.end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace planlint::text
