// --statistics: how many findings each rule produced, most first, with fixability.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "output/render.h"

namespace planlint::output {

void render_statistics(std::ostream& out, const std::vector<engine::FileReport>& reports, const RenderOptions& options) {
  struct Row {
    std::string_view code;
    std::string_view name;
    std::size_t count = 0;
    std::size_t fixable = 0;
  };
  std::map<std::string_view, Row> rows;
  for (const auto& r : reports) {
    for (const auto& d : r.diagnostics) {
      Row& row = rows[d.code];
      row.code = d.code;
      row.name = d.name;
      ++row.count;
      if (!d.fixes.empty()) ++row.fixable;
    }
  }
  std::vector<Row> sorted;
  for (const auto& [code, row] : rows) sorted.push_back(row);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Row& a, const Row& b) { return a.count > b.count; });
  const bool da = options.lang == diag::Lang::da;
  for (const Row& row : sorted) {
    const std::string fix = row.fixable == 0 ? std::string()
                            : row.fixable == row.count ? std::string(da ? "[kan rettes]" : "[fixable]")
                                                       : fmt::format(fmt::runtime(da ? "[{} kan rettes]" : "[{} fixable]"), row.fixable);
    std::string line = fmt::format("{:>6}  {:<6} {:<30} {}", row.count, row.code, row.name, fix);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
  if (options.show_summary) out << summary_line(reports, options) << '\n';
}

}  // namespace planlint::output
