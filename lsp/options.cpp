#include "lsp/options.h"

#include <algorithm>
#include <cstdint>

namespace planlint::lsp {

using diag::tr;

namespace {

// The value as the message quotes it: a string as it is, anything else as its JSON type.
std::string quoted(const json& v) { return "»" + (v.is_string() ? v.get<std::string>() : std::string(v.type_name())) + "«"; }

}  // namespace

std::vector<std::string> read_initialization_options(const json& init, diag::Lang lang, ServerOptions& options) {
  std::vector<std::string> problems;
  if (!init.is_object()) return problems;
  if (const auto it = init.find("today"); it != init.end() && !it->is_null()) {
    const std::string t = it->is_string() ? it->get<std::string>() : std::string();
    const auto parsed = model::parse_date(t);
    if (t.size() == 10 && t[4] == '-' && parsed.date) {
      options.today = parsed.date;
    } else {
      problems.push_back(std::string(tr(lang, "initializationOptions.today skal være en dato som ÅÅÅÅ-MM-DD, ikke ",
                                        "initializationOptions.today must be a date as YYYY-MM-DD, not ")) +
                         quoted(*it) + std::string(tr(lang, "; systemets dato bruges.", "; the system's date is used.")));
    }
  }
  if (const auto it = init.find("debounceMs"); it != init.end() && !it->is_null()) {
    if (it->is_number_integer()) {
      options.debounce = std::chrono::milliseconds(std::clamp<std::int64_t>(it->get<std::int64_t>(), 0, 10000));
    } else {
      problems.push_back(std::string(tr(lang, "initializationOptions.debounceMs skal være et helt antal millisekunder, ikke ",
                                        "initializationOptions.debounceMs must be a whole number of milliseconds, not ")) +
                         quoted(*it) + ".");
    }
  }
  if (const auto it = init.find("docsBaseUri"); it != init.end() && !it->is_null()) {
    if (it->is_string()) {
      std::string base = it->get<std::string>();
      if (!base.empty() && base.back() != '/') base += '/';
      options.docs_base = base;
    } else {
      problems.push_back(std::string(tr(lang, "initializationOptions.docsBaseUri skal være en URI i anførselstegn, ikke ",
                                        "initializationOptions.docsBaseUri must be a quoted URI, not ")) +
                         quoted(*it) + ".");
    }
  }
  return problems;
}

}  // namespace planlint::lsp
