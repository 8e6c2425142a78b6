#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/schema.h"
#include "model/values.h"
#include "text/source_range.h"

namespace planlint::model {

using text::SourceRange;

struct EnumValue {
  std::string value;  // canonical spelling from the schema: "fortsæt"
  friend bool operator==(const EnumValue&, const EnumValue&) = default;
};

// The typed value of a field; monostate for text fields and for values that did not parse
// (those got a structure diagnostic, and rules treat the field as present but unusable).
using Value = std::variant<std::monostate, Date, DateRange, Interval, std::vector<Reference>, EnumValue>;

struct Field {
  FieldId id{};
  std::string key;  // as written
  SourceRange key_range;
  std::string text;  // NFC; continuation lines joined with "\n"
  SourceRange value_range;  // from the first to the last value byte, continuations included
  Value value;  // for references, each Reference::range is absolute in the file
  bool valid = true;  // false when a typed value was present but could not be read

  template <class T>
  [[nodiscard]] const T* as() const { return std::get_if<T>(&value); }
};

struct ListItem {
  std::string id;  // "H1" in "- H1: ...", else empty
  SourceRange id_range;
  std::string text;  // NFC, continuation lines joined with "\n"
  SourceRange text_range;
  SourceRange range;  // the whole item from the marker on
};

struct Paragraph {
  std::string text;  // NFC, lines joined with "\n"
  SourceRange range;
};

struct Section {
  SectionKind kind = SectionKind::unknown;
  int level = 0;  // number of '#'
  std::string heading;  // heading text after the '#'s, NFC
  SourceRange heading_range;  // the heading line
  SourceRange keyword_range;  // "Mål" in "## Mål 1: ..."
  SourceRange range;  // heading through the last line before the next heading
  std::vector<Field> fields;
  std::vector<ListItem> items;
  std::vector<Paragraph> paragraphs;

  [[nodiscard]] const Field* field(FieldId id) const {
    for (const Field& f : fields) {
      if (f.id == id) return &f;
    }
    return nullptr;
  }
  template <class T>
  [[nodiscard]] const T* value(FieldId id) const {
    const Field* f = field(id);
    return f != nullptr ? f->as<T>() : nullptr;
  }
};

struct Evaluation {
  Section section;
  std::optional<Date> date;  // from the heading
  SourceRange date_range;
};

struct Goal {
  Section section;
  GoalNumber number;  // {0, 0} when the heading's number could not be read (PL013)
  std::string number_text;  // the number as written
  SourceRange number_range;
  std::string statement;  // NFC
  SourceRange statement_range;
  std::vector<Goal> subgoals;  // empty for a Delmål
  std::vector<Evaluation> evaluations;

  [[nodiscard]] bool is_subgoal() const { return section.kind == SectionKind::subgoal; }
};

struct HandleplanGoal {
  std::string id;  // "H1"
  SourceRange id_range;
  std::string text;
  SourceRange range;
};

struct Handleplan {
  Section section;
  std::vector<HandleplanGoal> goals;

  [[nodiscard]] const HandleplanGoal* goal(std::string_view id) const {
    for (const HandleplanGoal& g : goals) {
      if (g.id == id) return &g;
    }
    return nullptr;
  }
};

struct Status {
  Section section;
  std::optional<Date> date;  // from the heading
  SourceRange date_range;
};

struct Comment {
  std::string text;  // after "//", trimmed
  SourceRange range;
};

enum class SuppressionKind { next_line, block_start, block_end, file };

struct SuppressedCode {
  std::string code;  // "PL004" or a rule name, as written
  SourceRange range;
};

struct Suppression {
  SuppressionKind kind = SuppressionKind::next_line;
  std::vector<SuppressedCode> codes;
  std::string reason;  // after " -- ", may be empty
  SourceRange range;  // the comment line
  std::uint32_t line = 0;  // 0-based line of the comment
};

// The typed model of one plan file. Every node keeps the byte range it came from.
struct Plan {
  std::optional<Section> document;  // "# Individuel plan" with the header fields
  std::optional<Handleplan> handleplan;
  std::optional<Section> target_group;
  std::optional<Section> methods;
  std::optional<Section> wishes;
  std::vector<Goal> goals;  // Mål in file order, each with its Delmål and evaluations
  std::vector<Status> statuses;
  std::vector<Section> other_sections;  // ethics, notes and unknown headings, in file order
  std::vector<Comment> comments;
  std::vector<Suppression> suppressions;
  // Text the model does not otherwise hold: unknown, misplaced and duplicate fields and the
  // content of dropped sections (each already has a structure diagnostic). Only for rules
  // that must see every word, such as cpr-number.
  std::vector<Paragraph> unmodelled;

  // Header shortcuts (all typed; null when absent or invalid).
  [[nodiscard]] const Field* header(FieldId id) const { return document ? document->field(id) : nullptr; }
  [[nodiscard]] const EnumValue* area() const { return document ? document->value<EnumValue>(FieldId::area) : nullptr; }
  [[nodiscard]] const Date* enrolled() const { return document ? document->value<Date>(FieldId::enrolled) : nullptr; }
  [[nodiscard]] const Date* revised() const { return document ? document->value<Date>(FieldId::revised) : nullptr; }
  [[nodiscard]] const Date* next_revision() const {
    return document ? document->value<Date>(FieldId::next_revision) : nullptr;
  }
};

}  // namespace planlint::model
