#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace planlint::text {

// A Danish CPR number in a text: ddmmyy-xxxx (also with an en dash) or ten digits in a
// row, whose first six digits are a real date (any century), not inside a longer digit run.
struct CprMatch {
  std::size_t begin;
  std::size_t end;  // exclusive
};

std::vector<CprMatch> find_cpr(std::string_view text);

// "120399-****": the birth date part only, never the last four digits.
std::string masked_cpr(std::string_view text, const CprMatch& m);

// The text with every CPR number masked. Every message planlint prints goes through this,
// so a number quoted from a plan never reaches a report.
std::string mask_cpr(std::string_view text);

}  // namespace planlint::text
