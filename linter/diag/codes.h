#pragma once

#include <span>
#include <string_view>

#include "diag/diagnostic.h"

namespace planlint::diag {

// Structure diagnostics: produced while reading a plan into the model. They describe a file
// that cannot be read as intended, so they cannot be suppressed.
enum class Code {
  syntax_error,              // PL000
  invalid_utf8,              // PL001
  missing_document_heading,  // PL002
  unknown_section,           // PL003
  unknown_field,             // PL004
  misplaced_field,           // PL005
  invalid_date,              // PL006
  invalid_interval,          // PL007
  invalid_enum_value,        // PL008
  invalid_reference,         // PL009
  duplicate_goal_number,     // PL010
  misnumbered_subgoal,       // PL011
  orphan_evaluation,         // PL012
  invalid_goal_number,       // PL013
  missing_heading_date,      // PL014
  duplicate_field,           // PL015
  empty_field,               // PL016
  stray_continuation,        // PL017
  duplicate_section,         // PL018
  invalid_suppression,       // PL019
  ascii_danish_letters,      // PL020
  duplicate_handleplan_id,   // PL021
  unused_suppression,        // PL022
  missing_suppression_reason,  // PL023
  io_error,                  // PL024
  placeholder,               // PL025
  wrong_encoding,            // PL026
  nul_byte,                  // PL027
  count_
};

struct CodeInfo {
  Code id;
  std::string_view code;
  std::string_view name;
  Severity severity;
  std::string_view summary_da;
  std::string_view summary_en;
};

std::span<const CodeInfo> structure_codes();
const CodeInfo& info(Code code);

Diagnostic make(Code code, SourceRange range, std::string message, std::string help = {});

}  // namespace planlint::diag
