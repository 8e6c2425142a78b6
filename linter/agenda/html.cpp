// --format html: one self-contained page for a team leader to open or print before the status
// meetings. Inline CSS only: no script, no font, no image, no link to anything outside the
// page, and a Content-Security-Policy that forbids loading anything should a plan's text ever
// try. One section per contact team: its deadlines as a timeline (overdue ones marked, a line
// for today, coming ones grouped by ISO week) and, beside it, each of the team's plans with its
// findings (engine::lint_buffer). Every text from a plan is escaped.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "agenda/agenda.h"
#include "output/render.h"
#include "text/unicode.h"

namespace planlint::agenda {

namespace {

using diag::Lang;
using diag::tr;

// Text for HTML content and attribute values: & < > " ' escaped; control characters (other
// than newline and tab) become spaces; malformed UTF-8 becomes U+FFFD.
std::string esc(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const text::Decoded d = text::decode_utf8(s, i);
    i += d.length;
    switch (d.code_point) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((d.code_point < 0x20 && d.code_point != '\n' && d.code_point != '\t') ||
            (d.code_point >= 0x7F && d.code_point < 0xA0)) {
          out.push_back(' ');
        } else {
          text::append_utf8(out, d.code_point);
        }
    }
  }
  return out;
}

constexpr std::string_view kStyle = R"css(
:root { --ink: #1d2430; --muted: #5b6472; --line: #d5dae1; --paper: #ffffff; --band: #f4f6f9;
        --red: #b3261e; --red-bg: #fdecea; --amber: #8a5a00; --amber-bg: #fff4d6; --blue: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); background: var(--band); }
header.page { background: var(--paper); border-bottom: 1px solid var(--line); padding: 20px 32px 14px; }
h1 { margin: 0 0 4px; font-size: 24px; }
.meta { margin: 0; color: var(--muted); }
.meta strong.overdue { color: var(--red); }
nav.teams { margin-top: 10px; display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 14px; }
nav.teams a { color: var(--blue); text-decoration: none; }
nav.teams .n { color: var(--red); font-weight: bold; }
main { padding: 16px 32px 40px; }
section.team { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; margin: 0 0 20px; padding: 16px 20px; }
section.team > h2 { margin: 0 0 12px; font-size: 19px; }
section.team > h2 small { font-weight: normal; color: var(--muted); font-size: 14px; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 8px; }
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 18px; border-left: 3px solid var(--line); }
ol.timeline li.item { position: relative; margin: 0 0 6px; padding: 4px 10px; border-radius: 6px; }
ol.timeline li.item::before { content: ""; position: absolute; left: -27px; top: 9px; width: 13px; height: 13px;
                              border-radius: 50%; background: var(--paper); border: 3px solid var(--blue); }
ol.timeline li.overdue { background: var(--red-bg); }
ol.timeline li.overdue::before { border-color: var(--red); background: var(--red); }
ol.timeline li.today { background: var(--amber-bg); }
ol.timeline li.today::before { border-color: var(--amber); background: var(--amber); }
ol.timeline li.marker { margin: 4px 0 8px; padding: 0 10px; font-size: 13px; font-weight: bold; color: var(--muted); }
ol.timeline li.marker.now { margin-left: -21px; padding: 4px 0 0 31px; color: var(--amber); border-top: 2px dashed var(--amber); }
.when { font-weight: bold; }
.days { margin-left: 8px; color: var(--muted); font-size: 13px; }
li.overdue .days { color: var(--red); font-weight: bold; }
li.today .days { color: var(--amber); font-weight: bold; }
.badge { display: inline-block; margin-left: 8px; padding: 0 7px; border-radius: 9px; font-size: 12px; font-weight: bold;
         color: #fff; background: var(--red); vertical-align: 1px; }
.what { margin-top: 1px; }
.who { font-weight: bold; }
.detail { color: var(--muted); font-size: 13px; }
.src { color: var(--muted); font-size: 12px; font-family: "DejaVu Sans Mono", monospace; white-space: nowrap; }
.detail .src { margin-left: 6px; }
.empty { color: var(--muted); font-style: italic; }
article.plan { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 0 0 10px; }
article.plan h4 { margin: 0; font-size: 15px; }
article.plan .src { margin: 0 0 4px; }
.counts { margin: 0 0 4px; font-size: 13px; }
.counts .error { color: var(--red); font-weight: bold; }
.counts .warning { color: var(--amber); font-weight: bold; }
ul.findings { margin: 0; padding: 0; list-style: none; font-size: 13px; }
ul.findings li { padding: 2px 0; border-top: 1px solid var(--band); }
ul.findings .sev { display: inline-block; min-width: 76px; font-weight: bold; }
ul.findings li.error .sev { color: var(--red); }
ul.findings li.warning .sev { color: var(--amber); }
ul.findings li.info .sev { color: var(--blue); }
ul.findings code { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; color: var(--muted); }
footer { color: var(--muted); font-size: 12px; padding: 0 32px 24px; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
@media print {
  @page { size: A4; margin: 14mm; }
  body { background: #fff; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header.page, main, footer { padding-left: 0; padding-right: 0; }
  nav.teams { display: none; }
  section.team { border: none; padding: 0; break-before: page; }
  section.team:first-of-type { break-before: auto; }
  .cols { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  li.item, article.plan, ul.findings li { break-inside: avoid; }
}
)css";

struct Team {
  std::string name;  // as written; empty for plans without Kontaktteam
  std::vector<std::size_t> plans;
  std::vector<const Item*> items;
  long overdue = 0;
};

std::string counts_line(const PlanInfo& p, Lang lang) {
  long errors = 0;
  long warnings = 0;
  long infos = 0;
  for (const Finding& f : p.findings)
    (f.severity == diag::Severity::error ? errors : f.severity == diag::Severity::warning ? warnings : infos)++;
  if (errors + warnings + infos == 0) return std::string(tr(lang, "Ingen fund.", "No findings."));
  std::vector<std::string> parts;
  if (errors > 0)
    parts.push_back(
        fmt::format("<span class=\"error\">{}</span>",
                    esc(output::count_noun(errors, tr(lang, "fejl", "error"), tr(lang, "fejl", "errors"), lang))));
  if (warnings > 0) {
    parts.push_back(fmt::format(
        "<span class=\"warning\">{}</span>",
        esc(output::count_noun(warnings, tr(lang, "advarsel", "warning"), tr(lang, "advarsler", "warnings"), lang))));
  }
  if (infos > 0)
    parts.push_back(
        esc(output::count_noun(infos, tr(lang, "bemærkning", "note"), tr(lang, "bemærkninger", "notes"), lang)));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    out += (i == 0                  ? ""
            : i + 1 == parts.size() ? std::string(tr(lang, " og ", " and "))
                                    : std::string(", ")) +
           parts[i];
  }
  return out + ".";
}

}  // namespace

void render_html(std::ostream& out, const Agenda& agenda) {
  const Lang lang = agenda.lang;
  // Teams in alphabetical (folded) order, plans without a team last; each team's rows keep the
  // agenda's order.
  std::map<std::string, Team> by_key;
  for (std::size_t i = 0; i < agenda.plans.size(); ++i) {
    const std::string& name = agenda.plans[i].team;
    Team& t = by_key[name.empty() ? std::string("1") : "0" + text::fold_key(name) + "\x01" + name];
    t.name = name;
    t.plans.push_back(i);
  }
  std::vector<Team*> teams;
  for (auto& [key, t] : by_key) teams.push_back(&t);
  std::map<std::size_t, Team*> team_of_plan;
  for (Team* t : teams) {
    for (std::size_t p : t->plans) team_of_plan[p] = t;
  }
  for (const Item& i : agenda.items) {
    Team* t = team_of_plan[i.plan];
    t->items.push_back(&i);
    if (i.overdue()) ++t->overdue;
  }
  const long overdue =
      std::count_if(agenda.items.begin(), agenda.items.end(), [](const Item& i) { return i.overdue(); });
  const long coming = static_cast<long>(agenda.items.size()) - overdue;
  const std::string no_team(tr(lang, "Uden kontaktteam", "No contact team"));

  out << "<!DOCTYPE html>\n<html lang=\"" << (lang == Lang::da ? "da" : "en")
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src 'none'; "
         "font-src 'none'; connect-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'\">\n"
      << "<meta name=\"referrer\" content=\"no-referrer\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"planlint agenda\">\n"
      << "<title>"
      << esc(fmt::format("{} · {}", tr(lang, "Frister og fund", "Deadlines and findings"),
                         short_date(agenda.today, lang)))
      << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";

  out << "<header class=\"page\">\n<h1>" << tr(lang, "Frister og fund", "Deadlines and findings")
      << "</h1>\n<p class=\"meta\">"
      << esc(fmt::format("{} {}", tr(lang, "Pr.", "As of"), long_date(agenda.today, lang))) << " · "
      << esc(output::count_noun(static_cast<long>(agenda.plans.size()), tr(lang, "plan", "plan"),
                                tr(lang, "planer", "plans"), lang))
      << " · "
      << "<strong class=\"overdue\">"
      << esc(output::count_noun(overdue, tr(lang, "forfalden frist", "overdue deadline"),
                                tr(lang, "forfaldne frister", "overdue deadlines"), lang))
      << "</strong> · " << esc(fmt::format("{} {}", coming, tr(lang, "kommende", "coming")));
  std::string filters;
  if (agenda.from) filters += fmt::format(" · {} {}", tr(lang, "fra", "from"), short_date(*agenda.from, lang));
  if (agenda.until) filters += fmt::format(" · {} {}", tr(lang, "til", "until"), short_date(*agenda.until, lang));
  for (const std::string& t : agenda.teams)
    filters += fmt::format(" · {} »{}«", tr(lang, "kontaktteam", "contact team"), t);
  out << esc(filters) << "</p>\n";
  if (teams.size() > 1) {
    out << "<nav class=\"teams\">";
    for (std::size_t k = 0; k < teams.size(); ++k) {
      out << "<a href=\"#team-" << k + 1 << "\">" << esc(teams[k]->name.empty() ? no_team : teams[k]->name);
      if (teams[k]->overdue > 0) out << " <span class=\"n\">" << teams[k]->overdue << "</span>";
      out << "</a>";
    }
    out << "</nav>\n";
  }
  out << "</header>\n<main>\n";
  if (teams.empty()) out << "<p class=\"empty\">" << tr(lang, "Ingen planer.", "No plans.") << "</p>\n";

  for (std::size_t k = 0; k < teams.size(); ++k) {
    const Team& t = *teams[k];
    out << "<section class=\"team\" id=\"team-" << k + 1 << "\">\n<h2>"
        << esc(t.name.empty() ? no_team : fmt::format("{}: {}", tr(lang, "Kontaktteam", "Contact team"), t.name))
        << " <small>"
        << esc(fmt::format(
               "{}, {}",
               output::count_noun(static_cast<long>(t.plans.size()), tr(lang, "plan", "plan"),
                                  tr(lang, "planer", "plans"), lang),
               output::count_noun(t.overdue, tr(lang, "forfalden", "overdue"), tr(lang, "forfaldne", "overdue"), lang)))
        << "</small></h2>\n<div class=\"cols\">\n<div>\n<h3>" << tr(lang, "Tidslinje", "Timeline") << "</h3>\n";
    if (t.items.empty()) {
      out << "<p class=\"empty\">" << tr(lang, "Ingen frister.", "No deadlines.") << "</p>\n";
    } else {
      out << "<ol class=\"timeline\">\n";
      bool now_shown = false;
      std::optional<IsoWeek> week;
      for (const Item* ip : t.items) {
        const Item& i = *ip;
        const PlanInfo& p = agenda.plans[i.plan];
        if (!i.overdue() && !now_shown) {
          out << "<li class=\"marker now\">"
              << esc(fmt::format("{}: {}", tr(lang, "I dag", "Today"), long_date(agenda.today, lang))) << "</li>\n";
          now_shown = true;
        }
        if (!i.overdue() && (!week || !(*week == iso_week(i.date)))) {
          week = iso_week(i.date);
          out << "<li class=\"marker\">"
              << esc(fmt::format("{} {}, {}", tr(lang, "Uge", "Week"), week->week, week->year)) << "</li>\n";
        }
        const char* cls = i.overdue() ? "item overdue" : i.days == 0 ? "item today" : "item";
        out << "<li class=\"" << cls << "\" data-kind=\"" << kind_id(i.kind) << "\" data-file=\"" << esc(p.file)
            << "\">"
            << "<time class=\"when\" datetime=\"" << i.date.iso() << "\">" << esc(long_date(i.date, lang)) << "</time>"
            << "<span class=\"days\">" << esc(days_text(i.days, lang)) << "</span>";
        if (i.overdue()) out << "<span class=\"badge\">" << tr(lang, "Forfalden", "Overdue") << "</span>";
        out << "\n<div class=\"what\"><span class=\"who\">" << esc(p.citizen.empty() ? "–" : p.citizen)
            << "</span>: " << esc(i.what) << "</div>"
            << "<div class=\"detail\">" << esc(i.detail) << " <span class=\"src\">"
            << esc(fmt::format("{}:{}", p.file, i.line)) << "</span></div></li>\n";
      }
      if (!now_shown) {
        out << "<li class=\"marker now\">"
            << esc(fmt::format("{}: {}", tr(lang, "I dag", "Today"), long_date(agenda.today, lang))) << "</li>\n";
      }
      out << "</ol>\n";
    }
    out << "</div>\n<aside>\n<h3>" << tr(lang, "Planer og fund", "Plans and findings") << "</h3>\n";
    for (const std::size_t pi : t.plans) {
      const PlanInfo& p = agenda.plans[pi];
      out << "<article class=\"plan\" data-file=\"" << esc(p.file) << "\">\n<h4>"
          << esc(p.citizen.empty() ? "–" : p.citizen) << "</h4>\n"
          << "<p class=\"src\">" << esc(p.file) << "</p>\n<p class=\"counts\">" << counts_line(p, lang) << "</p>\n";
      if (!p.findings.empty()) {
        out << "<ul class=\"findings\">\n";
        for (const Finding& f : p.findings) {
          out << "<li class=\"" << diag::severity_id(f.severity) << "\"><span class=\"sev\">"
              << esc(diag::severity_name(f.severity, lang)) << "</span> <code>" << esc(f.code) << "</code> "
              << esc(fmt::format("{} {}", tr(lang, "linje", "line"), f.line)) << ": " << esc(f.message) << "</li>\n";
        }
        out << "</ul>\n";
      }
      out << "</article>\n";
    }
    out << "</aside>\n</div>\n</section>\n";
  }
  out << "</main>\n<footer>"
      << esc(fmt::format(
             fmt::runtime(
                 tr(lang,
                    "Lavet med planlint agenda pr. {}. Datoerne er regnet ud fra planerne og profilens tærskler; "
                    "en frist er forfalden, når datoen er passeret, uden at planen viser, at den er overholdt.",
                    "Made with planlint agenda as of {}. The dates are computed from the plans and the profile's "
                    "thresholds; "
                    "a deadline is overdue when its date has passed and the plan does not show it was met.")),
             short_date(agenda.today, lang)))
      << "</footer>\n</body>\n</html>\n";
}

}  // namespace planlint::agenda
