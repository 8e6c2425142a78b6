#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/check_command.h"
#include "diag/diagnostic.h"

namespace planlint::cli {

struct AgendaArgs {
  std::vector<std::string> paths;  // files, folders (every *.plan below) or - for stdin
  std::string format = "table";    // table, csv, json, ics or html
  std::string today;               // empty = the system date
  std::string from;                // --from: leave out rows before this date (overdue ones too)
  std::string until;               // --until: leave out rows after this date
  std::vector<std::string> teams;  // --team: keep plans whose Kontaktteam contains one of these
  diag::Lang lang = diag::Lang::da;
  std::string stdin_filename;
  ColorMode color = ColorMode::automatic;
  std::string config_file;  // --config: this planlint.toml instead of discovery
};

// `planlint agenda`: every deadline of the plans (see linter/agenda/agenda.h). Exit codes: 0
// the agenda was printed, 2 usage or configuration errors or a path that could not be read
// (the agenda of the other plans is still printed).
int run_agenda(const AgendaArgs& args, std::istream& in, std::ostream& out, std::ostream& err, bool out_is_terminal);

}  // namespace planlint::cli
