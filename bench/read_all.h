#pragma once
// Reads a whole file with plain POSIX calls: the benchmarks' file reader, the same for the
// floor (read_lines.cpp) and the profile's "read files" stage (profile.cpp).
#include <fcntl.h>
#include <unistd.h>

#include <string>

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

}  // namespace bench
