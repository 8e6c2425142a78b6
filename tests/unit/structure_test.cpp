// Structure diagnostics PL001..PL021: one test per code with its exact position, severity,
// Danish and English text; tolerated constructs that must not be reported; error recovery.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "diag/codes.h"
#include "model/builder.h"
#include "test_support.h"

namespace planlint::testing {

void PrintTo(const Found& f, std::ostream* os) { *os << f.code << " " << f.line << ":" << f.column; }

namespace {

using diag::Lang;
using namespace std::string_literals;
using diag::Severity;
using model::build_plan;

std::string plan(std::string_view body) { return std::string(kHeader) + std::string(body); }

// The single diagnostic of `text` (an empty one, after a failure, when there is not exactly one).
diag::Diagnostic only(const std::string& text, Lang lang = Lang::da) {
  const model::BuildResult r = build_plan(text, lang);
  EXPECT_EQ(r.diagnostics.size(), 1u) << dump(text, r.diagnostics);
  return r.diagnostics.size() == 1 ? r.diagnostics.front() : diag::Diagnostic{};
}

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

#define EXPECT_CONTAINS(haystack, needle) EXPECT_TRUE(contains((haystack), (needle))) << "»" << (haystack) << "« lacks »" << (needle) << "«"

// Checks what every structure diagnostic must have: the code, position, severity, a Danish
// message quoting `quoted`, a help text, and the same diagnostic in English.
void expect_diagnostic(const std::string& text, std::string_view code, std::uint32_t line, std::uint32_t column,
                       Severity severity, std::string_view quoted, std::string_view english) {
  SCOPED_TRACE(std::string(code));
  EXPECT_EQ(found(text), (std::vector<Found>{{std::string(code), line, column}})) << dump(text);
  const diag::Diagnostic da = only(text, Lang::da);
  EXPECT_EQ(da.severity, severity);
  EXPECT_CONTAINS(da.message, quoted);
  EXPECT_FALSE(da.help.empty());
  const diag::Diagnostic en = only(text, Lang::en);
  EXPECT_EQ(en.code, code);
  EXPECT_EQ(en.range, da.range);
  EXPECT_CONTAINS(en.message, english);
  EXPECT_NE(en.message, da.message);
  EXPECT_NE(en.help, da.help);
}

// ---- the code table ---------------------------------------------------------------------------

TEST(StructureCodes, TableIsNumberedInOrderWithUniqueNames) {
  const auto codes = diag::structure_codes();
  ASSERT_GE(codes.size(), 22u);
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    std::string expected = std::to_string(i);
    expected = "PL" + std::string(3 - std::min<std::size_t>(3, expected.size()), '0') + expected;
    EXPECT_EQ(codes[i].code, expected);
    EXPECT_EQ(static_cast<std::size_t>(codes[i].id), i);
    EXPECT_TRUE(names.insert(codes[i].name).second) << codes[i].name;
    EXPECT_FALSE(codes[i].summary_da.empty());
    EXPECT_FALSE(codes[i].summary_en.empty());
  }
  EXPECT_EQ(diag::info(diag::Code::unknown_field).name, "unknown-field");
  EXPECT_EQ(diag::info(diag::Code::duplicate_field).severity, Severity::warning);
  EXPECT_EQ(diag::info(diag::Code::ascii_danish_letters).severity, Severity::info);
  EXPECT_EQ(diag::info(diag::Code::syntax_error).severity, Severity::error);
}

TEST(StructureCodes, KHeaderAloneIsClean) { EXPECT_EQ(found(std::string(kHeader)), std::vector<Found>{}); }

// ---- PL001 invalid UTF-8 ----------------------------------------------------------------------

TEST(Structure, PL001InvalidUtf8) {
  const std::string text = plan("## Ønsker\nAsta er \xFF\xFE glad\n");
  expect_diagnostic(text, "PL001", 6, 9, Severity::error, "0xFF 0xFE", "Invalid UTF-8: 0xFF 0xFE");
  EXPECT_EQ(span(text, only(text).range), "6:9-6:11");
  // The rest of the section is still read.
  const auto r = build_plan(text, Lang::da);
  ASSERT_TRUE(r.plan.wishes.has_value());
  EXPECT_EQ(r.plan.wishes->paragraphs.size(), 1u);
}

TEST(Structure, PL001LatinOneLetterInAValue) {
  // "justér" saved as ISO-8859-1 inside an enumeration value: the bad byte is reported, and the
  // value (which no longer matches) as well.
  const std::string text = plan("## Mål 1: x\n### Evaluering 28-04-2026\nBeslutning: just\xE9r\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL008", 7, 13}, {"PL001", 7, 17}})) << dump(text);
}

// ---- PL026 wrong encoding, PL027 NUL byte (more in encoding_test.cpp) ------------------------------

TEST(Structure, PL026WholeFileInUtf16) {
  // "# Individuel plan\n## Ønsker\n..." as Notepad saves it as »Unicode«: each character below
  // U+0100 as itself and a NUL byte.
  std::string utf16 = "\xFF\xFE";
  for (const char c : "# Individuel plan\nBorger: Testbarn\nOmr\xE5" "de: b\xF8rn\n\n## \xD8nsker\nAsta vil cykle.\n"s) {
    utf16 += c;
    utf16 += '\0';
  }
  const model::BuildResult r = build_plan(utf16, Lang::da);
  EXPECT_FALSE(r.readable);
  EXPECT_EQ(found(utf16), (std::vector<Found>{{"PL026", 1, 1}}));
  expect_diagnostic(utf16, "PL026", 1, 1, Severity::error, "UTF-16 LE", "The file is saved in the encoding UTF-16 LE");
}

TEST(Structure, PL027NulByteInAValue) {
  const std::string text = plan("## Ønsker\nAsta vil\0 cykle.\n"s);
  expect_diagnostic(text, "PL027", 6, 9, Severity::error, "NUL-tegn (byte 0x00)", "NUL character (byte 0x00)");
  // The text after the NUL is still read.
  const auto r = build_plan(text, Lang::da);
  EXPECT_TRUE(r.readable);
  ASSERT_TRUE(r.plan.wishes.has_value());
  ASSERT_EQ(r.plan.wishes->paragraphs.size(), 1u);
  EXPECT_EQ(r.plan.wishes->paragraphs[0].text, "Asta vil\0 cykle."s);
}

TEST(Structure, PL001IsCappedAtOneHundredReports) {
  std::string body = "## Ønsker\n";
  for (int i = 0; i < 150; ++i) body += "x \xFF\n";
  const auto r = build_plan(plan(body), Lang::da);
  EXPECT_EQ(r.diagnostics.size(), 100u);
}

// ---- PL002 missing document heading -----------------------------------------------------------

TEST(Structure, PL002NoHeadingsAtAll) {
  const std::string text = "Borger: Asta\nOmråde: børn\n";
  expect_diagnostic(text, "PL002", 1, 1, Severity::error, "# Individuel plan", "does not start with the heading");
  // The fields before any heading are still the plan's header.
  const auto r = build_plan(text, Lang::da);
  ASSERT_TRUE(r.plan.document.has_value());
  ASSERT_NE(r.plan.area(), nullptr);
  EXPECT_EQ(r.plan.area()->value, "børn");
}

TEST(Structure, PL002FirstHeadingIsNotTheDocument) {
  const std::string text = "## Handleplan\nDato: 10-01-2026\n# Individuel plan\nBorger: A\n";
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL002", 1, 1}})) << dump(text);
  EXPECT_EQ(span(text, only(text).range), "1:1-1:14");
  const auto r = build_plan(text, Lang::da);
  ASSERT_TRUE(r.plan.document.has_value());
  EXPECT_EQ(r.plan.document->fields.size(), 1u);
  ASSERT_TRUE(r.plan.handleplan.has_value());
}

TEST(Structure, PL002TextBeforeTheDocumentHeading) {
  const std::string text = "Hej med dig\n# Individuel plan\nBorger: A\n";
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL002", 1, 1}})) << dump(text);
  EXPECT_EQ(span(text, only(text).range), "1:1-1:12");
}

TEST(Structure, PL002EmptyAndBlankFiles) {
  EXPECT_EQ(found(""), (std::vector<Found>{{"PL002", 1, 1}}));
  EXPECT_EQ(found("\n\n\n"), (std::vector<Found>{{"PL002", 1, 1}}));
  EXPECT_EQ(found("\xEF\xBB\xBF"), (std::vector<Found>{{"PL002", 1, 1}}));
}

TEST(Structure, PL002AfterBomPointsAtTheHeading) {
  const std::string text = "\xEF\xBB\xBF## Ønsker\n";
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL002", 1, 1}})) << dump(text);
  EXPECT_EQ(span(text, only(text).range), "1:1-1:10");
}

TEST(Structure, CommentsAndBlankLinesBeforeTheDocumentHeadingAreFine) {
  const std::string text = "// Plan for Asta\n\n// planlint: ignorer PL101 -- skabelon\n" + std::string(kHeader);
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
}

// ---- PL003 unknown section --------------------------------------------------------------------

TEST(Structure, PL003UnknownSection) {
  const std::string text = plan("## Ønskr\nAsta vil svømme.\nMetode: x\n");
  expect_diagnostic(text, "PL003", 5, 1, Severity::error, "»Ønskr«", "Unknown section »Ønskr«");
  const diag::Diagnostic d = only(text);
  EXPECT_EQ(span(text, d.range), "5:1-5:9");
  EXPECT_CONTAINS(d.help, "Mente du »Ønsker«?");
  EXPECT_CONTAINS(only(text, Lang::en).help, "Did you mean »Ønsker«?");
  // Its content is kept as text, fields included: the heading got the diagnostic.
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.other_sections.size(), 1u);
  EXPECT_EQ(r.plan.other_sections[0].kind, model::SectionKind::unknown);
  EXPECT_EQ(r.plan.other_sections[0].paragraphs.size(), 2u);
}

TEST(Structure, PL003EmptyHeading) {
  const std::string text = plan("##\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL003", 5, 1}})) << dump(text);
  EXPECT_CONTAINS(only(text).message, "Overskriften er tom.");
}

TEST(Structure, PL003NoSuggestionForSomethingElse) {
  const std::string text = plan("## Referat fra mødet\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL003", 5, 1}})) << dump(text);
  EXPECT_FALSE(contains(only(text).help, "Mente du"));
  EXPECT_CONTAINS(only(text).help, "Kendte afsnit: Individuel plan, Handleplan");
}

// ---- PL004 unknown field ----------------------------------------------------------------------

TEST(Structure, PL004UnknownFieldWithSuggestion) {
  const std::string text = plan("## Mål 1: Asta tager trøjen på\nSuccesskritierie: 5 af 7 morgener\n");
  expect_diagnostic(text, "PL004", 6, 1, Severity::error, "»Successkritierie«", "Unknown field »Successkritierie« in section »Mål«");
  const diag::Diagnostic d = only(text);
  EXPECT_EQ(d.message, "Ukendt felt »Successkritierie« i afsnittet »Mål«.");
  EXPECT_EQ(span(text, d.range), "6:1-6:17");
  EXPECT_CONTAINS(d.help, "Succeskriterium");
  EXPECT_CONTAINS(only(text, Lang::en).help, "Did you mean »Succeskriterium«?");
}

TEST(Structure, PL004TheBriefsSpelling) {
  const std::string text = plan("## Mål 1: x\nSucceskritierie: 5 af 7 morgener\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL004", 6, 1}})) << dump(text);
  EXPECT_CONTAINS(only(text).help, "»Succeskriterium«");
}

TEST(Structure, PL004WithoutSuggestionListsTheSectionsFields) {
  const std::string text = plan("## Mål 1: x\nXyzzy: 1\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL004", 6, 1}})) << dump(text);
  EXPECT_CONTAINS(only(text).help, "Felterne i dette afsnit er: Handleplan, Tema, Begrundelse, Succeskriterium");
}

TEST(Structure, ProseSectionReadsKeyLikeTextAsText) {
  const std::string text = plan("## Ønsker\nMor siger: hun er glad\nBegrundelse: Svømning er ikke muligt om vinteren.\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_TRUE(r.plan.wishes.has_value());
  ASSERT_EQ(r.plan.wishes->paragraphs.size(), 1u);
  EXPECT_EQ(r.plan.wishes->paragraphs[0].text, "Mor siger: hun er glad");
  ASSERT_NE(r.plan.wishes->field(model::FieldId::justification), nullptr);
  EXPECT_EQ(r.plan.wishes->field(model::FieldId::justification)->text, "Svømning er ikke muligt om vinteren.");
}

TEST(Structure, NonProseSectionReportsKeyLikeText) {
  const std::string text = plan("## Mål 1: x\nMor siger: hun er glad\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL004", 6, 1}})) << dump(text);
}

// ---- PL005 misplaced field --------------------------------------------------------------------

TEST(Structure, PL005MisplacedField) {
  const std::string text = plan("## Mål 1: x\nKvalitativ: Asta tog trøjen på.\n");
  expect_diagnostic(text, "PL005", 6, 1, Severity::error, "»Kvalitativ«", "The field »Kvalitativ« does not belong in section »Mål«");
  const diag::Diagnostic d = only(text);
  EXPECT_EQ(d.message, "Feltet »Kvalitativ« hører ikke til i afsnittet »Mål«.");
  EXPECT_CONTAINS(d.help, "»Evaluering«");
  // The misplaced field is not part of the section.
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.goals.size(), 1u);
  EXPECT_TRUE(r.plan.goals[0].section.fields.empty());
}

TEST(Structure, PL005HeaderFieldInTheHandleplan) {
  const std::string text = plan("## Handleplan\nBorger: Asta\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL005", 6, 1}})) << dump(text);
  EXPECT_CONTAINS(only(text).help, "»Individuel plan«");
}

TEST(Structure, PL005FieldOfTwoSectionsNamesBoth) {
  const std::string text = plan("## Handleplan\nDeltagere: Mor\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL005", 6, 1}})) << dump(text);
  EXPECT_CONTAINS(only(text).help, "»Evaluering« og »Status«");
}

// ---- PL006 invalid date -----------------------------------------------------------------------

TEST(Structure, PL006DayThatDoesNotExist) {
  const std::string text = plan("## Mål 1: x\nStart: 31-02-2026\n");
  expect_diagnostic(text, "PL006", 6, 8, Severity::error, "»31-02-2026«", "that day does not exist");
  const diag::Diagnostic d = only(text);
  EXPECT_CONTAINS(d.message, "findes ikke i kalenderen");
  EXPECT_CONTAINS(d.message, "»Start«");
  EXPECT_EQ(span(text, d.range), "6:8-6:18");
  const auto r = build_plan(text, Lang::da);
  const model::Field* start = r.plan.goals.at(0).section.field(model::FieldId::start);
  ASSERT_NE(start, nullptr);
  EXPECT_FALSE(start->valid);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(start->value));
}

TEST(Structure, PL006NotADateAndYearOutOfRange) {
  const std::string a = plan("## Mål 1: x\nSlut: til jul\n");
  EXPECT_EQ(found(a), (std::vector<Found>{{"PL006", 6, 7}})) << dump(a);
  EXPECT_CONTAINS(only(a).message, "det er ikke en dato");
  const std::string b = plan("## Mål 1: x\nSlut: 31-12-3026\n");
  EXPECT_EQ(found(b), (std::vector<Found>{{"PL006", 6, 7}})) << dump(b);
  EXPECT_CONTAINS(only(b).message, "mellem 1900 og 2200");
}

TEST(Structure, PL006InAHeading) {
  const std::string text = plan("## Mål 1: x\n### Evaluering 31-02-2026\nKvalitativ: x\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL006", 6, 16}})) << dump(text);
  EXPECT_CONTAINS(only(text).message, "»31-02-2026«");
  // The evaluation is still the goal's, without a date.
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.goals.at(0).evaluations.size(), 1u);
  EXPECT_FALSE(r.plan.goals[0].evaluations[0].date.has_value());
}

TEST(Structure, PL006ReversedPeriod) {
  const std::string text = plan("## Status 10-07-2026\nPeriode: 30-06-2026 til 01-02-2026\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL006", 6, 10}})) << dump(text);
  EXPECT_CONTAINS(only(text).message, "slutter, før den begynder");
  EXPECT_CONTAINS(only(text, Lang::en).message, "ends before it starts");
}

// ---- PL007 invalid interval -------------------------------------------------------------------

TEST(Structure, PL007InvalidInterval) {
  const std::string text = plan("## Mål 1: x\nEvaluering: en gang imellem\n");
  expect_diagnostic(text, "PL007", 6, 13, Severity::error, "»en gang imellem«", "»en gang imellem« is not an interval");
  EXPECT_CONTAINS(only(text).help, "hver 3. måned");
  EXPECT_EQ(span(text, only(text).range), "6:13-6:28");
}

// ---- PL008 invalid enumeration value ----------------------------------------------------------

TEST(Structure, PL008InvalidEnumWithSuggestion) {
  const std::string text = plan("## Mål 1: x\n### Evaluering 28-04-2026\nBeslutning: fortsat\n");
  expect_diagnostic(text, "PL008", 7, 13, Severity::error, "»fortsat«", "»fortsat« is not a valid value for »Beslutning«");
  const diag::Diagnostic d = only(text);
  EXPECT_CONTAINS(d.help, "Mente du »fortsæt«?");
  EXPECT_CONTAINS(d.help, "»fortsæt«, »justér«, »afslut«");
  EXPECT_CONTAINS(only(text, Lang::en).help, "Did you mean »fortsæt«?");
}

TEST(Structure, PL008WithoutSuggestion) {
  const std::string text = "# Individuel plan\nOmråde: ældre\n";
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL008", 2, 9}})) << dump(text);
  EXPECT_FALSE(contains(only(text).help, "Mente du"));
  EXPECT_CONTAINS(only(text).help, "Mulige værdier: »børn«, »voksne«.");
}

TEST(Structure, EnumInflectionsAndCaseAreAccepted) {
  const std::string text = plan("## Mål 1: x\nTema: Sociale Relationer\n### Evaluering 28-04-2026\nBeslutning: Fortsættes\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  EXPECT_EQ(r.plan.goals.at(0).section.value<model::EnumValue>(model::FieldId::theme)->value, "sociale relationer");
  EXPECT_EQ(r.plan.goals[0].evaluations.at(0).section.value<model::EnumValue>(model::FieldId::decision)->value, "fortsæt");
}

// ---- PL009 invalid reference ------------------------------------------------------------------

TEST(Structure, PL009InvalidHandleplanReference) {
  const std::string text = plan("## Mål 1: x\nHandleplan: H1, måske H2\n");
  expect_diagnostic(text, "PL009", 6, 17, Severity::error, "»måske«", "»måske« is not a reference in »Handleplan«");
  EXPECT_EQ(span(text, only(text).range), "6:17-6:22");
  EXPECT_EQ(only(text).message, "»måske« er ikke en henvisning i »Handleplan«.");
}

TEST(Structure, PL009InvalidGoalReference) {
  const std::string text = plan("## Status 10-07-2026\nMål i perioden: Mål 1, Delmål 1, Mål 2\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL009", 6, 31}})) << dump(text);
  EXPECT_EQ(span(text, only(text).range), "6:31-6:32");
  EXPECT_CONTAINS(only(text).help, "»Mål 1« eller »Delmål 1.1«");
}

TEST(Structure, PL009AfterADecomposedLetter) {
  // "Mål" in NFD (a + combining ring) before the bad part: the range must still cover "foo".
  const std::string text = plan("## Status 10-07-2026\nMål i perioden: Ma\xCC\x8Al 1, foo\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL009", 6, 25}})) << dump(text);
  EXPECT_EQ(slice(text, only(text).range), "foo");
  EXPECT_EQ(only(text).message, "»foo« er ikke en henvisning i »Mål i perioden«.");
}

TEST(Structure, PL009ReferenceOverSeveralLinesIsTheWholeValue) {
  const std::string text = plan("## Mål 1: x\nHandleplan: H1,\n  måske H2\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL009", 6, 13}})) << dump(text);
  EXPECT_EQ(span(text, only(text).range), "6:13-7:11");
}

TEST(Structure, ReferencesOverSeveralLinesAreRead) {
  const std::string text = plan("## Mål 1: x\nHandleplan: H1,\n  H3\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  const auto* refs = r.plan.goals.at(0).section.value<std::vector<model::Reference>>(model::FieldId::handleplan_ref);
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->size(), 2u);
  EXPECT_EQ((*refs)[1].id, "H3");
}

// ---- PL010 duplicate goal number --------------------------------------------------------------

TEST(Structure, PL010DuplicateGoalNumber) {
  const std::string text = plan("## Mål 1: a\nStart: 01-02-2026\n\n## Mål 1: b\n");
  expect_diagnostic(text, "PL010", 8, 8, Severity::error, "Mål 1", "Goal 1 already exists");
  const diag::Diagnostic d = only(text);
  EXPECT_EQ(d.message, "Mål 1 findes allerede.");
  EXPECT_CONTAINS(d.help, "Mål 2");
  ASSERT_EQ(d.related.size(), 1u);
  EXPECT_EQ(span(text, d.related[0].range), "5:8-5:9");
  // Both goals are in the model.
  EXPECT_EQ(build_plan(text, Lang::da).plan.goals.size(), 2u);
}

TEST(Structure, PL010DuplicateSubgoalNumber) {
  const std::string text = plan("## Mål 1: a\n### Delmål 1.1: b\n### Delmål 1.1: c\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL010", 7, 12}})) << dump(text);
  const diag::Diagnostic d = only(text);
  EXPECT_EQ(d.message, "Delmål 1.1 findes allerede.");
  EXPECT_CONTAINS(d.help, "Delmål 1.2");
  ASSERT_EQ(d.related.size(), 1u);
  EXPECT_EQ(at(text, d.related[0].range.begin), "6:12");
}

// ---- PL011 misnumbered sub-goal ---------------------------------------------------------------

TEST(Structure, PL011SubgoalUnderTheWrongGoal) {
  const std::string text = plan("## Mål 1: a\n### Delmål 2.1: b\n");
  expect_diagnostic(text, "PL011", 6, 12, Severity::error, "Delmål 2.1 står under Mål 1", "Sub-goal 2.1 is under goal 1");
  ASSERT_EQ(only(text).related.size(), 1u);
  EXPECT_EQ(at(text, only(text).related[0].range.begin), "5:8");
  // Still modelled under the goal it stands under.
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.goals.size(), 1u);
  EXPECT_EQ(r.plan.goals[0].subgoals.size(), 1u);
}

TEST(Structure, PL011SubgoalWithNoGoal) {
  const std::string text = plan("### Delmål 1.1: b\nStart: 01-02-2026\n#### Evaluering 28-04-2026\nKvalitativ: x\n");
  // One diagnostic: the evaluation under the dropped Delmål is not reported again.
  expect_diagnostic(text, "PL011", 5, 1, Severity::error, "Delmål 1.1 står ikke under noget mål", "Sub-goal 1.1 is not under any goal");
  EXPECT_TRUE(build_plan(text, Lang::da).plan.goals.empty());
}

TEST(Structure, PL011SubgoalAtTheGoalsLevel) {
  const std::string text = plan("## Mål 1: a\n## Delmål 1.1: b\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL011", 6, 1}})) << dump(text);
}

TEST(Structure, PL011SubgoalAfterTheGoalWasClosed) {
  const std::string text = plan("## Mål 1: a\n## Ønsker\nAt svømme.\n### Delmål 1.1: b\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL011", 8, 1}})) << dump(text);
}

// ---- PL012 orphan evaluation ------------------------------------------------------------------

TEST(Structure, PL012EvaluationWithNoGoal) {
  const std::string text = plan("### Evaluering 28-04-2026\nKvalitativ: x\n");
  expect_diagnostic(text, "PL012", 5, 1, Severity::error, "Evalueringen", "The evaluation is not under a goal");
  EXPECT_EQ(span(text, only(text).range), "5:1-5:26");
}

TEST(Structure, PL012EvaluationAtTheGoalsLevel) {
  const std::string text = plan("## Mål 1: a\n## Evaluering 28-04-2026\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL012", 6, 1}})) << dump(text);
}

TEST(Structure, PL012EvaluationAfterAStatus) {
  const std::string text = plan("## Mål 1: a\n## Status 10-07-2026\n### Evaluering 28-04-2026\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL012", 7, 1}})) << dump(text);
}

TEST(Structure, EvaluationAtTheSubgoalsLevelBelongsToTheGoal) {
  const std::string text = plan("## Mål 1: a\n### Delmål 1.1: b\n#### Evaluering 27-02-2026\n### Evaluering 28-04-2026\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.goals.size(), 1u);
  ASSERT_EQ(r.plan.goals[0].subgoals.size(), 1u);
  ASSERT_EQ(r.plan.goals[0].subgoals[0].evaluations.size(), 1u);
  EXPECT_EQ(r.plan.goals[0].subgoals[0].evaluations[0].date, (model::Date{2026, 2, 27}));
  ASSERT_EQ(r.plan.goals[0].evaluations.size(), 1u);
  EXPECT_EQ(r.plan.goals[0].evaluations[0].date, (model::Date{2026, 4, 28}));
}

TEST(Structure, DeeperEvaluationBelongsToTheNearestGoalAbove) {
  // "##### Evaluering" under "### Delmål" (skipping a level) still belongs to the Delmål.
  const std::string text = plan("## Mål 1: a\n### Delmål 1.1: b\n##### Evaluering 27-02-2026\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  EXPECT_EQ(build_plan(text, Lang::da).plan.goals.at(0).subgoals.at(0).evaluations.size(), 1u);
}

// ---- PL013 invalid goal number ----------------------------------------------------------------

TEST(Structure, PL013NotANumber) {
  const std::string text = plan("## Mål A: x\n");
  expect_diagnostic(text, "PL013", 5, 8, Severity::error, "»A«", "»A« is not a valid number");
  EXPECT_EQ(only(text).message, "»A« er ikke et gyldigt nummer for et Mål.");
}

TEST(Structure, PL013NoNumber) {
  const std::string text = plan("## Mål: Asta svømmer\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL013", 5, 4}})) << dump(text);
  EXPECT_EQ(only(text).message, "Mål uden nummer.");
  EXPECT_EQ(span(text, only(text).range), "5:4-5:7");
  // The goal is still there, with its statement.
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.goals.size(), 1u);
  EXPECT_EQ(r.plan.goals[0].statement, "Asta svømmer");
}

TEST(Structure, PL013SubgoalWithAGoalNumber) {
  const std::string text = plan("## Mål 1: a\n### Delmål 1: b\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL013", 6, 12}})) << dump(text);
  EXPECT_EQ(only(text).message, "»1« er ikke et gyldigt nummer for et Delmål.");
}

TEST(Structure, GoalNumberSpellings) {
  const std::string text = plan("## Mål 1. a\n## Mål 2 - b\n## Mål 3 \xE2\x80\x93 c\n## Mål 4 d\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.goals.size(), 4u);
  EXPECT_EQ(r.plan.goals[0].statement, "a");
  EXPECT_EQ(r.plan.goals[1].statement, "b");
  EXPECT_EQ(r.plan.goals[2].statement, "c");
  EXPECT_EQ(r.plan.goals[3].statement, "d");
  EXPECT_EQ(r.plan.goals[3].number, (model::GoalNumber{4, 0}));
}

TEST(Structure, LongGoalStatementContinuesOnTheNextLine) {
  const std::string text = plan("## Mål 3: Jonas møder i træværkstedet\n  og arbejder der i to timer\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.goals.size(), 1u);
  EXPECT_EQ(r.plan.goals[0].statement, "Jonas møder i træværkstedet og arbejder der i to timer");
  EXPECT_EQ(span(text, r.plan.goals[0].statement_range), "5:11-6:29");
}

TEST(Structure, GoalStatementStartingOnTheContinuationLine) {
  // docs/plan-language.md, "Lange overskrifter": an indented line right after a heading continues
  // the heading's text, also when the number is all that fits on the heading line.
  const std::string text = plan("## Mål 3:\n  Jonas møder i træværkstedet\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.goals.size(), 1u);
  EXPECT_EQ(r.plan.goals[0].section.heading, "Mål 3: Jonas møder i træværkstedet");
  EXPECT_EQ(r.plan.goals[0].statement, "Jonas møder i træværkstedet");
  EXPECT_EQ(span(text, r.plan.goals[0].statement_range), "6:3-6:30");
}

// ---- PL014 missing heading date ---------------------------------------------------------------

TEST(Structure, PL014StatusWithoutDate) {
  const std::string text = plan("## Status\nMøde: 28-07-2026\n");
  expect_diagnostic(text, "PL014", 5, 1, Severity::error, "»Status«", "The heading »Status« has no date");
  EXPECT_CONTAINS(only(text).help, "»## Status 28-04-2026«");
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.statuses.size(), 1u);
  EXPECT_FALSE(r.plan.statuses[0].date.has_value());
  EXPECT_EQ(r.plan.statuses[0].section.fields.size(), 1u);
}

TEST(Structure, PL014EvaluationWithoutDate) {
  const std::string text = plan("## Mål 1: a\n### Evaluering\nKvalitativ: x\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL014", 6, 1}})) << dump(text);
  EXPECT_CONTAINS(only(text).help, "»### Evaluering 28-04-2026«");
  EXPECT_EQ(build_plan(text, Lang::da).plan.goals.at(0).evaluations.size(), 1u);
}

// ---- PL015 duplicate field --------------------------------------------------------------------

TEST(Structure, PL015DuplicateField) {
  const std::string text = plan("## Mål 1: a\nStart: 01-02-2026\nStart: 01-03-2026\n");
  expect_diagnostic(text, "PL015", 7, 1, Severity::warning, "»Start«", "The field »Start« appears twice");
  ASSERT_EQ(only(text).related.size(), 1u);
  EXPECT_EQ(span(text, only(text).related[0].range), "6:1-6:6");
  // The first value is used.
  const auto r = build_plan(text, Lang::da);
  EXPECT_EQ(*r.plan.goals.at(0).section.value<model::Date>(model::FieldId::start), (model::Date{2026, 2, 1}));
}

TEST(Structure, PL015AliasAndCanonicalAreTheSameField) {
  const std::string text = plan("## Mål 1: a\nSucceskriterium: x\nsucceskriterier: y\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL015", 7, 1}})) << dump(text);
}

// ---- PL016 empty field ------------------------------------------------------------------------

TEST(Structure, PL016EmptyField) {
  const std::string text = plan("## Mål 1: a\nSlut:\n");
  expect_diagnostic(text, "PL016", 6, 1, Severity::warning, "»Slut«", "The field »Slut« is empty");
  EXPECT_CONTAINS(only(text).help, "Slutdato.");
  const auto r = build_plan(text, Lang::da);
  const model::Field* end = r.plan.goals.at(0).section.field(model::FieldId::end);
  ASSERT_NE(end, nullptr);
  EXPECT_FALSE(end->valid);
  EXPECT_TRUE(end->text.empty());
}

TEST(Structure, PL016EmptyTextFieldIsStillValid) {
  const std::string text = plan("## Mål 1: a\nBegrundelse:   \n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL016", 6, 1}})) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_NE(r.plan.goals.at(0).section.field(model::FieldId::justification), nullptr);
  EXPECT_TRUE(r.plan.goals[0].section.field(model::FieldId::justification)->valid);
}

TEST(Structure, FieldWhoseValueIsOnTheNextLineIsNotEmpty) {
  const std::string text = plan("## Mål 1: a\nSlut:\n  31-12-2026\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_NE(r.plan.goals.at(0).section.value<model::Date>(model::FieldId::end), nullptr);
  EXPECT_EQ(*r.plan.goals[0].section.value<model::Date>(model::FieldId::end), (model::Date{2026, 12, 31}));
}

// ---- PL017 stray continuation -----------------------------------------------------------------

TEST(Structure, PL017RunOfStrayLinesIsOneDiagnostic) {
  const std::string text = plan("  en\n  to\n  tre\n");
  expect_diagnostic(text, "PL017", 5, 3, Severity::warning, "Indrykket linje", "Indented line that does not continue");
  EXPECT_EQ(span(text, only(text).range), "5:3-7:6");
}

TEST(Structure, PL017AfterABlankLineInASection) {
  const std::string text = plan("## Mål 1: a\nStart: 01-02-2026\n\n  glemt\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL017", 8, 3}})) << dump(text);
}

TEST(Structure, PL017AfterAComment) {
  const std::string text = plan("// note\n\tindrykket\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL017", 6, 2}})) << dump(text);
}

TEST(Structure, TwoSeparateRunsAreTwoDiagnostics) {
  const std::string text = plan("  a\n\n  b\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL017", 5, 3}, {"PL017", 7, 3}})) << dump(text);
}

TEST(Structure, ContinuationsOfTextItemsAndHeadingsAreNotStray) {
  const std::string text = plan("## Mål 1: Asta tager\n  trøjen på\n- punkt\n  fortsat\n## Ønsker\nTekst\n  mere tekst\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  EXPECT_EQ(r.plan.goals.at(0).statement, "Asta tager trøjen på");
  EXPECT_EQ(r.plan.wishes->paragraphs.at(0).text, "Tekst\nmere tekst");
}

// ---- PL018 duplicate section ------------------------------------------------------------------

TEST(Structure, PL018DuplicateSection) {
  const std::string text = plan("## Ønsker\nA\n## Ønsker\nB\n");
  expect_diagnostic(text, "PL018", 7, 1, Severity::warning, "»Ønsker«", "The section »Ønsker« already exists");
  ASSERT_EQ(only(text).related.size(), 1u);
  EXPECT_EQ(span(text, only(text).related[0].range), "5:1-5:10");
  // Only the first is used.
  const auto r = build_plan(text, Lang::da);
  ASSERT_TRUE(r.plan.wishes.has_value());
  EXPECT_EQ(r.plan.wishes->paragraphs.at(0).text, "A");
}

TEST(Structure, PL018SecondDocumentHeading) {
  const std::string text = plan("# Individuel plan\nBorger: B\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL018", 5, 1}})) << dump(text);
  const auto r = build_plan(text, Lang::da);
  EXPECT_EQ(r.plan.header(model::FieldId::citizen)->text, "Testbarn");
}

TEST(Structure, PL018HandleplanUnderItsOtherName) {
  const std::string text = plan("## Handleplan\n- H1: a\n## Barnets plan\n- H2: b\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL018", 7, 1}})) << dump(text);
  EXPECT_EQ(build_plan(text, Lang::da).plan.handleplan->goals.size(), 1u);
}

// ---- PL019 invalid suppression ----------------------------------------------------------------

TEST(Structure, PL019UnknownVerb) {
  const std::string text = plan("// planlint: ignorere PL101 -- x\n");
  expect_diagnostic(text, "PL019", 5, 1, Severity::error, "»ignorere«", "Unknown planlint command »ignorere«");
  EXPECT_EQ(only(text).message, "Ukendt planlint-kommando »ignorere«.");
  EXPECT_TRUE(build_plan(text, Lang::da).plan.suppressions.empty());
}

TEST(Structure, PL019NoCommand) {
  const std::string text = plan("// planlint:\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL019", 5, 1}})) << dump(text);
  EXPECT_EQ(only(text).message, "planlint-kommentaren mangler en kommando.");
}

TEST(Structure, PL019NoCodes) {
  const std::string text = plan("// planlint: ignorer -- fordi\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL019", 5, 1}})) << dump(text);
  EXPECT_EQ(only(text).message, "planlint-kommentaren nævner ingen regel.");
}

TEST(Structure, PL019BadCodeIsPointedAt) {
  const std::string text = plan("// planlint: ignorer PL101, PL0$4 -- x\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL019", 5, 29}})) << dump(text);
  EXPECT_EQ(span(text, only(text).range), "5:29-5:34");
  EXPECT_EQ(only(text).message, "»PL0$4« er ikke en regelkode eller et regelnavn.");
}

TEST(Structure, ValidSuppressionsAreModelled) {
  const std::string text = plan(
      "// planlint: ignorer PL101, vague-goal -- aftalt med mor\n"
      "//planlint-ignorer-start PL102\n"
      "// planlint: ignorer-slut PL102\n"
      "// planlint: disable-file PL103 -- x\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.suppressions.size(), 4u);
  const model::Suppression& s = r.plan.suppressions[0];
  EXPECT_EQ(s.kind, model::SuppressionKind::next_line);
  ASSERT_EQ(s.codes.size(), 2u);
  EXPECT_EQ(s.codes[0].code, "PL101");
  EXPECT_EQ(span(text, s.codes[0].range), "5:22-5:27");
  EXPECT_EQ(s.codes[1].code, "vague-goal");
  EXPECT_EQ(span(text, s.codes[1].range), "5:29-5:39");
  EXPECT_EQ(s.reason, "aftalt med mor");
  EXPECT_EQ(r.plan.suppressions[1].kind, model::SuppressionKind::block_start);
  EXPECT_TRUE(r.plan.suppressions[1].reason.empty());
  EXPECT_EQ(r.plan.suppressions[2].kind, model::SuppressionKind::block_end);
  EXPECT_EQ(r.plan.suppressions[3].kind, model::SuppressionKind::file);
}

// ---- PL020 ASCII spelling of Danish letters ---------------------------------------------------

TEST(Structure, PL020AsciiSpelling) {
  const std::string text = plan("## Maal 1: x\n");
  expect_diagnostic(text, "PL020", 5, 4, Severity::info, "»Maal«", "»Maal« is spelled without Danish letters; write »Mål«");
  EXPECT_EQ(span(text, only(text).range), "5:4-5:8");
  EXPECT_EQ(only(text).help, "planlint forstår stavemåden, men æ, ø og å er lettere at læse.");
  EXPECT_EQ(build_plan(text, Lang::da).plan.goals.size(), 1u);
}

TEST(Structure, PL020ReportedOncePerFile) {
  const std::string text = plan("## Maal 1: x\nStart: 01-02-2026\n### Delmaal 1.1: y\n### Evaluering 28-04-2026\nBeslutning: fortsaet\n## Maal 2: z\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL020", 5, 4}})) << dump(text);
  EXPECT_CONTAINS(only(text).help, "Filen har 4 nøgleord skrevet sådan.");
  EXPECT_CONTAINS(only(text, Lang::en).help, "The file has 4 keywords spelled this way.");
}

TEST(Structure, PL020ForAnEnumerationValue) {
  const std::string text = plan("## Mål 1: x\n### Evaluering 28-04-2026\nBeslutning: fortsaet\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL020", 7, 13}})) << dump(text);
  EXPECT_EQ(only(text).message, "»fortsaet« er skrevet uden danske bogstaver; skriv »fortsæt«.");
}

TEST(Structure, AccentlessJusterIsNotAnAsciiSpelling) {
  const std::string text = plan("## Mål 1: x\n### Evaluering 28-04-2026\nBeslutning: juster\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
}

// ---- PL021 duplicate handleplan id ------------------------------------------------------------

TEST(Structure, PL021DuplicateHandleplanId) {
  const std::string text = plan("## Handleplan\n- H1: a\n- H1: b\n");
  expect_diagnostic(text, "PL021", 7, 3, Severity::error, "H1", "Handleplan goal H1 already exists");
  EXPECT_CONTAINS(only(text).help, "fx H2");
  ASSERT_EQ(only(text).related.size(), 1u);
  EXPECT_EQ(span(text, only(text).related[0].range), "6:3-6:5");
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.handleplan->goals.size(), 1u);
  EXPECT_EQ(r.plan.handleplan->goals[0].text, "a");
}

TEST(Structure, PL021IdsDifferingOnlyInCaseAreDuplicates) {
  // docs/plan-language.md: "`h1` og `H1` er det samme" and "Hvert id må kun bruges én gang".
  const std::string text = plan("## Handleplan\n- H1: a\n- h1: b\n");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL021", 7, 3}})) << dump(text);
}

TEST(Structure, LowerCaseHandleplanIdIsFoundByItsReference) {
  // References are canonical ("h2" is read as "H2"), so the declared id must be found under "H2".
  const std::string text = plan("## Handleplan\n- h2: a\n## Mål 1: x\nHandleplan: h2\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  const auto r = build_plan(text, Lang::da);
  const auto* refs = r.plan.goals.at(0).section.value<std::vector<model::Reference>>(model::FieldId::handleplan_ref);
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->size(), 1u);
  EXPECT_EQ((*refs)[0].id, "H2");
  ASSERT_TRUE(r.plan.handleplan.has_value());
  EXPECT_NE(r.plan.handleplan->goal((*refs)[0].id), nullptr);
}

TEST(Structure, ItemIdsOutsideTheHandleplanAreNotHandleplanGoals) {
  const std::string text = plan("## Faglige tilgange og metoder\n- H1: a\n- H1: b\n");
  EXPECT_EQ(found(text), std::vector<Found>{}) << dump(text);
  EXPECT_FALSE(build_plan(text, Lang::da).plan.handleplan.has_value());
}

// ---- diagnostics are sorted and every range is inside the file --------------------------------

TEST(Structure, DiagnosticsAreSortedByPosition) {
  const std::string text = plan("## Mål 1: a\nSlut:\nStart: 31-02-2026\nXyz: 1\n## Mål 1: b\n## Ønskr\n");
  EXPECT_EQ(found(text),
            (std::vector<Found>{{"PL016", 6, 1}, {"PL006", 7, 8}, {"PL004", 8, 1}, {"PL010", 9, 8}, {"PL003", 10, 1}}))
      << dump(text);
}

// ---- error recovery: one mistake, one diagnostic, the rest modelled ---------------------------

struct Mistake {
  const char* name;
  const char* from;  // a unique line of the reference plan
  const char* to;
  const char* code;
  std::uint32_t line;
  std::uint32_t column;
};

class OneMistake : public ::testing::TestWithParam<Mistake> {};

TEST_P(OneMistake, GivesOneDiagnosticAndTheRestOfThePlan) {
  const Mistake& m = GetParam();
  const std::string text = replace_once(reference_plan(), m.from, m.to);
  EXPECT_EQ(found(text), (std::vector<Found>{{m.code, m.line, m.column}})) << dump(text);
  const auto r = build_plan(text, Lang::da);
  EXPECT_FALSE(r.used_full_ll);
  // Everything after the mistake is still there.
  ASSERT_EQ(r.plan.goals.size(), 3u);
  EXPECT_EQ(r.plan.goals[2].number, (model::GoalNumber{3, 0}));
  EXPECT_EQ(r.plan.goals[2].evaluations.size(), 2u);
  EXPECT_EQ(r.plan.goals[0].evaluations.size(), 2u);
  ASSERT_EQ(r.plan.statuses.size(), 1u);
  EXPECT_EQ(r.plan.statuses[0].section.fields.size(), 10u);
  ASSERT_TRUE(r.plan.handleplan.has_value());
  EXPECT_NE(r.plan.handleplan->goal("H3"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(
    ReferencePlan, OneMistake,
    ::testing::Values(
        Mistake{"invalid_date", "Slut: 31-12-2026\nEvaluering: hver 3. måned\n\n### Delmål", "Slut: 31-02-2026\nEvaluering: hver 3. måned\n\n### Delmål", "PL006", 44, 7},
        Mistake{"unknown_field", "Samarbejde: Tandplejen", "Samarbjede: Tandplejen", "PL004", 42, 1},
        Mistake{"misplaced_field", "Metode: Neuropædagogik\n", "Kvalitativ: Neuropædagogik\n", "PL005", 87, 1},
        Mistake{"invalid_interval", "Evaluering: hver måned\n", "Evaluering: når det passer\n", "PL007", 54, 13},
        Mistake{"invalid_enum", "Beslutning: justér\n", "Beslutning: måske\n", "PL008", 79, 13},
        Mistake{"invalid_reference", "Handleplan: H1, H3\n", "Handleplan: H1, H3 og mål\n", "PL009", 103, 23},
        Mistake{"misnumbered_subgoal", "### Delmål 1.1:", "### Delmål 2.1:", "PL011", 47, 12},
        Mistake{"missing_date", "## Status 06-07-2026\n", "## Status\n", "PL014", 123, 1},
        Mistake{"duplicate_handleplan_id", "- H2: Malte bliver", "- H1: Malte bliver", "PL021", 18, 3},
        Mistake{"unknown_section", "## Ønsker\n", "## Ønskerne\n", "PL003", 31, 1},
        Mistake{"stray_continuation", "Målgruppe: Børn med", "\n  Målgruppe: Børn med", "PL017", 23, 3},
        Mistake{"empty_field", "Kategori: Døgnophold efter Barnets lov § 43 (ydelsesbeskrivelsen, niveau 2).\n", "Kategori:\n", "PL016", 23, 1},
        Mistake{"invalid_utf8", "Malte vil gerne køre", "Malte vil gerne k\xF8" "re", "PL001", 32, 18}),
    [](const ::testing::TestParamInfo<Mistake>& param) { return std::string(param.param.name); });

TEST(ErrorRecovery, BrokenGoalHeadingKeepsTheFollowingGoals) {
  const std::string text = replace_once(reference_plan(), "## Mål 2: Malte spiller", "## Mål to: Malte spiller");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL013", 81, 8}})) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_EQ(r.plan.goals.size(), 3u);
  EXPECT_EQ(r.plan.goals[1].statement, "Malte spiller et brætspil færdigt med et andet barn");
  EXPECT_EQ(r.plan.goals[1].evaluations.size(), 2u);
  EXPECT_EQ(r.plan.goals[2].number, (model::GoalNumber{3, 0}));
}

TEST(ErrorRecovery, MissingDocumentHeadingKeepsTheHeader) {
  const std::string text = replace_once(reference_plan(), "# Individuel plan\n", "");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL002", 1, 1}})) << dump(text);
  const auto r = build_plan(text, Lang::da);
  ASSERT_NE(r.plan.area(), nullptr);
  EXPECT_EQ(r.plan.area()->value, "børn");
  EXPECT_EQ(*r.plan.next_revision(), (model::Date{2027, 1, 15}));
  EXPECT_EQ(r.plan.goals.size(), 3u);
}

TEST(ErrorRecovery, SeveralMistakesEachReportedOnce) {
  std::string text = reference_plan();
  text = replace_once(text, "Indskrevet: 05-01-2026", "Indskrevet: 05-13-2026");
  text = replace_once(text, "Samarbejde: Tandplejen", "Samarbjede: Tandplejen");
  text = replace_once(text, "## Mål 3:", "## Mål 2:");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL006", 6, 13}, {"PL004", 42, 1}, {"PL010", 102, 8}})) << dump(text);
  EXPECT_EQ(build_plan(text, Lang::da).plan.goals.size(), 3u);
}

}  // namespace
}  // namespace planlint::testing
