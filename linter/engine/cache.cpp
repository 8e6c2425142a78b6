#include "engine/cache.h"

#include <fmt/format.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>

#include "diag/codes.h"
#include "engine/registry.h"

namespace planlint::engine {

namespace fs = std::filesystem;

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

std::uint64_t hash64(std::string_view data, std::uint64_t seed) {
  constexpr std::uint64_t k = 0x9e3779b97f4a7c15ULL;
  std::uint64_t lane[4] = {seed ^ 0x243f6a8885a308d3ULL, seed + k, seed ^ 0x13198a2e03707344ULL, ~seed};
  std::size_t i = 0;
  for (; i + 32 <= data.size(); i += 32) {
    std::uint64_t w[4];
    std::memcpy(w, data.data() + i, 32);
    for (int l = 0; l < 4; ++l) {
      lane[l] = (lane[l] ^ w[l]) * k;
      lane[l] ^= lane[l] >> 29;
    }
  }
  const auto rotl = [](std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); };
  std::uint64_t h = lane[0] ^ rotl(lane[1], 17) ^ rotl(lane[2], 31) ^ rotl(lane[3], 47) ^ data.size();
  h = fnv1a(data.substr(i), h);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

namespace {

constexpr std::size_t kMaxEntries = 100000;
constexpr std::string_view kFileName = "findings-v2.bin";
constexpr std::string_view kOldFileName = "findings-v1.json";  // removed when a new cache is written
// Magic and format version; a file that does not start with it is a cold cache.
constexpr std::string_view kMagic{"PLCACHE\x03", 8};
constexpr std::size_t kEntryHead = 8 + 4 + 8;

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

// The binary encoding: little-endian 32-bit integers and length-prefixed strings, written
// and read on the same machine. Reading is bounds-checked throughout: a damaged entry is a
// miss, never a crash.
class Writer {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) {
    char b[4];
    std::memcpy(b, &v, 4);
    out_.append(b, 4);
  }
  void u64(std::uint64_t v) {
    char b[8];
    std::memcpy(b, &v, 8);
    out_.append(b, 8);
  }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void range(text::SourceRange r) {
    u32(r.begin);
    u32(r.end);
  }
  std::string& text() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool u8(std::uint8_t& v) {
    if (pos_ + 1 > data_.size()) return false;
    v = static_cast<std::uint8_t>(data_[pos_++]);
    return true;
  }
  bool u32(std::uint32_t& v) { return fixed(&v, 4); }
  bool u64(std::uint64_t& v) { return fixed(&v, 8); }
  bool view(std::string_view& s) {
    std::uint32_t n = 0;
    if (!u32(n) || n > data_.size() - pos_) return false;
    s = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool str(std::string& s) {
    std::string_view v;
    if (!view(v)) return false;
    s.assign(v);
    return true;
  }
  bool range(text::SourceRange& r) { return u32(r.begin) && u32(r.end); }
  // A count of items that each take at least `min_size` bytes: guards the reserve().
  bool count(std::uint32_t& n, std::size_t min_size) { return u32(n) && n <= (data_.size() - pos_) / min_size; }
  [[nodiscard]] bool done() const { return pos_ == data_.size(); }
  [[nodiscard]] std::size_t pos() const { return pos_; }

 private:
  bool fixed(void* v, std::size_t n) {
    if (n > data_.size() - pos_) return false;
    std::memcpy(v, data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  std::string_view data_;
  std::size_t pos_ = 0;
};

std::string serialise(const std::vector<diag::Diagnostic>& findings) {
  Writer w;
  w.u32(static_cast<std::uint32_t>(findings.size()));
  for (const auto& d : findings) {
    w.str(d.code);
    w.u8(static_cast<std::uint8_t>(d.severity));
    w.range(d.range);
    w.str(d.message);
    w.str(d.help);
    w.u32(static_cast<std::uint32_t>(d.related.size()));
    for (const auto& r : d.related) {
      w.range(r.range);
      w.str(r.message);
    }
    w.u32(static_cast<std::uint32_t>(d.fixes.size()));
    for (const auto& f : d.fixes) {
      w.str(f.title);
      w.u8(f.applicability == diag::Applicability::safe ? 1 : 0);
      w.u32(static_cast<std::uint32_t>(f.edits.size()));
      for (const auto& e : f.edits) {
        w.range(e.range);
        w.str(e.replacement);
      }
    }
  }
  return std::move(w.text());
}

std::optional<std::vector<diag::Diagnostic>> deserialise(std::string_view data) {
  Reader r(data);
  std::uint32_t n = 0;
  if (!r.count(n, 4 + 1 + 8 + 4 + 4 + 4 + 4)) return std::nullopt;
  std::vector<diag::Diagnostic> out(n);
  for (diag::Diagnostic& d : out) {
    std::string_view code;
    std::uint8_t severity = 0;
    std::uint32_t related = 0;
    std::uint32_t fixes = 0;
    if (!r.view(code) || !restore_identity(code, d) || !r.u8(severity) || severity > 2 || !r.range(d.range) || !r.str(d.message) ||
        !r.str(d.help) || !r.count(related, 12)) {
      return std::nullopt;
    }
    d.severity = static_cast<diag::Severity>(severity);
    d.related.resize(related);
    for (diag::Related& rel : d.related) {
      if (!r.range(rel.range) || !r.str(rel.message)) return std::nullopt;
    }
    if (!r.count(fixes, 9)) return std::nullopt;
    d.fixes.resize(fixes);
    for (diag::Fix& f : d.fixes) {
      std::uint8_t safe = 0;
      std::uint32_t edits = 0;
      if (!r.str(f.title) || !r.u8(safe) || safe > 1 || !r.count(edits, 12)) return std::nullopt;
      f.applicability = safe == 1 ? diag::Applicability::safe : diag::Applicability::unsafe;
      f.edits.resize(edits);
      for (diag::Edit& e : f.edits) {
        if (!r.range(e.range) || !r.str(e.replacement)) return std::nullopt;
      }
    }
  }
  if (!r.done()) return std::nullopt;
  return out;
}

}  // namespace

Cache::~Cache() {
  if (map_ != nullptr) ::munmap(map_, map_size_);
}

Cache::Cache(fs::path dir) : dir_(std::move(dir)) {
  // The file is indexed in place: the magic, then entries of
  // <key: u64> <size: u32> <checksum: u64> <findings: size bytes>. A truncated tail is
  // ignored; a checksum is verified when its entry is first used.
  // Mapped, not read: a warm run touches only the entries it uses, and nothing is copied.
  // planlint replaces the file by rename, never in place, so the mapping stays whole while
  // another run writes a new cache.
  const int fd = ::open((dir_ / kFileName).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) >= kMagic.size()) {
    void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
      map_ = p;
      map_size_ = static_cast<std::size_t>(st.st_size);
    }
  }
  ::close(fd);
  if (map_ == nullptr) return;
  file_ = std::string_view(static_cast<const char*>(map_), map_size_);
  if (file_.substr(0, kMagic.size()) != kMagic) {
    file_ = {};
    return;
  }
  std::size_t pos = kMagic.size();
  while (file_.size() - pos >= kEntryHead) {
    std::uint64_t key = 0;
    std::uint32_t size = 0;
    std::uint64_t checksum = 0;
    std::memcpy(&key, file_.data() + pos, 8);
    std::memcpy(&size, file_.data() + pos + 8, 4);
    std::memcpy(&checksum, file_.data() + pos + 12, 8);
    pos += kEntryHead;
    if (size > file_.size() - pos) break;
    entries_[key] = Entry{pos, size, checksum, {}, false};
    pos += size;
  }
}

std::string_view Cache::payload(const Entry& e) const {
  return e.in_file() ? file_.substr(e.offset, e.size) : std::string_view(e.owned);
}

std::optional<std::vector<diag::Diagnostic>> Cache::get(std::uint64_t key) const {
  std::string_view data;
  bool verify = false;
  std::uint64_t checksum = 0;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    it->second.used = true;
    // Stays valid after the lock: the file's bytes never change, nor does an owned entry.
    data = payload(it->second);
    verify = it->second.in_file();
    checksum = it->second.checksum;
  }
  // Damage in a range or a count would give findings that do not fit the plan.
  if (verify && hash64(data) != checksum) return std::nullopt;
  auto findings = deserialise(data);
  if (findings) {
    const std::lock_guard<std::mutex> lock(mutex_);
    ++hits_;
  }
  return findings;
}

std::size_t Cache::entries() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return entries_.size();
}

std::size_t Cache::hits() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return hits_;
}

void Cache::put(std::uint64_t key, const std::vector<diag::Diagnostic>& findings) const {
  std::string blob = serialise(findings);
  const std::lock_guard<std::mutex> lock(mutex_);
  const auto it = entries_.find(key);
  if (it == entries_.end()) {
    entries_.emplace(key, Entry{Entry::kOwned, 0, 0, std::move(blob), true});
  } else {
    Entry& e = it->second;
    e.used = true;
    // An entry of this run is never replaced: another thread may be reading it, and the same
    // key gives the same findings. One from the file is replaced only when it differs (it
    // was damaged and could not be read); readers of the old one still see the file's bytes.
    if (!e.in_file() || payload(e) == blob) return;
    e.offset = Entry::kOwned;
    e.size = 0;
    e.owned = std::move(blob);
  }
  dirty_ = true;
}

void Cache::save() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  // A run that found every plan in the cache writes nothing: the warm path stays read-only.
  if (!dirty_) return;
  std::error_code ec;
  fs::create_directories(dir_, ec);
  // Keep the cache out of the plan repository's history.
  const fs::path ignore = dir_ / ".gitignore";
  if (!fs::exists(ignore, ec)) std::ofstream(ignore) << "# Skrevet af planlint.\n*\n";
  // Entries of this run first; older ones while there is room.
  std::string out(kMagic);
  std::size_t n = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [key, e] : entries_) {
      if (e.used != (pass == 0) || n >= kMaxEntries) continue;
      const std::string_view data = payload(e);
      char head[kEntryHead];
      const auto size = static_cast<std::uint32_t>(data.size());
      const std::uint64_t checksum = hash64(data);
      std::memcpy(head, &key, 8);
      std::memcpy(head + 8, &size, 4);
      std::memcpy(head + 12, &checksum, 8);
      out.append(head, kEntryHead);
      out.append(data);
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
  fs::remove(dir_ / kOldFileName, ec);
  dirty_ = false;
}

}  // namespace planlint::engine
