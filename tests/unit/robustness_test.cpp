// build_plan never crashes or hangs, whatever the bytes: random buffers, random plan-like
// text, very large files, very long lines, many headings, NUL bytes. Every diagnostic and
// every model range stays inside the buffer, and the scanner's token stream always parses
// in SLL mode (no PL000).
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "model/builder.h"
#include "test_support.h"
#include "text/line_index.h"

namespace planlint::testing {
namespace {

using model::build_plan;
using model::BuildResult;

::testing::AssertionResult range_ok(text::SourceRange r, std::size_t size, const char* what) {
  if (r.begin <= r.end && r.end <= size) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << what << " [" << r.begin << "," << r.end << ") outside a buffer of " << size;
}

void check_section(const model::Section& s, std::size_t size) {
  EXPECT_TRUE(range_ok(s.heading_range, size, "heading"));
  EXPECT_TRUE(range_ok(s.keyword_range, size, "keyword"));
  EXPECT_TRUE(range_ok(s.range, size, "section"));
  for (const auto& f : s.fields) {
    EXPECT_TRUE(range_ok(f.key_range, size, "key"));
    EXPECT_TRUE(range_ok(f.value_range, size, "value"));
    if (const auto* refs = f.as<std::vector<model::Reference>>()) {
      for (const auto& r : *refs) EXPECT_TRUE(range_ok(r.range, size, "reference"));
    }
  }
  for (const auto& i : s.items) {
    EXPECT_TRUE(range_ok(i.range, size, "item"));
    EXPECT_TRUE(range_ok(i.id_range, size, "item id"));
    EXPECT_TRUE(range_ok(i.text_range, size, "item text"));
  }
  for (const auto& p : s.paragraphs) EXPECT_TRUE(range_ok(p.range, size, "paragraph"));
}

void check_goal(const model::Goal& g, std::size_t size) {
  check_section(g.section, size);
  EXPECT_TRUE(range_ok(g.number_range, size, "goal number"));
  EXPECT_TRUE(range_ok(g.statement_range, size, "statement"));
  for (const auto& e : g.evaluations) {
    check_section(e.section, size);
    EXPECT_TRUE(range_ok(e.date_range, size, "evaluation date"));
  }
  for (const auto& s : g.subgoals) check_goal(s, size);
}

// The invariants every build must keep. Returns the result for further checks.
BuildResult checked_build(const std::string& text, const std::string& label) {
  SCOPED_TRACE(label);
  BuildResult r = build_plan(text, diag::Lang::da);
  const std::size_t size = text.size();
  EXPECT_FALSE(r.used_full_ll);
  const text::LineIndex index(text);
  for (const auto& d : r.diagnostics) {
    EXPECT_NE(d.code, "PL000") << d.message;
    EXPECT_TRUE(range_ok(d.range, size, "diagnostic")) << d.code;
    EXPECT_FALSE(d.message.empty()) << d.code;
    for (const auto& rel : d.related) EXPECT_TRUE(range_ok(rel.range, size, "related")) << d.code;
    // Positions can always be computed, and the end is not before the start.
    const auto b = index.position(d.range.begin);
    const auto e = index.position(d.range.end);
    EXPECT_TRUE(b.line < e.line || (b.line == e.line && b.column <= e.column)) << d.code;
  }
  for (std::size_t i = 1; i < r.diagnostics.size(); ++i) {
    EXPECT_LE(r.diagnostics[i - 1].range.begin, r.diagnostics[i].range.begin) << "diagnostics not sorted";
  }
  const model::Plan& p = r.plan;
  if (p.document) check_section(*p.document, size);
  if (p.handleplan) {
    check_section(p.handleplan->section, size);
    for (const auto& g : p.handleplan->goals) EXPECT_TRUE(range_ok(g.range, size, "handleplan goal"));
  }
  for (const auto* s : {&p.target_group, &p.methods, &p.wishes}) {
    if (*s) check_section(**s, size);
  }
  for (const auto& g : p.goals) check_goal(g, size);
  for (const auto& s : p.statuses) {
    check_section(s.section, size);
    EXPECT_TRUE(range_ok(s.date_range, size, "status date"));
  }
  for (const auto& s : p.other_sections) check_section(s, size);
  for (const auto& c : p.comments) EXPECT_TRUE(range_ok(c.range, size, "comment"));
  for (const auto& s : p.suppressions) {
    EXPECT_TRUE(range_ok(s.range, size, "suppression"));
    for (const auto& c : s.codes) EXPECT_TRUE(range_ok(c.range, size, "suppressed code"));
  }
  return r;
}

std::string printable_prefix(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size() && i < 120; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    out += (c >= 0x20 && c < 0x7F) ? std::string(1, static_cast<char>(c)) : "\\x" + std::to_string(c);
  }
  return out;
}

// ---- random buffers ---------------------------------------------------------------------------

TEST(Robustness, RandomBytes) {
  std::mt19937 rng(20261124);
  std::uniform_int_distribution<int> length(0, 4096);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int n = 0; n < 200; ++n) {
    std::string text(static_cast<std::size_t>(length(rng)), '\0');
    for (char& c : text) c = static_cast<char>(byte(rng));
    checked_build(text, "random bytes #" + std::to_string(n) + ": " + printable_prefix(text));
    if (::testing::Test::HasFailure()) return;  // one failing buffer is enough to read
  }
}

TEST(Robustness, RandomBytesFromALineAlphabet) {
  // Bytes that matter to the scanner, so most lines are headings, fields, items and continuations.
  const std::string alphabet = std::string("  \t\t\n\n\n\r#####-*:/.,Hh1290aeMlDst ") + "\xC3\xA5\xCC\x8A\xFF\xEF\xBB\xBF" + std::string(1, '\0');
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> length(0, 4096);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  for (int n = 0; n < 200; ++n) {
    std::string text(static_cast<std::size_t>(length(rng)), '\0');
    for (char& c : text) c = alphabet[pick(rng)];
    checked_build(text, "alphabet #" + std::to_string(n) + ": " + printable_prefix(text));
    if (::testing::Test::HasFailure()) return;
  }
}

TEST(Robustness, RandomPlanFragments) {
  const std::vector<std::string> fragments = {
      "# Individuel plan\n", "## Handleplan\n", "## Barnets plan\n", "## Ønsker\n", "## Målgruppe\n",
      "## Mål 1: Asta tager trøjen på\n", "## Mål 2: x\n", "## Maal 3: y\n", "## Mål: z\n", "## Mål A:\n",
      "### Delmål 1.1: Asta finder trøjen\n", "### Delmål 2.1: x\n", "### Delmaal 1.2\n", "#### Evaluering 27-02-2026\n",
      "### Evaluering 28-04-2026\n", "### Evaluering\n", "## Evaluering 31-02-2026\n", "## Status 10-07-2026\n", "## Status\n",
      "## Ukendt\n", "#\n", "#######\n", "####### x\n", "#tag\n",
      "Borger: Asta\n", "Område: børn\n", "Område: ældre\n", "Næste revision: 01-02-2027\n", "Naeste revision: 1. jan. 2027\n",
      "Start: 01-02-2026\n", "Slut: 31-02-2026\n", "Slut:\n", "Evaluering: hver 3. måned\n", "Evaluering: en gang imellem\n",
      "Handleplan: H1, H3\n", "Handleplan: H1, måske\n", "Mål i perioden: Mål 1, Delmål 1.1\n",
      "Mål i perioden: Ma\xCC\x8Al 1, foo\n", "Periode: 30-06-2026 til 01-02-2026\n", "Beslutning: fortsat\n",
      "Beslutning: fortsæt\n", "Tema: sociale relationer\n", "Kvalitativ: godt\n", "Succeskritierie: x\n",
      "- H1: mål\n", "- H1: igen\n", "- punkt\n", "-\n", "* H2.1: x\n",
      "  fortsat\n", "\tfortsat\n", "  \n", "\n", "\n\n", "\r\n", "// kommentar\n", "// planlint: ignorer PL101 -- x\n",
      "// planlint: ignorere\n", "// planlint:\n", "// planlint: ignorer PL0$4\n",
      "Mor siger: hun er glad\n", "https://x\n", "Kl. 8: x\n", "tekst uden kolon\n",
      "\xFF\xFE", "\xC3", "\xE2\x82", "\xF0\x9F\x98\x80", "\xEF\xBB\xBF", std::string(1, '\0'), "a\xCC\x8A", "Maal", ":", " ", "#",
  };
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> count(0, 200);
  std::uniform_int_distribution<std::size_t> pick(0, fragments.size() - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  for (int n = 0; n < 200; ++n) {
    std::string text;
    const int k = count(rng);
    for (int i = 0; i < k; ++i) {
      std::string f = fragments[pick(rng)];
      if (percent(rng) < 10 && f.size() > 1) {  // sometimes cut a fragment anywhere, even inside a letter
        f.resize(std::uniform_int_distribution<std::size_t>(0, f.size() - 1)(rng));
      }
      text += f;
    }
    checked_build(text, "fragments #" + std::to_string(n) + ": " + printable_prefix(text));
    if (::testing::Test::HasFailure()) return;
  }
}

// ---- large inputs -----------------------------------------------------------------------------

TEST(Robustness, FiftyMegabytePlan) {
  const std::string example = reference_plan();
  const std::size_t a = example.find("## Mål 1:");
  const std::size_t b = example.find("## Mål 2:");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  const std::string block = example.substr(a, b - a);  // Mål 1 with its Delmål and five evaluations
  std::string text = example.substr(0, a);
  std::size_t blocks = 0;
  text.reserve(50u * 1024 * 1024 + block.size());
  while (text.size() < 50u * 1024 * 1024) {
    text += block;
    ++blocks;
  }
  const auto started = std::chrono::steady_clock::now();
  const BuildResult r = build_plan(text, diag::Lang::da);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_FALSE(r.used_full_ll);
  // Every repeated "## Mål 1" is a duplicate goal number, and nothing else is reported.
  EXPECT_EQ(r.diagnostics.size(), blocks - 1);
  std::size_t pl010 = 0;
  for (const auto& d : r.diagnostics) pl010 += d.code == "PL010" ? 1 : 0;
  EXPECT_EQ(pl010, blocks - 1);
  ASSERT_EQ(r.plan.goals.size(), blocks);
  EXPECT_EQ(r.plan.goals.back().subgoals.size(), 1u);
  EXPECT_EQ(r.plan.goals.back().subgoals[0].evaluations.size(), 3u);
  EXPECT_EQ(r.plan.goals.back().evaluations.size(), 2u);
  EXPECT_EQ(r.plan.goals.back().evaluations.back().section.range.end, text.size());
  EXPECT_LT(seconds, 60.0);
}

TEST(Robustness, HundredThousandHeadings) {
  std::string text = std::string(kHeader) + "## Mål 1: Asta tager trøjen på\n";
  text.reserve(text.size() + 100000 * 27);
  for (int i = 0; i < 99999; ++i) text += "### Evaluering 28-04-2026\n";
  const BuildResult r = checked_build(text, "100,000 headings");
  EXPECT_TRUE(r.diagnostics.empty()) << dump(text, r.diagnostics);
  ASSERT_EQ(r.plan.goals.size(), 1u);
  EXPECT_EQ(r.plan.goals[0].evaluations.size(), 99999u);
}

TEST(Robustness, HundredThousandRepeatableSections) {
  std::string text(kHeader);
  for (int i = 0; i < 100000; ++i) text += "## Bemærkninger\n";
  const BuildResult r = checked_build(text, "100,000 notes");
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.plan.other_sections.size(), 100000u);
}

TEST(Robustness, HundredThousandDuplicateSections) {
  std::string text(kHeader);
  for (int i = 0; i < 100000; ++i) text += "## Ønsker\n";
  const BuildResult r = checked_build(text, "100,000 duplicate sections");
  EXPECT_EQ(r.diagnostics.size(), 99999u);
}

TEST(Robustness, ManyDuplicateGoalNumbersAreNotQuadratic) {
  // Each duplicate "## Mål 1" must cost about the same as any other duplicate heading. The
  // yardstick is 60,000 duplicate sections ("## Ønsker") in the same process, so the check
  // holds in sanitizer builds and on a loaded machine: a quadratic duplicate check on 60,000
  // goals costs thousands of times more, a linear one a few times. (CPU time of the process,
  // so parallel tests do not count.)
  const auto cpu_seconds = [](const std::string& text, std::size_t expected_diagnostics) {
    const std::clock_t started = std::clock();
    const BuildResult r = build_plan(text, diag::Lang::da);
    const double seconds = static_cast<double>(std::clock() - started) / CLOCKS_PER_SEC;
    EXPECT_EQ(r.diagnostics.size(), expected_diagnostics);
    return seconds;
  };
  std::string goals(kHeader);
  std::string sections(kHeader);
  for (int i = 0; i < 60000; ++i) {
    goals += "## Mål 1: x\n";
    sections += "## Ønsker\n";
  }
  const double yardstick = cpu_seconds(sections, 59999u);
  const double duplicates = cpu_seconds(goals, 59999u);
  EXPECT_LT(duplicates, 20 * yardstick + 0.05)
      << "60,000 duplicate goal headings took " << duplicates << " s of CPU; 60,000 duplicate sections " << yardstick << " s";
}

TEST(Robustness, OneMegabyteLines) {
  const std::string mb(1u << 20, 'a');
  const std::string base(kHeader);
  {
    const BuildResult r = checked_build(base + "## Ønsker\n" + mb + "\n", "1 MB text line");
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.plan.wishes->paragraphs.at(0).text.size(), mb.size());
  }
  {
    const std::string text = base + "## " + mb + "\n";
    const BuildResult r = checked_build(text, "1 MB heading");
    EXPECT_EQ(found(text), (std::vector<Found>{{"PL003", 5, 1}}));
  }
  {
    const BuildResult r = checked_build(base + "## Mål 1: " + mb + "\n", "1 MB goal statement");
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.plan.goals.at(0).statement.size(), mb.size());
  }
  {
    const std::string text = base + "## Mål 1: x\n### Evaluering 28-04-2026\nBeslutning: " + mb + "\n";
    checked_build(text, "1 MB enumeration value");
    EXPECT_EQ(found(text), (std::vector<Found>{{"PL008", 7, 13}}));
  }
  {
    const std::string text = base + "## Mål 1: x\nEvaluering: " + mb + "\n";
    checked_build(text, "1 MB interval");
    EXPECT_EQ(found(text), (std::vector<Found>{{"PL007", 6, 13}}));
  }
  {
    const std::string text = base + "## Mål 1: x\nStart: " + std::string(1u << 20, '1') + "\n";
    checked_build(text, "1 MB date");
    EXPECT_EQ(found(text), (std::vector<Found>{{"PL006", 6, 8}}));
  }
  {
    std::string refs;
    for (int i = 0; i < 200000; ++i) refs += "H1, ";
    const BuildResult r = checked_build(base + "## Mål 1: x\nHandleplan: " + refs + "\n", "800 KB references");
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.plan.goals.at(0).section.value<std::vector<model::Reference>>(model::FieldId::handleplan_ref)->size(), 200000u);
  }
  {
    const std::string text = base + std::string(1u << 20, ' ') + "x\n";
    checked_build(text, "1 MB indentation");
    EXPECT_EQ(found(text), (std::vector<Found>{{"PL017", 5, (1u << 20) + 1}}));
  }
  {
    std::string text = base + "## Ønsker\n";
    text.append(1u << 20, '\xFF');
    text += "\n";
    const BuildResult r = checked_build(text, "1 MB of invalid UTF-8");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].code, "PL001");
    EXPECT_EQ(r.diagnostics[0].range.end - r.diagnostics[0].range.begin, 1u << 20);
  }
}

TEST(Robustness, OnlyContinuationLines) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "  fortsat\n";
  checked_build(text, "only continuation lines");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL002", 1, 1}, {"PL017", 1, 3}})) << dump(text);
  const BuildResult r = build_plan(text, diag::Lang::da);
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(span(text, r.diagnostics[1].range), "1:3-1000:10");
}

TEST(Robustness, LeadingContinuationBeforeThePlan) {
  const std::string text = "  indrykket\n" + std::string(kHeader);
  checked_build(text, "leading continuation");
  // The document heading is still the first heading: only the stray line is reported.
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL017", 1, 3}})) << dump(text);
}

TEST(Robustness, HundredThousandBlankLines) {
  const std::string text(100000, '\n');
  const BuildResult r = checked_build(text, "100,000 blank lines");
  EXPECT_EQ(found(text), (std::vector<Found>{{"PL002", 1, 1}}));
  EXPECT_FALSE(r.plan.document.has_value());
}

TEST(Robustness, NulBytesEverywhere) {
  using namespace std::string_literals;
  const std::string text =
      "# Individuel plan\0\n"s
      "Borger: \0Asta\n"s
      "Bor\0ger: x\n"s
      "\0\0\0\n"s
      "## Mål \0: x\n"s
      "## Mål 1: \0\n"s
      "Start: 01-02-2026\0\n"s
      "Handleplan: H1,\0 H2\n"s
      "  \0\n"s
      "- H\0: x\n"s
      "// planlint: ignorer \0 -- \0\n"s
      "### Evaluering \0\n"s
      "\0# x\n"s
      "#\0\n"s;
  ASSERT_GT(text.size(), 150u);
  const BuildResult r = checked_build(text, "NUL bytes");
  EXPECT_FALSE(r.diagnostics.empty());
  // The NUL in the heading text is part of the heading: "# Individuel plan\0" is not the document.
  std::string all;
  for (const auto& d : r.diagnostics) all += std::string(d.code) + " ";
  EXPECT_NE(all.find("PL006"), std::string::npos) << all;  // Start: 01-02-2026\0
  EXPECT_NE(all.find("PL009"), std::string::npos) << all;  // H1,\0 H2
}

TEST(Robustness, EveryPrefixOfTheReferencePlan) {
  // Cutting the file anywhere, even inside a letter, never breaks an invariant.
  const std::string example = reference_plan();
  for (std::size_t n = 0; n <= example.size(); n += 7) {
    checked_build(example.substr(0, n), "prefix of " + std::to_string(n) + " bytes");
    if (::testing::Test::HasFailure()) return;
  }
}

}  // namespace
}  // namespace planlint::testing
