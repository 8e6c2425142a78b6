#include "lang/words.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <memory>

#include "text/unicode.h"

namespace planlint::lang {

namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

sb_stemmer* thread_stemmer() {
  // sb_stemmer is not thread-safe: one per thread (the CLI lints files on several threads).
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("danish", "UTF_8"));
  return stemmer.get();
}

icu::BreakIterator* thread_word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createWordInstance(icu::Locale("da"), status));
    if (U_FAILURE(status)) b.reset();
    return b;
  }();
  return breaker.get();
}

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || u_isUWhiteSpace(static_cast<UChar32>(cp)); }

}  // namespace

std::string to_lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const text::Decoded d = text::decode_utf8(text, i);
    i += d.length;
    if (d.code_point < 0x80) {
      const char c = static_cast<char>(d.code_point);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
    } else {
      text::append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(d.code_point))));
    }
  }
  return out;
}

std::string stem(std::string_view lower_word) {
  sb_stemmer* s = thread_stemmer();
  if (s == nullptr || lower_word.empty()) return std::string(lower_word);
  const sb_symbol* r = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(lower_word.data()), static_cast<int>(lower_word.size()));
  if (r == nullptr) return std::string(lower_word);
  return std::string(reinterpret_cast<const char*>(r), static_cast<std::size_t>(sb_stemmer_length(s)));
}

std::string word_key(std::string_view lower_word, const LemmaTable& lemmas) {
  // Words in the lemma table are keyed by their lemma itself ("siger" -> "sige"), so that
  // they never meet words the stemmer would fold together with them ("sig").
  if (auto it = lemmas.find(lower_word); it != lemmas.end()) return "=" + it->second;
  return stem(lower_word);
}

bool is_common_word(std::string_view w) {
  static constexpr std::string_view kCommon[] = {"med", "for", "til", "har", "var", "der", "det", "den", "som", "men", "ved",
                                                 "far", "mor", "kan", "skal", "vil", "mede", "fra", "over", "under", "efter",
                                                 "eller", "ikke", "meget", "mere", "sine", "sige", "sagt", "bare", "hver",
                                                 "mod", "lige", "lig", "sig", "sin", "sit", "han", "hun", "man", "var",
                                                 "hel", "hele", "helt", "god", "ny", "nye", "for", "fore", "før"};
  for (std::string_view c : kCommon) {
    if (w == c) return true;
  }
  return false;
}

std::vector<std::string> spelling_variants(std::string_view lower_word, bool ocr) {
  // Alternatives per code point; everything else stays as written.
  std::vector<std::vector<std::string>> alternatives;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < lower_word.size();) {
    const text::Decoded d = text::decode_utf8(lower_word, i);
    i += d.length;
    ++letters;
    (void)d;
  }
  const bool lossy = ocr && letters >= 5;
  bool any = false;
  for (std::size_t i = 0; i < lower_word.size();) {
    const text::Decoded d = text::decode_utf8(lower_word, i);
    const std::string written(lower_word.substr(i, d.length));
    i += d.length;
    switch (d.code_point) {
      case 0xE5:  // å
        alternatives.push_back({written, "aa", "a"});
        if (lossy) alternatives.back().push_back("\xC3\xA9");  // é ("om éret" in the scan)
        any = true;
        break;
      case 0xF8:  // ø
        alternatives.push_back({written, "oe", "o"});
        if (lossy) alternatives.back().insert(alternatives.back().end(), {"g", "e", "a", "s"});
        any = true;
        break;
      case 0xE6:  // æ
        alternatives.push_back({written, "ae", "e"});
        if (lossy) alternatives.back().insert(alternatives.back().end(), {"ee", "ze", "a"});
        any = true;
        break;
      default:
        alternatives.push_back({written});
    }
  }
  std::vector<std::string> out{std::string(lower_word)};
  if (any) {
    std::size_t product = 1;
    for (const auto& a : alternatives) product *= a.size();
    if (product > 400) {  // very long words with many Danish letters: keep the lossless spellings
      for (auto& a : alternatives) {
        if (a.size() > 3) a.resize(3);
      }
    }
    std::vector<std::string> acc{""};
    for (const auto& a : alternatives) {
      std::vector<std::string> next;
      next.reserve(acc.size() * a.size());
      for (const auto& prefix : acc) {
        for (const auto& alt : a) next.push_back(prefix + alt);
      }
      acc.swap(next);
    }
    out.clear();
    for (auto& v : acc) {
      if (v == lower_word || !is_common_word(v)) out.push_back(std::move(v));
    }
  }
  if (lossy && lower_word.front() == 'l') {
    const std::size_t n = out.size();
    for (std::size_t k = 0; k < n; ++k) out.push_back("i" + out[k].substr(1));
  }
  return out;
}

std::vector<Token> tokenize(std::string_view text_in, const LemmaTable& lemmas) {
  std::vector<Token> tokens;
  tokens.reserve(text_in.size() / 5 + 2);

  auto add = [&](std::uint32_t b, std::uint32_t e, TokenKind kind, bool space) {
    Token t;
    t.begin = b;
    t.end = e;
    t.kind = kind;
    t.space_before = space;
    const std::string_view w = text_in.substr(b, e - b);
    const text::Decoded first = text::decode_utf8(w, 0);
    t.upper_initial = u_isupper(static_cast<UChar32>(first.code_point)) != 0;
    t.lower = to_lower(w);
    if (kind == TokenKind::punct) {
      t.fold = t.lower;
      t.key = t.lower;
    } else if (kind == TokenKind::number) {
      t.fold = t.lower;
      t.key = t.lower;
    } else {
      // Plans repeat their words: fold and key are memoised per thread and lemma table.
      thread_local const LemmaTable* cached_for = nullptr;
      thread_local std::size_t cached_size = 0;
      thread_local StringMap<std::pair<std::string, std::string>> cache;
      if (cached_for != &lemmas || cached_size != lemmas.size() || cache.size() > 100000) {
        cache.clear();
        cached_for = &lemmas;
        cached_size = lemmas.size();
      }
      auto it = cache.find(t.lower);
      if (it != cache.end()) {
        t.fold = it->second.first;
        t.key = it->second.second;
      } else {
        t.fold = text::is_ascii(t.lower) ? t.lower : text::fold_key(t.lower);
        t.key = word_key(t.lower, lemmas);
        if (t.lower.size() <= 64) cache.emplace(t.lower, std::make_pair(t.fold, t.key));
      }
    }
    tokens.push_back(std::move(t));
  };

  icu::BreakIterator* bi = thread_word_breaker();
  bool space = false;
  if (bi == nullptr) {  // no ICU data: split on spaces and punctuation by hand
    std::size_t i = 0;
    while (i < text_in.size()) {
      const text::Decoded d = text::decode_utf8(text_in, i);
      if (is_space(d.code_point)) {
        space = true;
        i += d.length;
        continue;
      }
      const bool alnum = u_isalnum(static_cast<UChar32>(d.code_point)) != 0;
      std::size_t j = i + d.length;
      if (alnum) {
        while (j < text_in.size()) {
          const text::Decoded n = text::decode_utf8(text_in, j);
          if (u_isalnum(static_cast<UChar32>(n.code_point)) == 0 && n.code_point != 0x30A) break;
          j += n.length;
        }
      }
      add(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j),
          alnum ? (u_isdigit(static_cast<UChar32>(d.code_point)) != 0 ? TokenKind::number : TokenKind::word) : TokenKind::punct, space);
      space = false;
      i = j;
    }
    return tokens;
  }
  // ICU reads the UTF-8 text in place; boundaries are byte offsets (native indexes).
  UErrorCode status_code = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text_in.data(), static_cast<std::int64_t>(text_in.size()), &status_code);
  if (U_FAILURE(status_code)) return tokens;
  bi->setText(ut, status_code);
  if (U_FAILURE(status_code)) {
    utext_close(ut);
    return tokens;
  }
  std::int32_t start = bi->first();
  for (std::int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    const std::int32_t status = bi->getRuleStatus();
    const auto b = static_cast<std::uint32_t>(start);
    const auto e = static_cast<std::uint32_t>(end);
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
      add(b, e, TokenKind::number, space);
      space = false;
    } else if (status >= UBRK_WORD_LETTER) {
      add(b, e, TokenKind::word, space);
      space = false;
    } else {
      // Not a word: whitespace sets the flag; anything else is one punctuation token per code point.
      for (std::uint32_t i = b; i < e;) {
        const text::Decoded d = text::decode_utf8(text_in, i);
        if (is_space(d.code_point)) {
          space = true;
        } else {
          add(i, i + d.length, TokenKind::punct, space);
          space = false;
        }
        i += d.length;
      }
    }
  }
  // Detach the iterator from the text before it goes away.
  bi->setText(icu::UnicodeString());
  utext_close(ut);
  return tokens;
}

}  // namespace planlint::lang
