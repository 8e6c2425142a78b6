#pragma once

#include <cstdint>

namespace planlint::text {

// A half-open range of byte offsets [begin, end) into a source buffer as it was read
// (BOM and CR bytes included), so that every stage can map it back to the original file.
struct SourceRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  [[nodiscard]] bool empty() const { return begin == end; }
  [[nodiscard]] bool contains(std::uint32_t offset) const { return offset >= begin && offset < end; }
  friend bool operator==(const SourceRange&, const SourceRange&) = default;
};

}  // namespace planlint::text
