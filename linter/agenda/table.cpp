// The terminal table (the default): a summary line, then the overdue rows, then the coming
// rows grouped by ISO week, one row a line with aligned columns. Colours only when asked
// (the CLI asks on a terminal without NO_COLOR).
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "agenda/agenda.h"
#include "output/render.h"
#include "text/unicode.h"

namespace planlint::agenda {

namespace {

using diag::Lang;
using diag::tr;

// Text safe for a terminal: control characters (an escape sequence in a plan, say) become
// spaces, malformed UTF-8 becomes U+FFFD.
std::string printable(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    const text::Decoded d = text::decode_utf8(raw, i);
    i += d.length;
    if (d.code_point < 0x20 || (d.code_point >= 0x7F && d.code_point < 0xA0)) {
      out.push_back(' ');
    } else {
      text::append_utf8(out, d.code_point);
    }
  }
  return out;
}

std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += text::decode_utf8(s, i).length) ++n;
  return n;
}

std::string pad(std::string_view s, std::size_t w) {
  std::string out(s);
  out.append(w > width(s) ? w - width(s) : 0, ' ');
  return out;
}

std::string style(bool on, std::string_view code, std::string_view s) {
  return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
}

// "Uge 10 · 1.–7. marts 2027" / "Week 10 · 1–7 March 2027": the week and its Monday to Sunday.
std::string week_heading(const model::Date& d, Lang lang) {
  const IsoWeek w = iso_week(d);
  const model::Date monday = d.add_days(-d.weekday());
  const model::Date sunday = monday.add_days(6);
  const bool da = lang == Lang::da;
  std::string range;
  if (monday.year != sunday.year) {
    range = fmt::format("{} – {}", short_date(monday, lang), short_date(sunday, lang));
  } else if (monday.month != sunday.month) {
    range = da ? fmt::format("{}. {} – {}", monday.day, month_name(monday.month, lang), short_date(sunday, lang))
               : fmt::format("{} {} – {}", monday.day, month_name(monday.month, lang), short_date(sunday, lang));
  } else {
    range = da ? fmt::format("{}.–{}", monday.day, short_date(sunday, lang))
               : fmt::format("{}–{}", monday.day, short_date(sunday, lang));
  }
  return fmt::format("{} {} · {}", tr(lang, "Uge", "Week"), w.week, range);
}

}  // namespace

void render_table(std::ostream& out, const Agenda& agenda, bool color) {
  const Lang lang = agenda.lang;
  const long overdue =
      std::count_if(agenda.items.begin(), agenda.items.end(), [](const Item& i) { return i.overdue(); });
  const long coming = static_cast<long>(agenda.items.size()) - overdue;
  std::string filters;
  if (agenda.from) filters += fmt::format("{} {}", tr(lang, "fra", "from"), agenda.from->danish());
  if (agenda.until)
    filters += fmt::format("{}{} {}", filters.empty() ? "" : ", ", tr(lang, "til", "until"), agenda.until->danish());
  for (const std::string& t : agenda.teams) {
    filters +=
        fmt::format("{}{} »{}«", filters.empty() ? "" : ", ", tr(lang, "kontaktteam", "contact team"), printable(t));
  }
  const std::string plans = output::count_noun(static_cast<long>(agenda.plans.size()), tr(lang, "plan", "plan"),
                                               tr(lang, "planer", "plans"), lang);
  out << style(
             color, "1",
             fmt::format(
                 fmt::runtime(tr(lang, "Frister i {} pr. {}: {} og {}.", "Deadlines in {} as of {}: {} and {}.")),
                 plans, long_date(agenda.today, lang),
                 output::count_noun(overdue, tr(lang, "forfalden", "overdue"), tr(lang, "forfaldne", "overdue"), lang),
                 fmt::format("{} {}", coming, tr(lang, "kommende", "coming"))))
      << (filters.empty() ? "" : fmt::format(" ({})", filters)) << '\n';
  if (agenda.items.empty()) {
    out << '\n' << tr(lang, "Ingen frister.", "No deadlines.") << '\n';
    return;
  }

  // The cells of every row, and the widest of each column, so the whole table lines up.
  struct Row {
    std::array<std::string, 6> cells;
    const Item* item;
  };
  std::vector<Row> rows;
  std::array<std::size_t, 6> widths{};
  for (const Item& i : agenda.items) {
    const PlanInfo& p = agenda.plans[i.plan];
    Row r{
        {long_date(i.date, lang), days_text(i.days, lang), printable(p.citizen.empty() ? "–" : p.citizen),
         printable(p.team.empty() ? "–" : p.team), printable(i.what), printable(fmt::format("{}:{}", p.file, i.line))},
        &i};
    for (std::size_t c = 0; c < r.cells.size(); ++c) widths[c] = std::max(widths[c], width(r.cells[c]));
    rows.push_back(std::move(r));
  }
  std::optional<IsoWeek> week;
  bool in_overdue = false;
  for (const Row& r : rows) {
    const Item& i = *r.item;
    if (i.overdue() && !in_overdue) {
      out << '\n' << style(color, "1;31", fmt::format("{} ({})", tr(lang, "Forfaldne", "Overdue"), overdue)) << '\n';
      in_overdue = true;
    } else if (!i.overdue() && (!week || !(*week == iso_week(i.date)))) {
      week = iso_week(i.date);
      out << '\n' << style(color, "1", week_heading(i.date, lang)) << '\n';
    }
    std::string line = "  ";
    for (std::size_t c = 0; c < r.cells.size(); ++c) {
      std::string cell = c + 1 == r.cells.size() ? r.cells[c] : pad(r.cells[c], widths[c]);
      if (c == 1) cell = style(color && i.days <= 0, i.overdue() ? "31" : "33", cell);
      line += cell;
      if (c + 1 < r.cells.size()) line += "  ";
    }
    out << line << '\n';
  }
}

}  // namespace planlint::agenda
