#include "diag/codes.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace planlint::diag {

namespace {

using S = Severity;

constexpr std::array<CodeInfo, static_cast<std::size_t>(Code::count_)> table = {{
    {Code::syntax_error, "PL000", "syntax-error", S::error, "Linjen kan ikke læses efter planens grammatik.",
     "The line cannot be read by the plan grammar."},
    {Code::invalid_utf8, "PL001", "invalid-utf8", S::error, "Filen indeholder bytes, der ikke er gyldig UTF-8.",
     "The file contains bytes that are not valid UTF-8."},
    {Code::missing_document_heading, "PL002", "missing-document-heading", S::error,
     "Planen begynder ikke med overskriften »# Individuel plan«.",
     "The plan does not start with the heading »# Individuel plan«."},
    {Code::unknown_section, "PL003", "unknown-section", S::error, "En overskrift, hvis afsnitstype er ukendt.",
     "A heading whose section kind is unknown."},
    {Code::unknown_field, "PL004", "unknown-field", S::error, "Et felt, som planformatet ikke kender.",
     "A field the plan format does not know."},
    {Code::misplaced_field, "PL005", "misplaced-field", S::error, "Et kendt felt i et afsnit, hvor det ikke hører til.",
     "A known field in a section where it does not belong."},
    {Code::invalid_date, "PL006", "invalid-date", S::error, "En dato, der ikke kan læses eller ikke findes.",
     "A date that cannot be read or does not exist."},
    {Code::invalid_interval, "PL007", "invalid-interval", S::error, "Et evalueringsinterval, der ikke kan læses.",
     "An evaluation interval that cannot be read."},
    {Code::invalid_enum_value, "PL008", "invalid-enum-value", S::error, "En værdi, der ikke er blandt feltets mulige værdier.",
     "A value that is not one of the field's allowed values."},
    {Code::invalid_reference, "PL009", "invalid-reference", S::error, "En henvisning, der ikke kan læses.",
     "A reference that cannot be read."},
    {Code::duplicate_goal_number, "PL010", "duplicate-goal-number", S::error, "To mål eller delmål med samme nummer.",
     "Two goals or sub-goals with the same number."},
    {Code::misnumbered_subgoal, "PL011", "misnumbered-subgoal", S::error,
     "Et delmål, hvis nummer ikke passer til målet over det, eller som ikke står under et mål.",
     "A sub-goal whose number does not match the goal above it, or that is under no goal."},
    {Code::orphan_evaluation, "PL012", "orphan-evaluation", S::error, "En evaluering, der ikke står under et mål eller delmål.",
     "An evaluation that is not under a goal or sub-goal."},
    {Code::invalid_goal_number, "PL013", "invalid-goal-number", S::error, "Et mål eller delmål uden gyldigt nummer.",
     "A goal or sub-goal without a valid number."},
    {Code::missing_heading_date, "PL014", "missing-heading-date", S::error,
     "En evaluerings- eller statusoverskrift uden dato.", "An evaluation or status heading without a date."},
    {Code::duplicate_field, "PL015", "duplicate-field", S::warning, "Samme felt to gange i ét afsnit.",
     "The same field twice in one section."},
    {Code::empty_field, "PL016", "empty-field", S::warning, "Et felt uden værdi.", "A field without a value."},
    {Code::stray_continuation, "PL017", "stray-continuation", S::warning,
     "En indrykket linje, der ikke fortsætter et felt, et punkt eller en tekstlinje.",
     "An indented line that continues no field, item or text line."},
    {Code::duplicate_section, "PL018", "duplicate-section", S::warning, "Et afsnit, der kun må findes én gang, findes igen.",
     "A section that may appear only once appears again."},
    {Code::invalid_suppression, "PL019", "invalid-suppression", S::error, "En planlint-kommentar, der ikke kan læses.",
     "A planlint comment that cannot be read."},
    {Code::ascii_danish_letters, "PL020", "ascii-danish-letters", S::info,
     "Nøgleord skrevet med aa, oe eller ae i stedet for å, ø eller æ.",
     "Keywords spelled with aa, oe or ae instead of å, ø or æ."},
    {Code::duplicate_handleplan_id, "PL021", "duplicate-handleplan-id", S::error,
     "To af handleplanens mål med samme id.", "Two handleplan goals with the same id."},
    {Code::unused_suppression, "PL022", "unused-suppression", S::warning,
     "En planlint-kommentar, der ikke ignorerer noget fund.", "A planlint comment that silences no finding."},
    {Code::missing_suppression_reason, "PL023", "missing-suppression-reason", S::warning,
     "En planlint-kommentar uden begrundelse efter » -- «.", "A planlint comment without a reason after » -- «."},
    {Code::io_error, "PL024", "io-error", S::error, "En fil eller mappe, der ikke kan læses.",
     "A file or folder that cannot be read."},
    {Code::placeholder, "PL025", "placeholder", S::warning,
     "Et felt, der stadig har en pladsholder som »<dato>« (fx fra en rettelse), og skal udfyldes.",
     "A field that still holds a placeholder such as »<dato>« (e.g. from a fix) and must be filled in."},
    {Code::wrong_encoding, "PL026", "wrong-encoding", S::error,
     "Hele filen er gemt med en anden tegnkodning end UTF-8 (fx UTF-16 eller Windows-1252).",
     "The whole file is saved in an encoding other than UTF-8 (e.g. UTF-16 or Windows-1252)."},
    {Code::nul_byte, "PL027", "nul-byte", S::error, "En linje med et NUL-tegn (byte 0x00), som ikke er tekst.",
     "A line with a NUL character (byte 0x00), which is not text."},
}};

}  // namespace

std::span<const CodeInfo> structure_codes() { return table; }

const CodeInfo& info(Code code) { return table[static_cast<std::size_t>(code)]; }

Diagnostic make(Code code, SourceRange range, std::string message, std::string help) {
  const CodeInfo& i = info(code);
  Diagnostic d;
  d.code = i.code;
  d.name = i.name;
  d.severity = i.severity;
  d.range = range;
  d.message = std::move(message);
  d.help = std::move(help);
  return d;
}

std::string_view severity_name(Severity s, Lang lang) {
  switch (s) {
    case Severity::error: return tr(lang, "fejl", "error");
    case Severity::warning: return tr(lang, "advarsel", "warning");
    case Severity::info: return tr(lang, "info", "info");
  }
  return "";
}

std::string_view severity_id(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "";
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.range.begin, a.range.end, a.code) < std::tie(b.range.begin, b.range.end, b.code);
  });
}

}  // namespace planlint::diag
