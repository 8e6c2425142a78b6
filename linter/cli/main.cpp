#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>

#include "cli/check_command.h"

#ifndef PLANLINT_VERSION
#define PLANLINT_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  using planlint::cli::CheckArgs;
  using planlint::cli::ColorMode;
  CLI::App app{"planlint: statisk analyse af individuelle planer (SMARTE-mål, handleplan, evaluering, status)."};
  app.set_version_flag("--version", PLANLINT_VERSION, "Vis versionen.");
  app.set_help_flag("-h,--help", "Vis denne hjælp.");
  app.require_subcommand(1);

  CheckArgs args;
  std::string lang = "da";
  std::string color = "auto";
  CLI::App* check = app.add_subcommand("check", "Kontrollér planer: filer, mapper (alle *.plan) eller - for standard-input.");
  check->set_help_flag("-h,--help", "Vis denne hjælp.");
  check->add_option("paths", args.paths, "Filer og mapper (standard: den aktuelle mappe).");
  check->add_option("--format", args.format, "Outputformat: full (standard) eller json.")->check(CLI::IsMember({"full", "json"}));
  check->add_option("--today", args.today, "Dagens dato for datoafhængige regler, ÅÅÅÅ-MM-DD (standard: systemets dato).");
  check->add_option("--lang", lang, "Sprog for meddelelser: da (standard) eller en.")->check(CLI::IsMember({"da", "en"}));
  check->add_option("--stdin-filename", args.stdin_filename, "Filnavnet, der vises for input fra standard-input.");
  check->add_option("--color", color, "Farver: auto (standard), always eller never.")->check(CLI::IsMember({"auto", "always", "never"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "planlint: ugyldig kommandolinje: " << e.what() << "\nSe »planlint check --help«.\n";
    return 2;
  }
  args.lang = lang == "en" ? planlint::diag::Lang::en : planlint::diag::Lang::da;
  args.color = color == "always" ? ColorMode::always : color == "never" ? ColorMode::never : ColorMode::automatic;
  try {
    return planlint::cli::run_check(args, std::cin, std::cout, std::cerr, isatty(STDOUT_FILENO) != 0);
  } catch (const std::exception& e) {
    std::cerr << "planlint: intern fejl: " << e.what() << '\n';
    return 2;
  }
}
