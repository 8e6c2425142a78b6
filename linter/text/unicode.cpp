#include "text/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/bytestream.h>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace planlint::text {

Decoded decode_utf8(std::string_view text, std::size_t offset) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(offset);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t need = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
    cp = lead & 0x1Fu;
    min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    cp = lead & 0x0Fu;
    min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    cp = lead & 0x07u;
    min = 0x10000;
  } else {
    return {0xFFFD, 1, false};
  }
  for (std::size_t i = 1; i <= need; ++i) {
    if (offset + i >= text.size()) return {0xFFFD, 1, false};
    const unsigned char c = byte(offset + i);
    if ((c & 0xC0u) != 0x80u) return {0xFFFD, 1, false};
    cp = (cp << 6) | (c & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1, false};
  return {cp, static_cast<std::uint8_t>(need + 1), true};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string visible_controls(std::string_view text) {
  const auto is_control = [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b < 0x20 && b != '\t' && b != '\n') || b == 0x7F;
  };
  if (std::none_of(text.begin(), text.end(), is_control)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (const char c : text) {
    if (!is_control(c)) {
      out.push_back(c);
      continue;
    }
    const auto b = static_cast<unsigned char>(c);
    append_utf8(out, b == 0x7F ? char32_t{0x2421} : char32_t{0x2400} + b);
  }
  return out;
}

std::vector<SourceRange> find_invalid_utf8(std::string_view text, std::uint32_t base_offset) {
  std::vector<SourceRange> out;
  std::size_t i = 0;
  while (i < text.size()) {
    // Runs of ASCII eight bytes at a time, then ASCII and two-byte letters (æ, ø, å) inline.
    while (i + 8 <= text.size()) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + i, 8);
      if ((word & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    if (i >= text.size()) break;
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0u) == 0x80u) {
      i += 2;
      continue;
    }
    const Decoded d = decode_utf8(text, i);
    if (d.valid) {
      i += d.length;
      continue;
    }
    const auto begin = static_cast<std::uint32_t>(i);
    ++i;
    while (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80 && !decode_utf8(text, i).valid) ++i;
    out.push_back({base_offset + begin, base_offset + static_cast<std::uint32_t>(i)});
  }
  return out;
}

namespace {

const icu::Normalizer2* nfc_instance() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

// Replaces malformed sequences with U+FFFD so ICU only ever sees valid UTF-8.
std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode_utf8(text, i);
    if (d.valid) {
      out.append(text.substr(i, d.length));
    } else {
      append_utf8(out, 0xFFFD);
    }
    i += d.length;
  }
  return out;
}

}  // namespace

namespace {

// True when `text` is valid UTF-8 of code points below U+0300 only (ASCII and Latin-1
// letters such as æ, ø, å: lead bytes C2..CB). Every such code point has NFC_Quick_Check=Yes
// and canonical combining class 0 (the first combining marks start at U+0300), so the text
// is already NFC and ICU need not see it: the common case for Danish prose.
bool below_combining_marks(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    if (c < 0xC2 || c > 0xCB || end - p < 2 || (p[1] & 0xC0u) != 0x80u) return false;
    p += 2;
  }
  return true;
}

}  // namespace

std::string to_nfc(std::string_view text) {
  if (below_combining_marks(text)) return std::string(text);
  std::string clean = find_invalid_utf8(text).empty() ? std::string(text) : sanitize_utf8(text);
  const icu::Normalizer2* nfc = nfc_instance();
  if (nfc == nullptr) return clean;
  UErrorCode status = U_ZERO_ERROR;
  if (nfc->isNormalizedUTF8(icu::StringPiece(clean.data(), static_cast<int32_t>(clean.size())), status) &&
      U_SUCCESS(status)) {
    return clean;
  }
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, icu::StringPiece(clean.data(), static_cast<int32_t>(clean.size())), sink, nullptr,
                     status);
  return U_SUCCESS(status) ? out : clean;
}

std::string fold_key(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 4);
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    // ASCII without the call into decode_utf8 (what it would return for these bytes).
    if (const auto b = static_cast<unsigned char>(text[i]); b < 0x80) {
      ++i;
      if (b == ' ' || b == '\t') {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) {
        out.push_back(' ');
        pending_space = false;
      }
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b));
      continue;
    }
    const Decoded d = decode_utf8(text, i);
    i += d.length;
    char32_t cp = d.code_point;
    if (cp == ' ' || cp == '\t' || cp == 0xA0) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
      continue;
    }
    switch (cp) {
      case 0xE6: case 0xC6: out += "ae"; continue;  // æ Æ
      case 0xF8: case 0xD8: out += "oe"; continue;  // ø Ø
      case 0xE5: case 0xC5: out += "aa"; continue;  // å Å
      case 0xE9: case 0xC9: case 0xE8: case 0xC8: out += "e"; continue;  // é É è È
      case 0x030A:  // combining ring above: a + ring = å
        if (!out.empty() && out.back() == 'a') out.push_back('a');
        continue;
      case 0x0301: case 0x0300:  // combining acute / grave: dropped like é
        continue;
      default:
        append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    }
  }
  return out;
}

namespace {

std::size_t count_danish_letters(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(text, i);
    i += d.length;
    switch (d.code_point) {
      case 0xE6: case 0xC6: case 0xF8: case 0xD8: case 0xE5: case 0xC5: case 0x030A: ++n; break;
      default: break;
    }
  }
  return n;
}

}  // namespace

bool uses_ascii_danish_letters(std::string_view written, std::string_view canonical) {
  // The cheap condition first: most keywords (and every ASCII one) fail it.
  if (count_danish_letters(written) >= count_danish_letters(canonical)) return false;
  return fold_key(written) == fold_key(canonical);
}

std::string match_case(std::string_view canonical, std::string_view like) {
  std::size_t letters = 0;
  bool lower = false;
  char32_t first = 0;
  for (std::size_t i = 0; i < like.size();) {
    const Decoded d = decode_utf8(like, i);
    i += d.length;
    if (!u_isalpha(static_cast<UChar32>(d.code_point))) continue;
    if (letters++ == 0) first = d.code_point;
    if (u_islower(static_cast<UChar32>(d.code_point))) lower = true;
  }
  std::string out;
  out.reserve(canonical.size() + 2);
  bool at_first = true;
  for (std::size_t i = 0; i < canonical.size();) {
    const Decoded d = decode_utf8(canonical, i);
    i += d.length;
    auto c = static_cast<UChar32>(d.code_point);
    if (letters >= 2 && !lower) {
      c = u_toupper(c);
    } else if (at_first && letters > 0 && u_isalpha(c)) {
      c = u_isupper(static_cast<UChar32>(first)) ? u_toupper(c) : u_tolower(c);
    }
    if (u_isalpha(c)) at_first = false;
    append_utf8(out, static_cast<char32_t>(c));
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::size_t> prev2(m + 1);
  std::vector<std::size_t> prev(m + 1);
  std::vector<std::size_t> cur(m + 1);
  std::iota(prev.begin(), prev.end(), 0);
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

bool starts_with_ascii_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace planlint::text
