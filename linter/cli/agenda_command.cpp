#include "cli/agenda_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <optional>

#include "agenda/agenda.h"
#include "cli/plan_files.h"
#include "config/load.h"
#include "engine/lint.h"
#include "engine/registry.h"

namespace planlint::cli {

namespace fs = std::filesystem;
using diag::tr;

namespace {

std::optional<model::Date> parse_cli_date(const std::string& s) {
  // ÅÅÅÅ-MM-DD as in `check --today`, and the plans' own DD-MM-ÅÅÅÅ.
  if (s.size() != 10) return std::nullopt;
  return model::parse_date(s).date;
}

}  // namespace

int run_agenda(const AgendaArgs& args, std::istream& in, std::ostream& out, std::ostream& err, bool out_is_terminal) {
  const diag::Lang lang = args.lang;
  const auto bad_date = [&](std::string_view option, const std::string& value) {
    err << fmt::format(fmt::runtime(tr(lang, "planlint: {} skal være en gyldig dato som ÅÅÅÅ-MM-DD, ikke »{}«.\n",
                                       "planlint: {} must be a valid date as YYYY-MM-DD, not »{}«.\n")),
                       option, value);
    return 2;
  };
  agenda::Options options;
  options.lang = lang;
  options.teams = args.teams;
  if (args.today.empty()) {
    options.today = engine::system_today();
  } else if (const auto d = parse_cli_date(args.today)) {
    options.today = *d;
  } else {
    return bad_date("--today", args.today);
  }
  if (!args.from.empty()) {
    options.from = parse_cli_date(args.from);
    if (!options.from) return bad_date("--from", args.from);
  }
  if (!args.until.empty()) {
    options.until = parse_cli_date(args.until);
    if (!options.until) return bad_date("--until", args.until);
  }
  if (options.from && options.until && *options.until < *options.from) {
    err << fmt::format(fmt::runtime(tr(lang, "planlint: --until ({}) ligger før --from ({}).\n",
                                       "planlint: --until ({}) is before --from ({}).\n")),
                       options.until->iso(), options.from->iso());
    return 2;
  }
  if (std::find(std::begin(agenda::kFormats), std::end(agenda::kFormats), args.format) == std::end(agenda::kFormats)) {
    err << fmt::format(fmt::runtime(tr(lang, "planlint: ukendt format »{}«; vælg table, csv, json, ics eller html.\n",
                                       "planlint: unknown format »{}«; choose table, csv, json, ics or html.\n")),
                       args.format);
    return 2;
  }
  options.with_findings = args.format == "html";

  config::Loader loader(lang, engine::config_names());
  std::optional<config::Settings> explicit_settings;
  if (!args.config_file.empty()) {
    try {
      explicit_settings = loader.load_file(args.config_file);
    } catch (const config::ConfigError& e) {
      err << "planlint: " << e.what() << '\n';
      return 2;
    }
  }

  bool failure = false;
  std::vector<agenda::Input> inputs;
  const auto cannot_read = [&](const std::string& display, const std::string& why) {
    err << fmt::format(fmt::runtime(tr(lang, "planlint: {}: filen kan ikke læses: {}; de andre planer er med.\n",
                                       "planlint: {}: the file cannot be read: {}; the other plans are included.\n")),
                       display, why);
    failure = true;
  };
  const auto add = [&](std::string display, std::string source, const fs::path& file) {
    std::error_code ec;
    const fs::path abs = file.empty() ? fs::path() : fs::absolute(file, ec);
    agenda::Input input;
    try {
      input.settings = explicit_settings ? &*explicit_settings
                                         : &loader.for_directory(abs.empty() ? fs::current_path() : abs.parent_path());
    } catch (const config::ConfigError& e) {
      err << "planlint: " << e.what() << '\n';
      failure = true;
      return;
    }
    input.file = std::move(display);
    input.source = std::move(source);
    input.absolute_path = abs;
    inputs.push_back(std::move(input));
  };

  std::vector<std::string> paths = args.paths;
  if (paths.empty()) paths.emplace_back(".");
  for (const std::string& p : paths) {
    if (p == "-") {
      std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      add(args.stdin_filename.empty() ? std::string("-") : args.stdin_filename, std::move(source),
          args.stdin_filename.empty() ? fs::path() : fs::path(args.stdin_filename));
      continue;
    }
    // Every *.plan below a folder, in sorted order, as `planlint check` sees them. A path that
    // cannot be read is reported (its deadlines would be missing), not skipped.
    for (const PlanPath& plan : expand_path(p)) {
      std::string source;
      int error = plan.error;
      if (error == 0 && read_plan(plan.file, source, error)) {
        add(plan.display, std::move(source), plan.file);
      } else {
        cannot_read(plan.display, describe_errno(error, lang));
      }
    }
  }

  const agenda::Agenda result = agenda::build(inputs, options);
  const char* no_color = std::getenv("NO_COLOR");
  const bool color = args.color == ColorMode::always || (args.color == ColorMode::automatic && out_is_terminal &&
                                                         (no_color == nullptr || *no_color == '\0'));
  agenda::render(args.format, out, result, color);
  out.flush();
  return failure ? 2 : 0;
}

}  // namespace planlint::cli
