#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "config/settings.h"

namespace planlint::config {

// A configuration problem, with the file and line it is on. Its message is already in the
// user's language and says how to fix it.
class ConfigError : public std::runtime_error {
 public:
  ConfigError(std::string file, std::uint32_t line, std::string message)
      : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + message),
        file_(std::move(file)),
        line_(line) {}
  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] std::uint32_t line() const { return line_; }

 private:
  std::string file_;
  std::uint32_t line_;
};

std::vector<std::string_view> builtin_profile_names();
// The profile's TOML text, or empty when there is no such profile.
std::string_view builtin_profile_text(std::string_view name);

// What the configuration refers to in the stages above it, for validation with a position:
// whether a selection entry names a rule ("ALL", a code, a code prefix or a name) and the
// closest name when it does not; and the sections a [words] entry may put itself in with a
// "[section] " prefix (the language analysis's lists). Empty members: not validated.
struct RuleNames {
  std::function<bool(std::string_view)> known;
  std::function<std::string(std::string_view)> suggest;
  std::vector<std::string_view> word_sections;
};

inline constexpr std::string_view kConfigFileName = "planlint.toml";

class Loader {
 public:
  Loader(diag::Lang lang, RuleNames names);

  // The settings for plans in `dir`: the nearest planlint.toml from `dir` upward, or the
  // default profile when there is none. Cached per directory.
  const Settings& for_directory(const std::filesystem::path& dir);
  // The config file that applies to `dir` (empty when none).
  std::filesystem::path find_config(const std::filesystem::path& dir);

  Settings load_file(const std::filesystem::path& file);
  Settings load_profile(std::string_view name);
  // Parses TOML text as if it were the file `origin` (for tests and stdin).
  Settings load_text(std::string_view text, const std::string& origin, const std::filesystem::path& base_dir);

 private:
  void apply(std::string_view text, const std::string& origin, const std::filesystem::path& base_dir, Settings& s,
             std::vector<std::string>& chain);
  void apply_extends(std::string_view target, const std::string& origin, std::uint32_t line,
                     const std::filesystem::path& base_dir, Settings& s, std::vector<std::string>& chain);

  diag::Lang lang_;
  RuleNames names_;
  std::map<std::filesystem::path, std::shared_ptr<Settings>> cache_;
  std::map<std::filesystem::path, std::filesystem::path> found_;
};

// Glob matching for per-path overrides: `*` and `?` stay within a path segment, `**` spans
// segments. Paths use '/' separators.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace planlint::config
