#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/source_range.h"

namespace planlint::diag {

using text::SourceRange;

enum class Severity { error, warning, info };

enum class Lang { da, en };

// Picks the text for the active language.
inline std::string_view tr(Lang lang, std::string_view da, std::string_view en) { return lang == Lang::da ? da : en; }

std::string_view severity_name(Severity s, Lang lang);  // "fejl" / "error"
std::string_view severity_id(Severity s);  // "error" (stable, for machine formats)

// A second place that belongs to a finding: the first of two duplicates, say.
struct Related {
  SourceRange range;
  std::string message;
};

// A fix is a list of non-overlapping edits with an applicability, as in Ruff: safe fixes
// keep the meaning (`--fix`); unsafe ones need a person's look (`--unsafe-fixes`).
enum class Applicability { safe, unsafe };

struct Edit {
  SourceRange range;  // the bytes replaced; an empty range inserts
  std::string replacement;
};

struct Fix {
  std::string title;
  Applicability applicability = Applicability::safe;
  std::vector<Edit> edits;  // sorted by position, non-overlapping
};

struct Diagnostic {
  std::string_view code;  // "PL004": stable, points into a static table
  std::string_view name;  // "unknown-field"
  Severity severity = Severity::error;
  SourceRange range;
  std::string message;  // one sentence, no trailing help
  std::string help;     // how to fix it; may be empty
  std::vector<Related> related;
  std::vector<Fix> fixes;
};

// Sorts by position, then code, so output is identical however it was produced.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace planlint::diag
