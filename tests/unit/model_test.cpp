// The typed plan model, built from the reference plan of the product design, and the
// tolerances: ASCII spellings of Danish letters, NFD text, CRLF line endings and a BOM.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <variant>

#include "model/builder.h"
#include "test_support.h"
#include "text/line_index.h"
#include "text/unicode.h"

namespace planlint::model {
namespace {

using testing::at;
using testing::dump;
using testing::reference_plan;
using testing::replace_all;
using testing::slice;
using testing::span;

// ---- a range-free description of a plan, to compare variants of one plan ---------------------

std::string describe(const Value& v) {
  std::ostringstream os;
  if (std::holds_alternative<std::monostate>(v)) os << "-";
  if (const auto* d = std::get_if<Date>(&v)) os << "date " << d->iso();
  if (const auto* r = std::get_if<DateRange>(&v)) os << "range " << r->from.iso() << ".." << r->to.iso();
  if (const auto* i = std::get_if<Interval>(&v)) os << "interval " << i->describe_en();
  if (const auto* refs = std::get_if<std::vector<Reference>>(&v)) {
    os << "refs";
    for (const Reference& r : *refs) os << " " << static_cast<int>(r.kind) << ":" << r.id;
  }
  if (const auto* e = std::get_if<EnumValue>(&v)) os << "enum " << e->value;
  return os.str();
}

void describe(std::ostream& os, const Section& s, const std::string& indent) {
  os << indent << "section kind=" << static_cast<int>(s.kind) << " level=" << s.level << "\n";
  for (const Field& f : s.fields) {
    os << indent << "  field " << field_spec(f.id).name << (f.valid ? "" : " INVALID") << " = »" << f.text << "« "
       << describe(f.value) << "\n";
  }
  for (const ListItem& i : s.items) os << indent << "  item " << i.id << " »" << i.text << "«\n";
  for (const Paragraph& p : s.paragraphs) os << indent << "  text »" << p.text << "«\n";
}

void describe(std::ostream& os, const Goal& g, const std::string& indent) {
  os << indent << (g.is_subgoal() ? "Delmål " : "Mål ") << g.number.str() << ": »" << g.statement << "«\n";
  describe(os, g.section, indent + "  ");
  for (const Evaluation& e : g.evaluations) {
    os << indent << "  evaluation " << (e.date ? e.date->iso() : "?") << "\n";
    describe(os, e.section, indent + "    ");
  }
  for (const Goal& s : g.subgoals) describe(os, s, indent + "  ");
}

std::string describe(const Plan& plan) {
  std::ostringstream os;
  if (plan.document) describe(os, *plan.document, "document ");
  if (plan.handleplan) {
    describe(os, plan.handleplan->section, "handleplan ");
    for (const HandleplanGoal& g : plan.handleplan->goals) os << "  hp " << g.id << " »" << g.text << "«\n";
  }
  if (plan.target_group) describe(os, *plan.target_group, "target ");
  if (plan.methods) describe(os, *plan.methods, "methods ");
  if (plan.wishes) describe(os, *plan.wishes, "wishes ");
  for (const Goal& g : plan.goals) describe(os, g, "");
  for (const Status& s : plan.statuses) {
    os << "status " << (s.date ? s.date->iso() : "?") << "\n";
    describe(os, s.section, "  ");
  }
  for (const Section& s : plan.other_sections) describe(os, s, "other ");
  os << "comments " << plan.comments.size() << " suppressions " << plan.suppressions.size() << "\n";
  return os.str();
}

// Every range of the model as line:column, to compare variants that differ only in bytes that
// have no column (CR, BOM).
void positions(std::ostream& os, std::string_view text, const Section& s) {
  os << span(text, s.heading_range) << " " << span(text, s.keyword_range) << " " << span(text, s.range) << "\n";
  for (const Field& f : s.fields) {
    os << span(text, f.key_range) << " " << span(text, f.value_range);
    if (const auto* refs = f.as<std::vector<Reference>>()) {
      for (const Reference& r : *refs) os << " " << span(text, r.range);
    }
    os << "\n";
  }
  for (const ListItem& i : s.items) os << span(text, i.range) << " " << span(text, i.id_range) << " " << span(text, i.text_range) << "\n";
  for (const Paragraph& p : s.paragraphs) os << span(text, p.range) << "\n";
}

void positions(std::ostream& os, std::string_view text, const Goal& g) {
  os << span(text, g.number_range) << " " << span(text, g.statement_range) << "\n";
  positions(os, text, g.section);
  for (const Evaluation& e : g.evaluations) {
    os << span(text, e.date_range) << "\n";
    positions(os, text, e.section);
  }
  for (const Goal& s : g.subgoals) positions(os, text, s);
}

std::string positions(std::string_view text, const Plan& plan) {
  std::ostringstream os;
  if (plan.document) positions(os, text, *plan.document);
  if (plan.handleplan) {
    positions(os, text, plan.handleplan->section);
    for (const HandleplanGoal& g : plan.handleplan->goals) os << span(text, g.id_range) << " " << span(text, g.range) << "\n";
  }
  if (plan.target_group) positions(os, text, *plan.target_group);
  if (plan.methods) positions(os, text, *plan.methods);
  if (plan.wishes) positions(os, text, *plan.wishes);
  for (const Goal& g : plan.goals) positions(os, text, g);
  for (const Status& s : plan.statuses) {
    os << span(text, s.date_range) << "\n";
    positions(os, text, s.section);
  }
  return os.str();
}

// ---- the reference plan -----------------------------------------------------------------------

class ReferencePlan : public ::testing::Test {
 protected:
  void SetUp() override {
    text_ = reference_plan();
    result_ = build_plan(text_, diag::Lang::da);
  }
  const Plan& plan() const { return result_.plan; }

  std::string text_;
  BuildResult result_;
};

TEST_F(ReferencePlan, HasNoDiagnostics) {
  EXPECT_TRUE(result_.diagnostics.empty()) << dump(text_, result_.diagnostics);
  EXPECT_FALSE(result_.used_full_ll);
}

TEST_F(ReferencePlan, HeaderFieldsAreTyped) {
  ASSERT_TRUE(plan().document.has_value());
  const Section& doc = *plan().document;
  EXPECT_EQ(doc.kind, SectionKind::document);
  EXPECT_EQ(doc.level, 1);
  EXPECT_EQ(doc.heading, "Individuel plan");
  EXPECT_EQ(doc.fields.size(), 8u);
  ASSERT_NE(plan().area(), nullptr);
  EXPECT_EQ(plan().area()->value, "børn");
  ASSERT_NE(plan().enrolled(), nullptr);
  EXPECT_EQ(*plan().enrolled(), (Date{2026, 1, 5}));
  ASSERT_NE(plan().revised(), nullptr);
  EXPECT_EQ(*plan().revised(), (Date{2026, 7, 20}));
  ASSERT_NE(plan().next_revision(), nullptr);
  EXPECT_EQ(*plan().next_revision(), (Date{2027, 1, 15}));
  ASSERT_NE(doc.value<EnumValue>(FieldId::plan_template), nullptr);
  EXPECT_EQ(doc.value<EnumValue>(FieldId::plan_template)->value, "ICS");

  const Field* citizen = plan().header(FieldId::citizen);
  ASSERT_NE(citizen, nullptr);
  EXPECT_EQ(citizen->key, "Borger");
  EXPECT_EQ(citizen->text, "Malte (journal 4417)");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(citizen->value));
  EXPECT_TRUE(citizen->valid);
  EXPECT_EQ(span(text_, citizen->key_range), "2:1-2:7");
  EXPECT_EQ(span(text_, citizen->value_range), "2:9-2:29");

  const Field* next = plan().header(FieldId::next_revision);
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->key, "Næste revision");
  EXPECT_EQ(span(text_, next->key_range), "9:1-9:15");
  EXPECT_EQ(span(text_, next->value_range), "9:17-9:27");
}

TEST_F(ReferencePlan, Handleplan) {
  ASSERT_TRUE(plan().handleplan.has_value());
  const Handleplan& hp = *plan().handleplan;
  ASSERT_EQ(hp.goals.size(), 3u);
  EXPECT_EQ(hp.goals[0].id, "H1");
  EXPECT_EQ(hp.goals[0].text, "Malte udvikler sit sprog, så han kan fortælle, hvad han har brug for.");
  EXPECT_EQ(hp.goals[1].id, "H2");
  EXPECT_EQ(hp.goals[1].text, "Malte bliver mere selvstændig i hverdagens gøremål.");
  EXPECT_EQ(hp.goals[2].id, "H3");
  EXPECT_EQ(hp.goals[2].text, "Malte deltager i skolens undervisning og i leg med andre børn.");
  EXPECT_EQ(span(text_, hp.goals[0].id_range), "17:3-17:5");
  EXPECT_EQ(at(text_, hp.goals[2].range.begin), "19:1");
  EXPECT_NE(hp.goal("H2"), nullptr);
  EXPECT_EQ(hp.goal("H4"), nullptr);

  const Section& s = hp.section;
  EXPECT_EQ(s.kind, SectionKind::handleplan);
  EXPECT_EQ(s.fields.size(), 4u);
  EXPECT_EQ(s.items.size(), 3u);
  ASSERT_NE(s.value<Date>(FieldId::date), nullptr);
  EXPECT_EQ(*s.value<Date>(FieldId::date), (Date{2026, 1, 8}));
  ASSERT_NE(s.field(FieldId::law_basis), nullptr);
  EXPECT_EQ(s.field(FieldId::law_basis)->text, "Barnets lov § 91");
}

TEST_F(ReferencePlan, ContinuationLinesAreJoinedIntoTheValue) {
  const Field* purpose = plan().handleplan->section.field(FieldId::purpose);
  ASSERT_NE(purpose, nullptr);
  EXPECT_EQ(purpose->text,
            "Malte får en tryg og overskuelig hverdag, hvor han styrker sit sprog,\n"
            "sin selvstændighed og sit samvær med andre børn.");
  // The value runs from the first value byte on line 15 to the end of the continuation on line 16.
  EXPECT_EQ(at(text_, purpose->value_range.begin), "15:9");
  const text::LineIndex index(text_);
  EXPECT_EQ(purpose->value_range.end, index.line_end(15));
  EXPECT_EQ(at(text_, purpose->value_range.end), "16:51");
}

TEST_F(ReferencePlan, ProseSections) {
  ASSERT_TRUE(plan().target_group.has_value());
  EXPECT_EQ(plan().target_group->fields.size(), 3u);
  ASSERT_TRUE(plan().methods.has_value());
  ASSERT_EQ(plan().methods->items.size(), 3u);
  EXPECT_EQ(plan().methods->items[0].id, "");
  EXPECT_EQ(plan().methods->items[0].text, "TEACCH: dagen er delt op i faste trin med billeder på væggen ved badeværelset.");
  EXPECT_EQ(span(text_, plan().methods->items[0].range), "27:1-27:81");
  EXPECT_EQ(plan().methods->fields.size(), 0u);
  ASSERT_TRUE(plan().wishes.has_value());
  ASSERT_EQ(plan().wishes->paragraphs.size(), 1u);
  EXPECT_EQ(plan().wishes->paragraphs[0].text,
            "Malte vil gerne køre på cykel med ekstra hjul i skoven.\nFar ønsker, at Malte kan fortælle, hvad han har lavet i skolen.");
  EXPECT_EQ(span(text_, plan().wishes->paragraphs[0].range), "32:1-33:64");
  EXPECT_TRUE(plan().other_sections.empty());
  EXPECT_TRUE(plan().comments.empty());
  EXPECT_TRUE(plan().suppressions.empty());
}

TEST_F(ReferencePlan, Goals) {
  ASSERT_EQ(plan().goals.size(), 3u);
  const Goal& g1 = plan().goals[0];
  EXPECT_EQ(g1.number, (GoalNumber{1, 0}));
  EXPECT_FALSE(g1.is_subgoal());
  EXPECT_EQ(g1.statement, "Malte børster selv tænder om aftenen");
  EXPECT_EQ(g1.section.kind, SectionKind::goal);
  EXPECT_EQ(g1.section.level, 2);
  EXPECT_EQ(span(text_, g1.section.keyword_range), "35:4-35:7");
  EXPECT_EQ(span(text_, g1.number_range), "35:8-35:9");
  EXPECT_EQ(span(text_, g1.statement_range), "35:11-35:47");
  EXPECT_EQ(span(text_, g1.section.heading_range), "35:1-35:47");
  // The section runs from its heading to the next heading (the Delmål).
  EXPECT_EQ(span(text_, g1.section.range), "35:1-47:1");
  EXPECT_EQ(g1.section.fields.size(), 10u);

  EXPECT_EQ(plan().goals[1].number, (GoalNumber{2, 0}));
  EXPECT_EQ(plan().goals[1].statement, "Malte spiller et brætspil færdigt med et andet barn");
  EXPECT_EQ(plan().goals[2].number, (GoalNumber{3, 0}));
  EXPECT_EQ(plan().goals[2].statement, "Malte viser sit hjælpekort til læreren i timerne");
  EXPECT_EQ(span(text_, plan().goals[2].number_range), "102:8-102:9");
  EXPECT_TRUE(plan().goals[1].subgoals.empty());
  EXPECT_TRUE(plan().goals[2].subgoals.empty());
}

TEST_F(ReferencePlan, SubgoalAndEvaluations) {
  const Goal& g1 = plan().goals.at(0);
  ASSERT_EQ(g1.subgoals.size(), 1u);
  const Goal& d = g1.subgoals[0];
  EXPECT_EQ(d.number, (GoalNumber{1, 1}));
  EXPECT_TRUE(d.is_subgoal());
  EXPECT_EQ(d.statement, "Malte lægger selv tandpasta på børsten");
  EXPECT_EQ(d.section.kind, SectionKind::subgoal);
  EXPECT_EQ(d.section.level, 3);
  EXPECT_EQ(span(text_, d.number_range), "47:12-47:15");
  EXPECT_EQ(d.section.fields.size(), 7u);

  // #### Evaluering under ### Delmål belongs to the Delmål ...
  ASSERT_EQ(d.evaluations.size(), 3u);
  EXPECT_EQ(d.evaluations[0].date, (Date{2026, 2, 26}));
  EXPECT_EQ(d.evaluations[1].date, (Date{2026, 3, 26}));
  EXPECT_EQ(d.evaluations[2].date, (Date{2026, 4, 23}));
  EXPECT_EQ(span(text_, d.evaluations[0].date_range), "56:17-56:27");
  EXPECT_EQ(d.evaluations[0].section.level, 4);
  ASSERT_NE(d.evaluations[2].section.value<EnumValue>(FieldId::decision), nullptr);
  EXPECT_EQ(d.evaluations[2].section.value<EnumValue>(FieldId::decision)->value, "afslut");
  ASSERT_NE(d.evaluations[0].section.field(FieldId::quantitative), nullptr);
  EXPECT_EQ(d.evaluations[0].section.field(FieldId::quantitative)->text, "Uden påmindelse 1 af 7 aftener; svarprocent 95 %.");

  // ... and ### Evaluering after it, at the Delmål's own level, belongs to the Mål.
  ASSERT_EQ(g1.evaluations.size(), 2u);
  EXPECT_EQ(g1.evaluations[0].date, (Date{2026, 4, 24}));
  EXPECT_EQ(g1.evaluations[1].date, (Date{2026, 7, 20}));
  EXPECT_EQ(span(text_, g1.evaluations[0].section.heading_range), "71:1-71:26");
  ASSERT_NE(g1.evaluations[1].section.value<EnumValue>(FieldId::decision), nullptr);
  EXPECT_EQ(g1.evaluations[1].section.value<EnumValue>(FieldId::decision)->value, "justér");

  EXPECT_EQ(plan().goals[1].evaluations.size(), 2u);
  EXPECT_EQ(plan().goals[2].evaluations.size(), 2u);
}

TEST_F(ReferencePlan, GoalFieldTypes) {
  const Goal& g1 = plan().goals.at(0);
  ASSERT_NE(g1.section.value<Interval>(FieldId::evaluation_interval), nullptr);
  EXPECT_EQ(*g1.section.value<Interval>(FieldId::evaluation_interval), (Interval{3, IntervalUnit::month}));
  ASSERT_NE(g1.subgoals.at(0).section.value<Interval>(FieldId::evaluation_interval), nullptr);
  EXPECT_EQ(*g1.subgoals.at(0).section.value<Interval>(FieldId::evaluation_interval), (Interval{1, IntervalUnit::month}));
  EXPECT_EQ(*g1.section.value<Date>(FieldId::start), (Date{2026, 2, 1}));
  EXPECT_EQ(*g1.section.value<Date>(FieldId::end), (Date{2026, 12, 31}));
  EXPECT_EQ(g1.section.field(FieldId::method)->text, "TEACCH");

  const auto* refs1 = g1.section.value<std::vector<Reference>>(FieldId::handleplan_ref);
  ASSERT_NE(refs1, nullptr);
  ASSERT_EQ(refs1->size(), 1u);
  EXPECT_EQ((*refs1)[0].id, "H2");

  const Goal& g3 = plan().goals.at(2);
  const auto* refs3 = g3.section.value<std::vector<Reference>>(FieldId::handleplan_ref);
  ASSERT_NE(refs3, nullptr);
  ASSERT_EQ(refs3->size(), 2u);
  EXPECT_EQ((*refs3)[0], (Reference{ReferenceKind::handleplan, "H1", (*refs3)[0].range}));
  EXPECT_EQ((*refs3)[1].id, "H3");
  EXPECT_EQ(span(text_, (*refs3)[0].range), "103:13-103:15");
  EXPECT_EQ(span(text_, (*refs3)[1].range), "103:17-103:19");
  EXPECT_EQ(slice(text_, (*refs3)[1].range), "H3");

  const auto* theme2 = plan().goals.at(1).section.value<EnumValue>(FieldId::theme);
  ASSERT_NE(theme2, nullptr);
  EXPECT_EQ(theme2->value, "sociale relationer");
  const auto* theme3 = g3.section.value<EnumValue>(FieldId::theme);
  ASSERT_NE(theme3, nullptr);
  EXPECT_EQ(theme3->value, "skole og uddannelse");
  EXPECT_EQ(g1.section.field(FieldId::theme), nullptr);
}

TEST_F(ReferencePlan, Status) {
  ASSERT_EQ(plan().statuses.size(), 1u);
  const Status& s = plan().statuses[0];
  EXPECT_EQ(s.date, (Date{2026, 7, 6}));
  EXPECT_EQ(span(text_, s.date_range), "123:11-123:21");
  EXPECT_EQ(s.section.kind, SectionKind::status);
  EXPECT_EQ(s.section.fields.size(), 10u);
  const auto* period = s.section.value<DateRange>(FieldId::period);
  ASSERT_NE(period, nullptr);
  EXPECT_EQ(*period, (DateRange{{2026, 2, 1}, {2026, 6, 30}}));
  EXPECT_EQ(*s.section.value<Date>(FieldId::meeting), (Date{2026, 7, 22}));
  EXPECT_EQ(*s.section.value<Date>(FieldId::sent), (Date{2026, 7, 6}));

  const auto* refs = s.section.value<std::vector<Reference>>(FieldId::goals_in_period);
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->size(), 4u);
  EXPECT_EQ((*refs)[0].kind, ReferenceKind::goal);
  EXPECT_EQ((*refs)[0].id, "1");
  EXPECT_EQ((*refs)[1].kind, ReferenceKind::subgoal);
  EXPECT_EQ((*refs)[1].id, "1.1");
  EXPECT_EQ((*refs)[2].id, "2");
  EXPECT_EQ((*refs)[3].id, "3");
  EXPECT_EQ(slice(text_, (*refs)[0].range), "Mål 1");
  EXPECT_EQ(slice(text_, (*refs)[1].range), "Delmål 1.1");
  EXPECT_EQ(slice(text_, (*refs)[3].range), "Mål 3");
  EXPECT_EQ(span(text_, (*refs)[0].range), "128:17-128:22");
  EXPECT_EQ(span(text_, (*refs)[1].range), "128:24-128:34");
  EXPECT_EQ(span(text_, (*refs)[3].range), "128:43-128:48");
}

// ---- tolerance --------------------------------------------------------------------------------

TEST(ModelTolerance, AsciiSpellingsBuildTheSamePlanWithOneHint) {
  const std::string original = reference_plan();
  std::string ascii = replace_all(original, "## Mål ", "## Maal ");
  ascii = replace_all(ascii, "### Delmål ", "### Delmaal ");
  ascii = replace_all(ascii, "Næste revision:", "Naeste revision:");
  ASSERT_NE(ascii, original);

  const BuildResult a = build_plan(ascii, diag::Lang::da);
  const BuildResult o = build_plan(original, diag::Lang::da);
  EXPECT_EQ(describe(a.plan), describe(o.plan));
  ASSERT_EQ(a.diagnostics.size(), 1u) << dump(ascii, a.diagnostics);
  const diag::Diagnostic& d = a.diagnostics[0];
  EXPECT_EQ(d.code, "PL020");
  EXPECT_EQ(d.severity, diag::Severity::info);
  // Reported at the first ASCII spelling in the file, counting all five.
  EXPECT_EQ(span(ascii, d.range), "9:1-9:16");
  EXPECT_NE(d.message.find("Naeste revision"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("Næste revision"), std::string::npos) << d.message;
  EXPECT_NE(d.help.find("5 nøgleord"), std::string::npos) << d.help;
  ASSERT_NE(a.plan.next_revision(), nullptr);
  EXPECT_EQ(*a.plan.next_revision(), (Date{2027, 1, 15}));
  // Its safe fix respells all five and gives back the original plan, byte for byte.
  ASSERT_EQ(d.fixes.size(), 1u);
  EXPECT_EQ(d.fixes[0].applicability, diag::Applicability::safe);
  EXPECT_EQ(d.fixes[0].title, "Skriv nøgleordene med æ, ø og å");
  ASSERT_EQ(d.fixes[0].edits.size(), 5u);
  std::string fixed = ascii;
  for (auto e = d.fixes[0].edits.rbegin(); e != d.fixes[0].edits.rend(); ++e) {
    fixed.replace(e->range.begin, e->range.end - e->range.begin, e->replacement);
  }
  EXPECT_EQ(fixed, original);
}

TEST(ModelTolerance, AsciiSpellingFixKeepsTheWritersCase) {
  // A heading keyword in capitals, a field name, and an enumeration value.
  const std::string text = std::string(testing::kHeader) +
                           "## MAAL 1: Noah cykler selv\n### Evaluering 01-09-2026\nBeslutning: fortsaet\n";
  const BuildResult r = build_plan(text, diag::Lang::da);
  const diag::Diagnostic* d = nullptr;
  for (const auto& x : r.diagnostics) {
    if (x.code == "PL020") d = &x;
  }
  ASSERT_NE(d, nullptr) << dump(text, r.diagnostics);
  ASSERT_EQ(d->fixes.size(), 1u);
  std::vector<std::string> replacements;
  for (const auto& e : d->fixes[0].edits) replacements.push_back(e.replacement);
  EXPECT_EQ(replacements, (std::vector<std::string>{"MÅL", "fortsæt"}));
}

TEST(ModelTolerance, NfdBuildsTheSamePlan) {
  const std::string original = reference_plan();
  const std::string nfd = replace_all(replace_all(original, "å", "a\xCC\x8A"), "Å", "A\xCC\x8A");
  ASSERT_GT(nfd.size(), original.size());
  const BuildResult n = build_plan(nfd, diag::Lang::da);
  const BuildResult o = build_plan(original, diag::Lang::da);
  EXPECT_TRUE(n.diagnostics.empty()) << dump(nfd, n.diagnostics);
  EXPECT_EQ(describe(n.plan), describe(o.plan));
}

TEST(ModelTolerance, NfdReferenceRangesCoverTheReference) {
  const std::string original = reference_plan();
  const std::string nfd = replace_all(original, "å", "a\xCC\x8A");
  const BuildResult n = build_plan(nfd, diag::Lang::da);
  ASSERT_EQ(n.plan.statuses.size(), 1u);
  const auto* refs = n.plan.statuses[0].section.value<std::vector<Reference>>(FieldId::goals_in_period);
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->size(), 4u);
  // Each range must cover exactly the reference as written (in NFD), not bytes shifted by the
  // NFC text the value was parsed from.
  EXPECT_EQ(text::to_nfc(slice(nfd, (*refs)[0].range)), "Mål 1");
  EXPECT_EQ(text::to_nfc(slice(nfd, (*refs)[1].range)), "Delmål 1.1");
  EXPECT_EQ(text::to_nfc(slice(nfd, (*refs)[2].range)), "Mål 2");
  EXPECT_EQ(text::to_nfc(slice(nfd, (*refs)[3].range)), "Mål 3");
}

TEST(ModelTolerance, CrLfAndBomBuildTheSamePlanAtTheSamePositions) {
  const std::string original = reference_plan();
  const std::string windows = "\xEF\xBB\xBF" + replace_all(original, "\n", "\r\n");
  const BuildResult w = build_plan(windows, diag::Lang::da);
  const BuildResult o = build_plan(original, diag::Lang::da);
  EXPECT_TRUE(w.diagnostics.empty()) << dump(windows, w.diagnostics);
  EXPECT_EQ(describe(w.plan), describe(o.plan));
  EXPECT_EQ(positions(windows, w.plan), positions(original, o.plan));
  EXPECT_EQ(describe(w.plan).find('\r'), std::string::npos);
}

TEST(ModelTolerance, CrLfWithoutFinalNewline) {
  std::string windows = replace_all(reference_plan(), "\n", "\r\n");
  windows.resize(windows.size() - 2);
  const BuildResult w = build_plan(windows, diag::Lang::da);
  EXPECT_TRUE(w.diagnostics.empty()) << dump(windows, w.diagnostics);
  ASSERT_EQ(w.plan.statuses.size(), 1u);
  const Field* last = w.plan.statuses[0].section.field(FieldId::target_group_and_need);
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->text, "Uændret, jf. ydelsesbeskrivelsen niveau 2.");
}

TEST(ModelTolerance, KeysAreCaseInsensitive) {
  const std::string original = reference_plan();
  std::string shouting = replace_all(original, "Succeskriterium:", "SUCCESKRITERIUM:");
  shouting = replace_all(shouting, "Beslutning: ", "beslutning: ");
  shouting = replace_all(shouting, "## Handleplan", "## HANDLEPLAN");
  const BuildResult s = build_plan(shouting, diag::Lang::da);
  EXPECT_TRUE(s.diagnostics.empty()) << dump(shouting, s.diagnostics);
  EXPECT_EQ(describe(s.plan), describe(build_plan(original, diag::Lang::da).plan));
}

TEST(ModelTolerance, BarnetsPlanIsTheHandleplanSection) {
  const std::string text = testing::replace_once(reference_plan(), "## Handleplan\n", "## Barnets plan\n");
  const BuildResult r = build_plan(text, diag::Lang::da);
  EXPECT_TRUE(r.diagnostics.empty()) << dump(text, r.diagnostics);
  ASSERT_TRUE(r.plan.handleplan.has_value());
  EXPECT_EQ(r.plan.handleplan->goals.size(), 3u);
  EXPECT_EQ(span(text, r.plan.handleplan->section.keyword_range), "11:4-11:16");
}

}  // namespace
}  // namespace planlint::model
