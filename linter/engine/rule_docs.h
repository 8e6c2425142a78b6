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

// Where a finding is documented, relative to the repository root: a rule's own page
// ("docs/rules/expired-goal.md"), or for a structure code (PL000-PL027) the language
// reference's section on them. Every output and the language server link here.
std::string documentation_path(std::string_view code, std::string_view name);

}  // namespace planlint::engine
