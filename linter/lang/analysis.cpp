#include "lang/analysis.h"

#include <algorithm>

namespace planlint::lang {

namespace {

bool is_quote(const Token& t) {
  if (t.kind != TokenKind::punct) return false;
  const std::string& s = t.lower;
  return s == "\"" || s == "\xC2\xBB" || s == "\xC2\xAB" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x9E";
}

bool is_sentence_end(const Token& t) { return t.kind == TokenKind::punct && (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == ";"); }

// Punctuation that ends a clause: comma, colon, brackets, a dash between spaces.
bool is_clause_break(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.kind != TokenKind::punct) return false;
  if (t.lower == "," || t.lower == ":" || t.lower == "(" || t.lower == ")") return true;
  const bool dash = t.lower == "\xE2\x80\x93" || t.lower == "\xE2\x80\x94" || t.lower == "-";
  return dash && t.space_before && i + 1 < tokens.size() && tokens[i + 1].space_before;
}

// The longest match starting at token i among `lists` (exceptions win ties), or null.
const Match* longest_at(const std::vector<Match>& matches, std::size_t& cursor, std::uint32_t i, std::initializer_list<ListId> lists,
                        std::initializer_list<ListId> exceptions = {}) {
  while (cursor < matches.size() && matches[cursor].first < i) ++cursor;
  const Match* best = nullptr;
  auto wanted = [](ListId id, std::initializer_list<ListId> l) { return std::find(l.begin(), l.end(), id) != l.end(); };
  for (std::size_t k = cursor; k < matches.size() && matches[k].first == i; ++k) {
    const Match& m = matches[k];
    const bool exception = wanted(m.list, exceptions);
    if (!exception && !wanted(m.list, lists)) continue;
    if (best == nullptr || m.last > best->last || (m.last == best->last && exception && !wanted(best->list, exceptions))) best = &m;
  }
  return best;
}

Phrase phrase_of(const Analysis& a, std::uint32_t first, std::uint32_t last) {
  Phrase p;
  p.begin = a.tokens[first].begin;
  p.end = a.tokens[last].end;
  p.text = a.text.substr(p.begin, p.end - p.begin);
  for (char& c : p.text) {
    if (c == '\n') c = ' ';
  }
  return p;
}

bool is_word(const Token& t) { return t.kind != TokenKind::punct; }

// Vague phrases of the whole text (all clauses), exceptions ([ikke-vag]) removed.
struct VagueHit {
  std::uint32_t first;
  std::uint32_t last;
};

std::vector<VagueHit> vague_hits(const Analysis& a) {
  std::vector<VagueHit> out;
  std::size_t cursor = 0;
  for (std::uint32_t i = 0; i < a.tokens.size(); ++i) {
    const Match* m = longest_at(a.matches, cursor, i, {ListId::vague}, {ListId::not_vague});
    if (m == nullptr) continue;
    if (m->list == ListId::vague && !a.quoted[i]) out.push_back({m->first, m->last});
    i = m->last;
  }
  return out;
}

}  // namespace

Analysis analyse(std::string_view text, const Lexicon& lexicon) {
  Analysis a;
  a.text = std::string(text);
  a.tokens = tokenize(a.text, lexicon.lemmas());
  a.matches = lexicon.find(a.tokens);
  const std::size_t n = a.tokens.size();
  a.quoted.assign(n, 0);
  a.sub.assign(n, 0);
  a.clause.assign(n, 0);
  a.segment.assign(n, 0);
  a.member.assign(n, 0);
  for (const Match& m : a.matches) {
    for (std::uint32_t k = m.first; k <= m.last; ++k) a.member[k] |= 1u << static_cast<unsigned>(m.list);
  }

  // Quotation marks: words between a pair are mentioned, not used (trykker på "stop").
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_quote(a.tokens[i])) continue;
    std::size_t j = i + 1;
    while (j < n && !is_quote(a.tokens[j])) ++j;
    if (j == n) break;  // an unmatched quotation mark quotes nothing
    for (std::size_t k = i; k <= j; ++k) a.quoted[k] = 1;
    i = j;
  }

  // Sentences, clauses, segments, and the subordinate clauses in each sentence.
  std::uint16_t clause = 0;
  std::uint16_t segment = 0;
  std::size_t cursor = 0;
  bool sub = false;
  bool content_pending = false;  // "Målet er nået, når ...": the next condition is the criterion itself
  bool sentence_start = true;
  std::uint32_t inside_opener = 0;  // last token of the phrase that opened the subordinate clause
  bool sub_fronted = false;    // the current subordinate clause began the sentence
  bool after_fronted = false;  // the clause before the last comma was a fronted subordinate clause
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = a.tokens[i];
    if (t.kind == TokenKind::punct && i <= inside_opener) {
      // A comma inside the opening phrase itself ("håndtere, at ...").
      a.clause[i] = clause;
      a.segment[i] = segment;
      a.sub[i] = sub ? 1 : 0;
      continue;
    }
    if (t.kind == TokenKind::punct) {
      if (is_sentence_end(t) && (i + 1 == n || a.tokens[i + 1].upper_initial || t.lower != ".")) {
        sub = false;
        after_fronted = false;
        sub_fronted = false;
        content_pending = false;
        sentence_start = true;
        ++clause;
        ++segment;
      } else if (is_clause_break(a.tokens, i)) {
        after_fronted = sub && sub_fronted;
        sub = false;
        ++clause;
        ++segment;
      }
      a.clause[i] = clause;
      a.segment[i] = segment;
      a.sub[i] = sub ? 1 : 0;
      continue;
    }
    if (a.in(i, ListId::coordinator) && !a.quoted[i]) ++segment;
    if (!a.quoted[i]) {
      const Match* m = longest_at(a.matches, cursor, i, {ListId::subordinator, ListId::relative});
      bool opens = false;
      if (m != nullptr && m->list == ListId::subordinator) {
        opens = true;
      } else if (m != nullptr && m->list == ListId::relative && !sentence_start) {
        // "som", "der", "hvor", "så" open a clause after a comma, or before a subject
        // ("så hun kan ...", "som Asta kan lide") or a negation ("som ikke ...").
        const bool after_comma = i > 0 && a.tokens[i - 1].kind == TokenKind::punct && a.tokens[i - 1].lower == ",";
        const std::uint32_t next = m->last + 1;
        const bool before_subject = next < n && is_word(a.tokens[next]) &&
                                    (a.in(next, ListId::pronoun) || a.tokens[next].upper_initial);
        opens = after_comma || before_subject;
      }
      // "aftaler, han ikke kan komme til": a relative clause without "som" (a comma and a
      // personal pronoun; only a main clause after a fronted condition begins with its verb).
      if (!opens && !sub && i > 0 && a.tokens[i - 1].lower == "," && !after_fronted && a.in(i, ListId::pronoun)) {
        const std::string& f = t.fold;
        opens = f != "ikke" && f != "det" && f != "den" && f != "nogen";
      }
      if (opens) {
        if (content_pending) {
          content_pending = false;  // the criterion itself, part of the main assertion
          sub = false;
        } else {
          if (!sub) sub_fronted = sentence_start;
          sub = true;
          if (m != nullptr) inside_opener = m->last;
        }
      }
      if (a.in(i, ListId::content) && !sub) content_pending = true;
    }
    a.clause[i] = clause;
    a.segment[i] = segment;
    a.sub[i] = sub ? 1 : 0;
    sentence_start = false;
  }
  return a;
}

std::shared_ptr<const Analysis> analyse_cached(std::string_view text, const Lexicon& lexicon) {
  struct Slot {
    std::uint64_t lexicon = 0;
    std::shared_ptr<const Analysis> analysis;
  };
  constexpr std::size_t kSlots = 32;
  thread_local std::vector<Slot> slots(kSlots);
  thread_local std::size_t next = 0;
  for (const Slot& s : slots) {
    if (s.lexicon == lexicon.serial() && s.analysis && s.analysis->text == text) return s.analysis;
  }
  auto a = std::make_shared<const Analysis>(analyse(text, lexicon));
  slots[next] = {lexicon.serial(), a};
  next = (next + 1) % kSlots;
  return a;
}

bool has_measure(const Analysis& a) {
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (a.quoted[i]) continue;
    const Token& t = a.tokens[i];
    if (t.kind == TokenKind::number) return true;
    if (t.kind == TokenKind::punct && t.lower == "%") return true;
    if (a.in(i, ListId::measure) || a.in(i, ListId::number)) return true;
  }
  return false;
}

AvoidanceResult find_avoidance(const Analysis& a, const Lexicon& lexicon) {
  AvoidanceResult r;
  const auto& tk = a.tokens;
  const auto n = static_cast<std::uint32_t>(tk.size());
  for (std::uint32_t i = 0; i < n; ++i) {
    if (is_word(tk[i])) {
      r.written_for_staff = a.in(i, ListId::staff);
      break;
    }
  }
  std::vector<std::uint8_t> consumed(n, 0);
  auto same_clause = [&](std::uint32_t x, std::uint32_t y) { return a.clause[x] == a.clause[y]; };
  auto report = [&](std::uint32_t first, std::uint32_t last, AvoidanceKind kind) {
    r.phrases.push_back({phrase_of(a, first, last), kind});
  };
  // The end of the problem phrase that covers token k (multi-word problems).
  auto problem_end = [&](std::uint32_t k) {
    while (k + 1 < n && a.in(k + 1, ListId::problem) && same_clause(k, k + 1)) ++k;
    return k;
  };

  std::size_t cursor = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (consumed[i] || !is_word(tk[i])) continue;
    const Match* m = longest_at(a.matches, cursor, i,
                                {ListId::avoid, ListId::reduce, ListId::compare, ListId::negation, ListId::without},
                                {ListId::skill, ListId::not_negation});
    if (m == nullptr) {
      // "konfliktfri", "stoffri", "røgfrie": free of a problem.
      if (a.quoted[i] || a.sub[i] || tk[i].kind != TokenKind::word) continue;
      const std::string& w = tk[i].lower;
      for (std::string_view suffix : {"fri", "frie", "frit", "frihed"}) {
        if (w.size() < suffix.size() + 3 || w.compare(w.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
        std::string head = w.substr(0, w.size() - suffix.size());
        bool problem = lexicon.is_problem_word(head);
        if (!problem && head.size() > 3 && head.back() == 's') problem = lexicon.is_problem_word(head.substr(0, head.size() - 1));
        if (problem) report(i, i, AvoidanceKind::without);
        break;
      }
      continue;
    }
    for (std::uint32_t k = m->first; k <= m->last; ++k) consumed[k] = 1;
    if (a.quoted[m->first] || a.sub[m->first]) continue;
    const std::uint32_t first = m->first;
    const std::uint32_t last = m->last;
    switch (m->list) {
      case ListId::skill:
      case ListId::not_negation:
        break;
      case ListId::avoid:
        report(first, last, AvoidanceKind::verb);
        break;
      case ListId::reduce: {
        // reducere/mindske/begrænse + a problem; not when what shrinks is support
        // ("reducere behovet for guidning" is independence).
        bool support = false;
        const std::uint32_t from = first >= 4 ? first - 4 : 0;
        for (std::uint32_t k = from; k < n && k <= last + 6; ++k) {
          if (same_clause(k, first) && a.in(k, ListId::support)) support = true;
        }
        if (!support) report(first, last, AvoidanceKind::reduction);
        break;
      }
      case ListId::compare: {
        // færre/mindre/sjældnere + a problem word just after ("færre konflikter") or just
        // before ("konflikterne bliver færre").
        bool done = false;
        for (std::uint32_t k = last + 1; k < n && k <= last + 4 && same_clause(k, first); ++k) {
          if (a.in(k, ListId::support) || a.in(k, ListId::coordinator)) break;
          if (a.in(k, ListId::problem)) {
            report(first, problem_end(k), AvoidanceKind::reduction);
            done = true;
            break;
          }
        }
        for (std::uint32_t back = 1; !done && back <= 5 && first >= back; ++back) {
          const std::uint32_t k = first - back;
          if (!same_clause(k, first) || a.in(k, ListId::support)) break;
          if (a.in(k, ListId::problem)) {
            std::uint32_t s = k;
            while (s > 0 && a.in(s - 1, ListId::problem) && same_clause(s - 1, k)) --s;
            report(s, last, AvoidanceKind::reduction);
            done = true;
          }
        }
        break;
      }
      case ListId::negation: {
        const std::uint32_t j = last + 1;
        // "ikke-sprogligt": a compound adjective, not a negation.
        if (j + 1 < n && tk[j].lower == "-" && !tk[j].space_before && !tk[j + 1].space_before) break;
        if (first > 0 && tk[first - 1].lower == "-" && !tk[first].space_before) break;
        // "ingen dag uden en gåtur", "går ikke i seng uden at børste tænder": double negation.
        bool twice = false;
        for (std::uint32_t k = j, words = 0; k < n && words < 5; ++k) {
          // "Der går ingen dag, uden at ...": the comma before "uden" does not end the scope.
          if (!same_clause(k, first) && !(k + 1 < n && tk[k].lower == "," && a.in(k + 1, ListId::without))) {
            if (!a.in(k, ListId::without)) break;
          }
          if (!is_word(tk[k])) continue;
          ++words;
          if (a.in(k, ListId::without)) {
            twice = true;
            consumed[k] = 1;
            break;
          }
        }
        if (twice) break;
        std::uint32_t end = last;
        const std::string& neg = tk[first].fold;
        if (j < n && is_word(tk[j]) && same_clause(j, first)) {
          if (neg == "ikke" || neg == "aldrig" || neg == "ej") {
            if (tk[j].fold == "laengere" || (tk[j].fold == "mere" && !(j + 1 < n && tk[j + 1].fold == "end"))) end = j;
          } else {
            end = j;  // "ingen konflikter", "intet fravær", "hverken hash"
          }
        }
        report(first, end, AvoidanceKind::negation);
        break;
      }
      case ListId::without: {
        const std::uint32_t j = last + 1;
        if (j < n && tk[j].fold == "at") {
          // "uden at slå" is avoidance; "uden at nogen hjælper" is independence.
          bool support = false;
          for (std::uint32_t k = j + 1; k < n && k <= j + 6 && same_clause(k, first); ++k) support = support || a.in(k, ListId::support);
          if (!support) report(first, std::min(j + 1, n - 1), AvoidanceKind::without);
          break;
        }
        for (std::uint32_t k = j; k < n && k <= j + 3 && same_clause(k, first); ++k) {
          if (a.in(k, ListId::coordinator) || a.in(k, ListId::support)) break;
          if (a.in(k, ListId::problem)) {
            report(first, problem_end(k), AvoidanceKind::without);
            break;
          }
        }
        break;
      }
      default:
        break;
    }
  }
  std::sort(r.phrases.begin(), r.phrases.end(), [](const Avoidance& x, const Avoidance& y) { return x.phrase.begin < y.phrase.begin; });
  return r;
}

std::vector<Phrase> find_vague(const Analysis& a, const Lexicon& lexicon) {
  (void)lexicon;
  if (has_measure(a)) return {};
  const std::vector<VagueHit> hits = vague_hits(a);
  std::vector<Phrase> out;
  for (const VagueHit& h : hits) {
    if (!a.sub[h.first]) out.push_back(phrase_of(a, h.first, h.last));
  }
  if (out.empty()) {
    // "Sociale relationer", "Kommunikation": a theme of one to three words, with no act and
    // no measure, names an area, not a goal.
    std::uint32_t words = 0;
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    bool act = false;
    for (std::uint32_t k = 0; k < a.tokens.size(); ++k) {
      if (!is_word(a.tokens[k])) continue;
      if (words++ == 0) first = k;
      last = k;
      act = act || a.in(k, ListId::act) || a.in(k, ListId::avoid) || a.in(k, ListId::negation) || a.in(k, ListId::skill);
    }
    if (words >= 1 && words <= 3 && !act) out.push_back(phrase_of(a, first, last));
    return out;
  }
  // "Asta udvikler sit sprog, så hun selv beder om vand": a concrete act after an
  // explanation (så, ved at, fx, ':') with no vague word makes the goal concrete.
  auto concrete_after = [&](std::uint32_t p) {
    bool act = false;
    bool vague = false;
    for (std::uint32_t k = p + 1; k < a.tokens.size(); ++k) act = act || (a.in(k, ListId::act) && !a.quoted[k]);
    for (const VagueHit& h : hits) vague = vague || h.first > p;
    return act && !vague;
  };
  for (std::uint32_t p = 0; p < a.tokens.size(); ++p) {
    if (a.tokens[p].kind == TokenKind::punct && a.tokens[p].lower == ":" && concrete_after(p)) return {};
  }
  // "Barnet bliver mere selvhjulpent og tager selv skoene på": a coordinated part with a
  // concrete act and no vague word.
  std::vector<std::uint8_t> vague_token(a.tokens.size(), 0);
  for (const VagueHit& h : hits) {
    for (std::uint32_t k = h.first; k <= h.last; ++k) vague_token[k] = 1;
  }
  for (const Match& m : a.matches) {
    if (m.list != ListId::coordinator || a.quoted[m.first] || a.sub[m.first] || m.last + 1 >= a.tokens.size()) continue;
    const std::uint16_t seg = a.segment[m.last + 1];
    bool act = false;
    bool vague = false;
    for (std::uint32_t k = m.last + 1; k < a.tokens.size() && a.segment[k] == seg; ++k) {
      act = act || (a.in(k, ListId::act) && !a.quoted[k] && !a.sub[k]);
      vague = vague || vague_token[k];
    }
    if (act && !vague) return {};
  }
  for (const Match& m : a.matches) {
    if (m.list != ListId::explanation || a.quoted[m.first]) continue;
    // "tryg ved at tage bussen": the vague word's own complement, not an explanation.
    if (a.in(m.first, ListId::vague)) continue;
    if (concrete_after(m.last)) return {};
  }
  return out;
}

bool is_measurable(const Analysis& a, const Lexicon& lexicon) {
  (void)lexicon;
  if (has_measure(a)) return true;
  std::vector<std::uint8_t> blurred_segment(a.tokens.empty() ? 0 : a.segment.back() + 1u, 0);
  for (const VagueHit& h : vague_hits(a)) {
    for (std::uint32_t k = h.first; k <= h.last; ++k) blurred_segment[a.segment[k]] = 1;
  }
  // "Mor fortæller, at Asta er glad": a reporting act before an at-clause reports the
  // criterion; the at-clause is what must be observable.
  std::vector<std::uint8_t> reporting_clause(a.tokens.empty() ? 0 : a.clause.back() + 1u, 0);
  for (std::size_t i = 0; i + 1 < a.tokens.size(); ++i) {
    if (a.tokens[i].kind == TokenKind::punct && a.tokens[i].lower == "," && a.tokens[i + 1].fold == "at" && i > 0) {
      reporting_clause[a.clause[i - 1]] = 1;
    }
  }
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (a.in(i, ListId::act) && !a.quoted[i] && !a.sub[i] && !blurred_segment[a.segment[i]] && !reporting_clause[a.clause[i]]) return true;
  }
  return false;
}

}  // namespace planlint::lang
