// Plans saved in another encoding than UTF-8 (PL026) and NUL bytes (PL027): the detection in
// text/encoding.*, and through lint_buffer exactly one finding for a whole file in another
// encoding, with no cascade of structure and rule findings.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "engine/lint.h"
#include "fix/apply.h"
#include "model/encoding_check.h"
#include "test_support.h"
#include "text/encoding.h"
#include "text/unicode.h"

namespace planlint::testing {
namespace {

using text::Charset;
using namespace std::string_literals;

// `utf8` in `charset`, converted by ICU: an implementation independent of text/encoding.cpp.
// Throws when a character has no mapping there (ICU would substitute it silently).
std::string icu_convert(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* to = ucnv_open(charset, &status);
  UConverter* from = ucnv_open("UTF-8", &status);
  if (U_SUCCESS(status)) ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out(utf8.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = utf8.data();
  if (U_SUCCESS(status)) {
    ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, utf8.data() + utf8.size(), nullptr, nullptr,
                   nullptr, nullptr, true, true, &status);
  }
  ucnv_close(to);
  ucnv_close(from);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU cannot convert to ") + charset + ": " + u_errorName(status));
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

std::string example() { return read_file(std::string(PLANLINT_SOURCE_DIR) + "/examples/barn-specialboernehjem.plan"); }

// A short Danish plan whose every character ISO-8859-1 (and so Windows-1252) has.
const std::string kLatin1Plan = std::string(kHeader) +
                                "## Ønsker\nAsta vil gerne lære at cykle og få en hund.\n\n"
                                "## Mål 1: Asta tager selv sin trøje på om morgenen\nSuccesskriterium: 5 af 7 morgener.\n";

struct Saved {
  std::string label;
  Charset charset;
  bool bom;
  std::string bytes;
};

// The example plan saved as each editor would save it in another encoding.
std::vector<Saved> saved_in_other_encodings(const std::string& utf8) {
  return {
      {"UTF-16 LE with BOM (Notepad's »Unicode«)", Charset::utf16le, true, "\xFF\xFE" + icu_convert(utf8, "UTF-16LE")},
      {"UTF-16 BE with BOM", Charset::utf16be, true, "\xFE\xFF" + icu_convert(utf8, "UTF-16BE")},
      {"UTF-16 LE without BOM", Charset::utf16le, false, icu_convert(utf8, "UTF-16LE")},
      {"UTF-16 BE without BOM", Charset::utf16be, false, icu_convert(utf8, "UTF-16BE")},
      {"UTF-32 LE with BOM", Charset::utf32le, true, std::string("\xFF\xFE\0\0", 4) + icu_convert(utf8, "UTF-32LE")},
      {"UTF-32 BE with BOM", Charset::utf32be, true, std::string("\0\0\xFE\xFF", 4) + icu_convert(utf8, "UTF-32BE")},
      {"UTF-32 LE without BOM", Charset::utf32le, false, icu_convert(utf8, "UTF-32LE")},
  };
}

// ---- detection ----------------------------------------------------------------------------------

TEST(Encoding, Utf8AsciiAndEmptyAreNotForeign) {
  EXPECT_FALSE(text::detect_foreign_charset(""));
  EXPECT_FALSE(text::detect_foreign_charset("# Individuel plan\n"));
  EXPECT_FALSE(text::detect_foreign_charset(example()));
  EXPECT_FALSE(text::detect_foreign_charset("\xEF\xBB\xBF" + example()));
  EXPECT_FALSE(text::detect_foreign_charset(kLatin1Plan));
}

TEST(Encoding, RecognisesWideEncodingsWithAndWithoutBom) {
  const std::string utf8 = example();
  for (const Saved& s : saved_in_other_encodings(utf8)) {
    SCOPED_TRACE(s.label);
    const auto found = text::detect_foreign_charset(s.bytes);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->charset, s.charset);
    EXPECT_EQ(found->bom, s.bom);
    // Decoding gives back exactly the UTF-8 text, BOM dropped.
    EXPECT_EQ(text::transcode_to_utf8(s.bytes, s.charset), utf8);
  }
}

TEST(Encoding, RecognisesWindows1252AndLatin1) {
  // Windows-1252 adds typographic characters in 0x80..0x9F (– is 0x96, “ ” are 0x93 0x94).
  const std::string typographic = kLatin1Plan + "\n## Bemærkninger\nAsta siger – “nej tak”.\n";
  for (const auto& [charset, plan] : {std::pair{"windows-1252", typographic}, std::pair{"ISO-8859-1", kLatin1Plan}}) {
    SCOPED_TRACE(charset);
    const std::string bytes = icu_convert(plan, charset);
    const auto found = text::detect_foreign_charset(bytes);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->charset, Charset::windows1252);
    EXPECT_FALSE(found->bom);
    // "Område" in the header: its å is the first byte above ASCII.
    EXPECT_EQ(found->first_byte, bytes.find('\xE5'));
    EXPECT_EQ(text::transcode_to_utf8(bytes, Charset::windows1252), plan);
  }
}

TEST(Encoding, Windows1252TableAgreesWithIcu) {
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  std::vector<int> undefined;
  for (int b = 0; b < 256; ++b) {
    const char32_t mine = text::windows1252_char(static_cast<unsigned char>(b));
    if (mine == 0 && b != 0) {
      undefined.push_back(b);
      continue;
    }
    std::string utf8;
    text::append_utf8(utf8, mine);
    EXPECT_EQ(icu_convert(utf8, "windows-1252"), std::string(1, static_cast<char>(b))) << "byte " << b;
  }
  EXPECT_EQ(undefined, (std::vector<int>{0x81, 0x8D, 0x8F, 0x90, 0x9D}));
}

TEST(Encoding, Utf8WithSomeBadBytesIsNotForeign) {
  // One valid UTF-8 letter anywhere makes it UTF-8 with errors: PL001 where they are.
  EXPECT_FALSE(text::detect_foreign_charset(std::string(kHeader) + "## Ønsker\nAsta er gl\xE6" "d\n"));
  EXPECT_FALSE(text::detect_foreign_charset("# Individuel plan\nBorger: \xE6 og " + std::string("\xC3\xB8")));
  // A byte Windows-1252 does not define is no Windows-1252 text.
  EXPECT_FALSE(text::detect_foreign_charset("# Individuel plan\nBorger: \x81\n"));
}

TEST(Encoding, NulBytesInUtf8TextAreNotUtf16) {
  std::string plan = example();
  plan.insert(plan.find("Asta"), std::string(1, '\0'));
  EXPECT_FALSE(text::detect_foreign_charset(plan));
  EXPECT_FALSE(text::detect_foreign_charset(std::string(200, '\0')));
  // Alternating NULs on an odd number of bytes do not decode as UTF-16.
  EXPECT_FALSE(text::detect_foreign_charset(icu_convert("# Individuel plan\n", "UTF-16LE") + "x"));
}

TEST(Encoding, TranscodingRefusesWhatDoesNotDecode) {
  EXPECT_FALSE(text::transcode_to_utf8("\xFF\xFE" "a", Charset::utf16le));                          // odd length
  EXPECT_FALSE(text::transcode_to_utf8(std::string("\x00\xDC", 2), Charset::utf16le));              // lone low surrogate
  EXPECT_FALSE(text::transcode_to_utf8(std::string("\x3D\xD8" "a\x00", 4), Charset::utf16le));      // high without low
  EXPECT_FALSE(text::transcode_to_utf8(std::string("\x00\x00\x11\x00", 4), Charset::utf32le));      // above U+10FFFF
  EXPECT_FALSE(text::transcode_to_utf8("\x8D", Charset::windows1252));
  EXPECT_EQ(text::transcode_to_utf8(std::string("\x3D\xD8\x00\xDE", 4), Charset::utf16le), "\xF0\x9F\x98\x80");  // 😀
}

// ---- lint_buffer: exactly one finding, nothing else ---------------------------------------------

engine::FileReport lint(const std::string& bytes, diag::Lang lang = diag::Lang::da) {
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  o.lang = lang;
  return engine::lint_buffer("asta.plan", bytes, o);
}

void expect_only_wrong_encoding(const std::string& bytes, std::string_view name) {
  for (const diag::Lang lang : {diag::Lang::da, diag::Lang::en}) {
    const engine::FileReport r = lint(bytes, lang);
    std::string codes;
    for (const auto& d : r.diagnostics) codes += std::string(d.code) + " ";
    ASSERT_EQ(r.diagnostics.size(), 1u) << codes;
    const diag::Diagnostic& d = r.diagnostics.front();
    EXPECT_EQ(d.code, "PL026");
    EXPECT_EQ(d.name, "wrong-encoding");
    EXPECT_EQ(d.severity, diag::Severity::error);
    EXPECT_EQ(at(bytes, d.range.begin), "1:1");
    EXPECT_NE(d.message.find(name), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("UTF-8"), std::string::npos) << d.message;
    EXPECT_NE(d.help.find(lang == diag::Lang::da ? "Gem filen som UTF-8" : "Save the file as UTF-8"), std::string::npos) << d.help;
    EXPECT_TRUE(d.fixes.empty());  // the file is not rewritten: a person saves it as UTF-8
  }
}

TEST(WrongEncoding, WholeFileInAnotherEncodingIsOneFinding) {
  const std::string utf8 = example();
  // Clean in UTF-8: read as UTF-8, the same plan in UTF-16 gave PL001, PL002 and a finding
  // from every rule that looks for a section.
  ASSERT_TRUE(lint(utf8).diagnostics.empty());
  for (const Saved& s : saved_in_other_encodings(utf8)) {
    SCOPED_TRACE(s.label);
    expect_only_wrong_encoding(s.bytes, text::charset_name(s.charset));
  }
}

TEST(WrongEncoding, Windows1252PlanIsOneFindingNamingTheFirstLetter) {
  const std::string bytes = icu_convert(kLatin1Plan, "windows-1252");
  expect_only_wrong_encoding(bytes, "Windows-1252");
  const diag::Diagnostic da = lint(bytes).diagnostics.at(0);
  EXPECT_NE(da.message.find("»å« i linje 3 som byten 0xE5"), std::string::npos) << da.message;
  EXPECT_NE(da.message.find("»ANSI«"), std::string::npos) << da.message;
  EXPECT_NE(da.help.find("»Genåbn med kodning« → »Western (Windows 1252)«"), std::string::npos) << da.help;
  const diag::Diagnostic en = lint(bytes, diag::Lang::en).diagnostics.at(0);
  EXPECT_NE(en.message.find("»å« on line 3, for one, is the byte 0xE5"), std::string::npos) << en.message;
}

TEST(WrongEncoding, HelpSaysHowInNotepadAndVsCode) {
  const std::string bytes = "\xFF\xFE" + icu_convert(kLatin1Plan, "UTF-16LE");
  const diag::Diagnostic da = lint(bytes).diagnostics.at(0);
  EXPECT_NE(da.message.find("UTF-16 LE (i Notesblok »Unicode«)"), std::string::npos) << da.message;
  EXPECT_NE(da.help.find("I Notesblok: »Gem som« → Kodning: »UTF-8«"), std::string::npos) << da.help;
  EXPECT_NE(da.help.find("I VS Code: klik på »UTF-16 LE« i statuslinjen → »Gem med kodning« → »UTF-8«"), std::string::npos) << da.help;
  const diag::Diagnostic en = lint(bytes, diag::Lang::en).diagnostics.at(0);
  EXPECT_NE(en.help.find("In VS Code: click »UTF-16 LE« in the status bar → »Save with Encoding« → »UTF-8«"), std::string::npos) << en.help;
  // Neither editor reads UTF-32: the help says so instead.
  const diag::Diagnostic utf32 = lint(std::string("\xFF\xFE\0\0", 4) + icu_convert(kLatin1Plan, "UTF-32LE")).diagnostics.at(0);
  EXPECT_NE(utf32.help.find("kan ikke læse UTF-32"), std::string::npos) << utf32.help;
}

TEST(WrongEncoding, Utf8WithOneBadByteIsStillLintedWithPl001) {
  const std::string text = std::string(kHeader) + "## Ønsker\nAsta er gl\xE6" "d\n";
  const engine::FileReport r = lint(text);
  EXPECT_TRUE(std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const auto& d) { return d.code == "PL001"; }));
  EXPECT_TRUE(std::none_of(r.diagnostics.begin(), r.diagnostics.end(), [](const auto& d) { return d.code == "PL026"; }));
  // The rules still ran: the plan lacks a handleplan.
  EXPECT_TRUE(std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const auto& d) { return d.code.substr(0, 3) == "PL2"; }));
}

// ---- NUL bytes --------------------------------------------------------------------------------------

std::map<std::string, int> code_counts(const engine::FileReport& r) {
  std::map<std::string, int> out;
  for (const auto& d : r.diagnostics) ++out[std::string(d.code)];
  return out;
}

TEST(NulByte, ReportedAtItsLineAndColumnWithNothingElseLost) {
  const std::string clean = example();
  const std::string anchor = "Asta får en stabil";
  std::string text = clean;
  text.insert(text.find(anchor) + "Asta får "s.size(), std::string(1, '\0'));
  const engine::FileReport r = lint(text);
  std::map<std::string, int> expected = code_counts(lint(clean));
  ++expected["PL027"];
  EXPECT_EQ(code_counts(r), expected);  // every other finding is still there
  const auto nul = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [](const auto& d) { return d.code == "PL027"; });
  ASSERT_NE(nul, r.diagnostics.end());
  EXPECT_EQ(span(text, nul->range), "15:18-15:19");  // "Formål: Asta får " is 17 code points
  EXPECT_EQ(nul->message, "Linjen indeholder et NUL-tegn (byte 0x00), som ikke er tekst.");
  ASSERT_EQ(nul->fixes.size(), 1u);
  EXPECT_EQ(nul->fixes[0].applicability, diag::Applicability::safe);
  EXPECT_EQ(fix::apply_fixes(text, {*nul}, false).text, clean);
}

TEST(NulByte, OneFindingPerLineCountingItsNuls) {
  const std::string text = std::string(kHeader) + "## Ønsker\nAsta\0\0 vil\0 gerne\nog\0 mere\n"s;
  const model::BuildResult r = model::build_plan(text, diag::Lang::en);
  std::vector<std::string> where;
  for (const auto& d : r.diagnostics) {
    if (d.code == "PL027") where.push_back(span(text, d.range));
  }
  EXPECT_EQ(where, (std::vector<std::string>{"6:5-6:6", "7:3-7:4"}));
  const auto first = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [](const auto& d) { return d.code == "PL027"; });
  EXPECT_EQ(first->message, "The line contains 3 NUL characters (byte 0x00), which are not text; the first is here.");
  EXPECT_EQ(first->fixes.at(0).edits.size(), 2u);  // the run of two and the single one
  EXPECT_EQ(fix::apply_fixes(text, r.diagnostics, false).text, std::string(kHeader) + "## Ønsker\nAsta vil gerne\nog mere\n");
}

TEST(NulByte, CappedPerFileAndTheLastSaysHowManyMore) {
  std::string text(kHeader);
  text += "## Ønsker\n";
  for (std::size_t i = 0; i < model::kMaxNulLines + 7; ++i) text += "linje\0\n"s;
  const model::BuildResult r = model::build_plan(text, diag::Lang::da);
  const auto n = std::count_if(r.diagnostics.begin(), r.diagnostics.end(), [](const auto& d) { return d.code == "PL027"; });
  EXPECT_EQ(static_cast<std::size_t>(n), model::kMaxNulLines);
  const auto last = std::find_if(r.diagnostics.rbegin(), r.diagnostics.rend(), [](const auto& d) { return d.code == "PL027"; });
  EXPECT_NE(last->help.find("Filen har NUL-tegn i 7 linjer mere."), std::string::npos) << last->help;
}


// ---- the CLI: one finding for the file, and every output format copes with a NUL ----------------

class EncodingCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "planlint_encoding_XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  void write(const std::string& name, const std::string& bytes) { std::ofstream(dir_ + "/" + name, std::ios::binary) << bytes; }
  BinaryRun run(const std::string& args) { return run_planlint(dir_, "check --no-cache --today 2026-08-10 " + args, "", "NO_COLOR=1"); }

  std::string dir_;
};

TEST_F(EncodingCli, Utf16PlanIsOneFinding) {
  write("asta.plan", "\xFF\xFE" + icu_convert(example(), "UTF-16LE"));
  const BinaryRun full = run("asta.plan");
  EXPECT_EQ(full.exit, 1) << full.err;
  EXPECT_NE(full.out.find("asta.plan:1:1: fejl[PL026]: Filen er gemt med tegnkodningen UTF-16 LE"), std::string::npos) << full.out;
  EXPECT_NE(full.out.find("1 fejl i 1 fil."), std::string::npos) << full.out;
  const BinaryRun json = run("--format json asta.plan");
  const auto parsed = nlohmann::json::parse(json.out);
  ASSERT_EQ(parsed.size(), 1u) << json.out;
  EXPECT_EQ(parsed[0]["code"], "PL026");
  EXPECT_EQ(parsed[0]["documentation"], "docs/plan-language.md#13-strukturdiagnoser");
}

TEST_F(EncodingCli, NulByteIsReportedInEveryFormatWithoutTruncating) {
  const std::string clean = example();
  std::string text = clean;
  text.insert(text.find("Asta får en stabil") + "Asta får "s.size(), std::string(1, '\0'));
  write("asta.plan", text);
  write("clean.plan", clean);

  const BinaryRun full = run("asta.plan");
  EXPECT_NE(full.out.find("asta.plan:15:18: fejl[PL027]"), std::string::npos) << full.out;
  // The excerpt shows the NUL as a space and the rest of the line after it.
  EXPECT_NE(full.out.find(" 15 | Formål: Asta får  en stabil og forudsigelig hverdag"), std::string::npos) << full.out;

  const auto with_nul = nlohmann::json::parse(run("--format json asta.plan").out);
  const auto without = nlohmann::json::parse(run("--format json clean.plan").out);
  EXPECT_EQ(with_nul.size(), without.size() + 1);
  const auto nul = std::find_if(with_nul.begin(), with_nul.end(), [](const auto& f) { return f["code"] == "PL027"; });
  ASSERT_NE(nul, with_nul.end());
  EXPECT_EQ((*nul)["start"], (nlohmann::json{{"line", 15}, {"column", 18}}));
  EXPECT_EQ((*nul)["fixes"][0]["applicability"], "safe");
  const std::string sarif = run("--format sarif asta.plan").out;
  EXPECT_TRUE(nlohmann::json::accept(sarif)) << sarif;
  EXPECT_NE(sarif.find("PL027"), std::string::npos);
  const std::string junit = run("--format junit asta.plan").out;
  EXPECT_EQ(junit.find('\0'), std::string::npos);  // XML 1.0 cannot carry a NUL, not even escaped
  EXPECT_NE(junit.find("asta.plan:15:18"), std::string::npos);
  EXPECT_NE(run("--format github asta.plan").out.find("line=15,col=18,endLine=15,endColumn=19"), std::string::npos);

  // A message that quotes a value with a NUL shows it as ␀: no format prints a raw NUL.
  write("omraade.plan", "# Individuel plan\nBorger: Asta\nOmråde: bø\0rn\n"s);
  for (const char* format : {"full", "concise", "json", "json-lines", "sarif", "github", "junit"}) {
    SCOPED_TRACE(format);
    const std::string out = run(std::string("--ignore ALL --format ") + format + " omraade.plan").out;
    EXPECT_EQ(out.find('\0'), std::string::npos) << out;
    EXPECT_NE(out.find("»bø␀rn«"), std::string::npos) << out;
  }

  // --fix deletes the NUL and nothing else.
  run("--fix asta.plan");
  EXPECT_EQ(read_file(dir_ + "/asta.plan"), clean);
}

}  // namespace
}  // namespace planlint::testing
