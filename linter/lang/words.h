#pragma once

// Words of a Danish text: ICU word segmentation (BreakIterator, locale "da"), lower case,
// the Danish ASCII folding (å -> aa, ø -> oe, æ -> ae) and a morphological key from the
// Snowball Danish stemmer (libstemmer) after a small lemma table for irregular verbs.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace planlint::lang {

enum class TokenKind : std::uint8_t { word, number, punct };

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the analysed text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
  bool space_before = false;  // whitespace between the previous token and this one
  bool upper_initial = false;  // written with a capital first letter
  std::string lower;  // lower case (NFC)
  std::string fold;   // lower case with å/ø/æ folded to aa/oe/ae: the spelling-tolerant form
  std::string key;    // Snowball stem of the lemma: the inflection-tolerant form
};

// Irregular forms -> lemma ("undgår" -> "undgå", "gik" -> "gå"), from rules/data/lemmas.txt.
// Keys are lower-case forms in every spelling variant (see spelling_variants).
// Hash and equality that accept std::string_view lookups without building a std::string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

using LemmaTable = StringMap<std::string>;

// The Snowball Danish stem of a lower-case word (one stemmer per thread).
std::string stem(std::string_view lower_word);

// The morphological key of a lower-case word: "=" + lemma when the lemma table knows the
// form (the table lists every form of its words), else the word's Snowball stem.
std::string word_key(std::string_view lower_word, const LemmaTable& lemmas);

// Spellings under which a lower-case Danish word may appear: itself, folded (undgå ->
// undgaa), with the Danish letters lost as on keyboards and in OCR (undga, hjelp, stotte)
// and, for words of five letters or more, the OCR misreadings seen in scanned guidelines
// (ø read as g/e/a/s, æ as ee/ze, a leading l as i: løbende -> igbende). Never empty.
// With `ocr` false only the lossless spellings (å/aa/a, ø/oe/o, æ/ae/e) are given.
std::vector<std::string> spelling_variants(std::string_view lower_word, bool ocr = true);

// True for short, frequent words ("med", "mod", "lige") that a variant spelling or its stem
// must never turn into.
bool is_common_word(std::string_view lower_word);

// Lower case of UTF-8 text (ICU, full case mapping of each code point).
std::string to_lower(std::string_view text);

// Splits NFC text into word, number and punctuation tokens (whitespace dropped) with
// ICU's word break rules for Danish. Keys use `lemmas`.
std::vector<Token> tokenize(std::string_view text, const LemmaTable& lemmas);

}  // namespace planlint::lang
