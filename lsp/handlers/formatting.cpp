// textDocument/formatting: normalises the spacing around the colon of every field the plan
// model recognises, `Key:   value` -> `Key: value` and `Key :` -> `Key:`; nothing else is
// touched (never the value, never continuation lines, never free text that merely contains a
// colon). FormattingOptions do not apply: the plan language has no indentation to choose.
#include "lsp/handlers/handlers.h"
#include "lsp/plan_queries.h"
#include "lsp/server.h"

namespace planlint::lsp::handlers {

json formatting(Server& s, const TextDocumentParams& p) {
  const auto model = s.model_now(p.uri);
  const Snapshot& snap = *model->snapshot;
  const std::string& text = snap.text;
  json edits = json::array();
  for (const SectionRef& ref : all_sections(model->built.plan)) {
    for (const model::Field& f : ref.section->fields) {
      const std::uint32_t begin = f.key_range.end;
      const std::uint32_t line_end = snap.index.line_end(snap.index.line_of(f.key_range.begin));
      if (begin > line_end) continue;
      std::uint32_t i = begin;
      while (i < line_end && (text[i] == ' ' || text[i] == '\t')) ++i;
      if (i >= line_end || text[i] != ':') continue;
      ++i;
      while (i < line_end && (text[i] == ' ' || text[i] == '\t')) ++i;
      const std::string wanted = i < line_end ? ": " : ":";
      if (std::string_view(text).substr(begin, i - begin) == wanted) continue;
      edits.push_back({{"range", to_range(snap, {begin, i}, s.encoding())}, {"newText", wanted}});
    }
  }
  return edits;
}

}  // namespace planlint::lsp::handlers
