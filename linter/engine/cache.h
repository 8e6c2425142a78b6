#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"

namespace planlint::engine {

// 64-bit FNV-1a, for cache keys (not for anything adversarial).
std::uint64_t fnv1a(std::string_view data, std::uint64_t seed = 0xcbf29ce484222325ULL);

// The cache's key and checksum hash: four independent 8-byte lanes, about four times the
// speed of fnv1a on a plan. Any one changed byte changes the result (every step is a
// bijection of its lane). Not stable across versions: use fnv1a for what must stay.
std::uint64_t hash64(std::string_view data, std::uint64_t seed = 0);

// Findings of unchanged plans, kept in one binary file (.planlint_cache/findings-v2.bin):
// read once and indexed in place, looked up and added to from any thread, written back
// atomically by save() only when this run added something. An unreadable, foreign or
// damaged cache file, or a damaged entry, is simply a cold cache for what it affects.
class Cache {
 public:
  explicit Cache(std::filesystem::path dir);
  ~Cache();
  Cache(const Cache&) = delete;
  Cache& operator=(const Cache&) = delete;

  [[nodiscard]] std::optional<std::vector<diag::Diagnostic>> get(std::uint64_t key) const;
  void put(std::uint64_t key, const std::vector<diag::Diagnostic>& findings) const;
  // If this run added entries: writes those used or added, plus older ones up to a bound.
  void save() const;
  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }
  [[nodiscard]] std::size_t entries() const;
  [[nodiscard]] std::size_t hits() const;  // lookups answered in this run

 private:
  struct Entry {
    static constexpr std::size_t kOwned = static_cast<std::size_t>(-1);
    std::size_t offset = kOwned;  // into file_, or kOwned: the findings are in `owned`
    std::uint32_t size = 0;
    std::uint64_t checksum = 0;  // of the file's bytes
    std::string owned;  // findings serialised in this run; never changed once set
    bool used = false;
    [[nodiscard]] bool in_file() const { return offset != kOwned; }
  };
  [[nodiscard]] std::string_view payload(const Entry& e) const;

  std::filesystem::path dir_;
  void* map_ = nullptr;  // the cache file, mapped read-only
  std::size_t map_size_ = 0;
  std::string_view file_;  // the mapping once its magic is checked; entries point into it
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::uint64_t, Entry> entries_;
  mutable bool dirty_ = false;
  mutable std::size_t hits_ = 0;
};

}  // namespace planlint::engine
