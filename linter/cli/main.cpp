#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>

#include "cli/agenda_command.h"
#include "cli/check_command.h"
#include "cli/info_commands.h"
#include "lsp/server.h"

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
  check->add_option("--format", args.format, "Outputformat: full (standard), concise, json, json-lines, sarif, github eller junit.")
      ->check(CLI::IsMember({"full", "concise", "json", "json-lines", "sarif", "github", "junit"}));
  check->add_flag("--statistics", args.statistics, "Vis antal fund pr. regel i stedet for fundene.");
  check->add_option("--fail-on", args.fail_on, "Laveste alvor, der giver afslutningskode 1: error (standard), warning eller info.")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  check->add_flag("--exit-zero", args.exit_zero, "Afslut med 0, også når der er fund (2 ved fejl i selve kørslen).");
  check->add_flag("-q,--quiet", args.quiet, "Vis kun fundene, ikke opsummeringen.");
  check->add_option("-j,--jobs", args.jobs, "Antal tråde (standard: alle kerner).");
  check->add_flag("--fix", args.fix, "Udfør sikre rettelser og skriv filerne (atomisk).");
  check->add_flag("--unsafe-fixes", args.unsafe_fixes, "Udfør også usikre rettelser (med --fix eller --diff).");
  check->add_flag("--diff", args.diff, "Vis rettelserne som unified diff uden at skrive noget.");
  check->add_flag("--no-cache", args.no_cache, "Brug ikke cachen (.planlint_cache) til uændrede planer.");
  check->add_option("--cache-dir", args.cache_dir, "Mappe til cachen (standard: .planlint_cache).");
  check->add_option("--today", args.today, "Dagens dato for datoafhængige regler, ÅÅÅÅ-MM-DD (standard: systemets dato).");
  check->add_option("--lang", lang, "Sprog for meddelelser: da (standard) eller en.")->check(CLI::IsMember({"da", "en"}));
  check->add_option("--stdin-filename", args.stdin_filename, "Filnavnet, der vises for input fra standard-input.");
  check->add_option("--color", color, "Farver: auto (standard), always eller never.")->check(CLI::IsMember({"auto", "always", "never"}));
  check->add_option("--config", args.config_file, "Brug denne planlint.toml i stedet for at søge opad fra hver plan.");
  check->add_option("--select", args.select, "Kun disse regler (koder, kodepræfiks som PL1, navne eller ALL), adskilt med komma.")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  check->add_option("--ignore", args.ignore, "Ignorér disse regler (koder, præfiks eller navne), adskilt med komma.")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);

  std::string rules_format = "table";
  std::string docs_dir;
  CLI::App* rules = app.add_subcommand("rules", "Vis alle regler: kode, navn, familie, alvor og rettelse.");
  rules->set_help_flag("-h,--help", "Vis denne hjælp.");
  rules->add_option("--format", rules_format, "table (standard) eller json.")->check(CLI::IsMember({"table", "json"}));
  rules->add_option("--lang", lang, "Sprog: da (standard) eller en.")->check(CLI::IsMember({"da", "en"}));
  rules->add_option("--write-docs", docs_dir, "Skriv dokumentationen for hver regel som Markdown i denne mappe (docs/rules).");

  std::string explain_what;
  CLI::App* explain = app.add_subcommand("explain", "Vis dokumentationen for en regel.");
  explain->set_help_flag("-h,--help", "Vis denne hjælp.");
  explain->add_option("rule", explain_what, "Regelkode eller -navn, fx PL101 eller missing-success-criterion.")->required();
  explain->add_option("--lang", lang, "Sprog for fejlmeddelelser: da (standard) eller en.")->check(CLI::IsMember({"da", "en"}));

  std::string config_path;
  std::string config_file;
  CLI::App* config = app.add_subcommand("config", "Konfiguration.");
  config->set_help_flag("-h,--help", "Vis denne hjælp.");
  config->require_subcommand(1);
  CLI::App* show = config->add_subcommand("show", "Vis de samlede indstillinger for en sti, og hvor hver kommer fra.");
  show->set_help_flag("-h,--help", "Vis denne hjælp.");
  show->add_option("path", config_path, "En plan eller mappe (standard: den aktuelle mappe).");
  show->add_option("--config", config_file, "Vis denne fil i stedet for den, der findes opad fra stien.");
  show->add_option("--lang", lang, "Sprog: da (standard) eller en.")->check(CLI::IsMember({"da", "en"}));

  bool lsp_stdio = true;
  CLI::App* lsp = app.add_subcommand("lsp", "Start sprogserveren (LSP 3.17 over standard-input/-output) til editorer.");
  lsp->set_help_flag("-h,--help", "Vis denne hjælp.");
  lsp->add_flag("--stdio", lsp_stdio, "Kommunikér over standard-input/-output (standard; for klienter, der altid sender flaget).");

  planlint::cli::AgendaArgs agenda_args;
  CLI::App* agenda = app.add_subcommand("agenda", "Frister fra planerne: evalueringer, mål, der slutter, status, referater, revision og "
                                                  "frister fra indskrivningen; forfaldne først.");
  agenda->set_help_flag("-h,--help", "Vis denne hjælp.");
  agenda->add_option("paths", agenda_args.paths, "Filer og mapper (standard: den aktuelle mappe); - for standard-input.");
  agenda->add_option("--format", agenda_args.format, "Outputformat: table (standard), csv, json, ics (kalender) eller html (oversigt til print).")
      ->check(CLI::IsMember({"table", "csv", "json", "ics", "html"}));
  agenda->add_option("--from", agenda_args.from, "Kun frister fra og med denne dato, ÅÅÅÅ-MM-DD; forfaldne frister før den udelades også (standard: alle forfaldne og kommende).");
  agenda->add_option("--until", agenda_args.until, "Kun frister til og med denne dato, ÅÅÅÅ-MM-DD.");
  agenda->add_option("--team", agenda_args.teams, "Kun planer, hvis Kontaktteam indeholder dette navn (store/små bogstaver og aa/å er lige); kan gentages.")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  agenda->add_option("--today", agenda_args.today, "Dagens dato, ÅÅÅÅ-MM-DD (standard: systemets dato).");
  agenda->add_option("--lang", lang, "Sprog: da (standard) eller en.")->check(CLI::IsMember({"da", "en"}));
  agenda->add_option("--stdin-filename", agenda_args.stdin_filename, "Filnavnet, der vises for input fra standard-input.");
  agenda->add_option("--color", color, "Farver i tabellen: auto (standard), always eller never.")->check(CLI::IsMember({"auto", "always", "never"}));
  agenda->add_option("--config", agenda_args.config_file, "Brug denne planlint.toml i stedet for at søge opad fra hver plan.");

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
    const auto lang_value = args.lang;
    if (lsp->parsed()) return planlint::lsp::run_stdio();
    if (rules->parsed()) {
      if (!docs_dir.empty()) return planlint::cli::write_rule_docs(docs_dir, std::cerr);
      return planlint::cli::run_rules(rules_format, lang_value, std::cout, std::cerr);
    }
    if (explain->parsed()) return planlint::cli::run_explain(explain_what, lang_value, std::cout, std::cerr);
    if (agenda->parsed()) {
      agenda_args.lang = args.lang;
      agenda_args.color = args.color;
      return planlint::cli::run_agenda(agenda_args, std::cin, std::cout, std::cerr, isatty(STDOUT_FILENO) != 0);
    }
    if (show->parsed()) return planlint::cli::run_config_show(config_path, config_file, lang_value, std::cout, std::cerr);
    args.version = PLANLINT_VERSION;
    return planlint::cli::run_check(args, std::cin, std::cout, std::cerr, isatty(STDOUT_FILENO) != 0);
  } catch (const std::exception& e) {
    std::cerr << "planlint: intern fejl: " << e.what() << '\n';
    return 2;
  }
}
