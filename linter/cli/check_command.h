#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace planlint::cli {

enum class ColorMode { automatic, always, never };

struct CheckArgs {
  std::vector<std::string> paths;
  std::string format = "full";
  std::string today;  // YYYY-MM-DD; empty = system date
  diag::Lang lang = diag::Lang::da;
  std::string stdin_filename;
  ColorMode color = ColorMode::automatic;
  std::string config_file;  // --config: use this file instead of discovery
  std::vector<std::string> select;  // --select: replaces the configured selection
  std::vector<std::string> ignore;  // --ignore: added to the configured ignores
  bool statistics = false;  // --statistics: count per rule instead of the findings
  std::string fail_on = "error";  // --fail-on: the lowest severity that makes the exit code 1
  bool exit_zero = false;  // --exit-zero: 0 even with findings (2 still for failures)
  bool quiet = false;  // --quiet: findings only, no summary
  unsigned jobs = 0;  // --jobs: threads (0 = all cores)
  std::string version;
  bool fix = false;  // --fix: apply safe fixes and write the files
  bool unsafe_fixes = false;  // --unsafe-fixes: also unsafe ones (with --fix or --diff)
  bool diff = false;  // --diff: print the fixes as a unified diff; write nothing
  bool no_cache = false;  // --no-cache
  std::string cache_dir = ".planlint_cache";  // --cache-dir
};

// Exit codes: 0 no error-level finding, 1 at least one, 2 usage, I/O or internal failure.
int run_check(const CheckArgs& args, std::istream& in, std::ostream& out, std::ostream& err, bool out_is_terminal);

}  // namespace planlint::cli
