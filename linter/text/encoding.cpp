#include "text/encoding.h"

#include <array>
#include <cstring>

#include "text/unicode.h"

namespace planlint::text {

namespace {

unsigned char at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

// How much of a file the BOM-less UTF-16/32 test looks at: plenty for the pattern.
constexpr std::size_t kSample = std::size_t{64} * 1024;

// Windows-1252's 0x80..0x9F (0: undefined); 0xA0..0xFF are U+00A0..U+00FF as in ISO-8859-1.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Code unit `i` (0-based) of a UTF-16 or UTF-32 buffer.
char32_t unit16(std::string_view s, std::size_t i, bool le) {
  const std::size_t b = 2 * i;
  return le ? char32_t(at(s, b)) | char32_t(at(s, b + 1)) << 8 : char32_t(at(s, b)) << 8 | char32_t(at(s, b + 1));
}

char32_t unit32(std::string_view s, std::size_t i, bool le) {
  char32_t v = 0;
  for (std::size_t k = 0; k < 4; ++k) v |= char32_t(at(s, 4 * i + k)) << (le ? 8 * k : 8 * (3 - k));
  return v;
}

std::optional<std::string> utf16_to_utf8(std::string_view s, bool le) {
  if (s.size() % 2 != 0) return std::nullopt;
  std::string out;
  out.reserve(s.size());
  const std::size_t n = s.size() / 2;
  for (std::size_t i = 0; i < n; ++i) {
    char32_t u = unit16(s, i, le);
    if (u >= 0xDC00 && u <= 0xDFFF) return std::nullopt;  // a low surrogate first
    if (u >= 0xD800 && u <= 0xDBFF) {
      const char32_t low = i + 1 < n ? unit16(s, i + 1, le) : 0;
      if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
      u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
      ++i;
    }
    append_utf8(out, u);
  }
  return out;
}

std::optional<std::string> utf32_to_utf8(std::string_view s, bool le) {
  if (s.size() % 4 != 0) return std::nullopt;
  std::string out;
  out.reserve(s.size() / 2);
  for (std::size_t i = 0; i < s.size() / 4; ++i) {
    const char32_t u = unit32(s, i, le);
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) return std::nullopt;
    append_utf8(out, u);
  }
  return out;
}

std::optional<std::string> windows1252_to_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char c : s) {
    const char32_t u = windows1252_char(static_cast<unsigned char>(c));
    if (u == 0 && c != '\0') return std::nullopt;
    append_utf8(out, u);
  }
  return out;
}

// Text of ASCII and Latin-1 letters in UTF-16 has a NUL high byte in most code units, and a
// NUL low byte in almost none (U+0000, U+0100, U+2000, ...).
bool looks_like_utf16(std::string_view sample, bool le) {
  const std::size_t units = sample.size() / 2;
  std::size_t high_nul = 0;
  std::size_t low_nul = 0;
  for (std::size_t i = 0; i < units; ++i) {
    const char32_t u = unit16(sample, i, le);
    high_nul += (u >> 8) == 0 ? 1 : 0;
    low_nul += (u & 0xFF) == 0 ? 1 : 0;
  }
  return units >= 4 && high_nul * 2 >= units && low_nul * 20 <= units;
}

// In UTF-32 the top byte is always NUL; in ASCII-heavy text the low byte almost never is.
bool looks_like_utf32(std::string_view sample, bool le) {
  const std::size_t units = sample.size() / 4;
  std::size_t low_nul = 0;
  for (std::size_t i = 0; i < units; ++i) low_nul += (unit32(sample, i, le) & 0xFF) == 0 ? 1 : 0;
  return units >= 2 && low_nul * 20 <= units;
}

std::optional<ForeignCharset> detect_bom(std::string_view b) {
  const auto starts = [&](std::string_view bom) { return b.substr(0, bom.size()) == bom; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv) && b.size() % 4 == 0) return ForeignCharset{Charset::utf32le, true};
  if (starts("\0\0\xFE\xFF"sv)) return ForeignCharset{Charset::utf32be, true};
  if (starts("\xFF\xFE"sv)) return ForeignCharset{Charset::utf16le, true};
  if (starts("\xFE\xFF"sv)) return ForeignCharset{Charset::utf16be, true};
  return std::nullopt;
}

std::optional<ForeignCharset> detect_without_bom(std::string_view b) {
  const std::string_view sample = b.substr(0, kSample);
  if (std::memchr(sample.data(), '\0', sample.size()) == nullptr) return std::nullopt;
  for (const Charset c : {Charset::utf32le, Charset::utf32be}) {
    const bool le = c == Charset::utf32le;
    if (looks_like_utf32(sample.substr(0, sample.size() / 4 * 4), le) && utf32_to_utf8(b, le)) return ForeignCharset{c};
  }
  for (const Charset c : {Charset::utf16le, Charset::utf16be}) {
    const bool le = c == Charset::utf16le;
    if (looks_like_utf16(sample.substr(0, sample.size() / 2 * 2), le) && utf16_to_utf8(b, le)) return ForeignCharset{c};
  }
  return std::nullopt;
}

std::optional<ForeignCharset> detect_windows1252(std::string_view b) {
  std::optional<std::uint32_t> first;
  for (std::size_t i = 0; i < b.size();) {
    while (i + 8 <= b.size()) {  // ASCII eight bytes at a time
      std::uint64_t word = 0;
      std::memcpy(&word, b.data() + i, 8);
      if ((word & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    if (i >= b.size()) break;
    const unsigned char c = at(b, i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (decode_utf8(b, i).valid) return std::nullopt;  // one real UTF-8 character: UTF-8
    if (windows1252_char(c) == 0) return std::nullopt;
    if (!first) first = static_cast<std::uint32_t>(i);
    ++i;
  }
  if (!first) return std::nullopt;
  return ForeignCharset{Charset::windows1252, false, *first};
}

}  // namespace

char32_t windows1252_char(unsigned char byte) {
  if (byte >= 0x80 && byte < 0xA0) return kWindows1252High[byte - 0x80];
  return byte;
}

std::optional<ForeignCharset> detect_foreign_charset(std::string_view bytes) {
  if (auto bom = detect_bom(bytes)) return bom;
  if (auto wide = detect_without_bom(bytes)) return wide;
  return detect_windows1252(bytes);
}

std::optional<std::string> transcode_to_utf8(std::string_view bytes, Charset charset) {
  const auto without = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom ? bytes.substr(bom.size()) : bytes; };
  using namespace std::string_view_literals;
  switch (charset) {
    case Charset::utf16le: return utf16_to_utf8(without("\xFF\xFE"sv), true);
    case Charset::utf16be: return utf16_to_utf8(without("\xFE\xFF"sv), false);
    case Charset::utf32le: return utf32_to_utf8(without("\xFF\xFE\0\0"sv), true);
    case Charset::utf32be: return utf32_to_utf8(without("\0\0\xFE\xFF"sv), false);
    case Charset::windows1252: return windows1252_to_utf8(bytes);
  }
  return std::nullopt;
}

std::string_view charset_name(Charset charset) {
  switch (charset) {
    case Charset::utf16le: return "UTF-16 LE";
    case Charset::utf16be: return "UTF-16 BE";
    case Charset::utf32le: return "UTF-32 LE";
    case Charset::utf32be: return "UTF-32 BE";
    case Charset::windows1252: return "Windows-1252";
  }
  return "";
}

}  // namespace planlint::text
