#pragma once

// Helpers for rule tests: lint a snippet with the default profile (or given settings) and
// look only at one rule's findings.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "config/load.h"
#include "engine/lint.h"
#include "engine/registry.h"
#include "text/line_index.h"

namespace planlint::testing {

struct RuleHit {
  std::uint32_t line;
  std::uint32_t column;
  std::string message;
  std::string help;
  diag::Severity severity;
  std::size_t fixes;
};

inline model::Date date(int y, int m, int d) { return {y, m, d}; }

// Findings of `rule` (code or name) in `text`, linted on `today`.
inline std::vector<RuleHit> hits(std::string_view rule, std::string_view text, model::Date today = {2026, 8, 10},
                                 const config::Settings* settings = nullptr, diag::Lang lang = diag::Lang::da) {
  engine::LintOptions o;
  o.today = today;
  o.lang = lang;
  o.settings = settings;
  const engine::FileReport r = engine::lint_buffer("test.plan", std::string(text), o);
  const text::LineIndex index(r.source);
  std::vector<RuleHit> out;
  for (const auto& d : r.diagnostics) {
    if (d.code != rule && d.name != rule) continue;
    const auto p = index.position(d.range.begin);
    out.push_back({p.line, p.column, d.message, d.help, d.severity, d.fixes.size()});
  }
  return out;
}

// The reference child's plan the rule tests are written against: complete, with three goals,
// a closed sub-goal and a status, and no findings on 2026-08-01 or 2026-08-10.
inline constexpr const char* kReferencePlanFile = PLANLINT_SOURCE_DIR "/tests/fixtures/reference-child.plan";

// Settings from TOML text (as a planlint.toml would give).
inline config::Settings settings_from(std::string_view toml) {
  config::Loader loader(diag::Lang::da, engine::config_names());
  return loader.load_text(toml, "planlint.toml", ".");
}

// The text with every fix of `rule` applied (edits applied back to front).
inline std::string apply_fixes(std::string_view rule, std::string_view text, model::Date today = {2026, 8, 10}) {
  engine::LintOptions o;
  o.today = today;
  const engine::FileReport r = engine::lint_buffer("test.plan", std::string(text), o);
  std::vector<diag::Edit> edits;
  for (const auto& d : r.diagnostics) {
    if (d.code != rule && d.name != rule) continue;
    for (const auto& f : d.fixes) edits.insert(edits.end(), f.edits.begin(), f.edits.end());
  }
  std::sort(edits.begin(), edits.end(), [](const diag::Edit& a, const diag::Edit& b) { return a.range.begin > b.range.begin; });
  std::string out(text);
  for (const auto& e : edits) out.replace(e.range.begin, e.range.end - e.range.begin, e.replacement);
  return out;
}

// A complete plan that passes every rule on 2026-08-10 (the reference plan's shape, short).
inline constexpr std::string_view kCleanPlan = R"(# Individuel plan
Borger: Testbarn
Område: børn
Indskrevet: 15-01-2026
Kontaktteam: Mette
Revideret: 01-08-2026
Næste revision: 01-02-2027

## Handleplan
Lovgrundlag: Barnets lov § 91
Dato: 10-01-2026
Formål: Barnet udvikler sit sprog og sine relationer.
- H1: Barnet deltager i undervisning.
- H2: Barnet leger med andre børn.

## Målgruppe
Målgruppe: Børn med nedsat funktionsevne.
Kategori: Kategori 3.
Støttebehov: Verbal guidning i overgange.

## Faglige tilgange og metoder
- Struktureret pædagogik.

## Ønsker
Barnet ønsker at gå i svømmehallen.

## Mål 1: Barnet rækker hånden op i timen
Handleplan: H1
Tema: skole og uddannelse
Succeskriterium: Barnet rækker hånden op mindst 3 gange om dagen i fire uger.
Inddragelse: Aftalt med barnet og mor.
Indsats: Læreren minder barnet om det ved timens start.
Start: 01-02-2026
Slut: 31-12-2026
Evaluering: hver 3. måned

### Evaluering 27-07-2026
Kvalitativ: Barnet rækker oftere hånden op.
Kvantitativ: 2 gange om dagen i juli.
Beslutning: fortsæt

## Mål 2: Barnet leger med et andet barn i ti minutter
Handleplan: H2
Tema: sociale relationer
Succeskriterium: Fælles leg i mindst ti minutter tre gange om ugen.
Inddragelse: Mor har været med til at formulere målet.
Indsats: Voksenstøttet leg hver tirsdag.
Start: 01-02-2026
Slut: 31-10-2026
Evaluering: hver 3. måned

### Evaluering 27-07-2026
Kvalitativ: Barnet søger de andre børn.
Kvantitativ: 2 gange om ugen.
Beslutning: fortsæt

## Status 10-07-2026
Periode: 01-02-2026 til 30-06-2026
Møde: 28-07-2026
Sendt: 10-07-2026
Ressourcer og udfordringer: Barnet er roligere.
Mål i perioden: Mål 1, Mål 2
Udførte indsatser: Voksenstøttet leg.
Opnåede resultater: Barnet leger oftere med andre.
Fremadrettet: Målene fortsætter.
Faglige tilgange og metoder: Struktureret pædagogik.
Målgruppe og støttebehov: Uændret.
)";

}  // namespace planlint::testing
