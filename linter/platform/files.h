#pragma once

// The operating system's file operations that planlint's writers need, behind one small
// interface: each platform has its own implementation file (files_posix.cpp; a Windows one
// later), chosen in linter/CMakeLists.txt, so callers need no #ifdefs. Results are
// structured, not text: callers word them in the user's language.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace planlint::platform {

// At most this many symbolic links are followed from one path (Linux's own limit, MAXSYMLINKS).
inline constexpr std::size_t kMaxLinks = 40;

// Why a file operation failed.
struct FileError {
  enum class Kind {
    none,
    dangling_link,  // the last symbolic link points to a path that does not exist
    link_loop,      // the links form a loop, or a chain longer than kMaxLinks
    not_a_file,     // the path leads to a folder, a device, a pipe, ...: not replaced
    system,         // the operating system refused: see `code`
  };
  Kind kind = Kind::none;
  std::error_code code;              // the system's reason (also set for the link kinds)
  std::filesystem::path points_to;   // dangling_link: what the last link says, as written in it

  explicit operator bool() const { return kind != Kind::none; }
};

// Where a path's chain of symbolic links ends.
struct ResolvedPath {
  // The final path, which is not a link; the path itself when it is no link. Relative links
  // are taken from their own link's folder, and the result is not normalised lexically
  // ("a/../b" is left to the system, which resolves ".." after a linked folder correctly).
  std::filesystem::path target;
  std::size_t links = 0;  // how many links were followed
  FileError error;        // a path that does not exist is `system` (ENOENT) with links == 0
};

ResolvedPath resolve_links(const std::filesystem::path& path);

struct WriteResult {
  std::filesystem::path target;  // the file replaced (or that would have been)
  FileError error;
  // How many names (hard links) the replaced file had. The new content is renamed into the
  // place of `target` only, so with more than one name the others keep the old content.
  std::uintmax_t names = 1;
};

// Replaces the content of the file `path` leads to, atomically: through any chain of
// symbolic links to the final file, whose own folder gets a temporary file that is fully
// written, fsync'ed, given the file's owner and group (when the process may: root always; a
// non-root user keeps the group when it is one of theirs) and mode, and renamed over it. The
// links themselves are kept. Nothing is ever created where no file was: a path that does not
// exist, a dangling link or a link loop is an error. On any failure the temporary file is
// removed and the file is untouched.
//
// Hard links are not followed: the rename gives `path`'s name a new file, so the file's other
// names keep the old content (`names` says how many there were; callers tell the user). A
// write in place would keep them, but it is not atomic (a failure halfway leaves a torn plan
// under every name), and it would also rewrite hard-linked snapshot backups (rsnapshot,
// `cp -al`), whose whole point is that they do not change. `git checkout`, `sed -i` and
// Emacs make the same choice.
WriteResult write_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace planlint::platform
