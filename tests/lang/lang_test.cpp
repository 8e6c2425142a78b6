// The language-analysis module (linter/lang/): words, word lists, clauses, source mapping.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "config/settings.h"
#include "lang/analysis.h"
#include "lang/lexicon.h"
#include "lang/source_map.h"
#include "lang/words.h"

namespace planlint::lang {
namespace {

std::vector<std::string> lowers(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.lower);
  return out;
}

TEST(LangWords, IcuSegmentsDanishWordsNumbersAndPunctuation) {
  const auto t = tokenize("Asta går 5 af 7 morgener, ikke-sprogligt; DPU'en f.eks.", Lexicon::builtin().lemmas());
  EXPECT_EQ(lowers(t), (std::vector<std::string>{"asta", "går", "5", "af", "7", "morgener", ",", "ikke", "-", "sprogligt", ";", "dpu'en",
                                                 "f.eks", "."}));
  EXPECT_EQ(t[2].kind, TokenKind::number);
  EXPECT_EQ(t[6].kind, TokenKind::punct);
  EXPECT_TRUE(t[0].upper_initial);
  EXPECT_FALSE(t[8].space_before);  // "ikke-"
  // Byte offsets point into the text: "går" is 4 bytes.
  EXPECT_EQ(t[1].begin, 5u);
  EXPECT_EQ(t[1].end, 9u);
}

TEST(LangWords, FoldedSpellingOfEachToken) {
  const auto t = tokenize("Undgå MÅL hjælp", Lexicon::builtin().lemmas());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].fold, "undgaa");
  EXPECT_EQ(t[1].fold, "maal");
  EXPECT_EQ(t[2].fold, "hjaelp");
}

TEST(LangWords, SnowballStemmerAndTheLemmaTable) {
  EXPECT_EQ(stem("konflikterne"), stem("konflikt"));
  EXPECT_EQ(stem("stopper"), "stop");
  const LemmaTable& lemmas = Lexicon::builtin().lemmas();
  // Irregular forms meet their lemma; the stemmer alone keeps them apart.
  EXPECT_NE(stem("undgår"), stem("undgå"));
  EXPECT_EQ(word_key("undgår", lemmas), word_key("undgå", lemmas));
  EXPECT_EQ(word_key("undgik", lemmas), word_key("undgå", lemmas));
  EXPECT_EQ(word_key("stoppede", lemmas), word_key("stoppe", lemmas));
  EXPECT_EQ(word_key("ophørte", lemmas), word_key("ophøre", lemmas));
  EXPECT_EQ(word_key("undgaar", lemmas), word_key("undgå", lemmas));  // folded
  // Words the stemmer folds together stay apart when the table knows one of them.
  EXPECT_NE(word_key("sig", lemmas), word_key("siger", lemmas));
  EXPECT_NE(word_key("lav", lemmas), word_key("laver", lemmas));
}

TEST(LangWords, SpellingVariantsCoverKeyboardsAndOcr) {
  const auto v = spelling_variants("støtte");
  for (const char* s : {"støtte", "stoette", "stotte", "stgtte", "statte"}) {
    EXPECT_NE(std::find(v.begin(), v.end(), s), v.end()) << s;
  }
  const auto l = spelling_variants("løbende");
  EXPECT_NE(std::find(l.begin(), l.end(), "igbende"), l.end());  // as in 000_efa129dd362016dc.txt
  // Short words get only the lossless spellings, and never a frequent word.
  const auto m = spelling_variants("møde");
  EXPECT_EQ(std::find(m.begin(), m.end(), "mgde"), m.end());
  const auto f = spelling_variants("får");
  EXPECT_NE(std::find(f.begin(), f.end(), "faar"), f.end());
  EXPECT_EQ(std::find(f.begin(), f.end(), "far"), f.end());  // "far" is a father
}

TEST(LangLexicon, TheDataFilesReadWithoutErrors) {
  const Lexicon& lx = Lexicon::builtin();
  EXPECT_TRUE(lx.errors().empty()) << lx.errors().front();
  for (std::size_t i = 0; i < kListCount; ++i) {
    EXPECT_GT(lx.size(static_cast<ListId>(i)), 0u) << list_section_name(static_cast<ListId>(i));
  }
  EXPECT_FALSE(lx.lemmas().empty());
}

TEST(LangLexicon, FormatErrorsAreReported) {
  const Lexicon lx({{"x.txt", "undgå\n[ukendt]\nord\n[vag]\n* trives\n"}}, {{"vague", {"[ukendt] ord"}}});
  ASSERT_EQ(lx.errors().size(), 5u);
  EXPECT_EQ(lx.errors()[0], "x.txt:1: entry outside a [section]");
  EXPECT_EQ(lx.errors()[1], "x.txt:2: unknown section [ukendt]");
  EXPECT_EQ(lx.errors()[2], "x.txt:3: entry outside a [section]");
  EXPECT_EQ(lx.errors()[3], "x.txt:5: »* trives« must start and end with a word");
  EXPECT_EQ(lx.errors()[4], "planlint.toml [words] vague: unknown section in »[ukendt] ord«");
}

TEST(LangLexicon, CompoundsMatchByTheirHeadAndProblemsByEitherPart) {
  const Lexicon& lx = Lexicon::builtin();
  EXPECT_TRUE(lx.is_problem_word("raserianfald"));     // head "anfald"
  EXPECT_TRUE(lx.is_problem_word("fraværsdage"));      // modifier "fravær"
  EXPECT_TRUE(lx.is_problem_word("alkoholforbruget"));
  EXPECT_FALSE(lx.is_problem_word("adfærd"));
}

TEST(LangLexicon, SettingsExtendTheListsAndAreCached) {
  config::Settings none;
  EXPECT_EQ(Lexicon::for_settings(none).get(), &Lexicon::builtin());
  config::Settings s;
  s.words["avoidance"] = {"droppe"};
  const auto a = Lexicon::for_settings(s);
  EXPECT_NE(a.get(), &Lexicon::builtin());
  EXPECT_EQ(Lexicon::for_settings(s).get(), a.get());
  EXPECT_EQ(a->size(ListId::avoid), Lexicon::builtin().size(ListId::avoid) + 1);
}

TEST(LangAnalysis, ConditionsAndRelativeClausesAreSubordinate) {
  const Lexicon& lx = Lexicon::builtin();
  const Analysis a = analyse("Når hun ikke kan sove, bruger hun sin dyne, som hun ikke vil undvære", lx);
  std::vector<int> subs;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (a.tokens[i].lower == "ikke") subs.push_back(a.sub[i]);
  }
  EXPECT_EQ(subs, (std::vector<int>{1, 1}));
  const Analysis b = analyse("Målet er nået, når Peter ikke har slået nogen", lx);
  for (std::size_t i = 0; i < b.tokens.size(); ++i) {
    if (b.tokens[i].lower == "ikke") {
      EXPECT_EQ(b.sub[i], 0) << "the condition is the criterion itself";
    }
  }
}

TEST(LangAnalysis, QuotedWordsAreMarked) {
  const Analysis a = analyse("trykker på \"stop\" og »ikke nu«", Lexicon::builtin());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const bool inside = a.tokens[i].lower == "stop" || a.tokens[i].lower == "ikke" || a.tokens[i].lower == "nu";
    if (inside) {
      EXPECT_TRUE(a.quoted[i]) << a.tokens[i].lower;
    }
  }
}

TEST(LangAnalysis, Measures) {
  const Lexicon& lx = Lexicon::builtin();
  EXPECT_TRUE(has_measure(analyse("5 af 7 morgener", lx)));
  EXPECT_TRUE(has_measure(analyse("tre gange om ugen", lx)));
  EXPECT_TRUE(has_measure(analyse("hver tirsdag", lx)));
  EXPECT_TRUE(has_measure(analyse("inden udgangen af marts", lx)));
  EXPECT_TRUE(has_measure(analyse("mindst én gang", lx)));
  EXPECT_FALSE(has_measure(analyse("en god dag", lx)));
  EXPECT_FALSE(has_measure(analyse("færre cigaretter om dagen", lx)));
}

TEST(LangSourceMap, AlignsJoinedLinesAndRefusesNfdText) {
  // The model joins continuation lines with one space and drops the indentation.
  const std::string source = "## Mål 1: Noah\n    undgår konflikter\n";
  const text::SourceRange range{static_cast<std::uint32_t>(source.find("Noah")), static_cast<std::uint32_t>(source.size() - 1)};
  const std::string model = "Noah undgår konflikter";
  const auto r = map_to_source(model, source, range, 5, 12);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(source.substr(r->begin, r->end - r->begin), "undgår");
  const std::string nfd = "Noah undga\xCC\x8Ar";
  EXPECT_FALSE(map_to_source("Noah undgår", nfd, {0, static_cast<std::uint32_t>(nfd.size())}, 5, 12).has_value());
  EXPECT_EQ(locate("Noah undgår", nfd, {0, static_cast<std::uint32_t>(nfd.size())}, 5, 12),
            (text::SourceRange{0, static_cast<std::uint32_t>(nfd.size())}));
}

}  // namespace
}  // namespace planlint::lang
