#pragma once

// Protocol positions <-> byte offsets, in the position encoding negotiated at `initialize`
// (UTF-16 code units by default, bytes when the client offers "utf-8"). Positions past the
// end of a line or of the document are clamped, as LSP asks.
#include <optional>
#include <string_view>

#include "lsp/protocol.h"
#include "lsp/snapshot.h"
#include "text/source_range.h"

namespace planlint::lsp {

enum class Encoding { utf16, utf8 };

std::string_view encoding_name(Encoding e);  // "utf-16" / "utf-8"

// Picks the encoding from the client's `general.positionEncodings` (utf-8 when offered).
Encoding negotiate_encoding(const json& client_capabilities);

std::uint32_t to_offset(const Snapshot& s, Position p, Encoding e);
Position to_position(const Snapshot& s, std::uint32_t offset, Encoding e);
Range to_range(const Snapshot& s, text::SourceRange r, Encoding e);
// Start and end in document order (a reversed range is swapped).
text::SourceRange to_source_range(const Snapshot& s, const Range& r, Encoding e);

}  // namespace planlint::lsp
