#include "fix/apply.h"

#include <algorithm>

namespace planlint::fix {

Applied apply_fixes(std::string_view source, const std::vector<diag::Diagnostic>& findings, bool unsafe) {
  std::vector<const diag::Fix*> chosen;
  for (const auto& d : findings) {
    for (const auto& f : d.fixes) {
      if (f.edits.empty()) continue;
      if (f.applicability == diag::Applicability::unsafe && !unsafe) continue;
      chosen.push_back(&f);
      break;
    }
  }
  std::sort(chosen.begin(), chosen.end(), [](const diag::Fix* a, const diag::Fix* b) {
    return a->edits.front().range.begin < b->edits.front().range.begin;
  });
  std::vector<const diag::Edit*> edits;
  Applied out;
  std::uint32_t taken_end = 0;
  bool any = false;
  for (const diag::Fix* f : chosen) {
    // A fix is taken whole or not at all; its edits must start after everything taken.
    const bool overlaps = any && f->edits.front().range.begin < taken_end;
    bool inside = true;
    for (const auto& e : f->edits) inside = inside && e.range.end <= source.size() && e.range.begin <= e.range.end;
    if (overlaps || !inside) continue;
    for (const auto& e : f->edits) {
      edits.push_back(&e);
      // Two insertions at the same place would be ambiguous: keep the end strictly after.
      taken_end = std::max(taken_end, e.range.end + (e.range.empty() ? 1 : 0));
    }
    any = true;
    ++out.fixes;
  }
  std::sort(edits.begin(), edits.end(), [](const diag::Edit* a, const diag::Edit* b) { return a->range.begin < b->range.begin; });
  out.text.reserve(source.size() + 64);
  std::uint32_t at = 0;
  for (const diag::Edit* e : edits) {
    out.text.append(source.substr(at, e->range.begin - at));
    out.text.append(e->replacement);
    at = e->range.end;
  }
  out.text.append(source.substr(at));
  return out;
}

}  // namespace planlint::fix
