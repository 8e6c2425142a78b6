#include "config/load.h"

#include <fmt/format.h>

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>

#include "text/unicode.h"

namespace planlint::config {

namespace fs = std::filesystem;
using diag::tr;

namespace {

std::uint32_t line_of(const toml::node& n) { return static_cast<std::uint32_t>(n.source().begin.line); }

// The candidate within two edits of `word`; failing that, the only candidate that `word` is the
// start of ("max-evaluation" for "max-evaluation-interval"). Empty when there is none.
template <class Candidates>
std::string closest(std::string_view word, const Candidates& candidates) {
  std::string best;
  std::size_t best_d = 3;
  std::string prefix_of;
  int prefix_count = 0;
  for (std::string_view c : candidates) {
    const std::size_t d = text::edit_distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
    if (word.size() >= 3 && c.size() > word.size() && c.starts_with(word)) {
      prefix_of = c;
      ++prefix_count;
    }
  }
  if (best.empty() && prefix_count == 1) return prefix_of;
  return best;
}

// The UTF-8 sequence that starts at `i` (one byte when it is not valid UTF-8).
std::string_view code_point_at(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  const std::size_t n = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  std::size_t len = 1;
  while (len < n && i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
  return s.substr(i, len);
}

// At most this much of a configuration file is read: a planlint.toml is a few lines, and
// `extends` must not make planlint read a device or an endless file.
constexpr std::size_t kMaxConfigBytes = 1024 * 1024;

enum class Unreadable { no, cannot_open, not_a_file, too_big };

// The text of a configuration file into `out`, or why it cannot be used. Only regular files
// are opened, so a folder, a FIFO or /dev/zero is refused without reading from it.
Unreadable read_config(const fs::path& file, std::string& out) {
  std::error_code ec;
  const fs::file_status status = fs::status(file, ec);
  if (!ec && fs::exists(status) && !fs::is_regular_file(status)) return Unreadable::not_a_file;
  std::ifstream in(file, std::ios::binary);
  if (!in) return Unreadable::cannot_open;
  out.assign(kMaxConfigBytes + 1, '\0');
  in.read(out.data(), static_cast<std::streamsize>(out.size()));
  if (in.bad()) return Unreadable::cannot_open;
  out.resize(static_cast<std::size_t>(in.gcount()));
  return out.size() > kMaxConfigBytes ? Unreadable::too_big : Unreadable::no;
}

// The path with symbolic links and dot segments resolved as far as it exists; the path made
// lexically normal when that fails (a name too long for the file system, say).
fs::path canonical_or_normal(const fs::path& p) {
  std::error_code ec;
  fs::path out = fs::weakly_canonical(p, ec);
  return ec ? p.lexically_normal() : out;
}

std::optional<diag::Severity> parse_severity(std::string_view s) {
  if (s == "error" || s == "fejl") return diag::Severity::error;
  if (s == "warning" || s == "advarsel") return diag::Severity::warning;
  if (s == "info") return diag::Severity::info;
  return std::nullopt;
}

}  // namespace

// Embedded profile texts, generated from config/profiles/*.toml at build time.
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_profiles();

std::vector<std::string_view> builtin_profile_names() {
  std::vector<std::string_view> out;
  for (const auto& [name, text] : embedded_profiles()) out.push_back(name);
  return out;
}

std::string_view builtin_profile_text(std::string_view name) {
  for (const auto& [n, text] : embedded_profiles()) {
    if (n == name) return text;
  }
  return {};
}

bool Settings::letter_applies(char letter) const {
  if (letter == 'A' && letters.find('O') != std::string::npos) return true;
  return letters.find(letter) != std::string::npos;
}

Loader::Loader(diag::Lang lang, RuleNames names) : lang_(lang), names_(std::move(names)) {}

class Reader {
 public:
  Reader(diag::Lang lang, const RuleNames& names, std::string origin, Settings& s)
      : lang_(lang), names_(names), origin_(std::move(origin)), s_(s) {}

  [[noreturn]] void fail(std::uint32_t line, const std::string& message) const { throw ConfigError(origin_, line, message); }

  void set_origin(const std::string& key, const toml::node& n) {
    s_.origins[key] = origin_.rfind("profil ", 0) == 0 ? origin_ : fmt::format("{}:{}", origin_, line_of(n));
  }

  std::string string_value(const toml::node& n, std::string_view key) const {
    if (const auto* v = n.as_string()) return v->get();
    fail(line_of(n), fmt::format(fmt::runtime(tr(lang_, "»{}« skal være en tekst i anførselstegn.", "»{}« must be a quoted string.")), key));
  }

  // An entry of the list `key`.
  std::string list_item(const toml::node& n, std::string_view key) const {
    if (const auto* v = n.as_string()) return v->get();
    fail(line_of(n), fmt::format(fmt::runtime(tr(lang_, "»{}« må kun indeholde tekster i anførselstegn.",
                                                 "»{}« may only contain quoted strings.")),
                                 key));
  }

  int int_value(const toml::node& n, std::string_view key, int lo, int hi) const {
    const auto* v = n.as_integer();
    if (v == nullptr || v->get() < lo || v->get() > hi) {
      fail(line_of(n), fmt::format(fmt::runtime(tr(lang_, "»{}« skal være et helt tal fra {} til {}.", "»{}« must be a whole number from {} to {}.")),
                                   key, lo, hi));
    }
    return static_cast<int>(v->get());
  }

  model::Interval interval_value(const toml::node& n, std::string_view key) const {
    const std::string text = string_value(n, key);
    const auto i = model::parse_interval(text);
    if (!i) {
      fail(line_of(n),
           fmt::format(
               fmt::runtime(tr(
                   lang_,
                   "»{}«: »{}« er ikke et interval; skriv fx \"hver 3. måned\", \"2 gange om året\" eller \"årligt\".",
                   "»{}«: »{}« is not an interval; write e.g. \"hver 3. måned\", \"2 gange om året\" or \"årligt\".")),
               key, text));
    }
    return *i;
  }

  std::vector<std::string> rule_list(const toml::node& n, std::string_view key) const {
    const auto* arr = n.as_array();
    if (arr == nullptr) {
      fail(line_of(n), fmt::format(fmt::runtime(tr(lang_, "»{}« skal være en liste, fx [\"PL101\", \"missing-wishes\"].",
                                                   "»{}« must be a list, e.g. [\"PL101\", \"missing-wishes\"].")),
                                   key));
    }
    std::vector<std::string> out;
    for (const toml::node& e : *arr) {
      const std::string v = list_item(e, key);
      check_rule(v, e);
      out.push_back(v);
    }
    return out;
  }

  void check_rule(const std::string& v, const toml::node& at) const {
    if (!names_.known || names_.known(v)) return;
    const std::string suggestion = names_.suggest ? names_.suggest(v) : std::string();
    fail(line_of(at), suggestion.empty()
                          ? fmt::format(fmt::runtime(tr(lang_, "Ukendt regel »{}«; se »planlint rules«.", "Unknown rule »{}«; see »planlint rules«.")), v)
                          : fmt::format(fmt::runtime(tr(lang_, "Ukendt regel »{}«; mente du »{}«?", "Unknown rule »{}«; did you mean »{}«?")), v,
                                        suggestion));
  }

  std::map<std::string, diag::Severity> severity_table(const toml::node& n, const std::string& prefix) {
    const auto* t = n.as_table();
    if (t == nullptr) fail(line_of(n), std::string(tr(lang_, "»severity« skal være en tabel: regel = \"warning\".", "»severity« must be a table: rule = \"warning\".")));
    std::map<std::string, diag::Severity> out;
    for (const auto& [k, v] : *t) {
      const std::string rule(k.str());
      check_rule(rule, v);
      const auto sev = parse_severity(string_value(v, rule));
      if (!sev) {
        fail(line_of(v), fmt::format(fmt::runtime(tr(lang_, "Ukendt alvorsgrad for »{}«; brug \"error\", \"warning\" eller \"info\".",
                                                     "Unknown severity for »{}«; use \"error\", \"warning\" or \"info\".")),
                                     rule));
      }
      out[rule] = *sev;
      set_origin(prefix + rule, v);
    }
    return out;
  }

  [[noreturn]] void not_a_table(const toml::node& n, std::string_view key) const {
    fail(line_of(n), fmt::format(fmt::runtime(tr(lang_, "»{0}« skal skrives som en [{0}]-tabel.",
                                                 "»{0}« must be written as a [{0}] table.")),
                                 key));
  }

  [[noreturn]] void unknown_key(const toml::key& k, std::string_view table, std::initializer_list<std::string_view> known) const {
    const std::string suggestion = closest(k.str(), known);
    std::string list;
    for (std::string_view s : known) list += (list.empty() ? "" : ", ") + std::string(s);
    const std::string where = table.empty() ? std::string() : fmt::format(" [{}]", table);
    fail(static_cast<std::uint32_t>(k.source().begin.line),
         suggestion.empty()
             ? fmt::format(fmt::runtime(tr(lang_, "Ukendt nøgle »{}«{}. Kendte nøgler: {}.", "Unknown key »{}«{}. Known keys: {}.")), k.str(), where, list)
             : fmt::format(fmt::runtime(tr(lang_, "Ukendt nøgle »{}«{}; mente du »{}«?", "Unknown key »{}«{}; did you mean »{}«?")), k.str(), where,
                           suggestion));
  }

  void read_rules(const toml::table& t, RuleSelection& r, const std::string& prefix) {
    // toml++ iterates a table in key order, where "extend-select" comes before "select": the
    // replacing lists are read first, so that a file's extend- lists add to its own lists.
    std::vector<std::pair<const toml::key*, const toml::node*>> entries;
    for (const auto& [k, v] : t) entries.emplace_back(&k, &v);
    std::stable_partition(entries.begin(), entries.end(),
                          [](const auto& e) { return !e.first->str().starts_with("extend-"); });
    for (const auto& [kp, vp] : entries) {
      const toml::key& k = *kp;
      const toml::node& v = *vp;
      const std::string key(k.str());
      if (key == "select") {
        r.select = rule_list(v, key);
      } else if (key == "ignore") {
        r.ignore = rule_list(v, key);
      } else if (key == "extend-select") {
        for (auto& x : rule_list(v, key)) r.select.push_back(std::move(x));
      } else if (key == "extend-ignore") {
        for (auto& x : rule_list(v, key)) r.ignore.push_back(std::move(x));
      } else if (key == "severity") {
        for (auto& [rule, sev] : severity_table(v, prefix + "severity.")) r.severity[rule] = sev;
        continue;
      } else {
        unknown_key(k, "rules", {"select", "ignore", "extend-select", "extend-ignore", "severity"});
      }
      set_origin(prefix + (key.rfind("extend-", 0) == 0 ? key.substr(7) : key), v);
    }
  }

  void read_thresholds(const toml::table& t) {
    Thresholds& th = s_.thresholds;
    for (const auto& [k, v] : t) {
      const std::string key(k.str());
      if (key == "max-evaluation-interval") {
        th.max_evaluation_interval = interval_value(v, key);
      } else if (key == "status-interval-children") {
        th.status_interval_children = interval_value(v, key);
      } else if (key == "status-interval-adults") {
        th.status_interval_adults = interval_value(v, key);
      } else if (key == "revision-interval") {
        th.revision_interval = interval_value(v, key);
      } else if (key == "status-days-before-meeting") {
        th.status_days_before_meeting = int_value(v, key, 0, 365);
      } else if (key == "minutes-within-days") {
        th.minutes_within_days = int_value(v, key, 0, 365);
      } else if (key == "plan-start-within-days") {
        th.plan_start_within_days = int_value(v, key, 0, 3650);
      } else if (key == "enrolment-deadlines") {
        const auto* arr = v.as_array();
        if (arr == nullptr) fail(line_of(v), std::string(tr(lang_, "»enrolment-deadlines« skal være en liste af tabeller ([[thresholds.enrolment-deadlines]]).",
                                                           "»enrolment-deadlines« must be an array of tables ([[thresholds.enrolment-deadlines]]).")));
        th.enrolment_deadlines.clear();
        for (const toml::node& e : *arr) {
          const auto* et = e.as_table();
          if (et == nullptr) fail(line_of(e), std::string(tr(lang_, "Hver frist skal være en tabel med name og within-months.", "Each deadline must be a table with name and within-months.")));
          EnrolmentDeadline d;
          for (const auto& [dk, dv] : *et) {
            if (dk.str() == "name") {
              d.name = string_value(dv, "name");
            } else if (dk.str() == "within-months") {
              d.within_months = int_value(dv, "within-months", 0, 240);
            } else if (dk.str() == "repeat-months") {
              d.repeat_months = int_value(dv, "repeat-months", 0, 240);
            } else {
              unknown_key(dk, "thresholds.enrolment-deadlines", {"name", "within-months", "repeat-months"});
            }
          }
          if (d.name.empty()) fail(line_of(e), std::string(tr(lang_, "Fristen mangler et navn (name = \"DPU\").", "The deadline has no name (name = \"DPU\").")));
          th.enrolment_deadlines.push_back(std::move(d));
        }
      } else {
        unknown_key(k, "thresholds",
                    {"max-evaluation-interval", "status-interval-children", "status-interval-adults", "revision-interval",
                     "status-days-before-meeting", "minutes-within-days", "plan-start-within-days", "enrolment-deadlines"});
      }
      set_origin("thresholds." + key, v);
    }
  }

  void read_words(const toml::table& t) {
    for (const auto& [k, v] : t) {
      const std::string key(k.str());
      if (key != "avoidance" && key != "vague" && key != "observable") unknown_key(k, "words", {"avoidance", "vague", "observable"});
      const auto* arr = v.as_array();
      if (arr == nullptr) fail(line_of(v), fmt::format(fmt::runtime(tr(lang_, "»{}« skal være en liste af ord.", "»{}« must be a list of words.")), key));
      auto& list = s_.words[key];
      for (const toml::node& e : *arr) {
        list.push_back(text::to_nfc(list_item(e, key)));
        check_word_section(list.back(), e);
      }
      set_origin("words." + key, v);
    }
  }

  // "[problemer] selvmordsforsøg": the prefix must name a word-list section.
  void check_word_section(std::string_view entry, const toml::node& n) const {
    if (names_.word_sections.empty()) return;
    while (!entry.empty() && (entry.front() == ' ' || entry.front() == '\t')) entry.remove_prefix(1);
    if (entry.empty() || entry.front() != '[') return;
    const std::size_t close = entry.find(']');
    const std::string_view name = close == std::string_view::npos ? entry.substr(1) : entry.substr(1, close - 1);
    const std::string key = text::fold_key(name);
    for (std::string_view s : names_.word_sections) {
      if (text::fold_key(s) == key) {
        if (close != std::string_view::npos) return;
        break;
      }
    }
    std::string list;
    for (std::string_view s : names_.word_sections) list += (list.empty() ? "" : ", ") + std::string(s);
    if (close == std::string_view::npos) {
      fail(line_of(n), fmt::format(fmt::runtime(tr(lang_, "»{}« mangler »]« efter afsnittets navn; skriv fx »[problemer] ord«.",
                                                   "»{}« lacks »]« after the section name; write e.g. »[problemer] word«.")),
                                   entry));
    }
    const std::string suggestion = closest(name, names_.word_sections);
    fail(line_of(n), suggestion.empty()
                         ? fmt::format(fmt::runtime(tr(lang_, "Ukendt ordlisteafsnit »[{}]« i »{}«. Kendte afsnit: {}.",
                                                       "Unknown word-list section »[{}]« in »{}«. Known sections: {}.")),
                                       name, entry, list)
                         : fmt::format(fmt::runtime(tr(lang_, "Ukendt ordlisteafsnit »[{}]« i »{}«; mente du »[{}]«?",
                                                       "Unknown word-list section »[{}]« in »{}«; did you mean »[{}]«?")),
                                       name, entry, suggestion));
  }

  void read_overrides(const toml::node& n, const fs::path& base_dir) {
    const auto* arr = n.as_array();
    if (arr == nullptr) fail(line_of(n), std::string(tr(lang_, "»overrides« skal skrives som [[overrides]]-tabeller.", "»overrides« must be written as [[overrides]] tables.")));
    for (const toml::node& e : *arr) {
      const auto* t = e.as_table();
      if (t == nullptr) fail(line_of(e), std::string(tr(lang_, "Hver [[overrides]] skal være en tabel.", "Each [[overrides]] must be a table.")));
      PathOverride o;
      o.base_dir = base_dir.generic_string();
      RuleSelection sel;
      sel.select.clear();
      for (const auto& [k, v] : *t) {
        const std::string key(k.str());
        if (key == "paths") {
          const auto* pa = v.as_array();
          if (pa == nullptr) fail(line_of(v), std::string(tr(lang_, "»paths« skal være en liste af mønstre, fx [\"arkiv/**\"].", "»paths« must be a list of patterns, e.g. [\"arkiv/**\"].")));
          for (const toml::node& p : *pa) o.paths.push_back(list_item(p, "paths"));
        } else if (key == "select") {
          o.select = rule_list(v, key);
        } else if (key == "ignore") {
          o.ignore = rule_list(v, key);
        } else if (key == "severity") {
          o.severity = severity_table(v, "overrides.severity.");
        } else {
          unknown_key(k, "overrides", {"paths", "select", "ignore", "severity"});
        }
      }
      if (o.paths.empty())
        fail(line_of(e), std::string(tr(lang_, "[[overrides]] mangler »paths«.", "[[overrides]] has no »paths«.")));
      set_origin("overrides", e);
      o.origin = s_.origins["overrides"];
      s_.overrides.push_back(std::move(o));
    }
  }

 private:
  diag::Lang lang_;
  const RuleNames& names_;
  std::string origin_;
  Settings& s_;
};

void Loader::apply_extends(std::string_view target, const std::string& origin, std::uint32_t line, const fs::path& base_dir,
                           Settings& s, std::vector<std::string>& chain) {
  const std::string_view profile = builtin_profile_text(target);
  if (!profile.empty()) {
    const std::string name = "profil " + std::string(target);
    if (std::find(chain.begin(), chain.end(), name) != chain.end()) {
      throw ConfigError(origin, line, fmt::format(fmt::runtime(tr(lang_, "»extends« danner en løkke via {}.", "»extends« forms a loop through {}.")), name));
    }
    chain.push_back(name);
    apply(profile, name, base_dir, s, chain);
    chain.pop_back();
    // After the profile's own base, so that smorte (which extends specialsektoren) is smorte.
    s.profile = std::string(target);
    return;
  }
  const bool looks_like_path = target.find('/') != std::string_view::npos || target.ends_with(".toml");
  if (!looks_like_path) {
    std::string names;
    for (std::string_view n : builtin_profile_names()) names += (names.empty() ? "" : ", ") + std::string(n);
    throw ConfigError(origin, line,
                      fmt::format(fmt::runtime(tr(lang_, "Ukendt profil »{}«. Indbyggede profiler: {}; eller angiv en sti til en .toml-fil.",
                                                  "Unknown profile »{}«. Built-in profiles: {}; or give a path to a .toml file.")),
                                  target, names));
  }
  const fs::path file = canonical_or_normal(base_dir / fs::path(std::string(target)));
  if (std::find(chain.begin(), chain.end(), file.string()) != chain.end()) {
    throw ConfigError(origin, line, fmt::format(fmt::runtime(tr(lang_, "»extends« danner en løkke via {}.", "»extends« forms a loop through {}.")), file.string()));
  }
  std::string text;
  switch (read_config(file, text)) {
    case Unreadable::no:
      break;
    case Unreadable::cannot_open:
      throw ConfigError(origin, line, fmt::format(fmt::runtime(tr(lang_, "Kan ikke læse »{}«, som »extends« peger på.", "Cannot read »{}«, named by »extends«.")),
                                                  file.string()));
    case Unreadable::not_a_file:
      throw ConfigError(origin, line,
                        fmt::format(fmt::runtime(tr(lang_, "»{}«, som »extends« peger på, er ikke en fil; angiv stien til en .toml-fil.",
                                                    "»{}«, named by »extends«, is not a file; give the path to a .toml file.")),
                                    file.string()));
    case Unreadable::too_big:
      throw ConfigError(origin, line,
                        fmt::format(fmt::runtime(tr(lang_, "»{}«, som »extends« peger på, er over 1 MiB og kan ikke være en konfigurationsfil.",
                                                    "»{}«, named by »extends«, is over 1 MiB and cannot be a configuration file.")),
                                    file.string()));
  }
  chain.push_back(file.string());
  apply(text, file.string(), file.parent_path(), s, chain);
  chain.pop_back();
}

void Loader::apply(std::string_view text, const std::string& origin, const fs::path& base_dir, Settings& s, std::vector<std::string>& chain) {
  toml::table root;
  try {
    root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    throw ConfigError(origin, static_cast<std::uint32_t>(e.source().begin.line),
                      fmt::format(fmt::runtime(tr(lang_, "Ugyldig TOML: {}", "Invalid TOML: {}")), e.description()));
  }
  // The base first, so that this file's own settings override it: `extends` names it; a
  // user's file without `extends` builds on the default profile; built-in profiles without
  // `extends` start from the defaults in settings.h.
  if (const toml::node* ext = root.get("extends")) {
    const auto* str = ext->as_string();
    if (str == nullptr) throw ConfigError(origin, line_of(*ext), std::string(tr(lang_, "»extends« skal være en tekst: et profilnavn eller en sti.", "»extends« must be a string: a profile name or a path.")));
    apply_extends(str->get(), origin, line_of(*ext), base_dir, s, chain);
  } else if (origin.rfind("profil ", 0) != 0) {
    apply_extends("specialsektoren", origin, 0, base_dir, s, chain);
  }
  Reader r(lang_, names_, origin, s);
  for (const auto& [k, v] : root) {
    const std::string key(k.str());
    if (key == "extends") {
      r.set_origin("extends", v);
    } else if (key == "letters") {
      std::string letters = r.string_value(v, key);
      for (std::size_t i = 0; i < letters.size(); ++i) {
        const char c = letters[i];
        if (std::string_view("SMAORTE").find(c) == std::string_view::npos) {
          r.fail(line_of(v),
                 fmt::format(
                     fmt::runtime(tr(lang_, "»letters« må kun indeholde bogstaverne S, M, A, O, R, T og E, ikke »{}«.",
                                     "»letters« may only contain the letters S, M, A, O, R, T and E, not »{}«.")),
                     code_point_at(letters, i)));
        }
      }
      s.letters = letters;
      r.set_origin("letters", v);
    } else if (key == "rules") {
      const auto* t = v.as_table();
      if (t == nullptr) r.not_a_table(v, key);
      r.read_rules(*t, s.rules, "rules.");
    } else if (key == "thresholds") {
      const auto* t = v.as_table();
      if (t == nullptr) r.not_a_table(v, key);
      r.read_thresholds(*t);
    } else if (key == "words") {
      const auto* t = v.as_table();
      if (t == nullptr) r.not_a_table(v, key);
      r.read_words(*t);
    } else if (key == "overrides") {
      r.read_overrides(v, base_dir);
    } else {
      r.unknown_key(k, "", {"extends", "letters", "rules", "thresholds", "words", "overrides"});
    }
  }
}

Settings Loader::load_text(std::string_view text, const std::string& origin, const fs::path& base_dir) {
  Settings s;
  std::vector<std::string> chain{origin};
  apply(text, origin, base_dir, s, chain);
  return s;
}

Settings Loader::load_profile(std::string_view name) {
  Settings s;
  std::vector<std::string> chain;
  std::error_code ec;  // a built-in profile needs no folder; the current one may be gone
  apply_extends(name, "--profile", 0, fs::current_path(ec), s, chain);
  return s;
}

Settings Loader::load_file(const fs::path& file) {
  std::string text;
  switch (read_config(file, text)) {
    case Unreadable::no:
      break;
    case Unreadable::cannot_open:
      throw ConfigError(file.string(), 0, std::string(tr(lang_, "Konfigurationsfilen kan ikke læses.", "The configuration file cannot be read.")));
    case Unreadable::not_a_file:
      throw ConfigError(file.string(), 0,
                        std::string(tr(lang_, "Konfigurationsfilen er ikke en fil; angiv stien til en planlint.toml.",
                                       "The configuration file is not a file; give the path to a planlint.toml.")));
    case Unreadable::too_big:
      throw ConfigError(file.string(), 0,
                        std::string(tr(lang_, "Konfigurationsfilen er over 1 MiB; en planlint.toml er nogle få linjer.",
                                       "The configuration file is over 1 MiB; a planlint.toml is a few lines.")));
  }
  // The loop check compares canonical paths: the file itself goes in as one too.
  std::error_code ec;
  const fs::path abs = canonical_or_normal(fs::absolute(file, ec));
  Settings s;
  std::vector<std::string> chain{abs.string()};
  apply(text, file.string(), abs.parent_path(), s, chain);
  return s;
}

fs::path Loader::find_config(const fs::path& dir) {
  std::error_code ec;
  // Resolving symlinks costs system calls per path component; a bulk run asks for the same
  // few folders thousands of times, so the folder as given is looked up first.
  const fs::path given = fs::absolute(dir, ec);
  if (const auto it = found_.find(given); !ec && it != found_.end()) return it->second;
  fs::path d = fs::weakly_canonical(given, ec);
  if (ec) d = given;
  const fs::path start = d;
  if (const auto it = found_.find(start); it != found_.end()) {
    found_[given] = it->second;
    return it->second;
  }
  fs::path result;
  while (true) {
    const fs::path candidate = d / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      result = candidate;
      break;
    }
    if (!d.has_parent_path() || d.parent_path() == d) break;
    d = d.parent_path();
  }
  found_[start] = result;
  found_[given] = result;
  return result;
}

const Settings& Loader::for_directory(const fs::path& dir) {
  const fs::path file = find_config(dir);
  if (const auto it = cache_.find(file); it != cache_.end()) return *it->second;
  auto s = std::make_shared<Settings>(file.empty() ? load_profile("specialsektoren") : load_file(file));
  return *cache_.emplace(file, std::move(s)).first->second;
}

namespace {

// Whether p[pi..] matches s[si..]; `memo` remembers failures (pattern × path positions), so
// that patterns with many stars stay linear in their product.
bool glob_from(std::string_view p, std::size_t pi, std::string_view s, std::size_t si, std::vector<char>& memo) {
  char& failed = memo[pi * (s.size() + 1) + si];
  if (failed != 0) return false;
  const auto match = [&]() -> bool {
    if (pi == p.size()) return si == s.size();
    if (p.compare(pi, 2, "**") == 0) {
      // "**/" stands for no folder or any folders, each ending in '/'; "**" elsewhere for anything.
      if (p.compare(pi, 3, "**/") == 0) {
        for (std::size_t i = si; i <= s.size(); ++i) {
          if ((i == si || s[i - 1] == '/') && glob_from(p, pi + 3, s, i, memo)) return true;
        }
        return false;
      }
      for (std::size_t i = si; i <= s.size(); ++i) {
        if (glob_from(p, pi + 2, s, i, memo)) return true;
      }
      return false;
    }
    if (p[pi] == '*') {
      for (std::size_t i = si; i <= s.size(); ++i) {
        if (glob_from(p, pi + 1, s, i, memo)) return true;
        if (i < s.size() && s[i] == '/') break;
      }
      return false;
    }
    if (si == s.size()) return false;
    if (p[pi] == '?') {
      // One character within a segment: a whole UTF-8 sequence.
      if (s[si] == '/') return false;
      return glob_from(p, pi + 1, s, si + code_point_at(s, si).size(), memo);
    }
    return p[pi] == s[si] && glob_from(p, pi + 1, s, si + 1, memo);
  };
  if (match()) return true;
  failed = 1;
  return false;
}

}  // namespace

bool glob_match(std::string_view p, std::string_view s) {
  std::vector<char> memo((p.size() + 1) * (s.size() + 1), 0);
  return glob_from(p, 0, s, 0, memo);
}

}  // namespace planlint::config
