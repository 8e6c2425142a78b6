#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace planlint::fix {

// Replaces a file's content atomically: a temporary file in the same folder, fully written
// and fsync'ed, gets the original's permissions and is renamed over it. On any failure the
// temporary file is removed, the original is untouched, and `error` says what went wrong.
bool write_atomically(const std::filesystem::path& path, std::string_view content, std::string& error);

}  // namespace planlint::fix
