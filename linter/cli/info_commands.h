#pragma once

#include <iosfwd>
#include <string>

#include "diag/diagnostic.h"

namespace planlint::cli {

// `planlint rules`: every code with name, family, severity and fixability (table or json).
int run_rules(const std::string& format, diag::Lang lang, std::ostream& out, std::ostream& err);

// `planlint explain CODE|NAME`: a rule's documentation, or a structure code's summary.
int run_explain(const std::string& what, diag::Lang lang, std::ostream& out, std::ostream& err);

// `planlint config show [PATH]`: the resolved settings for PATH and where each came from.
int run_config_show(const std::string& path, const std::string& config_file, diag::Lang lang, std::ostream& out,
                    std::ostream& err);

// Writes docs/rules/: one Markdown page per rule and an index (README.md).
int write_rule_docs(const std::string& dir, std::ostream& err);

}  // namespace planlint::cli
