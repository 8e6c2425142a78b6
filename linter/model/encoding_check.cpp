#include "model/encoding_check.h"

#include <fmt/format.h>

#include <algorithm>

#include "diag/codes.h"
#include "text/encoding.h"
#include "text/unicode.h"

namespace planlint::model {

namespace {

using diag::Code;
using diag::Lang;
using diag::tr;
using text::Charset;

// What Notepad calls the encoding, when it names it differently.
std::string_view notepad_name(Charset c, Lang lang) {
  switch (c) {
    case Charset::utf16le: return tr(lang, " (i Notesblok »Unicode«)", " (»Unicode« in Notepad)");
    case Charset::utf16be: return tr(lang, " (i Notesblok »Unicode big endian«)", " (»Unicode big endian« in Notepad)");
    case Charset::windows1252:
      return tr(lang, " (i Notesblok »ANSI«; næsten det samme som ISO-8859-1)", " (»ANSI« in Notepad; nearly the same as ISO-8859-1)");
    default: return "";
  }
}

std::string encoding_message(std::string_view text, const text::ForeignCharset& f, Lang lang) {
  const std::string name = fmt::format("{}{}", text::charset_name(f.charset), notepad_name(f.charset, lang));
  if (f.charset != Charset::windows1252) {
    return fmt::format(fmt::runtime(tr(lang, "Filen er gemt med tegnkodningen {}, ikke UTF-8, så planen kan ikke læses; resten af filen er ikke kontrolleret.",
                                       "The file is saved in the encoding {}, not UTF-8, so the plan cannot be read; nothing else in the file was checked.")),
                       name);
  }
  const auto byte = static_cast<unsigned char>(text[f.first_byte]);
  std::string shown;
  text::append_utf8(shown, text::windows1252_char(byte));
  const auto line = 1 + std::count(text.begin(), text.begin() + f.first_byte, '\n');
  return fmt::format(fmt::runtime(tr(lang, "Filen er gemt med tegnkodningen {}, ikke UTF-8: fx står »{}« i linje {} som byten 0x{:02X}. "
                                           "Planen kan derfor ikke læses, og resten af filen er ikke kontrolleret.",
                                     "The file is saved in the encoding {}, not UTF-8: »{}« on line {}, for one, is the byte 0x{:02X}. "
                                     "So the plan cannot be read, and nothing else in the file was checked.")),
                     name, shown, line, byte);
}

std::string encoding_help(Charset c, Lang lang) {
  std::string help(tr(lang, "Gem filen som UTF-8, og kør planlint igen. ", "Save the file as UTF-8 and run planlint again. "));
  if (c == Charset::utf32le || c == Charset::utf32be) {
    help += tr(lang, "Notesblok og VS Code kan ikke læse UTF-32: åbn filen i det program, der gemte den, og gem den som UTF-8, "
                     "eller kør »iconv -f UTF-32 -t UTF-8 plan.plan > ny.plan«.",
               "Notepad and VS Code cannot read UTF-32: open the file in the program that saved it and save it as UTF-8, "
               "or run »iconv -f UTF-32 -t UTF-8 plan.plan > new.plan«.");
    return help;
  }
  help += tr(lang, "I Notesblok: »Gem som« → Kodning: »UTF-8« → »Gem«. ", "In Notepad: »Save as« → Encoding: »UTF-8« → »Save«. ");
  if (c == Charset::windows1252) {
    help += tr(lang, "I VS Code: klik på kodningen i statuslinjen → »Genåbn med kodning« → »Western (Windows 1252)«, "
                     "klik så på den igen → »Gem med kodning« → »UTF-8«.",
               "In VS Code: click the encoding in the status bar → »Reopen with Encoding« → »Western (Windows 1252)«, "
               "then click it again → »Save with Encoding« → »UTF-8«.");
  } else {
    help += fmt::format(fmt::runtime(tr(lang, "I VS Code: klik på »{}« i statuslinjen → »Gem med kodning« → »UTF-8«.",
                                        "In VS Code: click »{}« in the status bar → »Save with Encoding« → »UTF-8«.")),
                        text::charset_name(c));
  }
  return help;
}

// The finding for one line's NULs: at the first, with a fix deleting each run of them.
diag::Diagnostic nul_finding(std::string_view text, std::size_t first, std::size_t line_end, Lang lang) {
  std::vector<diag::Edit> edits;
  std::size_t count = 0;
  for (std::size_t p = first; p < line_end;) {
    std::size_t q = p;
    while (q < line_end && text[q] == '\0') ++q;
    edits.push_back({{static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(q)}, ""});
    count += q - p;
    p = text.find('\0', q);
    if (p == std::string_view::npos) break;
  }
  const bool one = count == 1;
  std::string message =
      one ? std::string(tr(lang, "Linjen indeholder et NUL-tegn (byte 0x00), som ikke er tekst.",
                           "The line contains a NUL character (byte 0x00), which is not text."))
          : fmt::format(fmt::runtime(tr(lang, "Linjen indeholder {} NUL-tegn (byte 0x00), som ikke er tekst; det første står her.",
                                        "The line contains {} NUL characters (byte 0x00), which are not text; the first is here.")),
                        count);
  std::string help(tr(lang, "NUL-tegn er usynlige i de fleste programmer og kommer typisk fra tekst kopieret fra et andet program "
                            "eller fra en beskadiget fil. ",
                      "NUL characters are invisible in most programs and usually come from text copied from another program "
                      "or from a damaged file. "));
  help += one ? tr(lang, "Slet det: sæt markøren lige efter det, og tryk Backspace (VS Code viser det som »␀«), eller brug rettelsen.",
                   "Delete it: put the cursor right after it and press Backspace (VS Code shows it as »␀«), or use the fix.")
              : tr(lang, "Slet dem: sæt markøren lige efter hvert af dem, og tryk Backspace (VS Code viser dem som »␀«), eller brug rettelsen.",
                   "Delete them: put the cursor right after each and press Backspace (VS Code shows them as »␀«), or use the fix.");
  diag::Diagnostic d = diag::make(Code::nul_byte, {static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(first + 1)},
                                  std::move(message), std::move(help));
  d.fixes.push_back({one ? std::string(tr(lang, "Slet NUL-tegnet", "Delete the NUL character"))
                         : fmt::format(fmt::runtime(tr(lang, "Slet linjens {} NUL-tegn", "Delete the line's {} NUL characters")), count),
                     diag::Applicability::safe, std::move(edits)});
  return d;
}

}  // namespace

std::optional<diag::Diagnostic> check_encoding(std::string_view text, Lang lang) {
  const std::optional<text::ForeignCharset> f = text::detect_foreign_charset(text);
  if (!f) return std::nullopt;
  return diag::make(Code::wrong_encoding, {0, 0}, encoding_message(text, *f, lang), encoding_help(f->charset, lang));
}

void check_nul_bytes(std::string_view text, Lang lang, std::vector<diag::Diagnostic>& out) {
  std::size_t lines = 0;
  std::size_t last = 0;  // index in `out` of the last finding added
  for (std::size_t nul = text.find('\0'); nul != std::string_view::npos;) {
    std::size_t end = text.find('\n', nul);
    if (end == std::string_view::npos) end = text.size();
    if (++lines <= kMaxNulLines) {
      out.push_back(nul_finding(text, nul, end, lang));
      last = out.size() - 1;
    }
    nul = end < text.size() ? text.find('\0', end) : std::string_view::npos;
  }
  if (lines <= kMaxNulLines) return;
  const std::size_t more = lines - kMaxNulLines;
  out[last].help += fmt::format(fmt::runtime(more == 1 ? tr(lang, " Filen har NUL-tegn i 1 linje mere.", " The file has NUL characters on 1 more line.")
                                                       : tr(lang, " Filen har NUL-tegn i {} linjer mere.", " The file has NUL characters on {} more lines.")),
                                more);
}

}  // namespace planlint::model
