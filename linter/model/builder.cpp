#include "model/builder.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "diag/codes.h"
#include "model/encoding_check.h"
#include "syntax/parse.h"
#include "text/cpr.h"
#include "text/unicode.h"

namespace planlint::model {

namespace {

using diag::Code;
using diag::Lang;
using diag::tr;
using grammar::PlanParser;

SourceRange range_of(antlr4::tree::TerminalNode* node) {
  antlr4::Token* t = node->getSymbol();
  return {static_cast<std::uint32_t>(t->getStartIndex()), static_cast<std::uint32_t>(t->getStopIndex() + 1)};
}

// ---- Stage 1: the parse tree flattened into sections of raw lines ---------------------------

enum class LineKind { field, item, text, comment, suppression, blank };

struct RawLine {
  LineKind kind = LineKind::blank;
  SourceRange range;   // the whole line's content (KEY..VALUE, marker..text, ...)
  SourceRange key;     // field key / item id
  SourceRange value;   // field value / item text / text line / comment (empty when absent)
  std::vector<SourceRange> continuations;
};

struct RawSection {
  bool has_heading = false;
  SourceRange mark;
  SourceRange heading_text;  // empty when the heading has no text
  std::vector<SourceRange> heading_continuations;
  SourceRange range;
  std::vector<RawLine> lines;
};

std::vector<SourceRange> continuations_of(const std::vector<PlanParser::ContinuationContext*>& conts) {
  std::vector<SourceRange> out;
  out.reserve(conts.size());
  for (auto* c : conts) out.push_back(range_of(c->CONT()));
  return out;
}

RawLine flatten_line(PlanParser::LineContext* ctx) {
  RawLine line;
  if (auto* f = ctx->field()) {
    line.kind = LineKind::field;
    line.key = range_of(f->KEY());
    if (f->VALUE() != nullptr) line.value = range_of(f->VALUE());
    line.continuations = continuations_of(f->continuation());
  } else if (auto* i = ctx->item()) {
    line.kind = LineKind::item;
    line.range = range_of(i->ITEM_MARK());
    if (i->ITEM_ID() != nullptr) line.key = range_of(i->ITEM_ID());
    if (i->ITEM_TEXT() != nullptr) line.value = range_of(i->ITEM_TEXT());
    line.continuations = continuations_of(i->continuation());
  } else if (auto* t = ctx->textLine()) {
    line.kind = LineKind::text;
    line.value = range_of(t->TEXT());
    line.continuations = continuations_of(t->continuation());
  } else if (auto* c = ctx->comment()) {
    line.kind = LineKind::comment;
    line.value = range_of(c->COMMENT());
    line.continuations = continuations_of(c->continuation());
  } else if (auto* s = ctx->suppression()) {
    line.kind = LineKind::suppression;
    line.value = range_of(s->SUPPRESSION());
    line.continuations = continuations_of(s->continuation());
  } else if (auto* b = ctx->blank()) {
    line.kind = LineKind::blank;
    line.continuations = continuations_of(b->continuation());
  }
  const SourceRange first = line.kind == LineKind::item ? line.range : (line.kind == LineKind::field ? line.key : line.value);
  SourceRange last = !line.value.empty() ? line.value : (!line.key.empty() ? line.key : first);
  if (!line.continuations.empty()) last = line.continuations.back();
  line.range = {first.begin, std::max(first.end, last.end)};
  return line;
}

// ---- Stage 1, fast path: the tree of a successful SLL parse, walked once ----------------------
//
// The generated accessors (ctx->field(), f->KEY(), f->continuation(), ...) each scan the
// children with dynamic_cast; flatten_line calls up to a dozen of them per line. A tree from
// the SLL pass with BailErrorStrategy is exactly the grammar's derivation: no error nodes, no
// missing tokens, and every rule of PlanParser.g4 consumes at least one token. So a child is a
// terminal exactly when it has no children, and each construct's children are read in the
// grammar's order with one pass and static casts. Recovered trees (the LL pass) still go
// through the accessors above.

SourceRange token_range(antlr4::tree::ParseTree* node) {
  return range_of(static_cast<antlr4::tree::TerminalNode*>(node));
}

std::size_t token_type(antlr4::tree::ParseTree* node) {
  return static_cast<antlr4::tree::TerminalNode*>(node)->getSymbol()->getType();
}

bool is_terminal(const antlr4::tree::ParseTree* node) { return node->children.empty(); }

std::size_t rule_of(antlr4::tree::ParseTree* node) { return static_cast<antlr4::RuleContext*>(node)->getRuleIndex(); }

// continuation: CONT NL
SourceRange continuation_range(antlr4::tree::ParseTree* node) { return token_range(node->children.front()); }

// The children of a line-level construct: its terminals up to NL, then continuation*.
void read_continuations(antlr4::tree::ParseTree* ctx, std::size_t from, std::vector<SourceRange>& out) {
  const auto& children = ctx->children;
  out.reserve(children.size() - from);
  for (std::size_t i = from; i < children.size(); ++i) out.push_back(continuation_range(children[i]));
}

RawLine flatten_line_fast(antlr4::tree::ParseTree* line_ctx) {
  antlr4::tree::ParseTree* ctx = line_ctx->children.front();  // line: exactly one alternative
  RawLine line;
  const auto& children = ctx->children;
  std::size_t i = 0;
  // Terminals up to and including NL.
  for (; i < children.size() && is_terminal(children[i]); ++i) {
    const std::size_t type = token_type(children[i]);
    if (type == PlanParser::NL) {
      ++i;
      break;
    }
    switch (type) {
      case PlanParser::KEY:
      case PlanParser::ITEM_ID: line.key = token_range(children[i]); break;
      case PlanParser::ITEM_MARK: line.range = token_range(children[i]); break;
      default: line.value = token_range(children[i]); break;  // VALUE, ITEM_TEXT, TEXT, COMMENT, SUPPRESSION
    }
  }
  read_continuations(ctx, i, line.continuations);
  switch (rule_of(ctx)) {
    case PlanParser::RuleField: line.kind = LineKind::field; break;
    case PlanParser::RuleItem: line.kind = LineKind::item; break;
    case PlanParser::RuleTextLine: line.kind = LineKind::text; break;
    case PlanParser::RuleComment: line.kind = LineKind::comment; break;
    case PlanParser::RuleSuppression: line.kind = LineKind::suppression; break;
    default: line.kind = LineKind::blank; break;
  }
  const SourceRange first = line.kind == LineKind::item ? line.range : (line.kind == LineKind::field ? line.key : line.value);
  SourceRange last = !line.value.empty() ? line.value : (!line.key.empty() ? line.key : first);
  if (!line.continuations.empty()) last = line.continuations.back();
  line.range = {first.begin, std::max(first.end, last.end)};
  return line;
}

std::vector<RawSection> flatten_fast(PlanParser::PlanContext* plan, std::uint32_t size) {
  std::vector<RawSection> sections;
  sections.emplace_back();  // the preamble
  RawLine leading;
  // plan: continuation* line* section* EOF
  for (antlr4::tree::ParseTree* child : plan->children) {
    if (is_terminal(child)) break;  // EOF
    switch (rule_of(child)) {
      case PlanParser::RuleContinuation:
        leading.continuations.push_back(continuation_range(child));
        break;
      case PlanParser::RuleLine:
        sections.back().lines.push_back(flatten_line_fast(child));
        break;
      default: {  // section: heading line*
        RawSection& raw = sections.emplace_back();
        raw.has_heading = true;
        const auto& parts = child->children;
        antlr4::tree::ParseTree* h = parts.front();  // heading: HEADING_MARK HEADING_TEXT? NL continuation*
        raw.mark = token_range(h->children[0]);
        std::size_t k = 1;
        if (token_type(h->children[1]) == PlanParser::HEADING_TEXT) raw.heading_text = token_range(h->children[k++]);
        read_continuations(h, k + 1, raw.heading_continuations);
        raw.lines.reserve(parts.size() - 1);
        for (std::size_t j = 1; j < parts.size(); ++j) raw.lines.push_back(flatten_line_fast(parts[j]));
        break;
      }
    }
  }
  if (!leading.continuations.empty()) {  // indented lines at the very start: strays
    leading.kind = LineKind::blank;
    leading.range = {leading.continuations.front().begin, leading.continuations.back().end};
    auto& lines = sections.front().lines;
    lines.insert(lines.begin(), std::move(leading));
  }
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const std::uint32_t begin = sections[i].has_heading ? sections[i].mark.begin : 0;
    const std::uint32_t end = i + 1 < sections.size() ? sections[i + 1].mark.begin : size;
    sections[i].range = {begin, end};
  }
  return sections;
}

std::vector<RawSection> flatten(PlanParser::PlanContext* plan, std::uint32_t size) {
  std::vector<RawSection> sections;
  RawSection preamble;
  if (!plan->continuation().empty()) {  // indented lines at the very start: strays
    RawLine leading;
    leading.kind = LineKind::blank;
    leading.continuations = continuations_of(plan->continuation());
    leading.range = {leading.continuations.front().begin, leading.continuations.back().end};
    preamble.lines.push_back(std::move(leading));
  }
  for (auto* l : plan->line()) preamble.lines.push_back(flatten_line(l));
  sections.push_back(std::move(preamble));
  for (auto* s : plan->section()) {
    RawSection raw;
    raw.has_heading = true;
    auto* h = s->heading();
    raw.mark = range_of(h->HEADING_MARK());
    if (h->HEADING_TEXT() != nullptr) raw.heading_text = range_of(h->HEADING_TEXT());
    raw.heading_continuations = continuations_of(h->continuation());
    for (auto* l : s->line()) raw.lines.push_back(flatten_line(l));
    sections.push_back(std::move(raw));
  }
  // Section ranges run from their heading to the next heading.
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const std::uint32_t begin = sections[i].has_heading ? sections[i].mark.begin : 0;
    const std::uint32_t end = i + 1 < sections.size() ? sections[i + 1].mark.begin : size;
    sections[i].range = {begin, end};
  }
  return sections;
}

// ---- Stage 2: typed model ----------------------------------------------------------------------

struct KeywordMatch {
  const SectionSpec* spec = nullptr;
  std::string_view written_name;  // canonical name or alias that matched
  SourceRange range;  // the keyword as written
  std::size_t rest = 0;  // offset in the heading text after the keyword
};

std::string_view join_quoted(std::span<const std::string_view> values, std::string& buf) {
  buf.clear();
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) buf += ", ";
    buf += "»";
    buf += values[i];
    buf += "«";
  }
  return buf;
}

class Builder {
 public:
  Builder(std::string_view text, Lang lang) : text_(text), lang_(lang) {}

  BuildResult run();

 private:
  std::string_view slice(SourceRange r) const { return text_.substr(r.begin, r.end - r.begin); }
  void report(Code code, SourceRange range, std::string message, std::string help = {},
              std::vector<diag::Related> related = {}) {
    // Messages quote the plan: a CPR number in a quoted value must never reach a report.
    // A NUL or other control byte quoted from the plan is shown as its picture (␀).
    auto d = diag::make(code, range, text::visible_controls(text::mask_cpr(message)),
                        text::visible_controls(text::mask_cpr(help)));
    for (auto& r : related) r.message = text::visible_controls(text::mask_cpr(r.message));
    d.related = std::move(related);
    result_.diagnostics.push_back(std::move(d));
  }
  // Keeps the text of a line the model does not hold (an unknown or misplaced field, a
  // dropped section), so that rules such as cpr-number still see every word of the plan.
  void keep_unmodelled(SourceRange range) {
    if (!range.empty()) plan_.unmodelled.push_back({text::to_nfc(slice(range)), range});
  }

  void check_utf8();
  std::optional<KeywordMatch> match_keyword(SourceRange heading) const;
  void note_ascii_spelling(std::string_view written, std::string_view canonical, SourceRange range);
  void build_section_body(const RawSection& raw, Section& section);
  void add_field(const RawLine& line, Section& section);
  void type_value(const FieldSpec& spec, Field& field, bool single_line);
  std::string joined(SourceRange first, const std::vector<SourceRange>& conts, std::string_view sep) const;
  void add_suppression(const RawLine& line);
  void report_strays(const std::vector<SourceRange>& conts);
  std::string field_suggestion(std::string_view folded, SectionKind kind) const;
  void place_section(const RawSection& raw, const std::optional<KeywordMatch>& match);
  void close_contexts(int level);

  std::string_view text_;
  Lang lang_;
  BuildResult result_;
  Plan& plan_ = result_.plan;

  // Handleplan ids declared so far -> index in Handleplan::goals.
  std::map<std::string, std::size_t> handleplan_ids_;
  // Mål numbers seen so far -> index of the first goal with that number.
  std::map<int, std::size_t> goal_numbers_;

  // Goal context while placing sections.
  std::optional<std::size_t> goal_;
  int goal_level_ = 0;
  std::optional<std::size_t> subgoal_;
  int subgoal_level_ = 0;
  std::optional<int> orphan_subgoal_level_;  // evaluations under a dropped Delmål are dropped silently

  // The aa/oe/ae hint is reported once per file.
  std::size_t ascii_count_ = 0;
  std::optional<diag::Diagnostic> ascii_first_;
  std::vector<diag::Edit> ascii_edits_;  // every such keyword respelt: PL020's safe fix
};

void Builder::check_utf8() {
  constexpr std::size_t max_reports = 100;
  std::size_t n = 0;
  for (const SourceRange r : text::find_invalid_utf8(text_)) {
    if (++n > max_reports) break;
    std::string bytes;
    for (std::uint32_t i = r.begin; i < r.end && i < r.begin + 8; ++i) {
      if (!bytes.empty()) bytes += ' ';
      bytes += fmt::format("0x{:02X}", static_cast<unsigned char>(text_[i]));
    }
    report(Code::invalid_utf8, r,
           fmt::format(fmt::runtime(tr(lang_, "Ugyldig UTF-8: {} kan ikke læses som tekst.", "Invalid UTF-8: {} cannot be read as text.")), bytes),
           std::string(tr(lang_, "Gem filen med tegnkodningen UTF-8 (i VS Code: »Gem med kodning« → »UTF-8«), og ret tegnet her.",
                          "Save the file with the UTF-8 encoding and correct the character here.")));
  }
}

// Section names and aliases folded once: {spec, written name, folded name, word count}.
struct SectionName {
  const SectionSpec* spec;
  std::string_view name;
  std::string folded;
  std::size_t words;
};

const std::vector<SectionName>& section_names() {
  static const std::vector<SectionName> names = [] {
    std::vector<SectionName> out;
    for (const SectionSpec& spec : all_sections()) {
      const auto add = [&](std::string_view name) {
        out.push_back({&spec, name, text::fold_key(name), static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ') + 1)});
      };
      add(spec.name);
      for (std::string_view alias : spec.aliases) add(alias);
    }
    return out;
  }();
  return names;
}

std::optional<KeywordMatch> Builder::match_keyword(SourceRange heading) const {
  const std::string_view written = slice(heading);
  // Only the first few words can be a keyword: never fold a whole 1 MB heading.
  std::size_t cut = 0;
  for (int w = 0; w < 5 && cut < written.size(); ++w) {
    while (cut < written.size() && written[cut] == ' ') ++cut;
    while (cut < written.size() && written[cut] != ' ') ++cut;
  }
  const std::string folded = text::fold_key(written.substr(0, std::min<std::size_t>(cut, 96)));
  std::optional<KeywordMatch> best;
  std::size_t best_len = 0;
  for (const SectionName& n : section_names()) {
    const std::string& key = n.folded;
    if (folded.size() < key.size() || folded.compare(0, key.size(), key) != 0) continue;
    if (folded.size() > key.size()) {
      const char next = folded[key.size()];
      if (next != ' ' && next != ':' && next != '.' && !(next >= '0' && next <= '9')) continue;
    }
    if (key.size() <= best_len) continue;
    best_len = key.size();
    // Map the keyword back onto the written text: as many words as the name has.
    std::size_t i = 0;
    for (std::size_t w = 0; w < n.words; ++w) {
      while (i < written.size() && (written[i] == ' ' || written[i] == '\t')) ++i;
      while (i < written.size() && written[i] != ' ' && written[i] != '\t' && written[i] != ':' &&
             !(written[i] >= '0' && written[i] <= '9')) {
        ++i;
      }
    }
    best = KeywordMatch{n.spec, n.name, {heading.begin, heading.begin + static_cast<std::uint32_t>(i)}, i};
  }
  return best;
}

void Builder::note_ascii_spelling(std::string_view written, std::string_view canonical, SourceRange range) {
  if (!text::uses_ascii_danish_letters(written, canonical)) return;
  // The fix replaces exactly the keyword as it stands in the file, so it is only offered
  // when that text folds to the canonical spelling (it always should).
  const std::string_view source = slice(range);
  if (text::fold_key(source) == text::fold_key(canonical)) ascii_edits_.push_back({range, text::match_case(canonical, source)});
  if (ascii_count_++ == 0) {
    ascii_first_ = diag::make(
        Code::ascii_danish_letters, range,
        fmt::format(fmt::runtime(tr(lang_, "»{}« er skrevet uden danske bogstaver; skriv »{}«.",
                                    "»{}« is spelled without Danish letters; write »{}«.")),
                    written, canonical));
  }
}

std::string Builder::joined(SourceRange first, const std::vector<SourceRange>& conts, std::string_view sep) const {
  std::string out = text::to_nfc(slice(first));
  for (const SourceRange c : conts) {
    if (!out.empty()) out += sep;
    out += text::to_nfc(slice(c));
  }
  return out;
}

void Builder::report_strays(const std::vector<SourceRange>& conts) {
  if (conts.empty()) return;
  // A run of stray lines is one mistake: one diagnostic over the whole run.
  report(Code::stray_continuation, {conts.front().begin, conts.back().end},
         std::string(tr(lang_, "Indrykket linje, der ikke fortsætter et felt, et punkt eller en tekstlinje.",
                        "Indented line that does not continue a field, item or text line.")),
         std::string(tr(lang_, "Fjern indrykningen, eller flyt linjen op lige under det felt, den fortsætter.",
                        "Remove the indentation, or move the line directly below the field it continues.")));
}

std::string Builder::field_suggestion(std::string_view folded, SectionKind kind) const {
  const FieldSpec* best = nullptr;
  std::size_t best_distance = 0;
  // Every unknown key ("Mor siger: ..." in prose) is compared with every field name: fold the
  // names once.
  static const std::vector<std::string> folded_names = [] {
    std::vector<std::string> out;
    for (const FieldSpec& f : all_fields()) out.push_back(text::fold_key(f.name));
    return out;
  }();
  const std::size_t limit = std::max<std::size_t>(2, folded.size() / 4);
  const auto consider = [&](const FieldSpec& f, std::string_view name, bool in_section) {
    // The distance is at least the difference in length: skip names that cannot be close.
    if ((name.size() > folded.size() ? name.size() - folded.size() : folded.size() - name.size()) > limit) return;
    const std::size_t d = text::edit_distance(folded, name);
    // Prefer fields of this section: others must be strictly closer.
    const std::size_t score = d * 2 + (in_section ? 0 : 1);
    if (d <= limit && (best == nullptr || score < best_distance)) {
      best = &f;
      best_distance = score;
    }
  };
  const std::span<const FieldSpec> fields = all_fields();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    consider(fields[i], folded_names[i], (fields[i].sections & section_bit(kind)) != 0);
  }
  return best != nullptr ? std::string(best->name) : std::string();
}

void Builder::type_value(const FieldSpec& spec, Field& field, bool single_line) {
  const std::string& v = field.text;
  const SourceRange where = field.value_range;
  std::string buf;
  switch (spec.type) {
    case ValueType::text:
      return;
    case ValueType::date: {
      const DateParse p = parse_date(v);
      if (p.date) {
        field.value = *p.date;
        return;
      }
      field.valid = false;
      std::string why;
      if (p.error == DateError::no_such_day) {
        why = std::string(tr(lang_, "datoen findes ikke i kalenderen", "that day does not exist"));
      } else if (p.error == DateError::year_out_of_range) {
        why = std::string(tr(lang_, "årstallet skal ligge mellem 1900 og 2200", "the year must be between 1900 and 2200"));
      } else {
        why = std::string(tr(lang_, "det er ikke en dato", "it is not a date"));
      }
      report(Code::invalid_date, where,
             fmt::format(fmt::runtime(tr(lang_, "Ugyldig dato i »{}«: »{}« ({}).", "Invalid date in »{}«: »{}« ({}).")),
                         spec.name, v, why),
             std::string(tr(lang_, "Skriv datoen som dd-mm-åååå, fx 31-12-2026, eller som »31. december 2026«.",
                            "Write the date as dd-mm-yyyy, e.g. 31-12-2026, or as »31. december 2026«.")));
      return;
    }
    case ValueType::date_range: {
      const DateRangeParse p = parse_date_range(v);
      if (p.range && !p.reversed) {
        field.value = *p.range;
        return;
      }
      field.valid = false;
      if (p.reversed) {
        report(Code::invalid_date, where,
               fmt::format(fmt::runtime(tr(lang_, "Perioden »{}« slutter, før den begynder.", "The period »{}« ends before it starts.")), v),
               std::string(tr(lang_, "Byt om på datoerne, så den første er periodens start.", "Swap the dates so the first is the start.")));
      } else {
        report(Code::invalid_date, where,
               fmt::format(fmt::runtime(tr(lang_, "»{}« er ikke en periode med to gyldige datoer.", "»{}« is not a period of two valid dates.")), v),
               std::string(tr(lang_, "Skriv perioden som »01-02-2026 til 30-06-2026«.", "Write the period as »01-02-2026 til 30-06-2026«.")));
      }
      return;
    }
    case ValueType::interval: {
      if (auto i = parse_interval(v)) {
        field.value = *i;
        return;
      }
      field.valid = false;
      report(Code::invalid_interval, where,
             fmt::format(fmt::runtime(tr(lang_, "»{}« er ikke et interval, planlint kan læse.", "»{}« is not an interval planlint can read.")), v),
             std::string(tr(lang_,
                            "Skriv fx »hver 3. måned«, »hver 14. dag«, »hver uge«, »kvartalsvis«, »halvårligt«, »årligt« eller »2 gange om året«.",
                            "Write e.g. »hver 3. måned«, »hver 14. dag«, »hver uge«, »kvartalsvis«, »halvårligt«, »årligt« or »2 gange om året«.")));
      return;
    }
    case ValueType::handleplan_refs:
    case ValueType::goal_refs: {
      const bool hp = spec.type == ValueType::handleplan_refs;
      // On one line, parse the bytes as written so that offsets map 1:1 onto the file even
      // when NFC normalisation changed the text's length (NFD input from macOS).
      const std::string_view raw = single_line ? slice(where) : std::string_view(v);
      ReferenceParse p = hp ? parse_handleplan_references(raw) : parse_goal_references(raw);
      if (!p.bad_part && !p.references.empty()) {
        for (Reference& r : p.references) {
          r.range = single_line ? SourceRange{where.begin + r.range.begin, where.begin + r.range.end} : where;
        }
        field.value = std::move(p.references);
        return;
      }
      field.valid = false;
      SourceRange bad = where;
      std::string part = v;
      if (p.bad_part && single_line) {
        bad = {where.begin + p.bad_part->begin, where.begin + p.bad_part->end};
        part = std::string(slice(bad));
      }
      report(Code::invalid_reference, bad,
             fmt::format(fmt::runtime(tr(lang_, "»{}« er ikke en henvisning i »{}«.", "»{}« is not a reference in »{}«.")), part, spec.name),
             std::string(hp ? tr(lang_, "Henvis til handleplanens mål med deres id, adskilt med komma: »H1« eller »H1, H3«.",
                                 "Refer to handleplan goals by id, separated by commas: »H1« or »H1, H3«.")
                            : tr(lang_, "Henvis til mål som »Mål 1« eller »Delmål 1.1«, adskilt med komma.",
                                 "Refer to goals as »Mål 1« or »Delmål 1.1«, separated by commas.")));
      return;
    }
    case ValueType::enumeration: {
      const std::string folded = text::fold_key(v);
      const std::string_view canonical = match_enum(spec, folded);
      if (!canonical.empty()) {
        field.value = EnumValue{std::string(canonical)};
        note_ascii_spelling(text::to_nfc(v), canonical, where);
        return;
      }
      field.valid = false;
      std::string suggestion;
      std::size_t best = 3;
      for (std::string_view value : spec.values) {
        if (folded.size() > 64) break;  // no suggestion for a paragraph in an enumeration field
        const std::size_t d = text::edit_distance(folded, text::fold_key(value));
        if (d < best) {
          best = d;
          suggestion = value;
        }
      }
      std::string help = fmt::format(fmt::runtime(tr(lang_, "Mulige værdier: {}.", "Allowed values: {}.")), join_quoted(spec.values, buf));
      if (!suggestion.empty()) {
        help = fmt::format(fmt::runtime(tr(lang_, "Mente du »{}«? {}", "Did you mean »{}«? {}")), suggestion, help);
      }
      report(Code::invalid_enum_value, where,
             fmt::format(fmt::runtime(tr(lang_, "»{}« er ikke en gyldig værdi for »{}«.", "»{}« is not a valid value for »{}«.")), v, spec.name),
             std::move(help));
      return;
    }
  }
}

void Builder::add_field(const RawLine& line, Section& section) {
  const std::string_view key = slice(line.key);
  const std::string folded = text::fold_key(key);
  const FieldSpec* spec = find_field(folded);
  const SectionSpec& sspec = section_spec(section.kind);
  const bool prose = sspec.allows_prose;
  const std::string section_name = section.kind == SectionKind::unknown ? section.heading : std::string(sspec.name);

  if (spec == nullptr) {
    const std::string suggestion = field_suggestion(folded, section.kind);
    if (prose && suggestion.empty()) {  // "Mor siger: ..." in a prose section is text
      section.paragraphs.push_back({joined(line.range, {}, "\n"), line.range});
      return;
    }
    std::string help;
    if (!suggestion.empty()) {
      help = fmt::format(fmt::runtime(tr(lang_, "Mente du »{}«?", "Did you mean »{}«?")), suggestion);
    } else {
      std::string names;
      for (const FieldSpec& f : all_fields()) {
        if ((f.sections & section_bit(section.kind)) == 0) continue;
        if (!names.empty()) names += ", ";
        names += f.name;
      }
      help = names.empty() ? std::string(tr(lang_, "Slet linjen, eller skriv den som almindelig tekst uden kolon.",
                                            "Delete the line, or write it as plain text without a colon."))
                           : fmt::format(fmt::runtime(tr(lang_, "Felterne i dette afsnit er: {}.", "The fields of this section are: {}.")), names);
    }
    keep_unmodelled(line.range);
    report(Code::unknown_field, line.key,
           fmt::format(fmt::runtime(tr(lang_, "Ukendt felt »{}« i afsnittet »{}«.", "Unknown field »{}« in section »{}«.")), key,
                       section_name),
           std::move(help));
    return;
  }
  // The spelling the user meant: the canonical name or the alias with the same folded key.
  std::string_view meant = spec->name;
  for (std::string_view alias : spec->aliases) {
    if (text::fold_key(alias) == folded) meant = alias;
  }
  note_ascii_spelling(key, meant, line.key);

  if ((spec->sections & section_bit(section.kind)) == 0) {
    std::string where;
    for (const SectionSpec& s : all_sections()) {
      if ((spec->sections & section_bit(s.kind)) == 0) continue;
      if (!where.empty()) where += tr(lang_, " og ", " and ");
      where += "»" + std::string(s.name) + "«";
    }
    keep_unmodelled(line.range);
    report(Code::misplaced_field, line.key,
           fmt::format(fmt::runtime(tr(lang_, "Feltet »{}« hører ikke til i afsnittet »{}«.", "The field »{}« does not belong in section »{}«.")),
                       spec->name, section_name),
           fmt::format(fmt::runtime(tr(lang_, "»{}« bruges i {}. Flyt linjen dertil, eller slet den.",
                                       "»{}« is used in {}. Move the line there, or delete it.")),
                       spec->name, where));
    return;
  }
  if (const Field* first = section.field(spec->id)) {
    keep_unmodelled(line.range);
    report(Code::duplicate_field, line.key,
           fmt::format(fmt::runtime(tr(lang_, "Feltet »{}« står to gange i samme afsnit.", "The field »{}« appears twice in the same section.")),
                       spec->name),
           std::string(tr(lang_, "Saml værdierne i ét felt; kun det første bruges.", "Merge the values into one field; only the first is used.")),
           {{first->key_range, std::string(tr(lang_, "første gang her", "first here"))}});
    return;
  }

  Field field;
  field.id = spec->id;
  field.key = std::string(key);
  field.key_range = line.key;
  const bool has_value = !line.value.empty() || !line.continuations.empty();
  if (has_value) {
    const SourceRange first = !line.value.empty() ? line.value : line.continuations.front();
    const SourceRange last = !line.continuations.empty() ? line.continuations.back() : line.value;
    field.value_range = {first.begin, last.end};
    std::vector<SourceRange> rest = line.continuations;
    if (line.value.empty()) rest.erase(rest.begin());
    field.text = joined(first, rest, spec->type == ValueType::text ? "\n" : " ");
    if (field.text.size() >= 2 && field.text.front() == '<' && field.text.back() == '>' && line.continuations.empty()) {
      // "<dato>": a placeholder left to fill in (fixes insert these). Present, not usable.
      field.valid = spec->type == ValueType::text;
      report(Code::placeholder, field.value_range,
             fmt::format(fmt::runtime(tr(lang_, "Feltet »{}« er ikke udfyldt: »{}« er en pladsholder.", "The field »{}« is not filled in: »{}« is a placeholder.")),
                         spec->name, field.text),
             fmt::format(fmt::runtime(tr(lang_, "Erstat pladsholderen med den rigtige værdi. »{}«: {}", "Replace the placeholder with the real value. »{}«: {}")),
                         spec->name, spec->doc_da));
    } else {
      type_value(*spec, field, line.continuations.empty());
    }
  } else {
    field.value_range = {line.key.end + 1, line.key.end + 1};
    field.valid = spec->type == ValueType::text;
    report(Code::empty_field, line.key,
           fmt::format(fmt::runtime(tr(lang_, "Feltet »{}« er tomt.", "The field »{}« is empty.")), spec->name),
           fmt::format(fmt::runtime(tr(lang_, "Udfyld feltet ({}), eller slet linjen.", "Fill in the field ({}), or delete the line.")),
                       spec->doc_da));
  }
  section.fields.push_back(std::move(field));
}

void Builder::add_suppression(const RawLine& line) {
  const std::string_view all = slice(line.value);
  // "// planlint: ignorer PL101, vague-goal -- grund" (also "planlint-ignorer" and English verbs)
  std::string_view s = all.substr(2);
  const auto skip_ws = [&] {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  };
  skip_ws();
  s.remove_prefix(std::min<std::size_t>(8, s.size()));  // "planlint"
  if (!s.empty() && (s.front() == ':' || s.front() == '-')) s.remove_prefix(1);
  skip_ws();
  std::size_t verb_end = 0;
  while (verb_end < s.size() && s[verb_end] != ' ' && s[verb_end] != '\t') ++verb_end;
  const std::string verb = text::fold_key(s.substr(0, verb_end));
  s.remove_prefix(verb_end);

  Suppression sup;
  sup.range = line.value;
  if (verb == "ignorer" || verb == "disable-next-line") {
    sup.kind = SuppressionKind::next_line;
  } else if (verb == "ignorer-start" || verb == "disable") {
    sup.kind = SuppressionKind::block_start;
  } else if (verb == "ignorer-slut" || verb == "enable") {
    sup.kind = SuppressionKind::block_end;
  } else if (verb == "ignorer-fil" || verb == "disable-file") {
    sup.kind = SuppressionKind::file;
  } else {
    report(Code::invalid_suppression, line.value,
           verb.empty() ? std::string(tr(lang_, "planlint-kommentaren mangler en kommando.", "The planlint comment has no command."))
                        : fmt::format(fmt::runtime(tr(lang_, "Ukendt planlint-kommando »{}«.", "Unknown planlint command »{}«.")),
                                      s.data() == nullptr ? verb : std::string(all.substr(all.size() - s.size() - verb_end, verb_end))),
           std::string(tr(lang_, "Skriv fx »// planlint: ignorer PL101 -- begrundelse«. Kommandoer: ignorer, ignorer-start, ignorer-slut, ignorer-fil.",
                          "Write e.g. »// planlint: ignorer PL101 -- reason«. Commands: ignorer, ignorer-start, ignorer-slut, ignorer-fil.")));
    return;
  }
  const std::size_t dashes = s.find(" --");
  std::string_view codes = s.substr(0, dashes);
  if (dashes != std::string_view::npos) {
    std::string_view reason = s.substr(dashes + 3);
    while (!reason.empty() && (reason.front() == ' ' || reason.front() == '-')) reason.remove_prefix(1);
    sup.reason = text::to_nfc(reason);
  }
  const auto base = static_cast<std::uint32_t>(line.value.begin + (all.size() - s.size()));
  std::size_t i = 0;
  while (i < codes.size()) {
    while (i < codes.size() && (codes[i] == ' ' || codes[i] == ',' || codes[i] == '\t')) ++i;
    const std::size_t b = i;
    while (i < codes.size() && codes[i] != ' ' && codes[i] != ',' && codes[i] != '\t') ++i;
    if (i == b) continue;
    const std::string_view code = codes.substr(b, i - b);
    const bool ok = std::all_of(code.begin(), code.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
    const SourceRange r{base + static_cast<std::uint32_t>(b), base + static_cast<std::uint32_t>(i)};
    if (!ok) {
      report(Code::invalid_suppression, r,
             fmt::format(fmt::runtime(tr(lang_, "»{}« er ikke en regelkode eller et regelnavn.", "»{}« is not a rule code or name.")), code),
             std::string(tr(lang_, "Skriv koden (fx PL101) eller navnet (fx missing-success-criterion); adskil flere med komma, og skriv begrundelsen efter » -- «.",
                            "Write the code (e.g. PL101) or the name (e.g. missing-success-criterion); separate several with commas and put the reason after » -- «.")));
      return;
    }
    sup.codes.push_back({std::string(code), r});
  }
  if (sup.codes.empty()) {
    report(Code::invalid_suppression, line.value,
           std::string(tr(lang_, "planlint-kommentaren nævner ingen regel.", "The planlint comment names no rule.")),
           std::string(tr(lang_, "Skriv hvilke regler der ignoreres, fx »// planlint: ignorer PL101 -- begrundelse«.",
                          "Name the rules to ignore, e.g. »// planlint: ignorer PL101 -- reason«.")));
    return;
  }
  plan_.suppressions.push_back(std::move(sup));
}

void Builder::build_section_body(const RawSection& raw, Section& section) {
  // One allocation for the fields instead of the vector's doubling: a Field is large.
  section.fields.reserve(section.fields.size() +
                         static_cast<std::size_t>(std::count_if(raw.lines.begin(), raw.lines.end(),
                                                                [](const RawLine& l) { return l.kind == LineKind::field; })));
  bool previous_text = false;
  for (const RawLine& line : raw.lines) {
    const bool is_text = line.kind == LineKind::text;
    switch (line.kind) {
      case LineKind::field:
        if (section.kind == SectionKind::unknown) {
          // Content under an unknown heading is kept as text: the heading got the diagnostic.
          section.paragraphs.push_back({joined(line.range, {}, "\n"), line.range});
        } else {
          add_field(line, section);
        }
        break;
      case LineKind::item: {
        ListItem item;
        item.range = line.range;
        item.id_range = line.key;
        item.id = std::string(slice(line.key));
        // Handleplan ids are case-insensitive: "h2" declares H2.
        if (section.kind == SectionKind::handleplan && !item.id.empty() && item.id[0] >= 'a' && item.id[0] <= 'z') {
          for (char& c : item.id) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        if (!line.value.empty() || !line.continuations.empty()) {
          const SourceRange first = !line.value.empty() ? line.value : line.continuations.front();
          std::vector<SourceRange> rest = line.continuations;
          if (line.value.empty()) rest.erase(rest.begin());
          item.text = joined(first, rest, "\n");
          item.text_range = {first.begin, line.range.end};
        }
        if (section.kind == SectionKind::handleplan && !item.id.empty()) {
          auto& hp = *plan_.handleplan;
          const auto [it, fresh] = handleplan_ids_.emplace(item.id, hp.goals.size());
          if (!fresh) {
            std::size_t n = handleplan_ids_.size() + 1;
            while (handleplan_ids_.count("H" + std::to_string(n)) != 0) ++n;
            report(Code::duplicate_handleplan_id, item.id_range,
                   fmt::format(fmt::runtime(tr(lang_, "Handleplanens mål {} findes allerede.", "Handleplan goal {} already exists.")), item.id),
                   fmt::format(fmt::runtime(tr(lang_, "Giv målet et nyt id, fx H{}.", "Give the goal a new id, e.g. H{}.")), n),
                   {{hp.goals[it->second].id_range, std::string(tr(lang_, "første gang her", "first here"))}});
          } else {
            hp.goals.push_back({item.id, item.id_range, item.text, item.range});
          }
        }
        section.items.push_back(std::move(item));
        break;
      }
      case LineKind::text:
        if (previous_text && !section.paragraphs.empty()) {
          Paragraph& p = section.paragraphs.back();
          p.text += '\n';
          p.text += joined(line.value, line.continuations, "\n");
          p.range.end = line.range.end;
        } else {
          section.paragraphs.push_back({joined(line.value, line.continuations, "\n"), line.range});
        }
        break;
      case LineKind::comment: {
        std::string_view c = slice(line.value).substr(2);
        while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
        plan_.comments.push_back({text::to_nfc(c), line.value});
        report_strays(line.continuations);
        break;
      }
      case LineKind::suppression:
        add_suppression(line);
        report_strays(line.continuations);
        break;
      case LineKind::blank:
        report_strays(line.continuations);
        break;
    }
    previous_text = is_text && line.continuations.empty();
  }
}

void Builder::close_contexts(int level) {
  if (subgoal_ && level <= subgoal_level_) subgoal_.reset();
  if (orphan_subgoal_level_ && level <= *orphan_subgoal_level_) orphan_subgoal_level_.reset();
  if (goal_ && level <= goal_level_) {
    goal_.reset();
    subgoal_.reset();
  }
}

void Builder::place_section(const RawSection& raw, const std::optional<KeywordMatch>& match) {
  Section section;
  section.level = static_cast<int>(raw.mark.end - raw.mark.begin);
  section.heading_range = {raw.mark.begin, raw.heading_text.empty() ? raw.mark.end : raw.heading_text.end};
  section.range = raw.range;
  section.heading = raw.heading_text.empty() ? std::string() : joined(raw.heading_text, raw.heading_continuations, " ");

  if (!match) {
    section.kind = SectionKind::unknown;
    const std::string written = raw.heading_text.empty() ? std::string() : std::string(slice(raw.heading_text));
    // Suggest the closest section name, compared on as many words as it has.
    std::string suggestion;
    std::size_t best = 3;
    const std::string folded = text::fold_key(std::string_view(written).substr(0, 96));
    for (const SectionName& n : section_names()) {
      if (n.name != n.spec->name) continue;
      const std::string& key = n.folded;
      // Compare as many words as the name has (at least the first word).
      std::size_t end = 0;
      for (std::size_t w = 0; w < n.words && end != std::string::npos; ++w) end = folded.find(' ', end == 0 ? 0 : end + 1);
      const std::string prefix = folded.substr(0, std::min(end, folded.size()));
      const std::size_t d = text::edit_distance(prefix, key);
      if (d < best && d <= std::max<std::size_t>(1, key.size() / 3)) {
        best = d;
        suggestion = n.name;
      }
    }
    std::string names;
    for (const SectionSpec& spec : all_sections()) {
      if (!names.empty()) names += ", ";
      names += spec.name;
    }
    std::string help = suggestion.empty()
                           ? fmt::format(fmt::runtime(tr(lang_, "Kendte afsnit: {}.", "Known sections: {}.")), names)
                           : fmt::format(fmt::runtime(tr(lang_, "Mente du »{}«? Kendte afsnit: {}.", "Did you mean »{}«? Known sections: {}.")),
                                         suggestion, names);
    report(Code::unknown_section, section.heading_range,
           written.empty() ? std::string(tr(lang_, "Overskriften er tom.", "The heading is empty."))
                           : fmt::format(fmt::runtime(tr(lang_, "Ukendt afsnit »{}«.", "Unknown section »{}«.")), written),
           std::move(help));
    close_contexts(section.level);
    build_section_body(raw, section);
    plan_.other_sections.push_back(std::move(section));
    return;
  }

  section.kind = match->spec->kind;
  section.keyword_range = match->range;
  note_ascii_spelling(slice(match->range), match->written_name, match->range);
  const std::string_view heading = slice(raw.heading_text);
  std::size_t rest_at = match->rest;
  while (rest_at < heading.size() && (heading[rest_at] == ' ' || heading[rest_at] == '\t')) ++rest_at;
  const SourceRange rest{raw.heading_text.begin + static_cast<std::uint32_t>(rest_at), raw.heading_text.end};

  switch (section.kind) {
    case SectionKind::goal:
    case SectionKind::subgoal: {
      const bool sub = section.kind == SectionKind::subgoal;
      close_contexts(section.level);
      Goal goal;
      // "1: statement", "1.1 statement", "1. statement", "1 - statement"
      std::size_t n_end = rest_at;
      while (n_end < heading.size() && heading[n_end] != ' ' && heading[n_end] != ':' && heading[n_end] != '\t') ++n_end;
      std::string_view number_text = heading.substr(rest_at, n_end - rest_at);
      if (!sub && number_text.size() > 1 && number_text.back() == '.') number_text.remove_suffix(1);
      goal.number_range = {rest.begin, rest.begin + static_cast<std::uint32_t>(number_text.size())};
      goal.number_text = text::to_nfc(number_text);
      std::size_t s = n_end;
      while (s < heading.size() && (heading[s] == ' ' || heading[s] == ':' || heading[s] == '-' || heading[s] == '.' || heading[s] == '\t')) ++s;
      if (heading.substr(s, 3) == "\xE2\x80\x93") {  // en dash
        s += 3;
        while (s < heading.size() && heading[s] == ' ') ++s;
      }
      if (s < heading.size()) {
        goal.statement_range = {raw.heading_text.begin + static_cast<std::uint32_t>(s), raw.heading_text.end};
        if (!raw.heading_continuations.empty()) goal.statement_range.end = raw.heading_continuations.back().end;
        goal.statement = joined({raw.heading_text.begin + static_cast<std::uint32_t>(s), raw.heading_text.end},
                                raw.heading_continuations, " ");
      } else if (!raw.heading_continuations.empty()) {
        // "## Mål 1:" with the statement on the indented line(s) below.
        const std::vector<SourceRange> rest_lines(raw.heading_continuations.begin() + 1, raw.heading_continuations.end());
        goal.statement_range = {raw.heading_continuations.front().begin, raw.heading_continuations.back().end};
        goal.statement = joined(raw.heading_continuations.front(), rest_lines, " ");
      }
      const auto number = parse_goal_number(number_text, sub);
      const std::string kind_word(sub ? "Delmål" : "Mål");
      if (!number) {
        report(Code::invalid_goal_number, number_text.empty() ? match->range : goal.number_range,
               number_text.empty()
                   ? fmt::format(fmt::runtime(tr(lang_, "{} uden nummer.", "{} without a number.")), kind_word)
                   : fmt::format(fmt::runtime(tr(lang_, "»{}« er ikke et gyldigt nummer for et {}.", "»{}« is not a valid number for a {}.")),
                                 number_text, kind_word),
               sub ? std::string(tr(lang_, "Skriv overskriften som »### Delmål 1.1: <hvad borgeren opnår>«, hvor 1 er målets nummer.",
                                    "Write the heading as »### Delmål 1.1: <what the citizen achieves>«, where 1 is the goal's number."))
                   : std::string(tr(lang_, "Skriv overskriften som »## Mål 1: <hvad borgeren opnår>«.",
                                    "Write the heading as »## Mål 1: <what the citizen achieves>«.")));
      } else {
        goal.number = *number;
      }
      goal.section = std::move(section);
      build_section_body(raw, goal.section);

      if (!sub) {
        if (number) {
          const auto [it, fresh] = goal_numbers_.emplace(number->major, plan_.goals.size());
          if (!fresh) {
            report(Code::duplicate_goal_number, goal.number_range,
                   fmt::format(fmt::runtime(tr(lang_, "Mål {} findes allerede.", "Goal {} already exists.")), number->str()),
                   fmt::format(fmt::runtime(tr(lang_, "Giv målet et nyt nummer, fx Mål {}.", "Give the goal a new number, e.g. Mål {}.")),
                               goal_numbers_.rbegin()->first + 1),
                   {{plan_.goals[it->second].number_range, std::string(tr(lang_, "første Mål med nummeret", "first goal with this number"))}});
          }
        }
        plan_.goals.push_back(std::move(goal));
        goal_ = plan_.goals.size() - 1;
        goal_level_ = plan_.goals.back().section.level;
        subgoal_.reset();
        orphan_subgoal_level_.reset();
        return;
      }
      // A Delmål belongs to the Mål above it with a lower heading level.
      if (!goal_ || goal_level_ >= goal.section.level) {
        report(Code::misnumbered_subgoal, goal.section.heading_range,
               fmt::format(fmt::runtime(tr(lang_, "Delmål {} står ikke under noget mål.", "Sub-goal {} is not under any goal.")),
                           number ? number->str() : std::string("?")),
               fmt::format(fmt::runtime(tr(lang_, "Flyt delmålet ind under sit mål med en overskrift på et lavere niveau, fx »## Mål {}« over »### Delmål {}«.",
                                           "Move the sub-goal under its goal, with a lower-level heading, e.g. »## Mål {}« above »### Delmål {}«.")),
                           number ? number->major : 1, number ? number->str() : std::string("1.1")));
        orphan_subgoal_level_ = goal.section.level;
        keep_unmodelled(raw.range);
        return;
      }
      Goal& parent = plan_.goals[*goal_];
      if (number && parent.number.major != 0 && number->major != parent.number.major) {
        report(Code::misnumbered_subgoal, goal.number_range,
               fmt::format(fmt::runtime(tr(lang_, "Delmål {} står under Mål {}.", "Sub-goal {} is under goal {}.")), number->str(),
                           parent.number.major),
               fmt::format(fmt::runtime(tr(lang_, "Nummerér delmålet {}.{}, eller flyt det ind under Mål {}.",
                                           "Number the sub-goal {}.{}, or move it under goal {}.")),
                           parent.number.major, number->minor, number->major),
               {{parent.number_range, std::string(tr(lang_, "målet over delmålet", "the goal above the sub-goal"))}});
      } else if (number) {
        for (const Goal& g : parent.subgoals) {
          if (g.number == *number) {
            report(Code::duplicate_goal_number, goal.number_range,
                   fmt::format(fmt::runtime(tr(lang_, "Delmål {} findes allerede.", "Sub-goal {} already exists.")), number->str()),
                   fmt::format(fmt::runtime(tr(lang_, "Giv delmålet et nyt nummer, fx Delmål {}.{}.", "Give the sub-goal a new number, e.g. Delmål {}.{}.")),
                               parent.number.major, parent.subgoals.size() + 1),
                   {{g.number_range, std::string(tr(lang_, "første Delmål med nummeret", "first sub-goal with this number"))}});
            break;
          }
        }
      }
      parent.subgoals.push_back(std::move(goal));
      subgoal_ = parent.subgoals.size() - 1;
      subgoal_level_ = parent.subgoals.back().section.level;
      return;
    }
    case SectionKind::evaluation:
    case SectionKind::status: {
      const bool eval = section.kind == SectionKind::evaluation;
      std::optional<Date> date;
      SourceRange date_range = rest;
      if (rest.empty()) {
        report(Code::missing_heading_date, section.heading_range,
               fmt::format(fmt::runtime(tr(lang_, "Overskriften »{}« mangler en dato.", "The heading »{}« has no date.")), match->spec->name),
               fmt::format(fmt::runtime(tr(lang_, "Skriv datoen efter ordet, fx »{} {} 28-04-2026«.", "Write the date after the word, e.g. »{} {} 28-04-2026«.")),
                           slice(raw.mark), match->spec->name));
      } else {
        const DateParse p = parse_date(slice(rest));
        if (p.date) {
          date = p.date;
        } else {
          report(Code::invalid_date, rest,
                 fmt::format(fmt::runtime(tr(lang_, "»{}« er ikke en gyldig dato for {}.", "»{}« is not a valid date for the {}.")), slice(rest),
                             eval ? tr(lang_, "evalueringen", "evaluation") : tr(lang_, "statussen", "status")),
                 std::string(tr(lang_, "Skriv datoen som dd-mm-åååå, fx »### Evaluering 28-04-2026«.",
                                "Write the date as dd-mm-yyyy, e.g. »### Evaluering 28-04-2026«.")));
        }
      }
      if (!eval) {
        close_contexts(section.level);
        build_section_body(raw, section);
        plan_.statuses.push_back({std::move(section), date, date_range});
        return;
      }
      build_section_body(raw, section);
      // The nearest goal or sub-goal above with a lower heading level owns the evaluation.
      close_contexts(section.level);
      Evaluation e{std::move(section), date, date_range};
      if (subgoal_ && goal_) {
        plan_.goals[*goal_].subgoals[*subgoal_].evaluations.push_back(std::move(e));
      } else if (goal_) {
        plan_.goals[*goal_].evaluations.push_back(std::move(e));
      } else {
        keep_unmodelled(raw.range);
      }
      if (!subgoal_ && !goal_ && !orphan_subgoal_level_) {
        report(Code::orphan_evaluation, e.section.heading_range,
               std::string(tr(lang_, "Evalueringen står ikke under et mål eller delmål.", "The evaluation is not under a goal or sub-goal.")),
               std::string(tr(lang_, "Flyt den ind under det mål, den evaluerer: »### Evaluering« under »## Mål«, »#### Evaluering« under »### Delmål«.",
                              "Move it under the goal it evaluates: »### Evaluering« under »## Mål«, »#### Evaluering« under »### Delmål«.")));
      }
      return;
    }
    default:
      break;
  }

  close_contexts(section.level);
  const auto duplicate = [&](const Section& first) {
    keep_unmodelled(raw.range);
    report(Code::duplicate_section, section.heading_range,
           fmt::format(fmt::runtime(tr(lang_, "Afsnittet »{}« findes allerede.", "The section »{}« already exists.")), match->spec->name),
           std::string(tr(lang_, "Saml indholdet i ét afsnit; kun det første bruges.", "Merge the content into one section; only the first is used.")),
           {{first.heading_range, std::string(tr(lang_, "første gang her", "first here"))}});
  };
  switch (section.kind) {
    case SectionKind::document:
      if (plan_.document) {
        duplicate(*plan_.document);
        return;
      }
      build_section_body(raw, section);
      plan_.document = std::move(section);
      return;
    case SectionKind::handleplan:
      if (plan_.handleplan) {
        duplicate(plan_.handleplan->section);
        return;
      }
      plan_.handleplan.emplace();
      build_section_body(raw, section);
      plan_.handleplan->section = std::move(section);
      return;
    case SectionKind::target_group:
    case SectionKind::methods:
    case SectionKind::wishes: {
      auto& slot = section.kind == SectionKind::target_group ? plan_.target_group
                   : section.kind == SectionKind::methods    ? plan_.methods
                                                             : plan_.wishes;
      if (slot) {
        duplicate(*slot);
        return;
      }
      build_section_body(raw, section);
      slot = std::move(section);
      return;
    }
    default:
      build_section_body(raw, section);
      plan_.other_sections.push_back(std::move(section));
      return;
  }
}

BuildResult Builder::run() {
  check_utf8();
  check_nul_bytes(text_, lang_, result_.diagnostics);
  std::vector<RawSection> raw;
  {
    const syntax::ParseResult parsed(text_);
    result_.used_full_ll = parsed.used_full_ll();
    for (const syntax::SyntaxError& e : parsed.errors()) {
      report(Code::syntax_error, e.range,
             fmt::format(fmt::runtime(tr(lang_, "Syntaksfejl: {}", "Syntax error: {}")), e.message),
             std::string(tr(lang_, "Dette er en fejl i planlint; rapportér den gerne med filen.", "This is a bug in planlint; please report it with the file.")));
    }
    raw = parsed.used_full_ll() ? flatten(parsed.root(), static_cast<std::uint32_t>(text_.size()))
                                : flatten_fast(parsed.root(), static_cast<std::uint32_t>(text_.size()));
  }  // the parse tree is released here

  // Each heading's section kind, decided once.
  std::vector<std::optional<KeywordMatch>> matches(raw.size());
  for (std::size_t i = 1; i < raw.size(); ++i) {
    if (!raw[i].heading_text.empty()) matches[i] = match_keyword(raw[i].heading_text);
  }
  const auto is_document = [&](std::size_t i) { return matches[i] && matches[i]->spec->kind == SectionKind::document; };
  const bool document_first = raw.size() > 1 && is_document(1);
  bool has_document_heading = false;
  for (std::size_t i = 1; i < raw.size(); ++i) has_document_heading = has_document_heading || is_document(i);

  const RawSection& preamble = raw.front();
  const auto content = std::find_if(preamble.lines.begin(), preamble.lines.end(), [](const RawLine& l) {
    return l.kind != LineKind::blank && l.kind != LineKind::comment && l.kind != LineKind::suppression;
  });
  if (!document_first || content != preamble.lines.end()) {
    SourceRange where;
    if (content != preamble.lines.end()) {
      where = content->range;
    } else if (raw.size() > 1) {
      where = {raw[1].mark.begin, raw[1].heading_text.empty() ? raw[1].mark.end : raw[1].heading_text.end};
    } else {
      const std::uint32_t start = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
      const std::size_t nl = text_.find('\n', start);
      where = {start, static_cast<std::uint32_t>(nl == std::string_view::npos ? text_.size() : nl)};
      if (where.end > where.begin && text_[where.end - 1] == '\r') --where.end;
    }
    report(Code::missing_document_heading, where,
           std::string(tr(lang_, "Planen begynder ikke med overskriften »# Individuel plan«.",
                          "The plan does not start with the heading »# Individuel plan«.")),
           std::string(tr(lang_, "Skriv »# Individuel plan« som første linje, over planens hovedfelter (Borger, Område, ...).",
                          "Write »# Individuel plan« as the first line, above the plan's header fields (Borger, Område, ...).")));
  }
  // Lines before the first heading: the header of a plan that lacks its document heading.
  {
    Section header;
    header.kind = SectionKind::document;
    header.range = preamble.range;
    build_section_body(preamble, header);
    if (!has_document_heading && !header.fields.empty()) {
      plan_.document = std::move(header);
    } else if (content != preamble.lines.end()) {
      keep_unmodelled(preamble.range);
    }
  }
  for (std::size_t i = 1; i < raw.size(); ++i) place_section(raw[i], matches[i]);

  if (ascii_first_) {
    diag::Diagnostic d = std::move(*ascii_first_);
    d.help = ascii_count_ == 1
                 ? std::string(tr(lang_, "planlint forstår stavemåden, men æ, ø og å er lettere at læse.",
                                  "planlint understands the spelling, but æ, ø and å are easier to read."))
                 : fmt::format(fmt::runtime(tr(lang_, "planlint forstår stavemåden, men æ, ø og å er lettere at læse. Filen har {} nøgleord skrevet sådan.",
                                               "planlint understands the spelling, but æ, ø and å are easier to read. The file has {} keywords spelled this way.")),
                               ascii_count_);
    std::sort(ascii_edits_.begin(), ascii_edits_.end(),
              [](const diag::Edit& a, const diag::Edit& b) { return a.range.begin < b.range.begin; });
    // A fix's edits must not overlap: keep the first of any that do.
    std::vector<diag::Edit> edits;
    for (diag::Edit& e : ascii_edits_) {
      if (edits.empty() || edits.back().range.end <= e.range.begin) edits.push_back(std::move(e));
    }
    ascii_edits_ = std::move(edits);
    // Respelling a keyword changes no meaning (it folds to the same key): a safe fix.
    if (!ascii_edits_.empty()) {
      d.fixes.push_back({ascii_edits_.size() == 1 ? fmt::format(fmt::runtime(tr(lang_, "Skriv »{}«", "Write »{}«")), ascii_edits_[0].replacement)
                                                  : std::string(tr(lang_, "Skriv nøgleordene med æ, ø og å", "Spell the keywords with æ, ø and å")),
                         diag::Applicability::safe, std::move(ascii_edits_)});
    }
    result_.diagnostics.push_back(std::move(d));
  }
  diag::sort_diagnostics(result_.diagnostics);
  return std::move(result_);
}

}  // namespace

BuildResult build_plan(std::string_view text, diag::Lang lang) {
  // Offsets are 32-bit: refuse (with a diagnostic) rather than wrap on a file over 4 GiB.
  if (text.size() >= 0xFFFFFFF0u) {
    BuildResult r;
    r.readable = false;
    r.diagnostics.push_back(diag::make(diag::Code::syntax_error, {0, 0},
                                       std::string(tr(lang, "Filen er for stor (over 4 GiB).", "The file is too large (over 4 GiB).")),
                                       std::string(tr(lang, "Del planen op i mindre filer.", "Split the plan into smaller files."))));
    return r;
  }
  // A whole file in UTF-16 or Windows-1252 read as UTF-8 is garbage: one finding, no cascade.
  if (std::optional<diag::Diagnostic> encoding = check_encoding(text, lang)) {
    BuildResult r;
    r.readable = false;
    r.diagnostics.push_back(std::move(*encoding));
    return r;
  }
  return Builder(text, lang).run();
}

}  // namespace planlint::model
