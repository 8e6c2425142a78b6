#include "syntax/scanner.h"

#include <limits>
#include <string>

#include "PlanParser.h"

namespace planlint::syntax {

namespace {

using P = planlint::grammar::PlanParser;

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Bytes of non-ASCII code points count as letters: keys and ids may hold æ, ø, å.
bool is_letter_byte(char c) { return is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80; }

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

std::size_t trim_end(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin && is_space(s[end - 1])) --end;
  return end;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

// Length of a field key at the start of `line` (up to, not including, the colon), or 0.
// A key is 1-6 words of letters, '-' and '/', followed by ':' and then a space or the end.
std::size_t field_key_length(std::string_view line) {
  if (line.empty() || !is_letter_byte(line[0])) return 0;
  constexpr std::size_t max_key = 64;
  int words = 1;
  for (std::size_t i = 0; i < line.size() && i <= max_key; ++i) {
    const char c = line[i];
    if (c == ':') {
      if (i + 1 < line.size() && !is_space(line[i + 1])) return 0;  // "https://", "kl:10"
      return i;
    }
    if (is_space(c)) {
      if (i > 0 && !is_space(line[i - 1]) && ++words > 6) return 0;
      continue;
    }
    if (!is_letter_byte(c) && c != '-' && c != '/') return 0;
  }
  return 0;
}

// Length of a list item id such as "H1" or "A2.3" followed by ':', or 0.
std::size_t item_id_length(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_ascii_alpha(s[i]) && i < 4) ++i;
  if (i == 0) return 0;
  const std::size_t digits = i;
  while (i < s.size() && (is_digit(s[i]) || (s[i] == '.' && i > digits && i + 1 < s.size() && is_digit(s[i + 1])))) {
    ++i;
  }
  if (i == digits || i - digits > 8) return 0;
  if (i >= s.size() || s[i] != ':') return 0;
  if (i + 1 < s.size() && !is_space(s[i + 1])) return 0;
  return i;
}

}  // namespace

Scanner::Scanner(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  pending_.reserve(8);
}

antlr4::TokenFactory<antlr4::CommonToken>* Scanner::getTokenFactory() {
  return antlr4::CommonTokenFactory::DEFAULT.get();
}

bool Scanner::scan_line(std::vector<RawToken>& out) {
  if (pos_ >= text_.size()) return false;
  const std::size_t begin = pos_;
  std::size_t nl = text_.find('\n', begin);
  const std::size_t after = nl == std::string_view::npos ? text_.size() : nl + 1;
  std::size_t end = nl == std::string_view::npos ? text_.size() : nl;
  if (end > begin && text_[end - 1] == '\r') --end;
  line_start_ = static_cast<std::uint32_t>(begin);
  pos_ = after;

  const std::string_view line = text_.substr(begin, end - begin);
  const auto u32 = [&](std::size_t i) { return static_cast<std::uint32_t>(begin + i); };
  const auto emit = [&](std::size_t type, std::size_t b, std::size_t e) { out.push_back({type, u32(b), u32(e)}); };
  const auto finish = [&] {
    out.push_back({P::NL, static_cast<std::uint32_t>(end), static_cast<std::uint32_t>(after)});
  };

  const std::size_t first = skip_space(line, 0);
  const std::size_t last = trim_end(line, 0, line.size());
  if (first == line.size()) {  // blank
    finish();
    return true;
  }
  if (first > 0) {  // indented: continues the construct above
    emit(P::CONT, first, last);
    finish();
    return true;
  }
  const char c = line[0];
  if (c == '#') {
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes <= 6 && (hashes == line.size() || is_space(line[hashes]))) {
      emit(P::HEADING_MARK, 0, hashes);
      const std::size_t t = skip_space(line, hashes);
      if (t < last) emit(P::HEADING_TEXT, t, last);
      finish();
      return true;
    }
  } else if (c == '/' && line.size() >= 2 && line[1] == '/') {
    const std::size_t t = skip_space(line, 2);
    const std::string_view rest = line.substr(t);
    const bool directive = starts_with_ci(rest, "planlint") &&
                           (rest.size() == 8 || rest[8] == ':' || rest[8] == '-' || is_space(rest[8]));
    emit(directive ? P::SUPPRESSION : P::COMMENT, 0, last);
    finish();
    return true;
  } else if ((c == '-' || c == '*') && (line.size() == 1 || is_space(line[1]))) {
    emit(P::ITEM_MARK, 0, 1);
    std::size_t t = skip_space(line, 1);
    if (t < last) {
      if (const std::size_t id = item_id_length(line.substr(t, last - t)); id != 0) {
        emit(P::ITEM_ID, t, t + id);
        t = skip_space(line, t + id + 1);
      }
      if (t < last) emit(P::ITEM_TEXT, t, last);
    }
    finish();
    return true;
  }
  if (const std::size_t key = field_key_length(line); key != 0) {
    emit(P::KEY, 0, trim_end(line, 0, key));
    const std::size_t v = skip_space(line, key + 1);
    if (v < last) emit(P::VALUE, v, last);
    finish();
    return true;
  }
  emit(P::TEXT, 0, last);
  finish();
  return true;
}

std::unique_ptr<antlr4::Token> Scanner::nextToken() {
  if (next_ == pending_.size()) {
    pending_.clear();
    next_ = 0;
    if (!scan_line(pending_)) {
      auto eof = std::make_unique<antlr4::CommonToken>(std::make_pair(this, nullptr), antlr4::Token::EOF,
                                                       antlr4::Token::DEFAULT_CHANNEL, text_.size(), text_.size() - 1);
      eof->setLine(line_ + 1);
      return eof;
    }
    ++line_;
  }
  const RawToken& r = pending_[next_++];
  // ANTLR's stop index is inclusive: a zero-width token has stop = start - 1.
  auto token = std::make_unique<antlr4::CommonToken>(std::make_pair(this, nullptr), r.type,
                                                     antlr4::Token::DEFAULT_CHANNEL, r.begin,
                                                     static_cast<std::size_t>(r.end) - 1);
  token->setLine(line_);
  token->setCharPositionInLine(r.begin - line_start_);
  return token;
}

void Scanner::scan_tokens(std::vector<PlanToken>& out) {
  out.reserve(out.size() + (text_.size() - pos_) / 12 + 2);  // about one token per 16 bytes of a plan
  // ANTLR's stop index is inclusive: a zero-width token has stop = start - 1.
  const auto add = [&](const RawToken& r) {
    out.emplace_back(this, r.type, r.begin, static_cast<std::size_t>(r.end) - 1, line_, r.begin - line_start_, out.size());
  };
  // Pending tokens of a line nextToken() has started.
  for (; next_ < pending_.size(); ++next_) add(pending_[next_]);
  pending_.clear();
  next_ = 0;
  while (scan_line(pending_)) {
    ++line_;
    for (const RawToken& r : pending_) add(r);
    pending_.clear();
  }
  out.emplace_back(this, antlr4::Token::EOF, text_.size(), text_.size() - 1, line_ + 1, std::numeric_limits<std::size_t>::max(), out.size());
}

std::string PlanToken::toString() const {
  const auto num = [](std::size_t v) { return v == std::numeric_limits<std::size_t>::max() ? std::string("-1") : std::to_string(v); };
  return "[@" + num(index_) + "," + num(start_) + ":" + num(stop_) + "='<no text>',<" + num(type_) + ">," +
         std::to_string(line_) + ":" + num(column_) + "]";
}

std::vector<RawToken> scan_all(std::string_view text) {
  Scanner scanner(text);
  std::vector<RawToken> out;
  while (scanner.scan_line(out)) {
  }
  return out;
}

}  // namespace planlint::syntax
