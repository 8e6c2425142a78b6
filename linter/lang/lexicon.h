#pragma once

// The word lists of the language rules: rules/data/*.txt, embedded at build time and
// extended by planlint.toml [words]. See docs/language-rules.md for the file format.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "lang/words.h"

namespace planlint::config {
struct Settings;
}

namespace planlint::lang {

// One list per [section] of the data files.
enum class ListId : std::uint8_t {
  avoid,         // [undgåelse]      verbs and phrases that state avoidance: undgå, holde op med
  reduce,        // [reduktion]      reduce a problem: reducere, mindske, begrænse (not support)
  compare,       // [sammenligning]  færre, mindre, sjældnere: avoidance only with a problem word
  negation,      // [nægtelse]       ikke, aldrig, ingen, hverken
  without,       // [uden]           uden
  not_negation,  // [ikke-nægtelse]  ikke kun, ikke bare: a negation word that negates nothing
  skill,         // [færdigheder]    sige fra, sige nej tak, stoppe op: skills, never avoidance
  support,       // [støtte]         hjælp, påmindelse, støtte: "uden hjælp" is independence
  problem,       // [problemer]      konflikter, bortvisninger, hash: problem behaviour
  staff,         // [personale]      personalet, medarbejderne: a goal written for the staff
  subordinator,  // [betingelse]     når, hvis, fordi, selvom: open a subordinate clause
  relative,      // [relativ]        som, der, hvor, så: subordinate after a comma or before a pronoun
  pronoun,       // [stedord]        han, hun, de, den: a clause's subject
  content,       // [indhold]        nået, opfyldt: "Målet er nået, når ..." states the criterion itself
  explanation,   // [forklaring]     fx, ved at, så: what follows makes a goal concrete
  coordinator,   // [sideordning]    og, samt, men, eller
  vague,         // [vag]            trives, udvikle sig, bedre, mere, hensigtsmæssig
  not_vague,     // [ikke-vag]       god morgen, mere end: not vague after all
  act,           // [handlinger]     observable acts: tager, siger, går, spiser, cykler
  measure,       // [mål]            count, frequency, duration, date: gange, om ugen, mindst, i træk
  number,        // [tal]            number words: én, to, tre, ti, halvdelen
  count_
};
inline constexpr std::size_t kListCount = static_cast<std::size_t>(ListId::count_);

std::string_view list_section_name(ListId id);  // "undgåelse"
// Every section name a word list may use ("[undgåelse]", "[vag]", ...), in list order.
std::vector<std::string_view> list_section_names();

struct PatternWord {
  bool gap = false;       // "*": one optional word of any kind
  bool exact = false;     // "=ord": this spelling only (folded and OCR spellings still match)
  bool compound = false;  // also matches as the head of a compound: "anfald" in "raserianfald"
  bool modifier = false;  // also matches as the first part of a compound: "fravær" in "fraværsdage"
  bool comma_before = false;  // ",at": a comma may stand before this word ("arbejder på, at")
  bool accent = false;    // an exact word whose accent matters ("én", not "en"): compared lower-cased
  std::vector<std::string> keys;  // word keys (inflected) or folded spellings (exact)
};

struct Pattern {
  ListId list = ListId::avoid;
  std::string text;  // as written in the data file
  std::vector<PatternWord> words;
};

// A pattern found in a text: tokens [first, last] (inclusive indices).
struct Match {
  ListId list;
  std::uint32_t pattern;
  std::uint32_t first;
  std::uint32_t last;
};

class Lexicon {
 public:
  // files: (file name, content) pairs; extra: planlint.toml [words] lists by name
  // ("avoidance", "vague", "observable").
  Lexicon(const std::vector<std::pair<std::string_view, std::string_view>>& files,
          const std::map<std::string, std::vector<std::string>>& extra);

  // The built-in lists (rules/data/*.txt as embedded at build time).
  static const Lexicon& builtin();
  // The built-in lists extended by the settings' [words]; cached per distinct word list.
  static std::shared_ptr<const Lexicon> for_settings(const config::Settings& settings);

  [[nodiscard]] const LemmaTable& lemmas() const { return lemmas_; }
  // Unique per Lexicon object ever built in this process (for memos keyed by lexicon).
  [[nodiscard]] std::uint64_t serial() const { return serial_; }
  [[nodiscard]] const Pattern& pattern(std::uint32_t id) const { return patterns_[id]; }
  [[nodiscard]] std::size_t size(ListId list) const;
  // Problems found while reading the data files ("avoidance.txt:12: unknown section [x]").
  [[nodiscard]] const std::vector<std::string>& errors() const { return errors_; }

  // Every pattern occurrence in the tokens, in token order (longest first at each start).
  [[nodiscard]] std::vector<Match> find(const std::vector<Token>& tokens) const;

  // True when a lower-case word (possibly a compound's first part, "konflikt" in
  // "konfliktfri") is a problem word.
  [[nodiscard]] bool is_problem_word(std::string_view lower) const;

 private:
  void read_file(std::string_view name, std::string_view content);
  void add_entry(ListId list, std::string_view entry, const std::string& where);
  [[nodiscard]] bool word_matches(const PatternWord& w, const Token& t) const;
  [[nodiscard]] bool compound_matches(const PatternWord& w, const Token& t) const;
  bool match_at(const Pattern& p, const std::vector<Token>& tokens, std::uint32_t start, std::uint32_t& last) const;

  std::uint64_t serial_ = 0;
  LemmaTable lemmas_;
  std::vector<Pattern> patterns_;
  StringMap<std::vector<std::uint32_t>> by_key_;   // first word's keys
  StringMap<std::vector<std::uint32_t>> by_fold_;  // first word's exact spellings
  StringMap<std::vector<std::uint32_t>> by_lower_;  // first word's accented exact spellings
  StringMap<std::vector<std::uint32_t>> compound_heads_;  // one-word compound patterns
  StringMap<std::vector<std::uint32_t>> compound_modifiers_;  // one-word problem patterns
  std::vector<std::uint8_t> head_lengths_;      // byte lengths of the keys in compound_heads_
  std::vector<std::uint8_t> modifier_lengths_;  // byte lengths of the keys in compound_modifiers_
  std::unordered_set<std::string, StringHash, std::equal_to<>> negation_folds_;  // spellings of one-word negations (exact entries)
  std::vector<std::string> errors_;
};

// The embedded data files (generated by cmake/embed_wordlists.cmake).
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_wordlists();

}  // namespace planlint::lang
