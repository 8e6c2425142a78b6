#include "engine/cache.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "diag/codes.h"
#include "engine/registry.h"

namespace planlint::engine {

namespace fs = std::filesystem;
using json = nlohmann::json;

std::uint64_t fnv1a(std::string_view data, std::uint64_t seed) {
  // FNV-1a over 8-byte words (then the tail byte by byte): the key of a 10 KB plan is one
  // pass of multiplies, not one per byte.
  std::uint64_t h = seed;
  std::size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, data.data() + i, 8);
    h ^= w;
    h *= 0x100000001b3ULL;
    h ^= h >> 29;
  }
  for (; i < data.size(); ++i) {
    h ^= static_cast<unsigned char>(data[i]);
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

namespace {

constexpr std::size_t kMaxEntries = 100000;
constexpr std::string_view kFileName = "findings-v1.json";

std::string serialise(const std::vector<diag::Diagnostic>& findings) {
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
  // Messages quote the plan; bytes that are not UTF-8 would make the entry unreadable.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<std::vector<diag::Diagnostic>> deserialise(std::string_view text) {
  try {
    const json j = json::parse(text);
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

}  // namespace

Cache::Cache(fs::path dir) : dir_(std::move(dir)) {
  // One line per entry: "<16 hex digits> <findings as JSON>".
  std::ifstream in(dir_ / kFileName, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() < 18 || line[16] != ' ') continue;
    std::uint64_t key = 0;
    try {
      key = std::stoull(line.substr(0, 16), nullptr, 16);
    } catch (const std::exception&) {
      continue;
    }
    entries_[key] = Entry{line.substr(17), false};
  }
}

std::optional<std::vector<diag::Diagnostic>> Cache::get(std::uint64_t key) const {
  std::string text;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    if (!it->second.used) {
      it->second.used = true;
      dirty_ = true;
    }
    if (it->second.json == "[]") return std::vector<diag::Diagnostic>{};
    text = it->second.json;
  }
  return deserialise(text);
}

void Cache::put(std::uint64_t key, const std::vector<diag::Diagnostic>& findings) const {
  std::string text = serialise(findings);
  const std::lock_guard<std::mutex> lock(mutex_);
  entries_[key] = Entry{std::move(text), true};
  dirty_ = true;
}

void Cache::save() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (!dirty_) return;
  std::error_code ec;
  fs::create_directories(dir_, ec);
  // Keep the cache out of the plan repository's history.
  const fs::path ignore = dir_ / ".gitignore";
  if (!fs::exists(ignore, ec)) std::ofstream(ignore) << "# Skrevet af planlint.\n*\n";
  // Entries of this run first; older ones while there is room.
  std::string out;
  std::size_t n = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [key, e] : entries_) {
      if (e.used != (pass == 0) || n >= kMaxEntries) continue;
      out += fmt::format("{:016x} ", key);
      out += e.json;
      out += '\n';
      ++n;
    }
  }
  const fs::path path = dir_ / kFileName;
  const fs::path tmp = path.string() + fmt::format(".{}.tmp", ::getpid());
  {
    std::ofstream f(tmp, std::ios::binary);
    f << out;
    if (!f) {
      fs::remove(tmp, ec);
      return;
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) fs::remove(tmp, ec);
}

}  // namespace planlint::engine
