#include "rules/support/rule_support.h"

#include <algorithm>

namespace planlint::rules {

std::string goal_label(const model::Goal& g) {
  const std::string number = g.number.major != 0 ? g.number.str() : (g.number_text.empty() ? std::string("?") : g.number_text);
  return (g.is_subgoal() ? "Delmål " : "Mål ") + number;
}

bool is_children_plan(const model::Plan& plan) {
  const model::EnumValue* area = plan.area();
  return area != nullptr && area->value == "børn";
}

bool is_adults_plan(const model::Plan& plan) {
  const model::EnumValue* area = plan.area();
  return area != nullptr && area->value == "voksne";
}

std::uint32_t next_line_start(std::string_view source, std::uint32_t offset) {
  const std::size_t nl = source.find('\n', std::min<std::size_t>(offset, source.size()));
  return static_cast<std::uint32_t>(nl == std::string_view::npos ? source.size() : nl + 1);
}

Fix insert_field_line(const model::Section& section, std::string_view source, std::string_view line, std::string title,
                      Applicability applicability) {
  std::uint32_t anchor = section.heading_range.end;
  for (const model::Field& f : section.fields) anchor = std::max(anchor, std::max(f.key_range.end, f.value_range.end));
  const std::uint32_t at = next_line_start(source, anchor);
  // Keep the file's line endings: CRLF when the line before the insertion point has one.
  const bool crlf = at >= 2 && source[at - 1] == '\n' && source[at - 2] == '\r';
  const std::string_view eol = crlf ? "\r\n" : "\n";
  std::string text(line);
  text += eol;
  // On a last line without a newline, the inserted line starts a new line first.
  if (at == source.size() && !source.empty() && source.back() != '\n') {
    const bool file_crlf = source.find("\r\n") != std::string_view::npos;
    text = std::string(file_crlf ? "\r\n" : "\n") + std::string(line);
  }
  return Fix{std::move(title), applicability, {{{at, at}, std::move(text)}}};
}

std::string with_goal(const RuleContext& ctx, const model::Goal& g, std::string_view da_template, std::string_view en_template) {
  return fmt::format(fmt::runtime(ctx.tr(da_template, en_template)), goal_label(g));
}

SourceRange document_range(const model::Plan& plan, std::string_view source) {
  if (plan.document && !plan.document->heading_range.empty()) return plan.document->heading_range;
  const std::uint32_t begin = source.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  const std::size_t nl = source.find('\n', begin);
  auto end = static_cast<std::uint32_t>(nl == std::string_view::npos ? source.size() : nl);
  if (end > begin && source[end - 1] == '\r') --end;
  return {begin, end};
}

Fix insert_section(const model::Plan& plan, std::string_view source, std::string_view lines, std::string title) {
  const bool crlf = source.find("\r\n") != std::string_view::npos;
  const std::string eol = crlf ? "\r\n" : "\n";
  std::string body;
  for (const char c : lines) {
    if (c == '\n') {
      body += eol;
    } else {
      body += c;
    }
  }
  if (!plan.goals.empty()) {
    const std::uint32_t at = plan.goals.front().section.heading_range.begin;
    return Fix{std::move(title), Applicability::unsafe, {{{at, at}, body + eol}}};
  }
  const auto at = static_cast<std::uint32_t>(source.size());
  std::string prefix;
  if (source.empty() || source.ends_with(eol + eol)) {
    prefix = "";
  } else if (source.ends_with('\n')) {
    prefix = eol;
  } else {
    prefix = eol + eol;
  }
  return Fix{std::move(title), Applicability::unsafe, {{{at, at}, prefix + body}}};
}

}  // namespace planlint::rules
