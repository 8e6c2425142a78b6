// --format ics: iCalendar (RFC 5545), one all-day event per deadline, for Outlook, Google and
// Apple calendars. Deterministic: the UID of an event is a hash of the file, the kind, the goal
// and what the date is for (agenda::uid), never the date or the run time, so importing a newer
// agenda updates an event (a new evaluation moves "Evaluering af Mål 1") instead of adding a
// second one. DTSTAMP is --today at midnight UTC and SEQUENCE counts the days from 2020-01-01
// to --today, so a later run is a newer revision of the same event. Lines end in CRLF and are
// folded at 75 octets without splitting a UTF-8 character; TEXT values escape \ ; , and
// newlines.
#include <fmt/format.h>

#include <algorithm>

#include "agenda/agenda.h"
#include "text/unicode.h"

namespace planlint::agenda {

namespace {

using diag::Lang;
using diag::tr;

// A TEXT value (RFC 5545 3.3.11). Other control characters are not allowed in a content
// line: they become spaces; malformed UTF-8 becomes U+FFFD.
std::string escape_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const text::Decoded d = text::decode_utf8(s, i);
    i += d.length;
    switch (d.code_point) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default:
        if (d.code_point < 0x20 || d.code_point == 0x7F) {
          out.push_back(' ');
        } else {
          text::append_utf8(out, d.code_point);
        }
    }
  }
  return out;
}

// One content line, folded (RFC 5545 3.1): at most 75 octets a line, continuation lines start
// with a space, and a break never falls inside a UTF-8 sequence.
void content_line(std::ostream& out, std::string_view line) {
  std::size_t limit = 75;
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out << line.substr(0, cut) << "\r\n ";
    line.remove_prefix(cut);
    limit = 74;  // the leading space counts
  }
  out << line << "\r\n";
}

std::string ics_date(const model::Date& d) {
  return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day);
}

}  // namespace

void render_ics(std::ostream& out, const Agenda& agenda) {
  const Lang lang = agenda.lang;
  const std::string stamp = ics_date(agenda.today) + "T000000Z";
  const long sequence = std::max(0L, agenda.today.days_since_epoch() - model::Date{2020, 1, 1}.days_since_epoch());
  content_line(out, "BEGIN:VCALENDAR");
  content_line(out, "VERSION:2.0");
  content_line(
      out, lang == Lang::da ? "PRODID:-//planlint//planlint agenda//DA" : "PRODID:-//planlint//planlint agenda//EN");
  content_line(out, "CALSCALE:GREGORIAN");
  content_line(out, "METHOD:PUBLISH");
  content_line(out,
               "X-WR-CALNAME:" + escape_text(tr(lang, "Frister fra planerne (planlint)", "Plan deadlines (planlint)")));
  for (const Item& i : agenda.items) {
    const PlanInfo& p = agenda.plans[i.plan];
    std::string summary = i.what;
    if (!p.citizen.empty()) summary += " – " + p.citizen;
    std::string description = i.detail;
    description += fmt::format("\n{}: {}", tr(lang, "Borger", "Citizen"), p.citizen.empty() ? "–" : p.citizen);
    description += fmt::format("\n{}: {}", tr(lang, "Kontaktteam", "Contact team"), p.team.empty() ? "–" : p.team);
    description += fmt::format("\n{}: {}:{}", tr(lang, "Fil", "File"), p.file, i.line);
    content_line(out, "BEGIN:VEVENT");
    content_line(out, "UID:" + uid(i, p));
    content_line(out, "DTSTAMP:" + stamp);
    content_line(out, fmt::format("SEQUENCE:{}", sequence));
    content_line(out, "DTSTART;VALUE=DATE:" + ics_date(i.date));
    content_line(out, "DTEND;VALUE=DATE:" + ics_date(i.date.add_days(1)));
    content_line(out, "SUMMARY:" + escape_text(summary));
    content_line(out, "DESCRIPTION:" + escape_text(description));
    content_line(out, "CATEGORIES:" + escape_text(kind_label(i.kind, lang)));
    content_line(out, "TRANSP:TRANSPARENT");
    content_line(out, "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE");
    content_line(out, "END:VEVENT");
  }
  content_line(out, "END:VCALENDAR");
}

}  // namespace planlint::agenda
