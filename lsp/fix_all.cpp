#include "lsp/fix_all.h"

#include <algorithm>
#include <map>

#include "fix/apply.h"

namespace planlint::lsp {

bool has_safe_fix(const std::vector<diag::Diagnostic>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const diag::Diagnostic& d) {
    return std::any_of(d.fixes.begin(), d.fixes.end(),
                       [](const diag::Fix& f) { return f.applicability == diag::Applicability::safe && !f.edits.empty(); });
  });
}

std::optional<std::string> apply_safe_fixes(const std::string& original, std::vector<diag::Diagnostic> findings, const Relint& relint) {
  std::string text = original;
  for (int round = 0; round < 10; ++round) {
    fix::Applied applied = fix::apply_fixes(text, findings, false);
    if (applied.fixes == 0) break;
    std::vector<diag::Diagnostic> next = relint(applied.text);
    std::map<std::string_view, long> balance;
    for (const auto& d : findings) --balance[d.code];
    for (const auto& d : next) ++balance[d.code];
    if (std::any_of(balance.begin(), balance.end(), [](const auto& kv) { return kv.second > 0; })) break;
    text = std::move(applied.text);
    findings = std::move(next);
  }
  if (text == original) return std::nullopt;
  return text;
}

json minimal_edit(const Snapshot& snap, const std::string& after, Encoding e) {
  const std::string& before = snap.text;
  const std::size_t limit = std::min(before.size(), after.size());
  std::size_t prefix = 0;
  while (prefix < limit && before[prefix] == after[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < limit - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) ++suffix;
  const auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  while (prefix > 0 && prefix < before.size() && continuation(before[prefix])) --prefix;
  while (suffix > 0 && continuation(before[before.size() - suffix])) --suffix;
  const text::SourceRange replaced{static_cast<std::uint32_t>(prefix), static_cast<std::uint32_t>(before.size() - suffix)};
  return json::array({{{"range", to_range(snap, replaced, e)}, {"newText", after.substr(prefix, after.size() - suffix - prefix)}}});
}

}  // namespace planlint::lsp
