// CSV for spreadsheets (RFC 4180): UTF-8 with a byte order mark, so Excel reads æ, ø and å
// as UTF-8; `;` between fields, the list separator of Danish Excel (the decimal separator is
// the comma there), so a double-click opens it in columns; CRLF line endings; a field is quoted
// when it holds `;`, `"`, a comma, a line break or leading or trailing space, with `"` doubled.
// Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
// leading apostrophe. Dates are ISO (2027-03-01), which Excel reads as dates in any locale.
#include <iterator>

#include "agenda/agenda.h"

namespace planlint::agenda {

namespace {

using diag::Lang;
using diag::tr;

std::string field(std::string_view s, bool text) {
  std::string v;
  if (text && !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
    v = "'";
  v += s;
  const bool quote =
      v.find_first_of(";\",\r\n") != std::string::npos || (!v.empty() && (v.front() == ' ' || v.back() == ' '));
  if (!quote) return v;
  std::string q = "\"";
  for (const char c : v) {
    if (c == '"') q.push_back('"');
    q.push_back(c);
  }
  q.push_back('"');
  return q;
}

}  // namespace

void render_csv(std::ostream& out, const Agenda& agenda) {
  const Lang lang = agenda.lang;
  out << "\xEF\xBB\xBF";
  const std::string_view headers[] = {tr(lang, "Dato", "Date"),
                                      tr(lang, "Ugedag", "Weekday"),
                                      tr(lang, "Dage", "Days"),
                                      tr(lang, "Status", "Status"),
                                      tr(lang, "Type", "Kind"),
                                      tr(lang, "Borger", "Citizen"),
                                      tr(lang, "Kontaktteam", "Contact team"),
                                      tr(lang, "Frist", "Due"),
                                      tr(lang, "Detaljer", "Details"),
                                      tr(lang, "Fil", "File"),
                                      tr(lang, "Linje", "Line")};
  for (std::size_t c = 0; c < std::size(headers); ++c) out << (c > 0 ? ";" : "") << field(headers[c], false);
  out << "\r\n";
  for (const Item& i : agenda.items) {
    const PlanInfo& p = agenda.plans[i.plan];
    const std::string_view status = i.overdue()   ? tr(lang, "forfalden", "overdue")
                                    : i.days == 0 ? tr(lang, "i dag", "today")
                                                  : tr(lang, "kommende", "coming");
    const std::string cells[] = {field(i.date.iso(), false),
                                 field(weekday_name(i.date, lang), false),
                                 field(std::to_string(i.days), false),
                                 field(status, false),
                                 field(kind_label(i.kind, lang), false),
                                 field(p.citizen, true),
                                 field(p.team, true),
                                 field(i.what, true),
                                 field(i.detail, true),
                                 field(p.file, true),
                                 field(std::to_string(i.line), false)};
    for (std::size_t c = 0; c < std::size(cells); ++c) out << (c > 0 ? ";" : "") << cells[c];
    out << "\r\n";
  }
}

}  // namespace planlint::agenda
