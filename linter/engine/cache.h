#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace planlint::engine {

// 64-bit FNV-1a, for cache keys (not for anything adversarial).
std::uint64_t fnv1a(std::string_view data, std::uint64_t seed = 0xcbf29ce484222325ULL);

// Findings of unchanged plans, stored under .planlint_cache/ (one small JSON file per key).
// Entries are written atomically, so parallel runs never read half an entry; anything
// unreadable is treated as a miss.
class Cache {
 public:
  explicit Cache(std::filesystem::path dir);

  [[nodiscard]] std::optional<std::vector<diag::Diagnostic>> get(std::uint64_t key) const;
  void put(std::uint64_t key, const std::vector<diag::Diagnostic>& findings) const;
  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }

 private:
  [[nodiscard]] std::filesystem::path entry(std::uint64_t key) const;
  std::filesystem::path dir_;
};

}  // namespace planlint::engine
