#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"

namespace planlint::engine {

// 64-bit FNV-1a, for cache keys (not for anything adversarial).
std::uint64_t fnv1a(std::string_view data, std::uint64_t seed = 0xcbf29ce484222325ULL);

// Findings of unchanged plans, kept in one file (.planlint_cache/findings-v1.json): loaded
// once, looked up and added to from any thread, written back atomically by save(). An
// unreadable or corrupt cache file is simply a cold cache.
class Cache {
 public:
  explicit Cache(std::filesystem::path dir);

  [[nodiscard]] std::optional<std::vector<diag::Diagnostic>> get(std::uint64_t key) const;
  void put(std::uint64_t key, const std::vector<diag::Diagnostic>& findings) const;
  // Writes the entries used or added in this run, plus older ones up to a bound.
  void save() const;
  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }

 private:
  struct Entry {
    std::string json;  // the findings, serialised
    bool used = false;
  };
  std::filesystem::path dir_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::uint64_t, Entry> entries_;
  mutable bool dirty_ = false;
};

}  // namespace planlint::engine
