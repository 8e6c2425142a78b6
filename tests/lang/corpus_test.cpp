// Precision and recall of the three language rules on the labelled corpus
// (tests/lang/corpus.tsv): every row goes through the real rules inside a small plan.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/lint.h"
#include "text/line_index.h"

namespace planlint::testing {
namespace {

struct Row {
  std::size_t line = 0;
  bool criterion = false;
  std::string text;
  bool avoidance = false;
  bool vague = false;
  bool unmeasurable = false;
  std::string note;
};

// PLANLINT_CORPUS=file.tsv measures another corpus in the same format (sentences written
// independently of this one, say); the default is tests/lang/corpus.tsv.
std::string corpus_path() {
  const char* other = std::getenv("PLANLINT_CORPUS");
  return other != nullptr && *other != '\0' ? std::string(other) : std::string(PLANLINT_SOURCE_DIR) + "/tests/lang/corpus.tsv";
}

std::vector<Row> read_corpus() {
  std::ifstream in(corpus_path(), std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << corpus_path();
  std::vector<Row> rows;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream s(line);
    std::string c;
    while (std::getline(s, c, '\t')) cols.push_back(c);
    if (cols.size() < 5) {
      ADD_FAILURE() << "corpus.tsv:" << n << ": expected at least 5 tab-separated columns";
      continue;
    }
    Row r;
    r.line = n;
    r.criterion = cols[0] == "criterion";
    EXPECT_TRUE(r.criterion || cols[0] == "statement") << "corpus.tsv:" << n << ": kind " << cols[0];
    r.text = cols[1];
    r.avoidance = cols[2] == "1";
    r.vague = cols[3] == "1";
    r.unmeasurable = cols[4] == "1";
    if (cols.size() > 5) r.note = cols[5];
    EXPECT_FALSE(r.criterion && r.vague) << "corpus.tsv:" << n << ": vague-goal applies to statements only";
    EXPECT_FALSE(!r.criterion && r.unmeasurable) << "corpus.tsv:" << n << ": unmeasurable-criterion applies to criteria only";
    rows.push_back(std::move(r));
  }
  return rows;
}

struct Verdict {
  bool avoidance = false;
  bool vague = false;
  bool unmeasurable = false;
};

// The row's text as a goal statement (line 2) or a success criterion (line 3) next to a
// neutral partner that none of the rules flags.
Verdict judge(const Row& r) {
  std::string plan = "# Individuel plan\n## Mål 1: ";
  plan += r.criterion ? "Asta tager selv sin trøje på om morgenen" : r.text;
  plan += "\nSucceskriterium: ";
  plan += r.criterion ? r.text : "Asta gør det mindst 5 af 7 dage i fire uger.";
  plan += "\n";
  engine::LintOptions o;
  o.today = {2026, 8, 10};
  const engine::FileReport report = engine::lint_buffer("corpus.plan", plan, o);
  const text::LineIndex index(report.source);
  const std::uint32_t wanted_line = r.criterion ? 3 : 2;
  Verdict v;
  for (const auto& d : report.diagnostics) {
    if (index.position(d.range.begin).line != wanted_line) continue;
    if (d.name == "avoidance-phrasing") v.avoidance = true;
    if (d.name == "vague-goal") v.vague = true;
    if (d.name == "unmeasurable-criterion") v.unmeasurable = true;
  }
  return v;
}

struct Score {
  Score(const char* r, double p, double rc) : rule(r), min_precision(p), min_recall(rc) {}
  const char* rule;
  double min_precision;
  double min_recall;
  int tp = 0;
  int fp = 0;
  int fn = 0;
  int tn = 0;
  std::vector<std::string> misses;

  void add(const Row& r, bool expected, bool got) {
    if (expected && got) ++tp;
    if (!expected && !got) ++tn;
    if (!expected && got) {
      ++fp;
      misses.push_back("  false alarm (corpus.tsv:" + std::to_string(r.line) + ") " + r.text + (r.note.empty() ? "" : "  [" + r.note + "]"));
    }
    if (expected && !got) {
      ++fn;
      misses.push_back("  missed      (corpus.tsv:" + std::to_string(r.line) + ") " + r.text + (r.note.empty() ? "" : "  [" + r.note + "]"));
    }
  }
  [[nodiscard]] double precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
  [[nodiscard]] double recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
};

TEST(LanguageCorpus, PrecisionAndRecallPerRule) {
  const std::vector<Row> rows = read_corpus();
  if (std::getenv("PLANLINT_CORPUS") == nullptr) {
    ASSERT_GE(rows.size(), 300u) << "the corpus must have at least 300 labelled sentences";
  }
  Score avoidance{"avoidance-phrasing", 0.95, 0.90};
  Score vague{"vague-goal", 0.90, 0.85};
  Score unmeasurable{"unmeasurable-criterion", 0.90, 0.85};
  std::size_t statements = 0;
  for (const Row& r : rows) {
    const Verdict v = judge(r);
    avoidance.add(r, r.avoidance, v.avoidance);
    if (r.criterion) {
      unmeasurable.add(r, r.unmeasurable, v.unmeasurable);
    } else {
      ++statements;
      vague.add(r, r.vague, v.vague);
    }
  }
  std::printf("language corpus: %zu sentences (%zu statements, %zu criteria)\n", rows.size(), statements, rows.size() - statements);
  for (Score* s : {&avoidance, &vague, &unmeasurable}) {
    std::printf("%-24s precision %.3f (>= %.2f)  recall %.3f (>= %.2f)  tp %d fp %d fn %d tn %d\n", s->rule, s->precision(),
                s->min_precision, s->recall(), s->min_recall, s->tp, s->fp, s->fn, s->tn);
    for (const std::string& m : s->misses) std::printf("%s\n", m.c_str());
  }
  std::fflush(stdout);
  for (const Score* s : {&avoidance, &vague, &unmeasurable}) {
    EXPECT_GE(s->precision(), s->min_precision) << s->rule;
    EXPECT_GE(s->recall(), s->min_recall) << s->rule;
  }
}

}  // namespace
}  // namespace planlint::testing
