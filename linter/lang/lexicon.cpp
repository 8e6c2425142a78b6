#include "lang/lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <mutex>

#include "config/settings.h"
#include "text/unicode.h"

namespace planlint::lang {

namespace {

struct SectionName {
  ListId id;
  std::string_view name;
};

// Section names as written in the data files (folded with fold_key when compared).
constexpr SectionName kSections[] = {
    {ListId::avoid, "undgåelse"},       {ListId::reduce, "reduktion"},      {ListId::compare, "sammenligning"},
    {ListId::negation, "nægtelse"},     {ListId::without, "uden"},          {ListId::not_negation, "ikke-nægtelse"},
    {ListId::skill, "færdigheder"},     {ListId::support, "støtte"},        {ListId::problem, "problemer"},
    {ListId::staff, "personale"},       {ListId::subordinator, "betingelse"}, {ListId::relative, "relativ"},
    {ListId::pronoun, "stedord"},       {ListId::content, "indhold"},       {ListId::explanation, "forklaring"},
    {ListId::coordinator, "sideordning"}, {ListId::vague, "vag"},           {ListId::not_vague, "ikke-vag"},
    {ListId::act, "handlinger"},        {ListId::measure, "mål"},           {ListId::number, "tal"},
};

bool section_by_name(std::string_view name, ListId& out) {
  const std::string key = text::fold_key(name);
  for (const auto& s : kSections) {
    if (text::fold_key(s.name) == key) {
      out = s.id;
      return true;
    }
  }
  return false;
}

// Lists whose one-word entries also match as the head (last part) of a Danish compound.
bool compound_list(ListId id) { return id == ListId::problem || id == ListId::support || id == ListId::vague; }

// Lists whose entries are verbs (or begin with one).
bool verb_list(ListId id) { return id == ListId::avoid || id == ListId::reduce || id == ListId::skill || id == ListId::act; }

// Past tense and participle of a Danish weak verb given as an infinitive in -e (bestille ->
// bestilte, bestilt; hente -> hentede, hentet): Danish conjugation classes 1 and 2. Empty
// for words in the lemma table (their forms are listed there) and for non-verbs.
std::vector<std::string> past_forms(const std::string& infinitive, const LemmaTable& lemmas) {
  if (infinitive.size() < 4 || infinitive.back() != 'e' || lemmas.count(infinitive) != 0) return {};
  std::string base = infinitive.substr(0, infinitive.size() - 1);
  const char last = base.back();
  if ((last & 0x80) != 0) return {};
  std::string single = base;
  if (base.size() >= 2 && base[base.size() - 2] == last) single.pop_back();  // bestill -> bestil
  return {single + "te", single + "t", base + "ede", base + "et"};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

void add_unique(std::vector<std::string>& v, std::string s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

bool is_utf8_start(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), is_utf8_start));
}

// Heads and modifiers of compounds must be at least this long (in code points) to match
// inside another word: "angst" in "angstanfald", but not "færd" (færdighed) in "adfærd".
constexpr std::size_t kMinCompoundPart = 5;

// True for a word with an accent that fold_key would drop ("én").
bool has_accent(std::string_view lower) {
  return lower.find("\xC3\xA9") != std::string_view::npos || lower.find("\xC3\xA8") != std::string_view::npos ||
         lower.find("\xC3\xA1") != std::string_view::npos || lower.find("\xC3\xB3") != std::string_view::npos;
}

}  // namespace

std::string_view list_section_name(ListId id) {
  for (const auto& s : kSections) {
    if (s.id == id) return s.name;
  }
  return "";
}

std::vector<std::string_view> list_section_names() {
  std::vector<std::string_view> out;
  for (const auto& s : kSections) out.push_back(s.name);
  return out;
}

Lexicon::Lexicon(const std::vector<std::pair<std::string_view, std::string_view>>& files,
                 const std::map<std::string, std::vector<std::string>>& extra) {
  static std::atomic<std::uint64_t> counter{0};
  serial_ = ++counter;
  // The lemma table first: entry keys are computed through it.
  for (const auto& [name, content] : files) {
    if (name == "lemmas.txt") read_file(name, content);
  }
  for (const auto& [name, content] : files) {
    if (name != "lemmas.txt") read_file(name, content);
  }
  for (const auto& [list_name, entries] : extra) {
    ListId def = ListId::avoid;
    if (list_name == "avoidance") {
      def = ListId::avoid;
    } else if (list_name == "vague") {
      def = ListId::vague;
    } else if (list_name == "observable") {
      def = ListId::act;
    } else {
      continue;
    }
    for (const std::string& raw : entries) {
      // "[problemer] selvmordsforsøg" puts the entry in another section.
      std::string_view e = trim(raw);
      ListId list = def;
      if (!e.empty() && e.front() == '[') {
        const auto close = e.find(']');
        if (close != std::string_view::npos && section_by_name(e.substr(1, close - 1), list)) {
          e = trim(e.substr(close + 1));
        } else {
          errors_.push_back(fmt::format("planlint.toml [words] {}: unknown section in »{}«", list_name, raw));
          continue;
        }
      }
      if (!e.empty()) add_entry(list, e, fmt::format("planlint.toml [words] {}", list_name));
    }
  }
}

void Lexicon::read_file(std::string_view name, std::string_view content) {
  const bool lemma_file = name == "lemmas.txt";
  bool have_section = false;
  ListId list = ListId::avoid;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= content.size()) {
    const std::size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    ++line_no;
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    const std::string where = fmt::format("{}:{}", name, line_no);
    if (lemma_file) {
      // "undgå: undgår undgik undgået"
      const auto colon = line.find(':');
      if (colon == std::string_view::npos) {
        errors_.push_back(where + ": expected »lemma: form form ...«");
        continue;
      }
      const std::string lemma = to_lower(text::to_nfc(trim(line.substr(0, colon))));
      std::vector<std::string_view> forms = split_words(line.substr(colon + 1));
      forms.push_back(lemma);
      for (std::string_view form : forms) {
        const std::string f = to_lower(text::to_nfc(form));
        for (std::string& v : spelling_variants(f)) lemmas_.emplace(std::move(v), lemma);
      }
      continue;
    }
    if (line.front() == '[') {
      if (line.back() != ']' || !section_by_name(line.substr(1, line.size() - 2), list)) {
        errors_.push_back(fmt::format("{}: unknown section {}", where, line));
        have_section = false;
        continue;
      }
      have_section = true;
      continue;
    }
    if (!have_section) {
      errors_.push_back(where + ": entry outside a [section]");
      continue;
    }
    add_entry(list, line, where);
  }
}

void Lexicon::add_entry(ListId list, std::string_view entry, const std::string& where) {
  Pattern p;
  p.list = list;
  p.text = std::string(entry);
  const std::vector<std::string_view> words = split_words(entry);
  for (std::string_view w : words) {
    PatternWord pw;
    if (w == "*") {
      pw.gap = true;
      p.words.push_back(std::move(pw));
      continue;
    }
    if (w.front() == ',') {
      pw.comma_before = true;
      w.remove_prefix(1);
    }
    if (!w.empty() && w.front() == '=') {
      pw.exact = true;
      w.remove_prefix(1);
    }
    if (w.empty()) {
      errors_.push_back(where + ": empty word in »" + p.text + "«");
      return;
    }
    const std::string lower = to_lower(text::to_nfc(w));
    pw.accent = pw.exact && has_accent(lower);
    std::vector<std::string> spellings = spelling_variants(lower);
    if (!pw.exact && words.size() == 1 && (list == ListId::vague || list == ListId::problem)) {
      // The stemmer leaves the neuter and adverb form in -t alone (trygt, stabilt, uroligt).
      if (const char last = lower.back(); last != 'e' && last != 't' && last != 's' && (last & 0x80) == 0 && lower.size() >= 3) {
        for (std::string& v : spelling_variants(lower + "t", false)) spellings.push_back(std::move(v));
      }
    }
    if (!pw.exact && verb_list(list)) {
      // The stemmer leaves the past tense of weak verbs alone (bestilte, bestilt, hentede):
      // add those forms of a verb entry that the lemma table does not already list.
      for (const std::string& form : past_forms(lower, lemmas_)) {
        for (std::string& v : spelling_variants(form, false)) spellings.push_back(std::move(v));
      }
    }
    for (const std::string& v : spellings) {
      // Another spelling must not turn the word into a frequent one ("møde" -> "mode" -> mod).
      if (v != lower && (is_common_word(v) || is_common_word(stem(v)))) continue;
      if (pw.accent) {
        add_unique(pw.keys, v);
      } else if (pw.exact) {
        add_unique(pw.keys, text::fold_key(v));
      } else {
        add_unique(pw.keys, word_key(v, lemmas_));
      }
    }
    p.words.push_back(std::move(pw));
  }
  if (p.words.empty() || p.words.front().gap || p.words.back().gap) {
    errors_.push_back(where + ": »" + p.text + "« must start and end with a word");
    return;
  }
  if (p.words.size() == 1 && !p.words[0].exact && compound_list(list)) {
    // Only keys long enough are looked up inside other words (an OCR spelling's stem may be short).
    bool long_enough = false;
    for (const auto& k : p.words[0].keys) long_enough = long_enough || code_points(k) >= kMinCompoundPart;
    p.words[0].compound = long_enough;
    p.words[0].modifier = long_enough && list == ListId::problem;
  }
  if (list == ListId::negation && p.words.size() == 1) {
    for (const std::string& k : p.words[0].keys) negation_folds_.insert(k);
  }
  const auto id = static_cast<std::uint32_t>(patterns_.size());
  const PatternWord& first = p.words.front();
  for (const std::string& k : first.keys) {
    auto& index = first.accent ? by_lower_ : first.exact ? by_fold_ : by_key_;
    index[k].push_back(id);
    const bool part = code_points(k) >= kMinCompoundPart && k.size() < 256;
    if (first.compound && part) {
      compound_heads_[k].push_back(id);
      if (head_lengths_.size() <= k.size()) head_lengths_.resize(k.size() + 1, 0);
      head_lengths_[k.size()] = 1;
    }
    if (first.modifier && part) {
      compound_modifiers_[k].push_back(id);
      if (modifier_lengths_.size() <= k.size()) modifier_lengths_.resize(k.size() + 1, 0);
      modifier_lengths_[k.size()] = 1;
    }
  }
  patterns_.push_back(std::move(p));
}

std::size_t Lexicon::size(ListId list) const {
  return static_cast<std::size_t>(std::count_if(patterns_.begin(), patterns_.end(), [&](const Pattern& p) { return p.list == list; }));
}

bool Lexicon::word_matches(const PatternWord& w, const Token& t) const {
  if (t.kind == TokenKind::punct) return false;
  const std::string& probe = w.accent ? t.lower : w.exact ? t.fold : t.key;
  for (const std::string& k : w.keys) {
    if (k == probe) return true;
  }
  return (w.compound || w.modifier) && compound_matches(w, t);
}

bool Lexicon::compound_matches(const PatternWord& w, const Token& t) const {
  // The head (last part) or, for problems, the modifier (first part) of a compound; the
  // rest of the word is at least two letters.
  const std::string_view key = t.key;
  for (const std::string& k : w.keys) {
    if (key.size() < k.size() + 2 || code_points(k) < kMinCompoundPart) continue;
    if (w.compound && key.compare(key.size() - k.size(), k.size(), k) == 0) return true;
    if (w.modifier && key.compare(0, k.size(), k) == 0) return true;
  }
  return false;
}

bool Lexicon::match_at(const Pattern& p, const std::vector<Token>& tokens, std::uint32_t start, std::uint32_t& last) const {
  // Small backtracking matcher: words in order, "*" skips at most one word, a full stop
  // inside a phrase ("pr. uge") is skipped, and so is a comma before a word written ",at"
  // ("arbejder på, at ..."); any other punctuation ends the phrase.
  const auto n = static_cast<std::uint32_t>(tokens.size());
  auto rec = [&](auto&& self, std::size_t wi, std::uint32_t ti) -> bool {
    if (wi == p.words.size()) return true;
    const PatternWord& w = p.words[wi];
    if (wi > 0) {
      while (ti < n && tokens[ti].kind == TokenKind::punct && (tokens[ti].lower == "." || (tokens[ti].lower == "," && w.comma_before))) ++ti;
    }
    if (w.gap) {
      if (self(self, wi + 1, ti)) return true;
      // A gap never swallows a negation: "stopper ikke op" is not "stoppe * op".
      if (ti < n && tokens[ti].kind != TokenKind::punct && !negation_folds_.count(tokens[ti].fold)) {
        return self(self, wi + 1, ti + 1);
      }
      return false;
    }
    if (ti >= n || !word_matches(w, tokens[ti])) return false;
    if (wi + 1 == p.words.size()) {
      last = ti;
      return true;
    }
    return self(self, wi + 1, ti + 1);
  };
  return rec(rec, 0, start);
}

std::vector<Match> Lexicon::find(const std::vector<Token>& tokens) const {
  std::vector<Match> out;
  std::vector<std::uint32_t> candidates;
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::punct) continue;
    candidates.clear();
    if (auto it = by_key_.find(t.key); it != by_key_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    if (auto it = by_fold_.find(t.fold); it != by_fold_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    if (!by_lower_.empty()) {
      if (auto it = by_lower_.find(t.lower); it != by_lower_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    if (t.kind == TokenKind::word && code_points(t.key) >= kMinCompoundPart + 2) {
      const std::string_view key = t.key;
      // Only lengths some compound part has are looked up.
      for (std::size_t k = 2; k + 2 <= key.size(); ++k) {
        if (!is_utf8_start(key[k])) continue;
        const std::size_t tail = key.size() - k;
        if (tail < head_lengths_.size() && head_lengths_[tail] != 0) {
          if (auto it = compound_heads_.find(key.substr(k)); it != compound_heads_.end()) {
            candidates.insert(candidates.end(), it->second.begin(), it->second.end());
          }
        }
        if (k < modifier_lengths_.size() && modifier_lengths_[k] != 0) {
          if (auto it = compound_modifiers_.find(key.substr(0, k)); it != compound_modifiers_.end()) {
            candidates.insert(candidates.end(), it->second.begin(), it->second.end());
          }
        }
      }
    }
    if (candidates.empty()) continue;
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    const std::size_t before = out.size();
    for (const std::uint32_t c : candidates) {
      std::uint32_t last = i;
      if (match_at(patterns_[c], tokens, i, last)) out.push_back({patterns_[c].list, c, i, last});
    }
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
              [](const Match& a, const Match& b) { return a.last != b.last ? a.last > b.last : a.pattern < b.pattern; });
  }
  return out;
}

bool Lexicon::is_problem_word(std::string_view lower) const {
  if (lower.size() < 3) return false;
  const std::vector<Token> one{Token{0, static_cast<std::uint32_t>(lower.size()), TokenKind::word, false, false, std::string(lower),
                                     text::fold_key(lower), word_key(lower, lemmas_)}};
  for (const Match& m : find(one)) {
    if (m.list == ListId::problem) return true;
  }
  return false;
}

const Lexicon& Lexicon::builtin() {
  static const Lexicon lexicon(embedded_wordlists(), {});
  return lexicon;
}

std::shared_ptr<const Lexicon> Lexicon::for_settings(const config::Settings& settings) {
  bool any = false;
  for (const auto& [k, v] : settings.words) any = any || !v.empty();
  if (!any) return {std::shared_ptr<const Lexicon>(), &builtin()};  // aliasing: no ownership
  std::string key;
  for (const auto& [k, v] : settings.words) {
    key += k;
    key += '\x1f';
    for (const auto& w : v) {
      key += w;
      key += '\x1e';
    }
    key += '\x1d';
  }
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Lexicon>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[key];
  if (!slot) {
    if (cache.size() > 16) {  // bounded: a long-running server with changing configurations
      cache.clear();
      auto fresh = std::make_shared<const Lexicon>(embedded_wordlists(), settings.words);
      cache[key] = fresh;
      return fresh;
    }
    slot = std::make_shared<const Lexicon>(embedded_wordlists(), settings.words);
  }
  return slot;
}

}  // namespace planlint::lang
