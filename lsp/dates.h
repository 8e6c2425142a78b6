#pragma once

// Dates as people read them: weekday and distance from today, in Danish ("tirsdag, om 12
// dage", "for 3 dage siden", "i dag") or English; and finding a date under the cursor.
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/values.h"
#include "text/source_range.h"

namespace planlint::lsp {

std::string_view weekday_name(const model::Date& d, diag::Lang lang);  // "tirsdag"
std::string long_date(const model::Date& d, diag::Lang lang);          // "18. august 2026"
std::string relative_day(const model::Date& d, const model::Date& today, diag::Lang lang);  // "om 12 dage"
std::string describe_date(const model::Date& d, const model::Date& today, diag::Lang lang);  // "tirsdag, om 12 dage"

struct DateAt {
  model::Date date;
  text::SourceRange range;  // byte offsets within the line given
};

// A date written in any accepted format (31-12-2026, 31.12.2026, 31/12/2026, 2026-12-31,
// "31. december 2026") that covers byte `column` of `line`.
std::optional<DateAt> date_at(std::string_view line, std::uint32_t column);

}  // namespace planlint::lsp
