#include "cli/check_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "engine/lint.h"
#include "output/render.h"

namespace planlint::cli {

namespace fs = std::filesystem;
using diag::tr;

namespace {

std::string describe_errno(int e, diag::Lang lang) {
  switch (e) {
    case ENOENT: return std::string(tr(lang, "filen findes ikke", "no such file"));
    case EACCES: return std::string(tr(lang, "adgang nægtet", "permission denied"));
    case EISDIR: return std::string(tr(lang, "det er en mappe", "it is a directory"));
    case ELOOP: return std::string(tr(lang, "for mange symbolske links (en løkke?)", "too many symbolic links (a loop?)"));
    default: return std::strerror(e);
  }
}

bool read_file(const fs::path& path, std::string& out, std::string& error, diag::Lang lang) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = describe_errno(errno, lang);
    return false;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = describe_errno(EISDIR, lang);
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    error = describe_errno(errno, lang);
    return false;
  }
  out = std::move(buf).str();
  return true;
}

std::optional<model::Date> parse_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const auto p = model::parse_date(s);
  return p.date;
}

}  // namespace

int run_check(const CheckArgs& args, std::istream& in, std::ostream& out, std::ostream& err, bool out_is_terminal) {
  const diag::Lang lang = args.lang;
  engine::LintOptions options;
  options.lang = lang;
  if (args.today.empty()) {
    options.today = engine::system_today();
  } else if (const auto d = parse_iso_date(args.today)) {
    options.today = *d;
  } else {
    err << fmt::format(fmt::runtime(tr(lang, "planlint: --today skal være en gyldig dato som ÅÅÅÅ-MM-DD, ikke »{}«.\n",
                                       "planlint: --today must be a valid date as YYYY-MM-DD, not »{}«.\n")),
                       args.today);
    return 2;
  }
  if (args.format != "full" && args.format != "json") {
    err << fmt::format(fmt::runtime(tr(lang, "planlint: ukendt format »{}«; vælg full eller json.\n",
                                       "planlint: unknown format »{}«; choose full or json.\n")),
                       args.format);
    return 2;
  }

  bool failure = false;
  std::vector<engine::FileReport> reports;
  std::size_t checked = 0;
  const auto lint_one = [&](std::string display, std::string source) {
    ++checked;
    reports.push_back(engine::lint_buffer(std::move(display), std::move(source), options));
  };

  std::vector<std::string> paths = args.paths;
  if (paths.empty()) paths.emplace_back(".");
  for (const std::string& p : paths) {
    if (p == "-") {
      std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      lint_one(args.stdin_filename.empty() ? std::string("-") : args.stdin_filename, std::move(source));
      continue;
    }
    std::error_code ec;
    const fs::path path(p);
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      err << fmt::format(fmt::runtime(tr(lang, "planlint: {}: {}\n", "planlint: {}: {}\n")), p,
                         describe_errno(ec ? ec.value() : ENOENT, lang));
      failure = true;
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<fs::path> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code fec;
        if (it->path().extension() == ".plan" && it->is_regular_file(fec)) found.push_back(it->path());
      }
      if (ec) {
        err << fmt::format(fmt::runtime(tr(lang, "planlint: {}: kan ikke gennemgå mappen: {}\n", "planlint: {}: cannot walk the directory: {}\n")),
                           p, describe_errno(ec.value(), lang));
        failure = true;
      }
      std::sort(found.begin(), found.end());
      for (const fs::path& f : found) {
        std::string source;
        std::string error;
        if (!read_file(f, source, error, lang)) {
          err << fmt::format("planlint: {}: {}\n", f.generic_string(), error);
          failure = true;
          continue;
        }
        lint_one(f.generic_string(), std::move(source));
      }
      continue;
    }
    std::string source;
    std::string error;
    if (!read_file(path, source, error, lang)) {
      err << fmt::format("planlint: {}: {}\n", p, error);
      failure = true;
      continue;
    }
    lint_one(p, std::move(source));
  }

  output::RenderOptions ro;
  ro.lang = lang;
  ro.files_checked = checked;
  const char* no_color = std::getenv("NO_COLOR");
  ro.color = args.color == ColorMode::always ||
             (args.color == ColorMode::automatic && out_is_terminal && (no_color == nullptr || *no_color == '\0'));
  if (args.format == "json") {
    output::render_json(out, reports, ro);
  } else {
    output::render_full(out, reports, ro);
  }
  out.flush();

  if (failure) return 2;
  for (const auto& r : reports) {
    for (const auto& d : r.diagnostics) {
      if (d.severity == diag::Severity::error) return 1;
    }
  }
  return 0;
}

}  // namespace planlint::cli
