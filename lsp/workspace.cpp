#include "lsp/workspace.h"

#include "engine/lint.h"
#include "engine/registry.h"
#include "lsp/uri.h"

namespace planlint::lsp {

namespace fs = std::filesystem;
using diag::tr;

namespace {

// ConfigError::what() is "file:line: message"; the diagnostic shows the file separately.
std::string without_location(const config::ConfigError& e) {
  std::string m = e.what();
  const std::string prefix = e.file() + (e.line() > 0 ? ":" + std::to_string(e.line()) : std::string()) + ": ";
  if (m.rfind(prefix, 0) == 0) m.erase(0, prefix.size());
  return m;
}

std::unique_ptr<config::Loader> make_loader(diag::Lang lang) {
  return std::make_unique<config::Loader>(lang, engine::config_names());
}

}  // namespace

Workspace::Workspace() : loader_(make_loader(lang_)) {}

std::vector<std::string> Workspace::apply_settings(const json& settings, bool& changed) {
  changed = false;
  std::vector<std::string> problems;
  if (!settings.is_object()) return problems;
  const json* s = &settings;
  if (const auto it = settings.find("planlint"); it != settings.end() && it->is_object()) s = &*it;
  const auto get = [&](const char* key) -> const json* {
    if (const auto it = s->find(key); it != s->end() && !it->is_null()) return &*it;
    if (const auto it = settings.find(std::string("planlint.") + key); it != settings.end() && !it->is_null()) return &*it;
    return nullptr;
  };
  if (const json* lang = get("lang")) {
    const std::string v = lang->is_string() ? lang->get<std::string>() : std::string(lang->type_name());
    if (v == "da" || v == "en") {
      const diag::Lang l = v == "en" ? diag::Lang::en : diag::Lang::da;
      if (l != lang_) {
        lang_ = l;
        changed = true;
      }
    } else {
      problems.push_back(std::string(tr(lang_, "planlint.lang skal være »da« eller »en«, ikke ", "planlint.lang must be »da« or »en«, not ")) + "»" + v + "«.");
    }
  }
  if (const json* profile = get("profile")) {
    const std::string v = profile->is_string() ? profile->get<std::string>() : std::string(profile->type_name());
    if (!config::builtin_profile_text(v).empty()) {
      if (v != profile_) {
        profile_ = v;
        changed = true;
      }
    } else {
      std::string names;
      for (std::string_view n : config::builtin_profile_names()) names += (names.empty() ? "" : ", ") + std::string(n);
      problems.push_back(std::string(tr(lang_, "Ukendt profil i planlint.profile: ", "Unknown profile in planlint.profile: ")) + "»" + v + "«. " +
                         std::string(tr(lang_, "Indbyggede profiler: ", "Built-in profiles: ")) + names + ".");
    }
  }
  if (changed) reload();
  return problems;
}

void Workspace::reload() {
  loader_ = make_loader(lang_);
  profile_cache_.reset();
  by_directory_.clear();
}

std::shared_ptr<const config::Settings> Workspace::profile_settings() {
  if (!profile_cache_) {
    try {
      profile_cache_ = std::make_shared<const config::Settings>(loader_->load_profile(profile_));
    } catch (const config::ConfigError&) {
      profile_cache_ = std::make_shared<const config::Settings>(engine::default_settings());
    }
  }
  return profile_cache_;
}

const Workspace::Resolved& Workspace::for_directory(const fs::path& dir) {
  if (const auto it = by_directory_.find(dir); it != by_directory_.end()) return it->second;
  Resolved r;
  r.config_file = dir.empty() ? fs::path() : loader_->find_config(dir);
  if (r.config_file.empty()) {
    r.settings = profile_settings();
  } else {
    try {
      r.settings = std::make_shared<const config::Settings>(loader_->load_file(r.config_file));
    } catch (const config::ConfigError& e) {
      r.problem = ConfigProblem{e.file(), e.line(), without_location(e), profile_};
      r.settings = profile_settings();
    } catch (const std::exception& e) {
      r.problem = ConfigProblem{r.config_file.string(), 0, e.what(), profile_};
      r.settings = profile_settings();
    }
  }
  return by_directory_.emplace(dir, std::move(r)).first->second;
}

std::shared_ptr<const DocumentConfig> Workspace::resolve(const std::string& uri) {
  auto out = std::make_shared<DocumentConfig>();
  fs::path dir;
  if (const auto path = uri_to_path(uri)) {
    out->absolute_path = path->lexically_normal();
    dir = out->absolute_path.parent_path();
  }
  const Resolved& r = for_directory(dir);
  out->settings = r.settings;
  out->config_file = r.config_file;
  out->problem = r.problem;
  return out;
}

}  // namespace planlint::lsp
