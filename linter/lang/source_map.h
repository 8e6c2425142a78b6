#pragma once

// Maps a phrase found in a model text back to the bytes of the file.
#include <cstdint>
#include <optional>
#include <string_view>

#include "text/source_range.h"

namespace planlint::lang {

// `model_text` is what the model holds for the source bytes in `range` (NFC, continuation
// lines joined with one space or newline, their indentation dropped). Returns the source
// range of model_text[begin, end), or nothing when the two cannot be aligned byte for byte
// (text that was not NFC in the file, say): callers then underline the whole range.
std::optional<text::SourceRange> map_to_source(std::string_view model_text, std::string_view source, text::SourceRange range,
                                               std::uint32_t begin, std::uint32_t end);

// map_to_source, or the whole `range` when the phrase cannot be placed exactly.
text::SourceRange locate(std::string_view model_text, std::string_view source, text::SourceRange range, std::uint32_t begin,
                         std::uint32_t end);

}  // namespace planlint::lang
