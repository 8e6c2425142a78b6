#include "lsp/position.h"

#include <algorithm>

namespace planlint::lsp {

namespace {

text::ColumnUnit unit(Encoding e) { return e == Encoding::utf8 ? text::ColumnUnit::bytes : text::ColumnUnit::utf16; }

// LineIndex does not count a leading BOM in line 1's columns; a client that sent the BOM as
// part of the text does (U+FEFF is one UTF-16 unit, three bytes).
std::uint32_t bom_width(const Snapshot& s, Encoding e) {
  if (!s.has_bom()) return 0;
  return e == Encoding::utf8 ? 3 : 1;
}

}  // namespace

std::string_view encoding_name(Encoding e) { return e == Encoding::utf8 ? "utf-8" : "utf-16"; }

Encoding negotiate_encoding(const json& caps) {
  if (!caps.is_object()) return Encoding::utf16;
  const auto general = caps.find("general");
  if (general == caps.end() || !general->is_object()) return Encoding::utf16;
  const auto encodings = general->find("positionEncodings");
  if (encodings == general->end() || !encodings->is_array()) return Encoding::utf16;
  for (const json& e : *encodings) {
    if (e.is_string() && e.get<std::string>() == "utf-8") return Encoding::utf8;
  }
  return Encoding::utf16;
}

std::uint32_t to_offset(const Snapshot& s, Position p, Encoding e) {
  std::uint32_t character = p.character;
  if (p.line == 0) {
    const std::uint32_t bom = bom_width(s, e);
    if (bom > 0 && character < bom) return 0;
    character -= bom;
  }
  if (p.line >= s.index.line_count()) return static_cast<std::uint32_t>(s.text.size());
  const std::uint32_t column = character == UINT32_MAX ? character : character + 1;
  return s.index.offset({p.line + 1, column}, unit(e));
}

Position to_position(const Snapshot& s, std::uint32_t offset, Encoding e) {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(s.text.size()));
  const std::uint32_t bom = bom_width(s, e);
  if (bom > 0 && offset < 3) return {0, 0};
  const text::Position p = s.index.position(offset, unit(e));
  return {p.line - 1, p.column - 1 + (p.line == 1 ? bom : 0)};
}

Range to_range(const Snapshot& s, text::SourceRange r, Encoding e) {
  const Position start = to_position(s, r.begin, e);
  // An empty range at a line's start is common (insertions); avoid a second walk.
  const Position end = r.end == r.begin ? start : to_position(s, r.end, e);
  return {start, end};
}

text::SourceRange to_source_range(const Snapshot& s, const Range& r, Encoding e) {
  std::uint32_t b = to_offset(s, r.start, e);
  std::uint32_t en = to_offset(s, r.end, e);
  if (en < b) std::swap(b, en);
  return {b, en};
}

}  // namespace planlint::lsp
