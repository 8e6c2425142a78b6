// The default human format, like rustc and clang: a location line, the source line with the
// range underlined, and a help line.
#include <fmt/format.h>
#include <unicode/plurrule.h>
#include <unicode/locid.h>

#include <memory>

#include "output/render.h"
#include "text/cpr.h"
#include "text/line_index.h"
#include "text/unicode.h"

namespace planlint::output {

namespace {

struct Style {
  bool on;
  [[nodiscard]] std::string wrap(std::string_view code, std::string_view s) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
  }
};

std::string_view severity_color(diag::Severity s) {
  switch (s) {
    case diag::Severity::error: return "1;31";
    case diag::Severity::warning: return "1;33";
    case diag::Severity::info: return "1;36";
  }
  return "0";
}

// The line with control characters shown as spaces (tabs kept for alignment), and invalid
// UTF-8 shown as U+FFFD so the terminal never receives broken bytes.
std::string printable(std::string_view raw) {
  // The excerpt is the one place a plan's text is printed as it is: CPR numbers lose their
  // last four digits in place, so the caret below still lines up.
  std::string masked(raw);
  for (const text::CprMatch& m : text::find_cpr(raw)) masked.replace(m.end - 4, 4, "****");
  const std::string_view line = masked;
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    const text::Decoded d = text::decode_utf8(line, i);
    i += d.length;
    if (d.code_point == '\t') {
      out.push_back('\t');
    } else if (d.code_point < 0x20 || d.code_point == 0x7F) {
      out.push_back(' ');
    } else {
      text::append_utf8(out, d.code_point);
    }
  }
  return out;
}

// Spaces up to the start column (tabs copied so the caret lines up), then ^~~~ to the end.
std::string underline(std::string_view line, std::uint32_t from, std::uint32_t to) {
  std::string out;
  std::size_t i = 0;
  while (i < line.size() && i < from) {
    const text::Decoded d = text::decode_utf8(line, i);
    out.push_back(d.code_point == '\t' ? '\t' : ' ');
    i += d.length;
  }
  out.push_back('^');
  if (i < line.size()) i += text::decode_utf8(line, i).length;
  while (i < line.size() && i < to) {
    out.push_back('~');
    i += text::decode_utf8(line, i).length;
  }
  return out;
}

std::string plural(const icu::PluralRules* rules, long n, std::string_view one, std::string_view other) {
  std::string form = "other";
  if (rules != nullptr) {
    icu::UnicodeString kw = rules->select(static_cast<int32_t>(n));
    form.clear();
    kw.toUTF8String(form);
  }
  return fmt::format("{} {}", n, form == "one" ? one : other);
}

void render_one(std::ostream& out, const engine::FileReport& report, const diag::Diagnostic& d, const Style& st,
                const text::LineIndex& index, diag::Lang lang) {
  const text::Position start = index.position(d.range.begin);
  out << st.wrap("1", fmt::format("{}:{}:{}:", report.path, start.line, start.column)) << ' '
      << st.wrap(severity_color(d.severity), fmt::format("{}[{}]", diag::severity_name(d.severity, lang), d.code)) << ": "
      << st.wrap("1", d.message) << '\n';
  const std::uint32_t line0 = start.line - 1;
  const std::string_view line = index.line_text(line0);
  const std::uint32_t line_begin = index.line_start(line0);
  const std::string number = std::to_string(start.line);
  const std::string gutter(number.size(), ' ');
  const std::uint32_t from = d.range.begin - std::min(d.range.begin, line_begin);
  const std::uint32_t to = std::min<std::uint32_t>(d.range.end - std::min(d.range.end, line_begin), static_cast<std::uint32_t>(line.size()));
  out << ' ' << st.wrap("1;34", number + " |") << ' ' << printable(line) << '\n';
  out << ' ' << st.wrap("1;34", gutter + " |") << ' ' << st.wrap(severity_color(d.severity), underline(line, from, std::max(to, from))) << '\n';
  for (const diag::Related& r : d.related) {
    const text::Position p = index.position(r.range.begin);
    out << ' ' << st.wrap("1;34", gutter + " =") << ' ' << diag::tr(lang, "se", "see") << ' '
        << fmt::format("{}:{}:{}", report.path, p.line, p.column) << ": " << r.message << '\n';
  }
  if (!d.help.empty()) {
    out << ' ' << st.wrap("1;34", gutter + " =") << ' ' << st.wrap("1", std::string(diag::tr(lang, "hjælp", "help")) + ":") << ' ' << d.help
        << '\n';
  }
  out << '\n';
}

}  // namespace

std::string count_noun(long n, std::string_view one, std::string_view other, diag::Lang lang) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(lang == diag::Lang::da ? "da" : "en"), status));
  return plural(U_SUCCESS(status) ? rules.get() : nullptr, n, one, other);
}

std::string summary_line(const std::vector<engine::FileReport>& reports, const RenderOptions& options) {
  const bool da = options.lang == diag::Lang::da;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(da ? "da" : "en"), status));
  if (U_FAILURE(status)) rules.reset();
  long errors = 0;
  long warnings = 0;
  long infos = 0;
  long files_with = 0;
  for (const auto& r : reports) {
    if (!r.diagnostics.empty()) ++files_with;
    for (const auto& d : r.diagnostics) {
      (d.severity == diag::Severity::error ? errors : d.severity == diag::Severity::warning ? warnings : infos)++;
    }
  }
  const long checked = static_cast<long>(options.files_checked);
  if (errors + warnings + infos == 0) {
    return da ? fmt::format("Ingen fund i {}.", plural(rules.get(), checked, "fil", "filer"))
              : fmt::format("No findings in {}.", plural(rules.get(), checked, "file", "files"));
  }
  std::vector<std::string> parts;
  if (errors > 0) parts.push_back(plural(rules.get(), errors, da ? "fejl" : "error", da ? "fejl" : "errors"));
  if (warnings > 0) parts.push_back(plural(rules.get(), warnings, da ? "advarsel" : "warning", da ? "advarsler" : "warnings"));
  if (infos > 0) parts.push_back(plural(rules.get(), infos, da ? "bemærkning" : "note", da ? "bemærkninger" : "notes"));
  std::string list = parts[0];
  for (std::size_t i = 1; i < parts.size(); ++i) list += (i + 1 == parts.size() ? (da ? " og " : " and ") : ", ") + parts[i];
  const std::string where = plural(rules.get(), files_with, da ? "fil" : "file", da ? "filer" : "files");
  if (files_with == checked) return da ? fmt::format("{} i {}.", list, where) : fmt::format("{} in {}.", list, where);
  return da ? fmt::format("{} i {} ({} kontrolleret).", list, where, plural(rules.get(), checked, "fil", "filer"))
            : fmt::format("{} in {} ({} checked).", list, where, plural(rules.get(), checked, "file", "files"));
}

void render_full(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options) {
  const Style st{options.color};
  for (const auto& report : reports) {
    if (report.diagnostics.empty()) continue;
    const text::LineIndex& index = report.lines();
    for (const auto& d : report.diagnostics) render_one(out, report, d, st, index, options.lang);
  }
  if (options.show_summary) out << st.wrap("1", summary_line(reports, options)) << '\n';
}

}  // namespace planlint::output
