#pragma once

// The SMARTE card shown when hovering a goal heading: each letter met or missing, and the
// next evaluation date (schedule::next_evaluation_due, the same computation the rules use).
#include <string>

#include "diag/diagnostic.h"
#include "model/plan.h"

namespace planlint::lsp {

std::string smarte_card(const model::Plan& plan, const model::Goal& goal, const model::Goal* parent, const model::Date& today,
                        diag::Lang lang);

// "Næste evaluering 27-10-2026 · om 78 dage" (code lens and card), or why there is none.
std::string next_evaluation_text(const model::Goal& goal, const model::Goal* parent, const model::Date& today, diag::Lang lang);

}  // namespace planlint::lsp
