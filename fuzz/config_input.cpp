#include "config_input.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "config/load.h"
#include "engine/lint.h"
#include "lsp/options.h"
#include "lsp/protocol.h"
#include "lsp/workspace.h"

namespace planlint::fuzzing {

namespace fs = std::filesystem;

namespace {

// A plan that the settings change the findings of: thresholds (intervals, days before the
// meeting), letters, words for the language rules, and overrides by path.
constexpr std::string_view kPlan = R"(# Individuel plan
Borger: Testbarn
Område: børn
Indskrevet: 05-01-2026
Revideret: 20-07-2026

## Handleplan
Lovgrundlag: Barnets lov § 91
Dato: 08-01-2026
Formål: Barnet får en tryg hverdag.
- H1: Barnet deltager i skolen.

## Mål 1: Barnet undgår konflikter og trives bedre i frikvarteret
Handleplan: H1
Tema: skole og uddannelse
Succeskriterium: Barnet leger med andre i frikvarteret 3 af 5 skoledage.
Inddragelse: Aftalt med barnet.
Indsats: En voksen er med i frikvarteret.
Start: 01-02-2026
Slut: 31-12-2026
Evaluering: hver 4. måned

### Evaluering 20-04-2026
Kvalitativ: Barnet søger de andre børn.
Kvantitativ: 2 af 5 skoledage.
Beslutning: fortsæt

## Status 06-07-2026
Periode: 01-02-2026 til 30-06-2026
Møde: 15-07-2026
Sendt: 06-07-2026
Mål i perioden: Mål 1
)";

// The folder that `extends` in a fuzzed planlint.toml is relative to (tilbud/), beside files
// it may name: a shared file that extends a profile, a loop, a file with an error, and a
// folder with a .toml name. Made on first use, removed when the process exits.
class Scratch {
 public:
  Scratch() {
    std::string tmpl = (fs::temp_directory_path() / "planlint_config_fuzz_XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) std::abort();
    root_ = tmpl;
    write("fælles.toml", "extends = \"smorte\"\n[thresholds]\nminutes-within-days = 3\n[rules]\nextend-ignore = [\"PL1\"]\n");
    write("region/planlint.toml", "extends = \"../fælles.toml\"\nletters = \"SMORTE\"\n");
    write("løkke.toml", "extends = \"løkke.toml\"\n");
    write("fejl.toml", "[thresholds]\nminutes-within-days = \"syv\"\n");
    fs::create_directories(root_ / "mappe.toml");
    fs::create_directories(root_ / "tilbud");
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  [[nodiscard]] fs::path base() const { return root_ / "tilbud"; }

 private:
  void write(const std::string& relative, std::string_view text) {
    const fs::path p = root_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
  }
  fs::path root_;
};

const Scratch& scratch() {
  static const Scratch s;
  return s;
}

// A configuration error names the file and the line it is about, and says something.
std::string check_error(const config::ConfigError& e) {
  const std::string what = e.what();
  if (e.file().empty() || e.line() == 0) return "a configuration error without its file and line: " + what;
  const std::string prefix = e.file() + ":" + std::to_string(e.line()) + ": ";
  if (!what.starts_with(prefix) || what.size() == prefix.size()) return "a configuration error without a message: " + what;
  return {};
}

// What the CLI and the server do with settings: the cache fingerprint, the rules that apply
// to a path (overrides' globs), and a lint with every rule that reads a setting.
std::string use_settings(const config::Settings& s, diag::Lang lang) {
  (void)config::fingerprint(s);
  const fs::path plan = scratch().base() / "malte.plan";
  (void)engine::active_rules(s, plan);
  (void)engine::active_rules(s, scratch().base() / "arkiv" / "2024" / "ærø å.plan");
  engine::LintOptions o;
  o.lang = lang;
  o.today = {2026, 8, 10};
  o.settings = &s;
  o.absolute_path = plan;
  const engine::FileReport r = engine::lint_buffer("malte.plan", std::string(kPlan), o);
  for (const auto& d : r.diagnostics) {
    if (d.range.begin > d.range.end || d.range.end > kPlan.size()) return "a finding outside the plan: " + std::string(d.code);
  }
  return {};
}

std::string check_toml(std::string_view text, diag::Lang lang) {
  config::Loader loader(lang, engine::config_names());
  config::Settings s;
  try {
    s = loader.load_text(text, "planlint.toml", scratch().base());
  } catch (const config::ConfigError& e) {
    return check_error(e);
  }
  return use_settings(s, lang);
}

// A message the server shows: not empty, and valid UTF-8 (else it cannot be sent as JSON).
std::string check_message(const std::string& m) {
  if (m.empty()) return "an empty message";
  try {
    (void)lsp::json(m).dump();
  } catch (const lsp::json::exception&) {
    return "a message that is not valid UTF-8: " + m;
  }
  return {};
}

std::string check_lsp_settings(std::string_view text) {
  const lsp::json settings = lsp::json::parse(text, nullptr, false);
  if (settings.is_discarded()) return {};  // the server answers a parse error; no settings read
  lsp::Workspace w;
  bool changed = false;
  std::vector<std::string> messages = w.apply_settings(settings, changed);
  lsp::ServerOptions o;
  for (std::string& m : lsp::read_initialization_options(settings, w.lang(), o)) messages.push_back(std::move(m));
  for (const std::string& m : messages) {
    if (std::string problem = check_message(m); !problem.empty()) return problem;
  }
  if (o.debounce.count() < 0 || o.debounce.count() > 10000) return "debounceMs outside 0-10000";
  if (!o.docs_base.empty() && o.docs_base.back() != '/') return "docsBaseUri without a final '/'";
  const auto config = w.resolve("untitled:Unavngivet-1");
  if (!config || !config->settings) return "no settings for an unsaved document";
  if (config->settings->profile != w.profile()) return "an unsaved document does not get the chosen profile";
  return use_settings(*config->settings, w.lang());
}

}  // namespace

std::string check_config_input(std::string_view data) {
  const std::size_t first = data.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && data[first] == '{') return check_lsp_settings(data);
  return check_toml(data, data.size() % 2 == 0 ? diag::Lang::da : diag::Lang::en);
}

}  // namespace planlint::fuzzing
