#include "engine/lint.h"

#include <ctime>

#include "model/builder.h"

namespace planlint::engine {

FileReport lint_buffer(std::string path, std::string source, const LintOptions& options) {
  FileReport report{std::move(path), std::move(source), {}};
  model::BuildResult built = model::build_plan(report.source, options.lang);
  report.diagnostics = std::move(built.diagnostics);
  diag::sort_diagnostics(report.diagnostics);
  return report;
}

model::Date system_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace planlint::engine
