// The text layer: UTF-8 decoding, validation, NFC, keyword folding, edit distance and the
// byte offset <-> line/column map.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"
#include "text/line_index.h"
#include "text/unicode.h"

namespace planlint::text {
namespace {

using namespace std::string_view_literals;

// ---- decode_utf8 ------------------------------------------------------------------------------

void expect_decoded(std::string_view text, std::size_t offset, char32_t cp, unsigned length, bool valid) {
  const Decoded d = decode_utf8(text, offset);
  EXPECT_EQ(static_cast<std::uint32_t>(d.code_point), static_cast<std::uint32_t>(cp)) << "offset " << offset;
  EXPECT_EQ(d.length, length) << "offset " << offset;
  EXPECT_EQ(d.valid, valid) << "offset " << offset;
}

TEST(DecodeUtf8, Ascii) {
  expect_decoded("A", 0, U'A', 1, true);
  expect_decoded("xyz", 2, U'z', 1, true);
  expect_decoded("\0"sv, 0, 0, 1, true);
  expect_decoded("\x7F", 0, 0x7F, 1, true);
}

TEST(DecodeUtf8, TwoByte) {
  expect_decoded("\xC3\xA6", 0, 0xE6, 2, true);  // æ
  expect_decoded("x\xC3\xB8", 1, 0xF8, 2, true);  // ø at offset 1
  expect_decoded("\xC2\x80", 0, 0x80, 2, true);   // smallest 2-byte code point
  expect_decoded("\xDF\xBF", 0, 0x7FF, 2, true);  // largest 2-byte code point
}

TEST(DecodeUtf8, ThreeByte) {
  expect_decoded("\xE2\x82\xAC", 0, 0x20AC, 3, true);  // €
  expect_decoded("\xE0\xA0\x80", 0, 0x800, 3, true);   // smallest 3-byte code point
  expect_decoded("\xEF\xBF\xBD", 0, 0xFFFD, 3, true);  // a real U+FFFD is valid
  expect_decoded("\xE2\x80\x93", 0, 0x2013, 3, true);  // en dash
}

TEST(DecodeUtf8, FourByte) {
  expect_decoded("\xF0\x9F\x98\x80", 0, 0x1F600, 4, true);  // 😀
  expect_decoded("\xF4\x8F\xBF\xBF", 0, 0x10FFFF, 4, true);  // last code point
}

TEST(DecodeUtf8, OverlongIsInvalidAndConsumesOneByte) {
  expect_decoded("\xC0\x80", 0, 0xFFFD, 1, false);          // overlong NUL
  expect_decoded("\xC1\xBF", 0, 0xFFFD, 1, false);          // overlong 0x7F
  expect_decoded("\xE0\x80\x80", 0, 0xFFFD, 1, false);      // overlong 3-byte
  expect_decoded("\xE0\x9F\xBF", 0, 0xFFFD, 1, false);      // overlong 0x7FF
  expect_decoded("\xF0\x80\x80\x80", 0, 0xFFFD, 1, false);  // overlong 4-byte
  expect_decoded("\xF0\x8F\xBF\xBF", 0, 0xFFFD, 1, false);  // overlong 0xFFFF
}

TEST(DecodeUtf8, SurrogatesAndOutOfRangeAreInvalid) {
  expect_decoded("\xED\xA0\x80", 0, 0xFFFD, 1, false);      // U+D800
  expect_decoded("\xED\xBF\xBF", 0, 0xFFFD, 1, false);      // U+DFFF
  expect_decoded("\xED\x9F\xBF", 0, 0xD7FF, 3, true);       // just below the surrogates
  expect_decoded("\xF4\x90\x80\x80", 0, 0xFFFD, 1, false);  // U+110000
  expect_decoded("\xF5\x80\x80\x80", 0, 0xFFFD, 1, false);  // lead byte beyond F4
  expect_decoded("\xFF", 0, 0xFFFD, 1, false);
  expect_decoded("\xFE", 0, 0xFFFD, 1, false);
}

TEST(DecodeUtf8, StrayContinuationAndTruncated) {
  expect_decoded("\x80", 0, 0xFFFD, 1, false);
  expect_decoded("\xBF", 0, 0xFFFD, 1, false);
  expect_decoded("\xC3", 0, 0xFFFD, 1, false);              // 2-byte lead at the end
  expect_decoded("\xE2\x82", 0, 0xFFFD, 1, false);          // 3-byte cut after 2
  expect_decoded("\xF0\x9F\x98", 0, 0xFFFD, 1, false);      // 4-byte cut after 3
  expect_decoded("\xC3x", 0, 0xFFFD, 1, false);             // lead followed by ASCII
  expect_decoded("\xE2\x82x", 0, 0xFFFD, 1, false);         // bad third byte
  expect_decoded("ab\xF0\x9F\x98", 2, 0xFFFD, 1, false);    // truncated at an offset
}

// ---- append_utf8 ------------------------------------------------------------------------------

TEST(AppendUtf8, RoundTripsWithDecode) {
  for (char32_t cp : {U'A', char32_t{0xE5}, char32_t{0x7FF}, char32_t{0x800}, char32_t{0x20AC}, char32_t{0xFFFD},
                      char32_t{0x10000}, char32_t{0x1F600}, char32_t{0x10FFFF}}) {
    std::string s;
    append_utf8(s, cp);
    const Decoded d = decode_utf8(s, 0);
    EXPECT_TRUE(d.valid);
    EXPECT_EQ(static_cast<std::uint32_t>(d.code_point), static_cast<std::uint32_t>(cp));
    EXPECT_EQ(d.length, s.size());
  }
  std::string s;
  append_utf8(s, 0xE5);
  EXPECT_EQ(s, "\xC3\xA5");
}

// ---- visible_controls ------------------------------------------------------------------------

TEST(VisibleControls, ControlBytesBecomeTheirPictures) {
  EXPECT_EQ(visible_controls("Asta får en cykel"), "Asta får en cykel");
  EXPECT_EQ(visible_controls(std::string("b\xC3\xB8\0rn", 6)), "bø␀rn");
  EXPECT_EQ(visible_controls("a\x01" "b\x1F" "c\x7F" "d\re"), "a␁b␟c␡d␍e");
  EXPECT_EQ(visible_controls("tab\tand\nline"), "tab\tand\nline");  // kept: messages may hold them
}

// ---- find_invalid_utf8 ------------------------------------------------------------------------

TEST(FindInvalidUtf8, ValidTextHasNone) {
  EXPECT_TRUE(find_invalid_utf8("").empty());
  EXPECT_TRUE(find_invalid_utf8("Asta får æbler og øl \xF0\x9F\x98\x80").empty());
}

TEST(FindInvalidUtf8, RunOfBadBytesIsOneRange) {
  const auto r = find_invalid_utf8("ab\xFF\xFE" "cd");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], (SourceRange{2, 4}));
}

TEST(FindInvalidUtf8, SeparateRunsAndBaseOffset) {
  const auto r = find_invalid_utf8("\xFF" "a\x80\x80" "b", 10);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], (SourceRange{10, 11}));
  EXPECT_EQ(r[1], (SourceRange{12, 14}));
}

TEST(FindInvalidUtf8, TruncatedSequenceAtTheEnd) {
  const auto r = find_invalid_utf8("a\xE2\x82");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], (SourceRange{1, 3}));
}

TEST(FindInvalidUtf8, RunStopsAtValidMultibyte) {
  const auto r = find_invalid_utf8("\xFF\xC3\xA5\xFF");  // bad, å, bad
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], (SourceRange{0, 1}));
  EXPECT_EQ(r[1], (SourceRange{3, 4}));
}

TEST(FindInvalidUtf8, LatinOneText) {
  // "Mål" saved as ISO-8859-1: å is the single byte 0xE5, a lead byte followed by 'l'.
  const auto r = find_invalid_utf8("M\xE5l");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], (SourceRange{1, 2}));
}

// ---- to_nfc -----------------------------------------------------------------------------------

TEST(ToNfc, ComposesDecomposedLetters) {
  EXPECT_EQ(to_nfc("a\xCC\x8A"), "\xC3\xA5");                 // a + ring -> å
  EXPECT_EQ(to_nfc("Ma\xCC\x8Al"), "M\xC3\xA5l");              // Mål
  EXPECT_EQ(to_nfc("A\xCC\x8A"), "\xC3\x85");                  // Å
  EXPECT_EQ(to_nfc("juste\xCC\x81r"), "just\xC3\xA9r");        // justér
}

TEST(ToNfc, AsciiAndComposedTextUnchanged) {
  EXPECT_EQ(to_nfc(""), "");
  EXPECT_EQ(to_nfc("Borger: Asta"), "Borger: Asta");
  EXPECT_EQ(to_nfc("Næste revision på år"), "Næste revision på år");
  // ø and æ have no decomposition: they stay as they are.
  EXPECT_EQ(to_nfc("\xC3\xB8\xC3\xA6"), "\xC3\xB8\xC3\xA6");
}

TEST(ToNfc, InvalidBytesBecomeReplacementCharacter) {
  EXPECT_EQ(to_nfc("ab\xFF"), "ab\xEF\xBF\xBD");
  EXPECT_EQ(to_nfc("\xFF\xFE"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // one U+FFFD per byte
  EXPECT_EQ(to_nfc("a\xCC\x8A\xC0"), "\xC3\xA5\xEF\xBF\xBD");   // NFC and repair together
}

// The fast path (valid UTF-8 below U+0300 is returned as is) must stop at its edges.
TEST(ToNfc, LatinFastPathEdges) {
  EXPECT_EQ(to_nfc("\xCB\xBF"), "\xCB\xBF");                 // U+02FF: last code point before the marks
  EXPECT_EQ(to_nfc("e\xCC\x81"), "\xC3\xA9");                // U+0301 after e: composed by ICU
  EXPECT_EQ(to_nfc("\xC3\xA5\xC3"), "\xC3\xA5\xEF\xBF\xBD");   // truncated lead byte at the end
  EXPECT_EQ(to_nfc("\xC3\xA5\xC3("), "\xC3\xA5\xEF\xBF\xBD("); // lead byte without continuation
  EXPECT_EQ(to_nfc("\xC1\xBF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
}

// ---- fold_key ---------------------------------------------------------------------------------

TEST(FoldKey, DanishLettersFoldToAsciiSpellings) {
  EXPECT_EQ(fold_key("Delmål"), "delmaal");
  EXPECT_EQ(fold_key("DELMAAL"), "delmaal");
  EXPECT_EQ(fold_key("Delma\xCC\x8Al"), "delmaal");  // NFD
  EXPECT_EQ(fold_key("DELMÅL"), "delmaal");
  EXPECT_EQ(fold_key("Ønsker"), "oensker");
  EXPECT_EQ(fold_key("Næste revision"), "naeste revision");
  EXPECT_EQ(fold_key("ÆØÅ æøå"), "aeoeaa aeoeaa");
}

TEST(FoldKey, WhitespaceCollapsedAndTrimmed) {
  EXPECT_EQ(fold_key("Næste  revision"), "naeste revision");
  EXPECT_EQ(fold_key("  Næste \t revision  "), "naeste revision");
  EXPECT_EQ(fold_key("Næste\xC2\xA0revision"), "naeste revision");  // no-break space
  EXPECT_EQ(fold_key("   "), "");
  EXPECT_EQ(fold_key(""), "");
}

TEST(FoldKey, AccentsOnEDropped) {
  EXPECT_EQ(fold_key("justér"), "juster");
  EXPECT_EQ(fold_key("JUSTÉR"), "juster");
  EXPECT_EQ(fold_key("juste\xCC\x81r"), "juster");  // NFD é
  EXPECT_EQ(fold_key("è"), "e");
}

TEST(FoldKey, OtherLettersLowerCased) {
  EXPECT_EQ(fold_key("Über"), "über");
  EXPECT_EQ(fold_key("H1"), "h1");
}

TEST(UsesAsciiDanishLetters, Detects) {
  EXPECT_TRUE(uses_ascii_danish_letters("Maal", "Mål"));
  EXPECT_TRUE(uses_ascii_danish_letters("Delmaal", "Delmål"));
  EXPECT_TRUE(uses_ascii_danish_letters("Naeste revision", "Næste revision"));
  EXPECT_TRUE(uses_ascii_danish_letters("OENSKER", "Ønsker"));
  EXPECT_FALSE(uses_ascii_danish_letters("Mål", "Mål"));
  EXPECT_FALSE(uses_ascii_danish_letters("MÅL", "Mål"));
  EXPECT_FALSE(uses_ascii_danish_letters("Ma\xCC\x8Al", "Mål"));  // NFD is the proper letter
  EXPECT_FALSE(uses_ascii_danish_letters("Mal", "Mål"));           // a different word
  EXPECT_FALSE(uses_ascii_danish_letters("Borger", "Borger"));
}

// ---- edit_distance ----------------------------------------------------------------------------

TEST(EditDistance, Basics) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
  EXPECT_EQ(edit_distance("", "abcd"), 4u);
  EXPECT_EQ(edit_distance("start", "start"), 0u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("fortsat", "fortsaet"), 1u);
}

TEST(EditDistance, TranspositionCountsOnce) {
  EXPECT_EQ(edit_distance("ab", "ba"), 1u);
  EXPECT_EQ(edit_distance("metdoe", "metode"), 1u);
  EXPECT_EQ(edit_distance("succeskriteirum", "succeskriterium"), 1u);
  // Optimal string alignment, not full Damerau-Levenshtein: no edit of a transposed pair.
  EXPECT_EQ(edit_distance("ca", "abc"), 3u);
}

TEST(EditDistance, CountsBytes) {
  EXPECT_EQ(edit_distance("å", "a"), 2u);
  EXPECT_EQ(edit_distance("mål", "maal"), 2u);
}

// ---- LineIndex --------------------------------------------------------------------------------

Position pos(std::uint32_t line, std::uint32_t column) { return {line, column}; }

void expect_pos(const LineIndex& index, std::uint32_t offset, std::uint32_t line, std::uint32_t column,
                ColumnUnit unit = ColumnUnit::code_points) {
  const Position p = index.position(offset, unit);
  EXPECT_EQ(p.line, line) << "offset " << offset;
  EXPECT_EQ(p.column, column) << "offset " << offset;
}

TEST(LineIndex, LineFeeds) {
  const std::string_view t = "ab\ncd\n";
  const LineIndex index(t);
  EXPECT_EQ(index.line_count(), 3u);
  EXPECT_EQ(index.line_text(0), "ab");
  EXPECT_EQ(index.line_text(1), "cd");
  EXPECT_EQ(index.line_text(2), "");
  EXPECT_EQ(index.line_start(1), 3u);
  EXPECT_EQ(index.line_end(1), 5u);
  EXPECT_EQ(index.line_of(0), 0u);
  EXPECT_EQ(index.line_of(2), 0u);  // the '\n' belongs to its line
  EXPECT_EQ(index.line_of(3), 1u);
  EXPECT_EQ(index.line_of(6), 2u);
  EXPECT_EQ(index.line_of(1000), 2u);
  expect_pos(index, 0, 1, 1);
  expect_pos(index, 2, 1, 3);
  expect_pos(index, 4, 2, 2);
  expect_pos(index, 6, 3, 1);
  expect_pos(index, 100, 3, 1);  // clamped to the end
}

TEST(LineIndex, CrLfIsNotPartOfTheLine) {
  const std::string_view t = "ab\r\ncd\r\nef";
  const LineIndex index(t);
  EXPECT_EQ(index.line_count(), 3u);
  EXPECT_EQ(index.line_text(0), "ab");
  EXPECT_EQ(index.line_text(1), "cd");
  EXPECT_EQ(index.line_text(2), "ef");
  EXPECT_EQ(index.line_end(0), 2u);
  EXPECT_EQ(index.line_start(1), 4u);
  expect_pos(index, 4, 2, 1);
  expect_pos(index, 5, 2, 2);
  expect_pos(index, 8, 3, 1);
  // Past the content: clamped to the content end, before the "\r".
  EXPECT_EQ(index.offset(pos(1, 50)), 2u);
  EXPECT_EQ(index.offset(pos(2, 3)), 6u);
}

TEST(LineIndex, LoneCarriageReturnIsContent) {
  const LineIndex index("a\rb\n");
  EXPECT_EQ(index.line_count(), 2u);
  EXPECT_EQ(index.line_text(0), "a\rb");
}

TEST(LineIndex, ByteOrderMarkIsBeforeColumnOne) {
  const std::string_view t = "\xEF\xBB\xBF" "ab\ncd";
  const LineIndex index(t);
  EXPECT_EQ(index.line_count(), 2u);
  EXPECT_EQ(index.line_text(0), "ab");
  EXPECT_EQ(index.line_start(0), 3u);
  expect_pos(index, 3, 1, 1);
  expect_pos(index, 4, 1, 2);
  expect_pos(index, 0, 1, 1);  // inside the BOM: column 1
  expect_pos(index, 3, 1, 1, ColumnUnit::utf16);
  expect_pos(index, 3, 1, 1, ColumnUnit::bytes);
  EXPECT_EQ(index.offset(pos(1, 1)), 3u);
  EXPECT_EQ(index.offset(pos(2, 2)), 7u);
}

TEST(LineIndex, BomAloneIsNotSpecialElsewhere) {
  // A BOM in the middle of the text is an ordinary (zero-width) character with a column.
  const std::string_view t = "a\xEF\xBB\xBF" "b";
  const LineIndex index(t);
  expect_pos(index, 4, 1, 3);
}

TEST(LineIndex, CodePointAndUtf16Columns) {
  // "æb😀c": æ is 2 bytes, 😀 is 4 bytes and two UTF-16 code units.
  const std::string_view t = "\xC3\xA6" "b" "\xF0\x9F\x98\x80" "c";
  const LineIndex index(t);
  expect_pos(index, 2, 1, 2);  // after æ
  expect_pos(index, 2, 1, 2, ColumnUnit::utf16);
  expect_pos(index, 2, 1, 3, ColumnUnit::bytes);
  expect_pos(index, 3, 1, 3);  // before 😀
  expect_pos(index, 7, 1, 4);  // after 😀: one code point
  expect_pos(index, 7, 1, 5, ColumnUnit::utf16);  // ... but two UTF-16 units
  expect_pos(index, 7, 1, 8, ColumnUnit::bytes);
  expect_pos(index, 8, 1, 5);
  expect_pos(index, 8, 1, 6, ColumnUnit::utf16);

  EXPECT_EQ(index.offset(pos(1, 4)), 7u);
  EXPECT_EQ(index.offset(pos(1, 5), ColumnUnit::utf16), 7u);
  EXPECT_EQ(index.offset(pos(1, 6), ColumnUnit::utf16), 8u);
  // A UTF-16 column inside the surrogate pair snaps back to the emoji's start.
  EXPECT_EQ(index.offset(pos(1, 4), ColumnUnit::utf16), 3u);
  EXPECT_EQ(index.offset(pos(1, 8), ColumnUnit::bytes), 7u);
}

TEST(LineIndex, InvalidBytesCountOneColumnEach) {
  const LineIndex index("\xFF\xFEx");
  expect_pos(index, 2, 1, 3);
  EXPECT_EQ(index.offset(pos(1, 2)), 1u);
}

TEST(LineIndex, OffsetIsTheInverseOfPosition) {
  const std::string t =
      "\xEF\xBB\xBF# Individuel plan\r\n"
      "Område: børn\r\n"
      "\n"
      "## Mål 1: Asta \xF0\x9F\x98\x80 tager trøjen på\n"
      "\tindrykket æ\n"
      "sidste linje uden linjeskift å";
  const LineIndex index(t);
  EXPECT_EQ(index.line_count(), 6u);
  int checked = 0;
  for (ColumnUnit unit : {ColumnUnit::code_points, ColumnUnit::utf16, ColumnUnit::bytes}) {
    for (std::uint32_t line0 = 0; line0 < index.line_count(); ++line0) {
      // Every code point boundary of the content, and its end.
      for (std::uint32_t o = index.line_start(line0); o <= index.line_end(line0);) {
        const Position p = index.position(o, unit);
        EXPECT_EQ(p.line, line0 + 1);
        EXPECT_EQ(index.offset(p, unit), o) << "line " << p.line << " column " << p.column;
        ++checked;
        if (o == index.line_end(line0)) break;
        o += decode_utf8(t, o).length;
      }
    }
  }
  EXPECT_GT(checked, 150);
}

TEST(LineIndex, LastLineWithoutNewline) {
  const std::string_view t = "ab\ncd";
  const LineIndex index(t);
  EXPECT_EQ(index.line_count(), 2u);
  EXPECT_EQ(index.line_text(1), "cd");
  EXPECT_EQ(index.line_end(1), 5u);
  expect_pos(index, 5, 2, 3);
  EXPECT_EQ(index.offset(pos(2, 3)), 5u);
  EXPECT_EQ(index.offset(pos(2, 99)), 5u);
  EXPECT_EQ(index.offset(pos(3, 1)), 5u);  // past the last line: the end of the buffer
}

TEST(LineIndex, EmptyBuffer) {
  const LineIndex index("");
  EXPECT_EQ(index.line_count(), 1u);
  EXPECT_EQ(index.line_text(0), "");
  EXPECT_EQ(index.line_start(0), 0u);
  EXPECT_EQ(index.line_end(0), 0u);
  expect_pos(index, 0, 1, 1);
  expect_pos(index, 5, 1, 1);
  EXPECT_EQ(index.offset(pos(1, 1)), 0u);
  EXPECT_EQ(index.offset(pos(4, 7)), 0u);
  EXPECT_EQ(index.offset(pos(0, 0)), 0u);
}

TEST(LineIndex, OnlyNewlines) {
  const LineIndex index("\n\n\n");
  EXPECT_EQ(index.line_count(), 4u);
  expect_pos(index, 0, 1, 1);
  expect_pos(index, 1, 2, 1);
  expect_pos(index, 3, 4, 1);
  EXPECT_EQ(index.offset(pos(3, 1)), 2u);
}

TEST(StartsWithAsciiCi, IgnoresAsciiCaseOnly) {
  EXPECT_TRUE(starts_with_ascii_ci("Content-Length: 12", "content-length:"));
  EXPECT_TRUE(starts_with_ascii_ci("FILE:///tmp/a.plan", "file:"));
  EXPECT_FALSE(starts_with_ascii_ci("fil", "file:"));
  EXPECT_FALSE(starts_with_ascii_ci("ÅBEN", "åben"));  // only A-Z fold
}

TEST(MatchCase, FollowsTheWriter) {
  EXPECT_EQ(match_case("Mål", "Maal"), "Mål");
  EXPECT_EQ(match_case("Mål", "maal"), "mål");
  EXPECT_EQ(match_case("Mål", "MAAL"), "MÅL");
  EXPECT_EQ(match_case("Ønsker", "oensker"), "ønsker");
  EXPECT_EQ(match_case("fortsæt", "Fortsaet"), "Fortsæt");
  EXPECT_EQ(match_case("Næste revision", "NAESTE REVISION"), "NÆSTE REVISION");
  EXPECT_EQ(match_case("Næste revision", "Naeste revision"), "Næste revision");
  EXPECT_EQ(match_case("åbne", "1"), "åbne");  // no letters: unchanged
}

}  // namespace
}  // namespace planlint::text
