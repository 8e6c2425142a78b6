#pragma once

// Sentence analysis for the language rules: which words belong to the main assertion and
// which to a condition or relative clause, quoted words, negation scope, and the three
// judgements (avoidance, vagueness, measurability) on one goal statement or criterion.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/lexicon.h"
#include "lang/words.h"

namespace planlint::lang {

struct Analysis {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Match> matches;
  // Per token:
  std::vector<std::uint8_t> quoted;  // inside quotation marks: mentioned, not used ("stop")
  std::vector<std::uint8_t> sub;     // in a subordinate clause (condition, relative, purpose)
  std::vector<std::uint16_t> clause;   // clause number (commas, semicolons, sentence ends)
  std::vector<std::uint16_t> segment;  // clause split further at og/samt/men/eller
  std::vector<std::uint32_t> member;   // bit per ListId: some match of that list covers the token

  [[nodiscard]] bool in(std::size_t token, ListId list) const {
    return (member[token] & (1u << static_cast<unsigned>(list))) != 0;
  }
};

Analysis analyse(std::string_view text, const Lexicon& lexicon);

// analyse() with a small per-thread memo: the three language rules look at the same goal
// statements and criteria one after the other.
std::shared_ptr<const Analysis> analyse_cached(std::string_view text, const Lexicon& lexicon);

// What kind of avoidance a phrase is; each gets its own advice.
enum class AvoidanceKind : std::uint8_t {
  verb,        // undgå, stoppe, holde op med, afstå fra
  negation,    // ikke, aldrig, ingen, hverken in the main assertion
  reduction,   // reducere, mindske, begrænse, færre/mindre + problem
  without,     // uden + problem, uden at ..., konfliktfri
};

// A phrase in the analysed text: byte offsets [begin, end).
struct Phrase {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string text;
};

struct Avoidance {
  Phrase phrase;
  AvoidanceKind kind = AvoidanceKind::verb;
};

struct AvoidanceResult {
  std::vector<Avoidance> phrases;  // in text order
  bool written_for_staff = false;  // "Personalet skal undgå, at ..."
};

// avoidance-phrasing: the phrases that state something to avoid, stop, reduce or not do.
AvoidanceResult find_avoidance(const Analysis& a, const Lexicon& lexicon);

// vague-goal: the vague words of a goal statement, or nothing when the statement also has
// a concrete criterion (a count, frequency, duration or date, or a concrete act that
// explains the vague words: "..., så hun selv beder om vand").
std::vector<Phrase> find_vague(const Analysis& a, const Lexicon& lexicon);

// unmeasurable-criterion: true when a success criterion has a count, frequency, duration
// or date, or a concrete observable act not blurred by a vague word.
bool is_measurable(const Analysis& a, const Lexicon& lexicon);

// True when the text has a count, frequency, duration or date.
bool has_measure(const Analysis& a);

}  // namespace planlint::lang
