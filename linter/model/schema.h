#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace planlint::model {

// The kinds of section a heading can open. The first word(s) of the heading decide the kind.
enum class SectionKind : std::uint8_t {
  document,      // "# Individuel plan"
  handleplan,    // "## Handleplan" / "## Barnets plan" / "## Ungeplan"
  target_group,  // "## Målgruppe"
  methods,       // "## Faglige tilgange og metoder"
  wishes,        // "## Ønsker"
  ethics,        // "## Etiske dilemmaer"
  notes,         // "## Bemærkninger"
  goal,          // "## Mål 1: ..."
  subgoal,       // "### Delmål 1.1: ..."
  evaluation,    // "### Evaluering 28-04-2026"
  status,        // "## Status 10-07-2026"
  unknown,
};
inline constexpr std::size_t section_kind_count = static_cast<std::size_t>(SectionKind::unknown) + 1;

enum class ValueType : std::uint8_t {
  text,             // free text
  date,             // 31-12-2026
  date_range,       // 01-02-2026 til 30-06-2026
  interval,         // hver 3. måned
  handleplan_refs,  // H1, H3
  goal_refs,        // Mål 1, Delmål 1.1
  enumeration,      // one of the field's listed values
};

enum class FieldId : std::uint8_t {
  // document header
  citizen, area, plan_template, institution, enrolled, contact_team, revised, next_revision, discharged,
  // handleplan
  municipality, law_basis, date, purpose, expected_duration, caseworker,
  // target group
  target_group, category, support_need,
  // goals and sub-goals
  handleplan_ref, theme, justification, success_criterion, participation, intervention, method, collaboration,
  responsible, start, end, evaluation_interval,
  // evaluations
  qualitative, quantitative, decision, participants,
  // status reports
  period, meeting, sent, minutes_sent, resources_challenges, goals_in_period, interventions_done, results,
  outlook, approaches, target_group_and_need,
  count_
};
inline constexpr std::size_t field_count = static_cast<std::size_t>(FieldId::count_);

struct FieldSpec {
  FieldId id;
  std::string_view name;  // canonical spelling: "Succeskriterium"
  ValueType type;
  std::uint32_t sections;               // bit set of SectionKind
  std::span<const std::string_view> values;  // canonical values of an enumeration
  std::span<const std::string_view> aliases;  // other accepted spellings of the key
  std::string_view doc_da;  // one line for completion and documentation
};

struct SectionSpec {
  SectionKind kind;
  std::string_view name;  // canonical heading word(s): "Mål", "Faglige tilgange og metoder"
  std::span<const std::string_view> aliases;
  bool allows_prose;  // free text and list items are content here
  std::string_view doc_da;
};

constexpr std::uint32_t section_bit(SectionKind k) { return 1u << static_cast<unsigned>(k); }

std::span<const FieldSpec> all_fields();
std::span<const SectionSpec> all_sections();
const FieldSpec& field_spec(FieldId id);
const SectionSpec& section_spec(SectionKind kind);

// Looks a key up by its folded form (fold_key): "succeskriterium", "naeste revision".
const FieldSpec* find_field(std::string_view folded_key);

// Canonical value of an enumeration field for a folded written value, or empty.
std::string_view match_enum(const FieldSpec& spec, std::string_view folded_value);

}  // namespace planlint::model
