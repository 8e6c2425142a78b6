#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace planlint::model {

// PL026 when the whole file is saved in an encoding other than UTF-8 (UTF-16, UTF-32,
// Windows-1252; see text::detect_foreign_charset): one finding at 1:1 naming the encoding and
// saying how to save the file as UTF-8. nullopt for a UTF-8 file, even one with bad bytes
// (those are PL001 where they are).
std::optional<diag::Diagnostic> check_encoding(std::string_view text, diag::Lang lang);

// PL027 for NUL bytes: one finding per line that has any, at its first NUL, with a safe fix
// that deletes that line's NULs; at most `kMaxNulLines` lines, the last of which says how
// many more lines have them.
inline constexpr std::size_t kMaxNulLines = 100;
void check_nul_bytes(std::string_view text, diag::Lang lang, std::vector<diag::Diagnostic>& out);

}  // namespace planlint::model
