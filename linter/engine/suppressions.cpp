// Suppression comments: `// planlint: ignorer CODE -- reason` silences the next content line,
// `ignorer-start`/`ignorer-slut` a block, `ignorer-fil` the whole file. Structure
// diagnostics cannot be silenced; a suppression that silences nothing is reported.
#include <fmt/format.h>

#include <algorithm>

#include "diag/codes.h"
#include "engine/lint.h"
#include "engine/registry.h"
#include "text/line_index.h"

namespace planlint::engine {

namespace {

using diag::Code;
using diag::tr;

struct Scope {
  const model::Suppression* source;
  std::size_t code_index;  // into source->codes
  std::uint32_t first_line;  // 0-based, inclusive
  std::uint32_t last_line;
  bool used = false;
};

bool is_comment_or_blank(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i == line.size() || line.substr(i, 2) == "//";
}

bool names_rule(std::string_view code, std::string_view rule_code, std::string_view rule_name) {
  return code == rule_code || code == rule_name;
}

}  // namespace

void apply_suppressions(const model::Plan& plan, std::string_view source, const std::vector<ActiveRule>& active,
                        diag::Lang lang, std::vector<diag::Diagnostic>& findings) {
  if (plan.suppressions.empty()) return;
  const text::LineIndex index(source);
  const std::uint32_t last = index.line_count() - 1;
  std::vector<Scope> scopes;
  std::vector<diag::Diagnostic> problems;
  const auto problem = [&](Code code, text::SourceRange range, std::string message, std::string help) {
    problems.push_back(diag::make(code, range, std::move(message), std::move(help)));
  };

  std::vector<Scope> open_blocks;
  for (const model::Suppression& s : plan.suppressions) {
    const std::uint32_t line = index.line_of(s.range.begin);
    if (s.kind != model::SuppressionKind::block_end && s.reason.empty()) {
      problem(Code::missing_suppression_reason, s.range,
              std::string(tr(lang, "planlint-kommentaren mangler en begrundelse.", "The planlint comment has no reason.")),
              std::string(tr(lang, "Skriv hvorfor fundet ignoreres efter » -- «, fx »// planlint: ignorer PL104 -- aftalt med kommunen«.",
                             "Write why the finding is ignored after » -- «, e.g. »// planlint: ignorer PL104 -- agreed with the municipality«.")));
    }
    for (std::size_t i = 0; i < s.codes.size(); ++i) {
      const std::string& code = s.codes[i].code;
      bool structure = false;
      for (const diag::CodeInfo& c : diag::structure_codes()) structure = structure || code == c.code || code == c.name;
      if (structure) {
        problem(Code::invalid_suppression, s.codes[i].range,
                fmt::format(fmt::runtime(tr(lang, "»{}« er en strukturfejl og kan ikke ignoreres.", "»{}« is a structure error and cannot be ignored.")), code),
                std::string(tr(lang, "Ret fejlen i planen; strukturfejl betyder, at planlint ikke kan læse planen som tiltænkt.",
                               "Fix the error in the plan; structure errors mean planlint cannot read the plan as intended.")));
        continue;
      }
      if (find_rule(code) == nullptr) {
        const std::string suggestion = suggest_rule(code);
        problem(Code::invalid_suppression, s.codes[i].range,
                fmt::format(fmt::runtime(tr(lang, "Ukendt regel »{}«.", "Unknown rule »{}«.")), code),
                suggestion.empty() ? std::string(tr(lang, "Se listen over regler med »planlint rules«.", "See the list of rules with »planlint rules«."))
                                   : fmt::format(fmt::runtime(tr(lang, "Mente du »{}«?", "Did you mean »{}«?")), suggestion));
        continue;
      }
      switch (s.kind) {
        case model::SuppressionKind::next_line: {
          std::uint32_t target = line + 1;
          while (target <= last && is_comment_or_blank(index.line_text(target))) ++target;
          scopes.push_back({&s, i, target, target});
          break;
        }
        case model::SuppressionKind::file:
          scopes.push_back({&s, i, 0, last});
          break;
        case model::SuppressionKind::block_start:
          open_blocks.push_back({&s, i, line + 1, last});
          break;
        case model::SuppressionKind::block_end: {
          const auto it = std::find_if(open_blocks.rbegin(), open_blocks.rend(), [&](const Scope& b) {
            const model::SuppressedCode& c = b.source->codes[b.code_index];
            return find_rule(c.code) == find_rule(code);
          });
          if (it == open_blocks.rend()) {
            problem(Code::invalid_suppression, s.codes[i].range,
                    fmt::format(fmt::runtime(tr(lang, "»ignorer-slut {}« har ingen »ignorer-start {}« over sig.",
                                                "»ignorer-slut {}« has no »ignorer-start {}« above it.")),
                                code, code),
                    std::string(tr(lang, "Tilføj »// planlint: ignorer-start« over blokken, eller slet linjen.",
                                   "Add »// planlint: ignorer-start« above the block, or delete the line.")));
            break;
          }
          Scope block = *it;
          block.last_line = line;
          scopes.push_back(block);
          open_blocks.erase(std::next(it).base());
          break;
        }
      }
    }
  }
  for (const Scope& b : open_blocks) {
    const model::SuppressedCode& c = b.source->codes[b.code_index];
    problem(Code::invalid_suppression, c.range,
            fmt::format(fmt::runtime(tr(lang, "»ignorer-start {}« slutter aldrig.", "»ignorer-start {}« is never closed.")), c.code),
            fmt::format(fmt::runtime(tr(lang, "Afslut blokken med »// planlint: ignorer-slut {}«, eller brug »ignorer-fil«.",
                                        "Close the block with »// planlint: ignorer-slut {}«, or use »ignorer-fil«.")),
                        c.code));
  }

  std::erase_if(findings, [&](const diag::Diagnostic& d) {
    const std::uint32_t line = index.line_of(d.range.begin);
    bool silenced = false;
    for (Scope& sc : scopes) {
      if (line < sc.first_line || line > sc.last_line) continue;
      if (!names_rule(sc.source->codes[sc.code_index].code, d.code, d.name)) continue;
      sc.used = true;
      silenced = true;
    }
    return silenced;
  });

  for (const Scope& sc : scopes) {
    if (sc.used) continue;
    const model::SuppressedCode& c = sc.source->codes[sc.code_index];
    const Rule* rule = find_rule(c.code);
    const bool enabled = std::any_of(active.begin(), active.end(), [&](const ActiveRule& a) { return a.rule == rule; });
    if (!enabled) continue;  // a rule switched off by configuration has nothing to silence
    problem(Code::unused_suppression, c.range,
            fmt::format(fmt::runtime(tr(lang, "»{}« ignoreres her, men reglen finder intet at ignorere.",
                                        "»{}« is ignored here, but the rule finds nothing to ignore.")),
                        c.code),
            std::string(tr(lang, "Slet koden fra kommentaren (eller hele kommentaren), så den ikke skjuler fremtidige fund.",
                           "Remove the code from the comment (or the whole comment) so it does not hide future findings.")));
  }
  for (auto& p : problems) findings.push_back(std::move(p));
}

}  // namespace planlint::engine
