#pragma once

// One finding as a JSON object: shared by the json and json-lines formats (docs/json-format.md).
#include <nlohmann/json.hpp>

#include "engine/lint.h"
#include "text/line_index.h"

namespace planlint::output {

nlohmann::ordered_json position_json(const text::LineIndex& index, std::uint32_t offset);
nlohmann::ordered_json finding_json(const engine::FileReport& report, const diag::Diagnostic& d, const text::LineIndex& index);

// Dumps without ever throwing on invalid UTF-8 quoted from a file (replaced by U+FFFD).
std::string dump(const nlohmann::ordered_json& j, int indent);

}  // namespace planlint::output
