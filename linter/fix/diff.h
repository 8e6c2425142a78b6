#pragma once

#include <string>
#include <string_view>

namespace planlint::fix {

// A unified diff (3 lines of context) from `before` to `after`, with --- a/path, +++ b/path
// headers; empty when the texts are equal.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

}  // namespace planlint::fix
