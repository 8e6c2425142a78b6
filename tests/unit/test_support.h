#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/builder.h"
#include "text/line_index.h"

namespace planlint::testing {

// A finding reduced to what tests assert on: code and 1-based line:column (code points).
struct Found {
  std::string code;
  std::uint32_t line;
  std::uint32_t column;
  friend bool operator==(const Found&, const Found&) = default;
};

inline std::vector<Found> found(std::string_view text, diag::Lang lang = diag::Lang::da) {
  const model::BuildResult r = model::build_plan(text, lang);
  const text::LineIndex index(text);
  std::vector<Found> out;
  for (const auto& d : r.diagnostics) {
    const auto p = index.position(d.range.begin);
    out.push_back({std::string(d.code), p.line, p.column});
  }
  return out;
}

inline std::vector<std::string> codes(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& f : found(text)) out.push_back(f.code);
  return out;
}

// A minimal valid plan header, to prefix test snippets with.
inline constexpr std::string_view kHeader =
    "# Individuel plan\n"
    "Borger: Testbarn\n"
    "Område: børn\n"
    "\n";

// ---- helpers added for the unit suite ----------------------------------------------------------

// The whole file as bytes; throws when it cannot be read (a test setup error, not a finding).
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return std::move(buf).str();
}

// A file of the repository, by its path from the top (tests/fixtures/..., examples/...).
inline std::string source_path(std::string_view relative) {
  return std::string(PLANLINT_SOURCE_DIR) + "/" + std::string(relative);
}

// ---- running the built binary -------------------------------------------------------------------

// What a run of the `planlint` binary gave.
struct BinaryRun {
  int exit = -1;  // -1: killed by a signal
  std::string out;
  std::string err;
};

// Single-quoted for sh.
inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs `<env> planlint <args>` in `dir` with `input` on standard input, as a user's shell
// would; `env` is a prefix such as "NO_COLOR=1" or "env -u NO_COLOR".
inline BinaryRun run_planlint(const std::string& dir, const std::string& args, const std::string& input = "",
                              const std::string& env = "") {
  char io_template[] = "/tmp/planlint_run_XXXXXX";
  if (::mkdtemp(io_template) == nullptr) throw std::runtime_error("mkdtemp failed");
  const std::string io = io_template;
  std::ofstream(io + "/in", std::ios::binary) << input;
  // `input` is redirected before `args`, so a redirection inside `args` ("< plan") wins.
  const std::string command = "cd " + shell_quote(dir) + " && " + env + " " + shell_quote(PLANLINT_BINARY) + " <" +
                              shell_quote(io + "/in") + " " + args + " >" + shell_quote(io + "/out") + " 2>" + shell_quote(io + "/err");
  const int status = std::system(command.c_str());
  BinaryRun r{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(io + "/out"), read_file(io + "/err")};
  std::error_code ec;
  std::filesystem::remove_all(io, ec);
  return r;
}

// The reference child's plan the unit tests are written against (tests/fixtures/): every
// section, three goals, a closed sub-goal with its own evaluations, and a status; no structure
// diagnostics, and no findings on 2026-08-01 or 2026-08-10.
inline std::string reference_plan() { return read_file(source_path("tests/fixtures/reference-child.plan")); }

inline std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  std::size_t at = 0;
  while ((at = s.find(from, at)) != std::string::npos) {
    s.replace(at, from.size(), to);
    at += to.size();
  }
  return s;
}

// Replaces exactly one occurrence; fails loudly when `from` is missing or ambiguous.
inline std::string replace_once(std::string s, std::string_view from, std::string_view to) {
  const std::size_t at = s.find(from);
  if (at == std::string::npos || s.find(from, at + 1) != std::string::npos) {
    throw std::runtime_error("replace_once: not exactly one »" + std::string(from) + "«");
  }
  s.replace(at, from.size(), to);
  return s;
}

inline std::string_view slice(std::string_view text, text::SourceRange r) {
  return text.substr(r.begin, r.end - r.begin);
}

// "line:column" (1-based, code points) of a byte offset.
inline std::string at(std::string_view text, std::uint32_t offset) {
  const text::Position p = text::LineIndex(text).position(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

// "line:column-line:column" of a range.
inline std::string span(std::string_view text, text::SourceRange r) {
  const text::LineIndex index(text);
  const text::Position b = index.position(r.begin);
  const text::Position e = index.position(r.end);
  return std::to_string(b.line) + ":" + std::to_string(b.column) + "-" + std::to_string(e.line) + ":" +
         std::to_string(e.column);
}

// All findings, one a line, for failure messages: "PL004 6:1 Ukendt felt ...".
inline std::string dump(std::string_view text, const std::vector<diag::Diagnostic>& diagnostics) {
  const text::LineIndex index(text);
  std::string out;
  for (const auto& d : diagnostics) {
    const text::Position p = index.position(d.range.begin);
    out += std::string(d.code) + " " + std::to_string(p.line) + ":" + std::to_string(p.column) + " " + d.message + "\n";
  }
  return out.empty() ? std::string("(no diagnostics)") : out;
}

inline std::string dump(std::string_view text) { return dump(text, model::build_plan(text, diag::Lang::da).diagnostics); }

}  // namespace planlint::testing
