#include "engine/cache.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "diag/codes.h"
#include "engine/registry.h"

namespace planlint::engine {

namespace fs = std::filesystem;
using json = nlohmann::json;

std::uint64_t fnv1a(std::string_view data, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

namespace {

// Codes and names are string_views into static tables: find them again by code.
bool restore_identity(std::string_view code, diag::Diagnostic& d) {
  if (const Rule* r = find_rule(code)) {
    d.code = r->meta().code;
    d.name = r->meta().name;
    return true;
  }
  for (const diag::CodeInfo& c : diag::structure_codes()) {
    if (c.code == code) {
      d.code = c.code;
      d.name = c.name;
      return true;
    }
  }
  return false;
}

json range_json(text::SourceRange r) { return json::array({r.begin, r.end}); }
text::SourceRange range_from(const json& j) { return {j.at(0).get<std::uint32_t>(), j.at(1).get<std::uint32_t>()}; }

}  // namespace

Cache::Cache(fs::path dir) : dir_(std::move(dir)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  // Keep the cache out of the plan repository's history.
  const fs::path ignore = dir_ / ".gitignore";
  if (!fs::exists(ignore, ec)) std::ofstream(ignore) << "# Skrevet af planlint.\n*\n";
}

fs::path Cache::entry(std::uint64_t key) const {
  const std::string hex = fmt::format("{:016x}", key);
  return dir_ / hex.substr(0, 2) / (hex.substr(2) + ".json");
}

std::optional<std::vector<diag::Diagnostic>> Cache::get(std::uint64_t key) const {
  std::ifstream in(entry(key), std::ios::binary);
  if (!in) return std::nullopt;
  try {
    const json j = json::parse(in);
    std::vector<diag::Diagnostic> out;
    for (const json& e : j) {
      diag::Diagnostic d;
      if (!restore_identity(e.at("code").get<std::string>(), d)) return std::nullopt;
      d.severity = static_cast<diag::Severity>(e.at("severity").get<int>());
      d.range = range_from(e.at("range"));
      d.message = e.at("message").get<std::string>();
      d.help = e.at("help").get<std::string>();
      for (const json& r : e.at("related")) d.related.push_back({range_from(r.at("range")), r.at("message").get<std::string>()});
      for (const json& f : e.at("fixes")) {
        diag::Fix fix;
        fix.title = f.at("title").get<std::string>();
        fix.applicability = f.at("safe").get<bool>() ? diag::Applicability::safe : diag::Applicability::unsafe;
        for (const json& ed : f.at("edits")) fix.edits.push_back({range_from(ed.at("range")), ed.at("text").get<std::string>()});
        d.fixes.push_back(std::move(fix));
      }
      out.push_back(std::move(d));
    }
    return out;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void Cache::put(std::uint64_t key, const std::vector<diag::Diagnostic>& findings) const {
  json j = json::array();
  for (const auto& d : findings) {
    json related = json::array();
    for (const auto& r : d.related) related.push_back({{"range", range_json(r.range)}, {"message", r.message}});
    json fixes = json::array();
    for (const auto& f : d.fixes) {
      json edits = json::array();
      for (const auto& e : f.edits) edits.push_back({{"range", range_json(e.range)}, {"text", e.replacement}});
      fixes.push_back({{"title", f.title}, {"safe", f.applicability == diag::Applicability::safe}, {"edits", std::move(edits)}});
    }
    j.push_back({{"code", d.code},
                 {"severity", static_cast<int>(d.severity)},
                 {"range", range_json(d.range)},
                 {"message", d.message},
                 {"help", d.help},
                 {"related", std::move(related)},
                 {"fixes", std::move(fixes)}});
  }
  const fs::path path = entry(key);
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  // Messages quote the plan; bytes that are not UTF-8 would make the entry unreadable.
  const std::string text = j.dump(-1, ' ', false, json::error_handler_t::replace);
  const fs::path tmp = path.string() + fmt::format(".{}.tmp", ::getpid()) + fmt::format("{:x}", fnv1a(text));
  {
    std::ofstream out(tmp, std::ios::binary);
    out << text;
    if (!out) {
      fs::remove(tmp, ec);
      return;
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) fs::remove(tmp, ec);
}

}  // namespace planlint::engine
