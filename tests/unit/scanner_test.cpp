// The line scanner: token types and exact byte ranges for every kind of line.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "PlanParser.h"
#include "syntax/parse.h"
#include "syntax/scanner.h"

namespace planlint::syntax {
namespace {

using P = grammar::PlanParser;

struct Tok {
  std::size_t type;
  std::uint32_t begin;
  std::uint32_t end;
  friend bool operator==(const Tok&, const Tok&) = default;
};

const char* type_name(std::size_t type) {
  switch (type) {
    case P::HEADING_MARK: return "HEADING_MARK";
    case P::HEADING_TEXT: return "HEADING_TEXT";
    case P::KEY: return "KEY";
    case P::VALUE: return "VALUE";
    case P::ITEM_MARK: return "ITEM_MARK";
    case P::ITEM_ID: return "ITEM_ID";
    case P::ITEM_TEXT: return "ITEM_TEXT";
    case P::TEXT: return "TEXT";
    case P::CONT: return "CONT";
    case P::COMMENT: return "COMMENT";
    case P::SUPPRESSION: return "SUPPRESSION";
    case P::NL: return "NL";
    default: return "?";
  }
}

void PrintTo(const Tok& t, std::ostream* os) { *os << type_name(t.type) << "[" << t.begin << "," << t.end << ")"; }

std::vector<Tok> scan(std::string_view text) {
  std::vector<Tok> out;
  for (const RawToken& t : scan_all(text)) out.push_back({t.type, t.begin, t.end});
  return out;
}

Tok T(std::size_t type, std::uint32_t b, std::uint32_t e) { return {type, b, e}; }

// ---- headings ---------------------------------------------------------------------------------

TEST(Scanner, HeadingLevelOne) {
  EXPECT_EQ(scan("# Individuel plan\n"),
            (std::vector<Tok>{T(P::HEADING_MARK, 0, 1), T(P::HEADING_TEXT, 2, 17), T(P::NL, 17, 18)}));
}

TEST(Scanner, HeadingLevelsTwoToSix) {
  for (std::uint32_t level = 2; level <= 6; ++level) {
    const std::string line = std::string(level, '#') + " Mål 1: x\n";  // "Mål 1: x" is 9 bytes
    EXPECT_EQ(scan(line), (std::vector<Tok>{T(P::HEADING_MARK, 0, level), T(P::HEADING_TEXT, level + 1, level + 10),
                                            T(P::NL, level + 10, level + 11)}))
        << "level " << level;
  }
}

TEST(Scanner, HeadingTextIsTrimmed) {
  EXPECT_EQ(scan("##   Ønsker  \t\n"),
            (std::vector<Tok>{T(P::HEADING_MARK, 0, 2), T(P::HEADING_TEXT, 5, 12), T(P::NL, 15, 16)}));
}

TEST(Scanner, HeadingWithoutText) {
  EXPECT_EQ(scan("#\n"), (std::vector<Tok>{T(P::HEADING_MARK, 0, 1), T(P::NL, 1, 2)}));
  EXPECT_EQ(scan("##   \n"), (std::vector<Tok>{T(P::HEADING_MARK, 0, 2), T(P::NL, 5, 6)}));
}

TEST(Scanner, SevenHashesIsText) {
  EXPECT_EQ(scan("####### x\n"), (std::vector<Tok>{T(P::TEXT, 0, 9), T(P::NL, 9, 10)}));
}

TEST(Scanner, HashWithoutSpaceIsText) {
  EXPECT_EQ(scan("#tag\n"), (std::vector<Tok>{T(P::TEXT, 0, 4), T(P::NL, 4, 5)}));
  EXPECT_EQ(scan("##Mål\n"), (std::vector<Tok>{T(P::TEXT, 0, 6), T(P::NL, 6, 7)}));
}

TEST(Scanner, HeadingWithTab) {
  EXPECT_EQ(scan("##\tØnsker\n"),
            (std::vector<Tok>{T(P::HEADING_MARK, 0, 2), T(P::HEADING_TEXT, 3, 10), T(P::NL, 10, 11)}));
}

// ---- fields -----------------------------------------------------------------------------------

TEST(Scanner, FieldWithValue) {
  EXPECT_EQ(scan("Borger: Asta\n"), (std::vector<Tok>{T(P::KEY, 0, 6), T(P::VALUE, 8, 12), T(P::NL, 12, 13)}));
}

TEST(Scanner, FieldValueTrimmed) {
  EXPECT_EQ(scan("Borger:    Asta  \n"), (std::vector<Tok>{T(P::KEY, 0, 6), T(P::VALUE, 11, 15), T(P::NL, 17, 18)}));
}

TEST(Scanner, FieldWithoutValue) {
  EXPECT_EQ(scan("Borger:\n"), (std::vector<Tok>{T(P::KEY, 0, 6), T(P::NL, 7, 8)}));
  EXPECT_EQ(scan("Borger:   \n"), (std::vector<Tok>{T(P::KEY, 0, 6), T(P::NL, 10, 11)}));
}

TEST(Scanner, KeyWithSpacesAndDanishLetters) {
  // "Næste revision" is 15 bytes (æ is two).
  EXPECT_EQ(scan("Næste revision: 01-02-2027\n"),
            (std::vector<Tok>{T(P::KEY, 0, 15), T(P::VALUE, 17, 27), T(P::NL, 27, 28)}));
  EXPECT_EQ(scan("Ressourcer og udfordringer: x\n"),
            (std::vector<Tok>{T(P::KEY, 0, 26), T(P::VALUE, 28, 29), T(P::NL, 29, 30)}));
  EXPECT_EQ(scan("Støttebehov: x"), (std::vector<Tok>{T(P::KEY, 0, 12), T(P::VALUE, 14, 15), T(P::NL, 15, 15)}));
}

TEST(Scanner, SpaceBeforeColonIsNotPartOfTheKey) {
  EXPECT_EQ(scan("Borger : Asta\n"), (std::vector<Tok>{T(P::KEY, 0, 6), T(P::VALUE, 9, 13), T(P::NL, 13, 14)}));
}

TEST(Scanner, KeyWithHyphenAndSlash) {
  EXPECT_EQ(scan("Mor/far-aftale: ja\n"), (std::vector<Tok>{T(P::KEY, 0, 14), T(P::VALUE, 16, 18), T(P::NL, 18, 19)}));
}

TEST(Scanner, SixWordKeyButNotSeven) {
  EXPECT_EQ(scan("a b c d e f: x\n"), (std::vector<Tok>{T(P::KEY, 0, 11), T(P::VALUE, 13, 14), T(P::NL, 14, 15)}));
  EXPECT_EQ(scan("a b c d e f g: x\n"), (std::vector<Tok>{T(P::TEXT, 0, 16), T(P::NL, 16, 17)}));
}

TEST(Scanner, UrlIsText) {
  EXPECT_EQ(scan("https://x\n"), (std::vector<Tok>{T(P::TEXT, 0, 9), T(P::NL, 9, 10)}));
}

TEST(Scanner, ClockTimeIsText) {
  EXPECT_EQ(scan("Kl. 8: x\n"), (std::vector<Tok>{T(P::TEXT, 0, 8), T(P::NL, 8, 9)}));
  EXPECT_EQ(scan("kl:10\n"), (std::vector<Tok>{T(P::TEXT, 0, 5), T(P::NL, 5, 6)}));
}

TEST(Scanner, DigitInKeyIsText) {
  EXPECT_EQ(scan("Mål 1: x\n"), (std::vector<Tok>{T(P::TEXT, 0, 9), T(P::NL, 9, 10)}));
}

TEST(Scanner, OverlongKeyIsText) {
  const std::string key(70, 'a');
  const std::string line = key + ": x\n";
  EXPECT_EQ(scan(line), (std::vector<Tok>{T(P::TEXT, 0, 73), T(P::NL, 73, 74)}));
}

// ---- list items -------------------------------------------------------------------------------

TEST(Scanner, ItemWithId) {
  EXPECT_EQ(scan("- H1: text\n"), (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::ITEM_ID, 2, 4), T(P::ITEM_TEXT, 6, 10),
                                                    T(P::NL, 10, 11)}));
}

TEST(Scanner, ItemWithDottedIdAndStar) {
  EXPECT_EQ(scan("* A2.3: x\n"), (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::ITEM_ID, 2, 6), T(P::ITEM_TEXT, 8, 9),
                                                   T(P::NL, 9, 10)}));
}

TEST(Scanner, ItemIdWithoutText) {
  EXPECT_EQ(scan("- H1:\n"), (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::ITEM_ID, 2, 4), T(P::NL, 5, 6)}));
}

TEST(Scanner, ItemWithoutId) {
  EXPECT_EQ(scan("- just text\n"), (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::ITEM_TEXT, 2, 11), T(P::NL, 11, 12)}));
  EXPECT_EQ(scan("- H1 text\n"), (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::ITEM_TEXT, 2, 9), T(P::NL, 9, 10)}));
  EXPECT_EQ(scan("- H1:x\n"), (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::ITEM_TEXT, 2, 6), T(P::NL, 6, 7)}));
}

TEST(Scanner, ItemWithKeyLikeTextHasNoId) {
  // "pædagogik" is 10 bytes, so the item text is 2..28.
  EXPECT_EQ(scan("- Struktureret pædagogik: x\n"),
            (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::ITEM_TEXT, 2, 28), T(P::NL, 28, 29)}));
  EXPECT_EQ(scan("- Low: x\n"), (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::ITEM_TEXT, 2, 8), T(P::NL, 8, 9)}));
}

TEST(Scanner, BareMarker) {
  EXPECT_EQ(scan("-\n"), (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::NL, 1, 2)}));
  EXPECT_EQ(scan("-   \n"), (std::vector<Tok>{T(P::ITEM_MARK, 0, 1), T(P::NL, 4, 5)}));
}

TEST(Scanner, DashWithoutSpaceIsText) {
  EXPECT_EQ(scan("-x\n"), (std::vector<Tok>{T(P::TEXT, 0, 2), T(P::NL, 2, 3)}));
  EXPECT_EQ(scan("--- \n"), (std::vector<Tok>{T(P::TEXT, 0, 3), T(P::NL, 4, 5)}));
}

// ---- continuations, comments, blank lines ------------------------------------------------------

TEST(Scanner, ContinuationWithSpacesAndTab) {
  EXPECT_EQ(scan("A: b\n  fortsat \n\tmere\n"),
            (std::vector<Tok>{T(P::KEY, 0, 1), T(P::VALUE, 3, 4), T(P::NL, 4, 5), T(P::CONT, 7, 14), T(P::NL, 15, 16),
                              T(P::CONT, 17, 21), T(P::NL, 21, 22)}));
}

TEST(Scanner, IndentedHeadingOrFieldIsAContinuation) {
  EXPECT_EQ(scan("  # x\n"), (std::vector<Tok>{T(P::CONT, 2, 5), T(P::NL, 5, 6)}));
  EXPECT_EQ(scan(" Borger: x\n"), (std::vector<Tok>{T(P::CONT, 1, 10), T(P::NL, 10, 11)}));
}

TEST(Scanner, Comment) {
  EXPECT_EQ(scan("// en kommentar\n"), (std::vector<Tok>{T(P::COMMENT, 0, 15), T(P::NL, 15, 16)}));
  EXPECT_EQ(scan("//\n"), (std::vector<Tok>{T(P::COMMENT, 0, 2), T(P::NL, 2, 3)}));
  EXPECT_EQ(scan("// planlintx\n"), (std::vector<Tok>{T(P::COMMENT, 0, 12), T(P::NL, 12, 13)}));
  EXPECT_EQ(scan("/ not a comment\n"), (std::vector<Tok>{T(P::TEXT, 0, 15), T(P::NL, 15, 16)}));
}

TEST(Scanner, Suppression) {
  EXPECT_EQ(scan("// planlint: ignorer PL004 -- x\n"), (std::vector<Tok>{T(P::SUPPRESSION, 0, 31), T(P::NL, 31, 32)}));
  EXPECT_EQ(scan("//planlint-ignorer PL004\n"), (std::vector<Tok>{T(P::SUPPRESSION, 0, 24), T(P::NL, 24, 25)}));
  EXPECT_EQ(scan("// PLANLINT ignorer PL004  \n"), (std::vector<Tok>{T(P::SUPPRESSION, 0, 25), T(P::NL, 27, 28)}));
  EXPECT_EQ(scan("// planlint"), (std::vector<Tok>{T(P::SUPPRESSION, 0, 11), T(P::NL, 11, 11)}));
}

TEST(Scanner, BlankLines) {
  EXPECT_EQ(scan("\n\n"), (std::vector<Tok>{T(P::NL, 0, 1), T(P::NL, 1, 2)}));
  // A line of only spaces is blank, not a continuation; its NL starts after the spaces.
  EXPECT_EQ(scan("   \n"), (std::vector<Tok>{T(P::NL, 3, 4)}));
  EXPECT_EQ(scan("\t\n"), (std::vector<Tok>{T(P::NL, 1, 2)}));
}

// ---- line endings, BOM, end of input -----------------------------------------------------------

TEST(Scanner, CrLf) {
  EXPECT_EQ(scan("A: b\r\n# x\r\n\r\n"),
            (std::vector<Tok>{T(P::KEY, 0, 1), T(P::VALUE, 3, 4), T(P::NL, 4, 6), T(P::HEADING_MARK, 6, 7),
                              T(P::HEADING_TEXT, 8, 9), T(P::NL, 9, 11), T(P::NL, 11, 13)}));
}

TEST(Scanner, ByteOrderMarkIsSkipped) {
  EXPECT_EQ(scan("\xEF\xBB\xBF# x\n"),
            (std::vector<Tok>{T(P::HEADING_MARK, 3, 4), T(P::HEADING_TEXT, 5, 6), T(P::NL, 6, 7)}));
  EXPECT_EQ(scan("\xEF\xBB\xBF"), (std::vector<Tok>{}));
}

TEST(Scanner, LastLineWithoutNewlineGetsZeroWidthNl) {
  EXPECT_EQ(scan("A: b"), (std::vector<Tok>{T(P::KEY, 0, 1), T(P::VALUE, 3, 4), T(P::NL, 4, 4)}));
  EXPECT_EQ(scan("x\ny"), (std::vector<Tok>{T(P::TEXT, 0, 1), T(P::NL, 1, 2), T(P::TEXT, 2, 3), T(P::NL, 3, 3)}));
  EXPECT_EQ(scan("x\r"), (std::vector<Tok>{T(P::TEXT, 0, 1), T(P::NL, 1, 2)}));
}

TEST(Scanner, EmptyInputHasNoTokens) { EXPECT_TRUE(scan("").empty()); }

TEST(Scanner, EveryLineEndsWithExactlyOneNl) {
  const std::string_view text =
      "# Individuel plan\nBorger: A\n- H1: x\n  cont\n// c\n// planlint: ignorer PL004\n\ntext\n####### seven";
  const auto toks = scan(text);
  int nls = 0;
  std::uint32_t last_end = 0;
  for (const Tok& t : toks) {
    EXPECT_LE(t.begin, t.end);
    EXPECT_LE(t.end, text.size());
    EXPECT_GE(t.begin, last_end) << "tokens overlap or go backwards";
    last_end = t.end;
    nls += t.type == P::NL ? 1 : 0;
  }
  EXPECT_EQ(nls, 9);
  EXPECT_EQ(toks.back().type, static_cast<std::size_t>(P::NL));
  EXPECT_EQ(toks.back().end, text.size());
}

// ---- the token stream through the parser -------------------------------------------------------

// Every line kind, in every position, must parse in SLL mode without a syntax error.
TEST(Parser, EveryLineKindParsesWithoutErrors) {
  const std::vector<std::string> lines = {"# Individuel plan", "## Mål 1: x", "#",          "Borger: A", "Borger:",
                                          "- H1: x",           "- x",          "-",          "text",      "// c",
                                          "// planlint: ignorer PL004",        "",           "  cont",    "\tcont"};
  for (const std::string& a : lines) {
    for (const std::string& b : lines) {
      const std::string text = "# Individuel plan\n" + a + "\n" + b + "\n";
      const ParseResult r(text);
      EXPECT_TRUE(r.errors().empty()) << "»" << a << "« then »" << b << "«";
      EXPECT_FALSE(r.used_full_ll()) << "»" << a << "« then »" << b << "«";
      ASSERT_NE(r.root(), nullptr);
    }
  }
}

TEST(Parser, ContinuationOnTheFirstLineParsesWithoutErrors) {
  for (std::string_view text : {"  indented\n", "\tindented", "\xEF\xBB\xBF  indented\n# Individuel plan\n"}) {
    const ParseResult r(text);
    EXPECT_TRUE(r.errors().empty()) << "»" << text << "«: " << (r.errors().empty() ? "" : r.errors().front().message);
    EXPECT_FALSE(r.used_full_ll()) << "»" << text << "«";
  }
}

}  // namespace
}  // namespace planlint::syntax
