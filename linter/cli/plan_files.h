#pragma once

// The plans a command works on: a command-line path expanded into plan files in a fixed
// order, and reading one of them. Shared by `check` and `agenda`, so both see the same plans
// and report the same unreadable paths.
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "diag/diagnostic.h"
#include "platform/files.h"

namespace planlint::cli {

struct PlanPath {
  std::string display;          // as written on the command line, or found below a folder
  std::filesystem::path file;
  int error = 0;                // errno when the path cannot be used; then there is nothing to read
};

// A file is itself (whatever its extension: the user named it); a folder gives every *.plan
// below it, and every folder or entry below it that cannot be read, sorted by path; a path
// that does not exist is an error. Standard input ("-") is the caller's.
std::vector<PlanPath> expand_path(const std::string& path);

// Reads a whole file with one allocation of its size; false with an errno on failure.
bool read_plan(const std::filesystem::path& path, std::string& out, int& error);

// "filen findes ikke", "adgang nægtet", ...: an errno in the user's language.
std::string describe_errno(int error, diag::Lang lang);

// A file operation's failure in the user's language, as a clause like describe_errno's:
// "det symbolske link peger på »mangler.plan«, som ikke findes", ...
std::string describe_file_error(const platform::FileError& error, diag::Lang lang);

// Why `path` could not be read (`error` an errno), in the user's language. A symbolic link
// that leads nowhere (dangling, or a loop) is named as such: "the file does not exist" would
// be wrong about a link that is right there.
struct ReadProblem {
  std::string why;
  bool broken_link = false;
};
ReadProblem describe_read_error(const std::filesystem::path& path, int error, diag::Lang lang);

}  // namespace planlint::cli
