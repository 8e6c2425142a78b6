#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace planlint::text {

// Character encodings other than UTF-8 that a whole plan can be recognised to be saved in.
enum class Charset { utf16le, utf16be, utf32le, utf32be, windows1252 };

struct ForeignCharset {
  Charset charset;
  bool bom = false;             // the file starts with that encoding's byte order mark
  std::uint32_t first_byte = 0;  // windows1252: offset of the first byte that is not ASCII
};

// The encoding of `bytes` when the whole buffer is recognisably not UTF-8; nullopt for UTF-8
// (valid or with some malformed bytes), ASCII and anything unrecognised. Recognised, in order:
//  - a UTF-32 byte order mark (FF FE 00 00, 00 00 FE FF), then a UTF-16 one (FF FE, FE FF);
//  - UTF-32 or UTF-16 without a byte order mark: NUL bytes in the high half of most code
//    units (ASCII and Latin-1 text), never in the low half, and the whole buffer decodes;
//  - Windows-1252 (a superset of ISO-8859-1's letters): bytes above 0x7F that are not UTF-8,
//    not one valid UTF-8 sequence of two or more bytes anywhere (a file with a valid æ in
//    UTF-8 is UTF-8 with errors), and every such byte a character of Windows-1252.
// UTF-8 plans cost a BOM look, a memchr for NUL over at most 64 KiB, and a scan to their
// first non-ASCII character.
std::optional<ForeignCharset> detect_foreign_charset(std::string_view bytes);

// `bytes` decoded from `charset` (byte order mark dropped) and encoded as UTF-8; nullopt when
// they do not decode (an odd length for UTF-16, an unpaired surrogate, a byte Windows-1252
// does not define): then no converted text would be faithful.
std::optional<std::string> transcode_to_utf8(std::string_view bytes, Charset charset);

// "UTF-16 LE", "Windows-1252", ...: the names editors show.
std::string_view charset_name(Charset charset);

// The Unicode character Windows-1252 maps `byte` to (ASCII maps to itself); 0 when the byte
// is undefined there (0x81, 0x8D, 0x8F, 0x90, 0x9D).
char32_t windows1252_char(unsigned char byte);

}  // namespace planlint::text
