#pragma once

// Rule documentation rendered from the metadata: `planlint explain`, docs/rules/, SARIF help
// and (later) LSP hover all use this one rendering.
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "engine/rule.h"

namespace planlint::engine {

std::string_view fixability_label(Fixability f, diag::Lang lang);
std::string_view family_label(Family f);  // "M (Målbart)"

// The documentation page of a rule or structure code, in Markdown; empty when unknown.
std::string rule_markdown(const std::string& code_or_name);

}  // namespace planlint::engine
