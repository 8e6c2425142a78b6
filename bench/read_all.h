#pragma once
// The benchmarks' file access, the same for the floor (read_lines.cpp) and the profile's
// "read files" stage (profile.cpp): which plans, and reading one with plain POSIX calls.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace bench {

inline bool read_all(const char* path, std::string& out) {
  const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  out.clear();
  char buf[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}

// Every *.plan below the roots (a root that is a file is itself), sorted as planlint sorts.
inline std::vector<std::filesystem::path> plan_files(const std::vector<std::filesystem::path>& roots) {
  std::vector<std::filesystem::path> files;
  for (const auto& root : roots) {
    if (std::filesystem::is_regular_file(root)) {
      files.push_back(root);
      continue;
    }
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
      if (e.is_regular_file() && e.path().extension() == ".plan") files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace bench
