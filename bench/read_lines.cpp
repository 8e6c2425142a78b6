// The physical floor for `planlint check`: read every .plan file under the given paths and
// split it into lines, nothing else. bench/run.sh compares planlint's throughput with this.
//
//   build/bench/planlint_bench_read_lines DIR...
//
// Prints files, bytes, lines and its own wall time; a checksum of the line lengths keeps the
// compiler from dropping the work.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "read_all.h"

namespace {

using bench::read_all;

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR...\n", argv[0]);
    return 2;
  }
  const auto t0 = std::chrono::steady_clock::now();
  // Walked and sorted like planlint does, so both see the same files in the same order.
  const std::vector<std::filesystem::path> files = bench::plan_files({argv + 1, argv + argc});
  std::string text;
  std::size_t bytes = 0;
  std::size_t lines = 0;
  std::size_t checksum = 0;
  std::vector<std::string_view> split;
  for (const auto& f : files) {
    if (!read_all(f.c_str(), text)) {
      std::fprintf(stderr, "cannot read %s\n", f.c_str());
      return 1;
    }
    bytes += text.size();
    split.clear();
    std::string_view rest(text);
    while (!rest.empty()) {
      const std::size_t nl = rest.find('\n');
      const std::size_t len = nl == std::string_view::npos ? rest.size() : nl;
      split.push_back(rest.substr(0, len));
      rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    }
    lines += split.size();
    for (const auto line : split) checksum += line.size();
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("files %zu bytes %zu lines %zu seconds %.6f checksum %zu\n", files.size(), bytes, lines, s, checksum);
  return 0;
}
