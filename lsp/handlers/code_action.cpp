// textDocument/codeAction:
//   quickfix                 each fix of every finding at the range (the first safe one is
//                            preferred), and for rule findings "Ignorér <KODE> med begrundelse",
//                            which inserts `// planlint: ignorer <KODE> -- <begrundelse>` above
//                            the line (a placeholder reason to edit; structure codes cannot be
//                            ignored, so they get none)
//   source.fixAll.planlint   all safe fixes, applied as `planlint check --fix` does
//                            (fix::apply_fixes, re-lint, repeat; a round that would add a
//                            finding is not taken), as one edit
// Findings come from the server's own lint of the current version, matched against the
// client's diagnostics by code and range, or by overlapping the requested range.
#include <fmt/format.h>

#include <set>

#include "engine/lint.h"
#include "engine/registry.h"
#include "lsp/fix_all.h"
#include "lsp/handlers/handlers.h"
#include "lsp/server.h"
#include "lsp/workspace_edit.h"

namespace planlint::lsp::handlers {

using diag::tr;

namespace {

bool overlaps(text::SourceRange a, text::SourceRange b) { return a.begin <= b.end && b.begin <= a.end; }

bool is_continuation(std::string_view line) {
  if (line.empty() || (line.front() != ' ' && line.front() != '\t')) return false;
  return line.find_first_not_of(" \t") != std::string_view::npos;
}

// The line the construct holding `line0` starts on (continuation lines belong to the line
// above them), and the last line of that construct.
std::pair<std::uint32_t, std::uint32_t> construct_lines(const text::LineIndex& index, std::uint32_t line0) {
  std::uint32_t first = line0;
  while (first > 0 && is_continuation(index.line_text(first))) --first;
  std::uint32_t last = line0;
  while (last + 1 < index.line_count() && is_continuation(index.line_text(last + 1))) ++last;
  return {first, last};
}

std::string newline_of(const Snapshot& snap, std::uint32_t line0) {
  const std::uint32_t end = snap.index.line_end(line0);
  return end < snap.text.size() && snap.text[end] == '\r' ? "\r\n" : "\n";
}

json ignore_action(Server& s, const Snapshot& snap, const diag::Diagnostic& d, const json& lsp_diagnostic) {
  const diag::Lang lang = s.lang();
  const std::string reason(tr(lang, "skriv begrundelsen her", "write the reason here"));
  const std::uint32_t line0 = snap.index.line_of(d.range.begin);
  const auto [first, last] = construct_lines(snap.index, line0);
  const std::string nl = newline_of(snap, first);
  const std::uint32_t at = snap.index.line_start(first);
  json edits = json::array();
  if (first == line0) {
    edits.push_back({{"range", to_range(snap, {at, at}, s.encoding())}, {"newText", fmt::format("// planlint: ignorer {} -- {}{}", d.code, reason, nl)}});
  } else {
    // The finding is on a continuation line: a comment cannot go between a field and its
    // continuation, so the whole construct is wrapped in a block.
    edits.push_back({{"range", to_range(snap, {at, at}, s.encoding())}, {"newText", fmt::format("// planlint: ignorer-start {} -- {}{}", d.code, reason, nl)}});
    const std::uint32_t end = snap.index.line_end(last);
    const bool has_newline = end < snap.text.size();
    const std::uint32_t after = has_newline ? snap.index.line_start(last + 1) : end;
    edits.push_back({{"range", to_range(snap, {after, after}, s.encoding())},
                     {"newText", fmt::format("{}// planlint: ignorer-slut {}{}", has_newline ? "" : nl, d.code, has_newline ? nl : "")}});
  }
  return {{"title", fmt::format(fmt::runtime(tr(lang, "Ignorér {} med begrundelse", "Ignore {} with a reason")), d.code)},
          {"kind", "quickfix"},
          {"diagnostics", json::array({lsp_diagnostic})},
          {"edit", workspace_edit(snap, std::move(edits), s.client().document_changes)}};
}

std::optional<json> fix_all_action(Server& s, const std::string& uri, const LintResult& lint) {
  if (!has_safe_fix(lint.findings)) return std::nullopt;
  const Snapshot& snap = *lint.snapshot;
  const std::optional<DocumentState> state = s.documents().state(uri);
  engine::LintOptions options;
  options.lang = s.lang();
  options.today = s.today();
  if (state && state->config) {
    options.settings = state->config->settings.get();
    options.absolute_path = state->config->absolute_path;
  }
  const auto fixed = apply_safe_fixes(snap.text, lint.findings,
                                      [&](const std::string& text) { return engine::lint_buffer(uri, text, options).diagnostics; });
  if (!fixed) return std::nullopt;
  return json{{"title", std::string(tr(s.lang(), "Ret alle sikre fund (planlint)", "Fix all safe findings (planlint)"))},
              {"kind", "source.fixAll.planlint"},
              {"edit", workspace_edit(snap, minimal_edit(snap, *fixed, s.encoding()), s.client().document_changes)}};
}

}  // namespace

json code_action(Server& s, const CodeActionParams& p) {
  const auto lint = s.lint_now(p.uri);
  const Snapshot& snap = *lint->snapshot;
  const Encoding e = s.encoding();
  const text::SourceRange want = to_source_range(snap, p.range, e);
  const auto allowed = [&](std::string_view kind) {
    if (!p.only) return true;
    for (const std::string& o : *p.only) {
      if (kind == o || (kind.size() > o.size() && kind.substr(0, o.size()) == o && kind[o.size()] == '.')) return true;
    }
    return false;
  };

  json actions = json::array();
  if (allowed("quickfix")) {
    std::set<std::pair<std::string_view, std::uint32_t>> ignored;  // (code, line): one ignore action each
    for (const diag::Diagnostic& d : lint->findings) {
      bool hit = overlaps(d.range, want);
      if (p.diagnostics != nullptr) {
        for (const json& cd : *p.diagnostics) hit = hit || same_finding(snap, cd, d, e);
      }
      if (!hit) continue;
      const json lsp_diagnostic = to_lsp_diagnostic(snap, d, e, s.lang(), s.options().docs_base);
      bool preferred_given = false;
      for (const diag::Fix& f : d.fixes) {
        if (f.edits.empty()) continue;
        const bool preferred = !preferred_given && f.applicability == diag::Applicability::safe;
        preferred_given = preferred_given || preferred;
        actions.push_back({{"title", f.title},
                           {"kind", "quickfix"},
                           {"diagnostics", json::array({lsp_diagnostic})},
                           {"isPreferred", preferred},
                           {"edit", workspace_edit(snap, fix_edits(snap, f, e), s.client().document_changes)}});
      }
      if (engine::find_rule(d.code) != nullptr && ignored.insert({d.code, snap.index.line_of(d.range.begin)}).second) {
        actions.push_back(ignore_action(s, snap, d, lsp_diagnostic));
      }
    }
  }
  if (allowed("source.fixAll.planlint")) {
    if (auto all = fix_all_action(s, p.uri, *lint)) actions.push_back(std::move(*all));
  }
  return actions;
}

}  // namespace planlint::lsp::handlers
