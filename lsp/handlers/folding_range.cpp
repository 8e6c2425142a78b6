// textDocument/foldingRange: each heading folds to the line before the next heading of the
// same or a higher level (so a goal folds with its sub-goals and evaluations), without
// trailing blank lines; two or more comment lines in a row fold as a comment.
#include "lsp/handlers/handlers.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

namespace {

int heading_level(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == '#') ++n;
  if (n == 0 || n > 6) return 0;
  if (n < line.size() && line[n] != ' ' && line[n] != '\t') return 0;
  return static_cast<int>(n);
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

json folding_range(Server& s, const TextDocumentParams& p) {
  const SnapshotPtr snap = s.require(p.uri);
  const text::LineIndex& index = snap->index;
  const std::uint32_t lines = index.line_count();
  struct Heading {
    std::uint32_t line;
    int level;
  };
  std::vector<Heading> headings;
  json out = json::array();
  std::uint32_t comment_start = 0;
  std::uint32_t comment_run = 0;
  const auto close_comments = [&](std::uint32_t end_line) {
    if (comment_run >= 2) out.push_back({{"startLine", comment_start}, {"endLine", end_line}, {"kind", "comment"}});
    comment_run = 0;
  };
  for (std::uint32_t l = 0; l < lines; ++l) {
    const std::string_view text = index.line_text(l);
    if (text.substr(0, 2) == "//") {
      if (comment_run == 0) comment_start = l;
      ++comment_run;
    } else if (comment_run > 0) {
      close_comments(l - 1);
    }
    if (const int level = heading_level(text); level > 0) headings.push_back({l, level});
  }
  if (comment_run > 0) close_comments(lines - 1);
  for (std::size_t i = 0; i < headings.size(); ++i) {
    std::uint32_t end = lines - 1;
    for (std::size_t j = i + 1; j < headings.size(); ++j) {
      if (headings[j].level <= headings[i].level) {
        end = headings[j].line - 1;
        break;
      }
    }
    while (end > headings[i].line && blank(index.line_text(end))) --end;
    if (end > headings[i].line) out.push_back({{"startLine", headings[i].line}, {"endLine", end}, {"kind", "region"}});
  }
  std::stable_sort(out.begin(), out.end(), [](const json& a, const json& b) { return a["startLine"].get<std::uint32_t>() < b["startLine"].get<std::uint32_t>(); });
  return out;
}

}  // namespace planlint::lsp::handlers
