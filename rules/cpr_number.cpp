// cpr-number (PL401): a Danish CPR number in clear text anywhere in the plan.
#include <set>
#include <tuple>

#include "rules/support/rule_support.h"
#include "text/cpr.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "PL401",
    .name = "cpr-number",
    .family = Family::privacy,
    .severity = Severity::error,
    .fixability = Fixability::sometimes,
    .summary_da = "Et CPR-nummer i klartekst i planen.",
    .summary_en = "A CPR number in clear text in the plan.",
    .what = "Leder efter CPR-numre i al planens tekst: overskrifter, felter, listepunkter, fritekst, kommentarer og "
            "begrundelser i planlint-kommentarer. Et CPR-nummer er skrevet `ddmmåå-xxxx` (også med tankestreg) eller "
            "`ddmmååxxxx` (10 cifre i træk), hvor de første seks cifre er en dato, der findes (i et hvilket som helst "
            "århundrede, så 29. februar kun i år delelige med 4), og cifrene ikke er en del af et længere tal. Fundet står "
            "på nummeret, og meddelelsen viser kun fødselsdatoen (`120399-****`), aldrig de sidste fire cifre. Rettelsen "
            "(usikker) erstatter nummeret med `<CPR fjernet>`. Også indhold, som planlint ikke kan læse ind i planens model (fx "
            "et ukendt felt i planens hoved), kontrolleres også.",
    .why = "product.md: »Privacy: a plan repository must never contain a CPR number in clear text.« Og feltet `Borger:` "
           "er i planformatet »Borgerens eller barnets navn (aldrig CPR-nummer).« Et CPR-nummer er en fortrolig "
           "oplysning, som kun må behandles, når det er nødvendigt (databeskyttelseslovens § 11), og planerne ligger i git, hvor alt, der én gang er gemt, kan "
           "findes igen i historikken og følger med hver kopi af repositoryet. Borgeren identificeres derfor med navn og "
           "journalnummer, ikke med CPR-nummer.",
    .bad = "# Individuel plan\n"
           "Borger: Asta, 010100-0000\n",
    .good = "# Individuel plan\n"
            "Borger: Asta (journal 2291)\n",
    .options = "",
};

struct Match {
  std::size_t begin;
  std::size_t end;
  std::string masked;  // "120399-****": never the last four digits
};

std::vector<Match> find_cpr(std::string_view t) {
  std::vector<Match> out;
  for (const text::CprMatch& m : text::find_cpr(t)) out.push_back({m.begin, m.end, text::masked_cpr(t, m)});
  return out;
}

// Maps each byte of `text` to its offset in `source`, when `text` is the source from `start`
// on, with its lines joined by `sep` (continuation lines' indentation dropped), or the
// source's bytes as they are. Empty when it does not map exactly (e.g. NFD text made NFC).
std::vector<std::uint32_t> map_text(std::string_view text, std::string_view source, std::uint32_t start, char sep) {
  std::vector<std::uint32_t> map(text.size());
  if (source.substr(start, text.size()) == text) {
    for (std::size_t i = 0; i < text.size(); ++i) map[i] = start + static_cast<std::uint32_t>(i);
    return map;
  }
  std::size_t pos = start;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == sep) {  // a line break in the source, if the rest of the line is blank
      std::size_t q = pos;
      while (q < source.size() && (source[q] == ' ' || source[q] == '\t' || source[q] == '\r')) ++q;
      if (q < source.size() && source[q] == '\n') {
        ++q;
        while (q < source.size() && (source[q] == ' ' || source[q] == '\t')) ++q;
        map[i] = static_cast<std::uint32_t>(q);
        pos = q;
        continue;
      }
    }
    if (pos >= source.size() || source[pos] != text[i]) return {};
    map[i] = static_cast<std::uint32_t>(pos++);
  }
  return map;
}

class Scanner {
 public:
  explicit Scanner(RuleContext& ctx) : ctx_(ctx), source_(ctx.source()) {}

  // `text` as the model holds it; `whole` is where it is shown when its bytes cannot be
  // mapped exactly; `start` is where its first byte is in the file.
  void scan(std::string_view text, SourceRange whole, std::uint32_t start, char sep) {
    const std::vector<Match> matches = find_cpr(text);
    if (matches.empty()) return;
    const std::vector<std::uint32_t> map = start <= source_.size() ? map_text(text, source_, start, sep) : std::vector<std::uint32_t>{};
    for (const Match& m : matches) {
      SourceRange range = whole;
      bool exact = false;
      if (!map.empty()) {
        const SourceRange r{map[m.begin], map[m.end - 1] + 1};
        if (source_.substr(r.begin, r.end - r.begin) == text.substr(m.begin, m.end - m.begin)) {
          range = r;
          exact = true;
        }
      }
      if (!reported_.insert({range.begin, range.end, m.masked}).second) continue;
      std::vector<Fix> fixes;
      if (exact) {
        fixes.push_back(Fix{std::string(ctx_.tr("Erstat CPR-nummeret med <CPR fjernet>", "Replace the CPR number with <CPR fjernet>")),
                            Applicability::unsafe, {{range, "<CPR fjernet>"}}});
      }
      ctx_.report(range, fmt::format(fmt::runtime(ctx_.tr("CPR-nummer i klartekst: {}.", "CPR number in clear text: {}.")), m.masked),
                  std::string(ctx_.tr("Et CPR-nummer må aldrig stå i en plan: planerne deles og gemmes i git, hvor alt kan findes "
                                      "igen. Slet nummeret, og identificér borgeren med navn og journalnummer, fx »Borger: Asta "
                                      "(journal 2291)«. Nummeret ligger stadig i tidligere versioner af filen; bed den ansvarlige "
                                      "for plan-arkivet om at fjerne det fra historikken.",
                                      "A CPR number must never be in a plan: plans are shared and kept in git, where everything "
                                      "can be found again. Delete the number and identify the citizen by name and record number, "
                                      "e.g. »Borger: Asta (journal 2291)«. The number is still in earlier versions of the file; "
                                      "ask whoever is responsible for the plan archive to remove it from the history.")),
                  std::move(fixes));
    }
  }

  void section(const model::Section& s) {
    if (!s.heading.empty() && !s.heading_range.empty()) {
      std::uint32_t start = s.heading_range.begin;
      while (start < source_.size() && source_[start] == '#') ++start;
      while (start < source_.size() && (source_[start] == ' ' || source_[start] == '\t')) ++start;
      scan(s.heading, s.heading_range, start, ' ');
    }
    for (const model::Field& f : s.fields) {
      if (f.text.empty()) continue;
      const char sep = model::field_spec(f.id).type == model::ValueType::text ? '\n' : ' ';
      scan(f.text, f.value_range, f.value_range.begin, sep);
    }
    for (const model::ListItem& item : s.items) {
      if (!item.text.empty()) scan(item.text, item.text_range, item.text_range.begin, '\n');
    }
    for (const model::Paragraph& p : s.paragraphs) scan(p.text, p.range, p.range.begin, '\n');
  }

  void goal(const model::Goal& g) {
    section(g.section);
    for (const model::Evaluation& e : g.evaluations) section(e.section);
    for (const model::Goal& sub : g.subgoals) goal(sub);
  }

  void comment(const model::Comment& c) {
    // The text follows "//" and the spaces after it.
    std::uint32_t start = c.range.begin + 2;
    while (start < source_.size() && source_[start] == ' ') ++start;
    scan(c.text, c.range, start, '\n');
  }

  void suppression(const model::Suppression& s) {
    // The reason ends the comment line.
    if (s.reason.empty() || s.reason.size() > s.range.end - s.range.begin) return;
    scan(s.reason, s.range, s.range.end - static_cast<std::uint32_t>(s.reason.size()), '\n');
  }

 private:
  RuleContext& ctx_;
  std::string_view source_;
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::string>> reported_;
};

class CprNumber final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    Scanner scan(ctx);
    if (plan.document) scan.section(*plan.document);
    if (plan.handleplan) scan.section(plan.handleplan->section);
    if (plan.target_group) scan.section(*plan.target_group);
    if (plan.methods) scan.section(*plan.methods);
    if (plan.wishes) scan.section(*plan.wishes);
    for (const model::Goal& g : plan.goals) scan.goal(g);
    for (const model::Status& s : plan.statuses) scan.section(s.section);
    for (const model::Section& s : plan.other_sections) scan.section(s);
    for (const model::Comment& c : plan.comments) scan.comment(c);
    for (const model::Suppression& s : plan.suppressions) scan.suppression(s);
    // Lines the model dropped (unknown fields, sections in the wrong place) are read too.
    for (const model::Paragraph& p : plan.unmodelled) scan.scan(p.text, p.range, p.range.begin, '\n');
  }
};

}  // namespace

PLANLINT_REGISTER_RULE(cpr_number, CprNumber)

}  // namespace planlint::rules
