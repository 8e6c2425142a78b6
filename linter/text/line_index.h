#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace planlint::text {

// A position for people and protocols. `line` is 1-based; columns are 1-based and count
// code points (what a person sees) or UTF-16 code units (what LSP clients use by default).
struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

enum class ColumnUnit { code_points, utf16, bytes };

// Maps byte offsets of a buffer to lines and columns and back. Lines end at "\n"; a "\r"
// before it belongs to no line's content. A leading BOM is not part of line 1's columns.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  [[nodiscard]] std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }
  // 0-based line containing the offset (offsets past the end map to the last line).
  [[nodiscard]] std::uint32_t line_of(std::uint32_t offset) const;
  [[nodiscard]] std::uint32_t line_start(std::uint32_t line0) const;
  // End of the line's content, excluding "\r\n" or "\n".
  [[nodiscard]] std::uint32_t line_end(std::uint32_t line0) const;
  [[nodiscard]] std::string_view line_text(std::uint32_t line0) const;

  [[nodiscard]] Position position(std::uint32_t offset, ColumnUnit unit = ColumnUnit::code_points) const;
  // Inverse of position(): clamps to the line's content end.
  [[nodiscard]] std::uint32_t offset(Position pos, ColumnUnit unit = ColumnUnit::code_points) const;

 private:
  std::string_view text_;
  std::uint32_t content_begin_ = 0;  // 3 when the buffer starts with a BOM
  std::vector<std::uint32_t> starts_;
};

}  // namespace planlint::text
