#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/source_range.h"

namespace planlint::text {

// One decoded code point. Malformed UTF-8 decodes as one U+FFFD per offending byte so that
// callers always advance and column counting stays stable.
struct Decoded {
  char32_t code_point;
  std::uint8_t length;  // bytes consumed, 1..4
  bool valid;
};

Decoded decode_utf8(std::string_view text, std::size_t offset);

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t code_point);

// Byte ranges of every malformed UTF-8 sequence (each maximal run of bad bytes is one range).
std::vector<SourceRange> find_invalid_utf8(std::string_view text, std::uint32_t base_offset = 0);

// Unicode NFC (ICU). ASCII and already-normalised text is returned unchanged without copying
// through ICU; malformed bytes become U+FFFD.
std::string to_nfc(std::string_view text);

// The key used to compare keywords: NFC, lower case, Danish letters folded to their
// two-letter ASCII spellings (å -> aa, ø -> oe, æ -> ae), accents on e removed, runs of
// whitespace collapsed and trimmed. "Delmål", "DELMAAL" and "Delma\u030Al" all fold to "delmaal".
std::string fold_key(std::string_view text);

// True when `written` spells a Danish letter with its ASCII stand-in (aa/oe/ae) where
// `canonical` has the letter itself: "Maal" against "Mål".
bool uses_ascii_danish_letters(std::string_view written, std::string_view canonical);

// `canonical` in the case the writer used in `like`: all capitals when `like` has two or more
// letters and no lower-case one ("MAAL" -> "MÅL"), otherwise with `like`'s first letter's case
// ("oensker" -> "ønsker", "Fortsaet" -> "Fortsæt"). For fixes that respell a keyword.
std::string match_case(std::string_view canonical, std::string_view like);

// Optimal string alignment distance (Damerau-Levenshtein without repeated edits), on bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

bool is_ascii(std::string_view text);

// `text` with every control character except tab and line feed (a NUL byte, say) replaced by
// its visible picture (U+2400..U+241F, U+2421 for DEL: "␀"), for messages that quote a plan:
// no output format then carries a raw control byte to a terminal, an annotation or XML.
std::string visible_controls(std::string_view text);

// Whether `s` begins with `prefix` ignoring ASCII case; `prefix` is given in lower case
// ("content-length:", "file:").
bool starts_with_ascii_ci(std::string_view s, std::string_view prefix);

}  // namespace planlint::text
