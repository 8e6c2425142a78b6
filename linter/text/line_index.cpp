#include "text/line_index.h"

#include <algorithm>
#include <cstring>

#include "text/unicode.h"

namespace planlint::text {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") content_begin_ = 3;
  starts_.reserve(text.size() / 40 + 1);
  starts_.push_back(content_begin_);
  const char* const data = text.data();
  const char* const end = data + text.size();
  for (const char* p = data + content_begin_; p < end;) {
    const auto* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    if (nl == nullptr) break;
    starts_.push_back(static_cast<std::uint32_t>(nl - data + 1));
    p = nl + 1;
  }
}

std::uint32_t LineIndex::line_of(std::uint32_t offset) const {
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  if (it == starts_.begin()) return 0;
  return static_cast<std::uint32_t>(it - starts_.begin() - 1);
}

std::uint32_t LineIndex::line_start(std::uint32_t line0) const {
  return starts_[std::min<std::size_t>(line0, starts_.size() - 1)];
}

std::uint32_t LineIndex::line_end(std::uint32_t line0) const {
  line0 = std::min<std::uint32_t>(line0, line_count() - 1);
  const std::size_t begin = starts_[line0];
  // The next line starts after this line's "\n"; the last line ends at the end of the buffer.
  std::size_t end = line0 + 1 < starts_.size() ? starts_[line0 + 1] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return static_cast<std::uint32_t>(end);
}

std::string_view LineIndex::line_text(std::uint32_t line0) const {
  const std::uint32_t b = line_start(line0);
  return text_.substr(b, line_end(line0) - b);
}

Position LineIndex::position(std::uint32_t offset, ColumnUnit unit) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  offset = std::max(offset, content_begin_);
  const std::uint32_t line0 = line_of(offset);
  const std::uint32_t begin = line_start(line0);
  std::uint32_t column = 0;
  if (unit == ColumnUnit::bytes) {
    column = offset - begin;
  } else {
    for (std::size_t i = begin; i < offset;) {
      const Decoded d = decode_utf8(text_, i);
      i += d.length;
      column += (unit == ColumnUnit::utf16 && d.code_point >= 0x10000) ? 2 : 1;
    }
  }
  return {line0 + 1, column + 1};
}

std::uint32_t LineIndex::offset(Position pos, ColumnUnit unit) const {
  if (pos.line == 0) pos.line = 1;
  if (pos.line > line_count()) return static_cast<std::uint32_t>(text_.size());
  const std::uint32_t line0 = pos.line - 1;
  const std::uint32_t begin = line_start(line0);
  const std::uint32_t end = line_end(line0);
  const std::uint32_t want = pos.column == 0 ? 0 : pos.column - 1;
  if (unit == ColumnUnit::bytes) return std::min(begin + want, end);
  std::uint32_t column = 0;
  std::size_t i = begin;
  while (i < end && column < want) {
    const Decoded d = decode_utf8(text_, i);
    const std::uint32_t width = (unit == ColumnUnit::utf16 && d.code_point >= 0x10000) ? 2 : 1;
    if (column + width > want) break;
    column += width;
    i += d.length;
  }
  return static_cast<std::uint32_t>(i);
}

}  // namespace planlint::text
