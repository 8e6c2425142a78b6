// Myers' O((N+M)D) shortest edit script. Fixes change few lines, so D is small; the
// per-step frontiers are kept (O(D^2) memory) to walk the script back.
#include "fix/diff.h"

#include <fmt/format.h>

#include <vector>

namespace planlint::fix {

namespace {

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t b = 0;
  while (b < s.size()) {
    const std::size_t nl = s.find('\n', b);
    const std::size_t e = nl == std::string_view::npos ? s.size() : nl + 1;
    lines.push_back(s.substr(b, e - b));
    b = e;
  }
  return lines;
}

enum class Op { keep, del, ins };

std::vector<Op> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const long n = static_cast<long>(a.size());
  const long m = static_cast<long>(b.size());
  const long max = n + m;
  std::vector<std::vector<long>> trace;
  std::vector<long> v(2 * static_cast<std::size_t>(max) + 3, 0);
  const auto at = [&](std::vector<long>& vec, long k) -> long& { return vec[static_cast<std::size_t>(k + max + 1)]; };
  long found_d = -1;
  for (long d = 0; d <= max && found_d < 0; ++d) {
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && at(v, k - 1) < at(v, k + 1))) ? at(v, k + 1) : at(v, k - 1) + 1;
      long y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      at(v, k) = x;
      if (x >= n && y >= m) {
        found_d = d;
        break;
      }
    }
    // Keep only the diagonals this step could touch.
    trace.emplace_back(v.begin() + (max + 1 - d - 1 < 0 ? 0 : max + 1 - d - 1), v.begin() + (max + 1 + d + 2));
  }
  // Walk back from (n, m).
  std::vector<Op> ops;
  long x = n;
  long y = m;
  for (long d = found_d; d > 0; --d) {
    const std::vector<long>& prev = trace[static_cast<std::size_t>(d - 1)];
    const long base = -(d - 1) - 1;  // index 0 of prev is diagonal base
    const auto pv = [&](long k) { return prev[static_cast<std::size_t>(k - base)]; };
    const long k = x - y;
    const bool down = k == -d || (k != d && pv(k - 1) < pv(k + 1));
    const long pk = down ? k + 1 : k - 1;
    const long px = pv(pk);
    const long py = px - pk;
    while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) {
      ops.push_back(Op::keep);
      --x;
      --y;
    }
    ops.push_back(down ? Op::ins : Op::del);
    x = px;
    y = py;
  }
  while (x > 0 && y > 0) {
    ops.push_back(Op::keep);
    --x;
    --y;
  }
  return {ops.rbegin(), ops.rend()};
}

void emit_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  const auto a = split_lines(before);
  const auto b = split_lines(after);
  const std::vector<Op> ops = edit_script(a, b);
  constexpr std::size_t context = 3;
  std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  std::size_t i = 0;
  while (i < ops.size()) {
    if (ops[i] == Op::keep) {
      ++i;
      continue;
    }
    // A hunk: back up `context` keeps, then run until `2*context` keeps in a row (or the end).
    std::size_t start = i >= context ? i - context : 0;
    std::size_t end = i;
    std::size_t keeps = 0;
    while (end < ops.size()) {
      keeps = ops[end] == Op::keep ? keeps + 1 : 0;
      if (keeps > 2 * context) break;
      ++end;
    }
    // Unchanged lines at the hunk's end: the scan stops on (without taking) the one that
    // made the run too long.
    const std::size_t trailing = end < ops.size() ? keeps - 1 : keeps;
    if (trailing > context) end -= trailing - context;
    // Line numbers where the hunk starts.
    std::size_t la = 0;
    std::size_t lb = 0;
    for (std::size_t j = 0; j < start; ++j) {
      if (ops[j] != Op::ins) ++la;
      if (ops[j] != Op::del) ++lb;
    }
    std::size_t ca = 0;
    std::size_t cb = 0;
    std::string body;
    std::size_t xa = la;
    std::size_t xb = lb;
    for (std::size_t j = start; j < end; ++j) {
      switch (ops[j]) {
        case Op::keep: emit_line(body, ' ', a[xa++]); ++xb; ++ca; ++cb; break;
        case Op::del: emit_line(body, '-', a[xa++]); ++ca; break;
        case Op::ins: emit_line(body, '+', b[xb++]); ++cb; break;
      }
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", ca == 0 ? la : la + 1, ca, cb == 0 ? lb : lb + 1, cb);
    out += body;
    i = end;
  }
  return out;
}

}  // namespace planlint::fix
