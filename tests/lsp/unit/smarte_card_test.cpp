// The next-evaluation line of the SMARTE card and code lens: a date, or the reason there is
// none (missing field, a value that is not an interval, no start).
#include <gtest/gtest.h>

#include "lsp/smarte_card.h"
#include "model/builder.h"

namespace planlint::lsp {
namespace {

const std::string kPlan =
    "# Individuel plan\n"
    "Borger: Asta\n"
    "\n"
    "## Mål 1: Asta tager selv sin trøje på\n"
    "Start: 01-02-2026\n"
    "Evaluering: når det passer\n"
    "\n"
    "## Mål 2: Asta spiser selv\n"
    "Start: 01-02-2026\n"
    "\n"
    "## Mål 3: Asta svømmer\n"
    "Evaluering: hver 3. måned\n"
    "\n"
    "## Mål 4: Asta leger\n"
    "Start: 01-07-2026\n"
    "Evaluering: hver 3. måned\n";

const model::Date kToday{2026, 8, 10};

TEST(SmarteCard, NextEvaluationOrWhyThereIsNone) {
  const auto built = model::build_plan(kPlan, diag::Lang::da);
  const auto& goals = built.plan.goals;
  ASSERT_EQ(goals.size(), 4u);
  EXPECT_EQ(next_evaluation_text(goals[0], nullptr, kToday, diag::Lang::da),
            "Ingen næste evaluering: »Evaluering« er ikke et interval");
  EXPECT_EQ(next_evaluation_text(goals[0], nullptr, kToday, diag::Lang::en),
            "No next evaluation: »Evaluering« is not an interval");
  EXPECT_EQ(next_evaluation_text(goals[1], nullptr, kToday, diag::Lang::da), "Ingen næste evaluering: mangler »Evaluering«");
  EXPECT_EQ(next_evaluation_text(goals[2], nullptr, kToday, diag::Lang::da),
            "Ingen næste evaluering: mangler »Start« eller en evaluering");
  EXPECT_EQ(next_evaluation_text(goals[3], nullptr, kToday, diag::Lang::da), "Næste evaluering 01-10-2026 · om 52 dage");
}

TEST(SmarteCard, CardOfAGoalWhoseEvaluationIsNotAnInterval) {
  const auto built = model::build_plan(kPlan, diag::Lang::da);
  const std::string card = smarte_card(built.plan, built.plan.goals[0], nullptr, kToday, diag::Lang::da);
  EXPECT_NE(card.find("**Mål 1: Asta tager selv sin trøje på**"), std::string::npos) << card;
  EXPECT_NE(card.find("Ingen næste evaluering: »Evaluering« er ikke et interval"), std::string::npos) << card;
  EXPECT_EQ(card.find("mangler »Evaluering«"), std::string::npos) << card;
}

}  // namespace
}  // namespace planlint::lsp
