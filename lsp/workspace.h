#pragma once

// Which settings apply to a document: the nearest planlint.toml above the file (as the CLI
// does), else the profile the client chose (`planlint.profile`, default specialsektoren);
// and the client's language (`planlint.lang`). Used from the request loop only.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/load.h"
#include "lsp/protocol.h"

namespace planlint::lsp {

// A planlint.toml that could not be used: the document is linted with the profile instead,
// and this becomes a diagnostic at the top of the plan.
struct ConfigProblem {
  std::string file;
  std::uint32_t line = 0;  // 1-based; 0 when unknown
  std::string message;     // without the file and line
  std::string profile;     // the profile used instead
};

struct DocumentConfig {
  std::shared_ptr<const config::Settings> settings;
  std::filesystem::path absolute_path;  // empty for documents that are not files
  std::filesystem::path config_file;    // empty when no planlint.toml applies
  std::optional<ConfigProblem> problem;
};

class Workspace {
 public:
  Workspace();

  // Reads `planlint.lang` and `planlint.profile` from initializationOptions or from
  // workspace/didChangeConfiguration (`{"planlint": {...}}`, or the keys at top level).
  // Returns one message per invalid value (the old value stays); sets `changed`.
  std::vector<std::string> apply_settings(const json& settings, bool& changed);

  [[nodiscard]] diag::Lang lang() const { return lang_; }
  [[nodiscard]] const std::string& profile() const { return profile_; }

  std::shared_ptr<const DocumentConfig> resolve(const std::string& uri);
  // Forgets every planlint.toml read so far (one changed, appeared or was deleted).
  void reload();

 private:
  struct Resolved {
    std::shared_ptr<const config::Settings> settings;
    std::filesystem::path config_file;
    std::optional<ConfigProblem> problem;
  };
  const Resolved& for_directory(const std::filesystem::path& dir);
  std::shared_ptr<const config::Settings> profile_settings();

  diag::Lang lang_ = diag::Lang::da;
  std::string profile_ = "specialsektoren";
  std::unique_ptr<config::Loader> loader_;
  std::shared_ptr<const config::Settings> profile_cache_;
  std::map<std::filesystem::path, Resolved> by_directory_;
};

}  // namespace planlint::lsp
