// platform/files.h on POSIX systems (Linux, macOS, the BSDs).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "platform/files.h"

namespace planlint::platform {

namespace fs = std::filesystem;

namespace {

FileError system_error(int e) {
  return {FileError::Kind::system, std::error_code(e, std::generic_category()), {}};
}

FileError loop_error() {
  return {FileError::Kind::link_loop, std::error_code(ELOOP, std::generic_category()), {}};
}

// The path a link leads to: its text, taken from the link's own folder when relative.
fs::path link_destination(const fs::path& link, const fs::path& text) {
  if (text.is_absolute()) return text;
  return link.parent_path() / text;
}

bool write_all(int fd, std::string_view bytes) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  return true;
}

// Gives the temporary file the original's owner, group and mode; 0 or an errno. The owner
// goes first: chown clears the set-user-ID and set-group-ID bits that chmod then restores.
// Root may always keep both; another user keeps the group when they belong to it, and is
// otherwise not allowed to (EPERM), which is no failure: the file then becomes theirs, as an
// editor's save would make it.
int copy_owner_and_mode(int fd, const struct stat& original) {
  if (::fchown(fd, original.st_uid, original.st_gid) != 0) {
    if (errno != EPERM || ::geteuid() == 0) return errno;
    if (::fchown(fd, static_cast<uid_t>(-1), original.st_gid) != 0 && errno != EPERM) return errno;
  }
  if (::fchmod(fd, original.st_mode & 07777) != 0) return errno;
  return 0;
}

// Makes a finished rename durable. Best effort: the content is already in place, so a
// failure here is no reason to report the write as failed.
void sync_folder(const fs::path& file) {
  const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

// Writes `bytes` to a new file beside `target` with its owner and mode, and renames it over
// `target`; 0 or an errno, and then nothing is left behind.
int replace_file(const fs::path& target, const struct stat& original, std::string_view bytes) {
  std::string tmp = target.string() + ".planlint-XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return errno;
  int e = 0;
  if (!write_all(fd, bytes)) e = errno;
  if (e == 0) e = copy_owner_and_mode(fd, original);
  if (e == 0 && ::fsync(fd) != 0) e = errno;
  if (::close(fd) != 0 && e == 0) e = errno;
  if (e == 0 && ::rename(tmp.c_str(), target.c_str()) != 0) e = errno;
  if (e != 0) {
    ::unlink(tmp.c_str());
    return e;
  }
  sync_folder(target);
  return 0;
}

}  // namespace

ResolvedPath resolve_links(const fs::path& path) {
  ResolvedPath r{path, 0, {}};
  fs::path last_text;  // what the last link followed says, for a dangling link's message
  while (true) {
    struct stat st {};
    if (::lstat(r.target.c_str(), &st) != 0) {
      const int e = errno;
      if (e == ELOOP) {
        r.error = loop_error();  // a loop in a folder on the way
      } else if ((e == ENOENT || e == ENOTDIR) && r.links > 0) {
        r.error = {FileError::Kind::dangling_link, std::error_code(e, std::generic_category()), last_text};
      } else {
        r.error = system_error(e);
      }
      return r;
    }
    if (!S_ISLNK(st.st_mode)) return r;
    if (r.links == kMaxLinks) {
      r.error = loop_error();
      return r;
    }
    std::error_code ec;
    last_text = fs::read_symlink(r.target, ec);
    if (ec) {
      r.error = system_error(ec.value());
      return r;
    }
    r.target = link_destination(r.target, last_text);
    ++r.links;
  }
}

WriteResult write_atomically(const fs::path& path, std::string_view bytes) {
  WriteResult r;
  ResolvedPath resolved = resolve_links(path);
  r.target = std::move(resolved.target);
  if (resolved.error) {
    r.error = std::move(resolved.error);
    return r;
  }
  struct stat st {};
  if (::stat(r.target.c_str(), &st) != 0) {
    r.error = system_error(errno);
    return r;
  }
  if (!S_ISREG(st.st_mode)) {
    r.error = {FileError::Kind::not_a_file, std::error_code(EINVAL, std::generic_category()), {}};
    return r;
  }
  r.names = st.st_nlink;
  if (const int e = replace_file(r.target, st, bytes); e != 0) r.error = system_error(e);
  return r;
}

}  // namespace planlint::platform
