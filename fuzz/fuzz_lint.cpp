// libFuzzer target: any bytes through the whole pipeline (scanner, ANTLR parser, model,
// every rule, suppressions, fixes) and every output format. Built with
// -DPLANLINT_FUZZ=ON and clang; run by scripts/test-sanitizers.sh.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "engine/lint.h"
#include "fix/apply.h"
#include "output/render.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 256 * 1024) return 0;  // bigger inputs add time, not coverage
  const std::string text(reinterpret_cast<const char*>(data), size);
  planlint::engine::LintOptions options;
  options.today = {2026, 8, 10};
  options.lang = size % 2 == 0 ? planlint::diag::Lang::da : planlint::diag::Lang::en;
  const planlint::engine::FileReport report = planlint::engine::lint_buffer("fuzz.plan", text, options);
  for (const auto& d : report.diagnostics) {
    if (d.range.begin > d.range.end || d.range.end > text.size()) __builtin_trap();  // ranges stay in the file
  }
  // Fixes apply to the same text without going out of bounds.
  const auto fixed = planlint::fix::apply_fixes(text, report.diagnostics, true);
  (void)planlint::engine::lint_buffer("fuzz.plan", fixed.text, options);
  // The renderers cope with whatever the findings quote (one format per input, by its
  // size, so that each run stays fast and all formats get their share).
  const auto& formats = planlint::output::kFormats;
  std::ostringstream out;
  planlint::output::RenderOptions ro;
  ro.files_checked = 1;
  planlint::output::render(formats[size % std::size(formats)], out, {report}, ro);
  return 0;
}
