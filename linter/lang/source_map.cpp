#include "lang/source_map.h"

#include <vector>

namespace planlint::lang {

namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::optional<text::SourceRange> map_to_source(std::string_view model_text, std::string_view source, text::SourceRange range,
                                               std::uint32_t begin, std::uint32_t end) {
  if (range.end > source.size() || range.begin > range.end || begin > end || end > model_text.size()) return std::nullopt;
  const std::string_view src = source.substr(range.begin, range.end - range.begin);
  // Walk both texts; whitespace runs align with whitespace runs (a joined line break in
  // the model is a newline plus indentation in the file); everything else byte for byte.
  std::optional<std::uint32_t> b;
  std::optional<std::uint32_t> e;
  std::size_t i = 0;
  std::size_t j = 0;
  auto note = [&] {
    if (i == begin && !b) b = static_cast<std::uint32_t>(j);
    if (i == end && !e) e = static_cast<std::uint32_t>(j);
  };
  while (i < model_text.size()) {
    note();
    if (j < src.size() && model_text[i] == src[j] && !blank(model_text[i])) {
      ++i;
      ++j;
      continue;
    }
    if (blank(model_text[i])) {
      if (j >= src.size() || !blank(src[j])) return std::nullopt;
      while (i < model_text.size() && blank(model_text[i])) ++i;
      while (j < src.size() && blank(src[j])) ++j;
      continue;
    }
    return std::nullopt;
  }
  note();
  if (!b || !e) return std::nullopt;
  // Leave out a trailing line break a phrase may end in.
  std::uint32_t eb = *e;
  while (eb > *b && blank(src[eb - 1])) --eb;
  return text::SourceRange{range.begin + *b, range.begin + eb};
}

text::SourceRange locate(std::string_view model_text, std::string_view source, text::SourceRange range, std::uint32_t begin,
                         std::uint32_t end) {
  if (auto r = map_to_source(model_text, source, range, begin, end); r && !r->empty()) return *r;
  return range;
}

}  // namespace planlint::lang
