#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "engine/lint.h"

namespace planlint::output {

struct RenderOptions {
  diag::Lang lang = diag::Lang::da;
  bool color = false;
  bool show_summary = true;  // off with --quiet
  std::size_t files_checked = 0;
  std::string_view version = "";
};

// The output formats, each rendered by its own file.
inline constexpr std::string_view kFormats[] = {"full", "concise", "json", "json-lines", "sarif", "github", "junit"};
bool is_format(std::string_view name);

void render(std::string_view format, std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);

void render_full(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);
void render_concise(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);
void render_json(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);
void render_json_lines(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);
void render_sarif(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);
void render_github(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);
void render_junit(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);

// --statistics: one line per rule with its count and whether it can be fixed.
void render_statistics(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options);

// "1 fil" / "3 filer": a count with the noun in the language's plural form (ICU rules).
std::string count_noun(long n, std::string_view one, std::string_view other, diag::Lang lang);

// "2 fejl og 3 advarsler i 2 filer" with the language's plural rules.
std::string summary_line(const std::vector<engine::FileReport>& reports, const RenderOptions& options);

}  // namespace planlint::output
