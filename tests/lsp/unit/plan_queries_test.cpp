// Symbols under the cursor and their occurrences: handleplan ids (also in a Handleplan field
// that continues on the next line) and goal numbers.
#include <gtest/gtest.h>

#include "lsp/plan_queries.h"
#include "model/builder.h"

namespace planlint::lsp {
namespace {

const std::string kPlan =
    "# Individuel plan\n"
    "Borger: Asta\n"
    "\n"
    "## Handleplan\n"
    "- H1: Kommunikation.\n"
    "- H2: Selvhjulpenhed.\n"
    "\n"
    "## Mål 1: Asta tager selv sin trøje på\n"
    "Handleplan: H2, h1\n"
    "\n"
    "### Delmål 1.1: Asta finder trøjen\n"
    "Handleplan: H1,\n"
    "  H2\n"
    "\n"
    "## Status 10-07-2026\n"
    "Mål i perioden: Mål 1, Delmål 1.1\n";

std::uint32_t at(std::string_view what, std::size_t nth = 0) {
  std::size_t p = kPlan.find(what);
  while (nth-- > 0) p = kPlan.find(what, p + 1);
  return static_cast<std::uint32_t>(p);
}

std::string slice(text::SourceRange r) { return kPlan.substr(r.begin, r.end - r.begin); }

TEST(PlanQueries, HandleplanIdsEverywhere) {
  const auto built = model::build_plan(kPlan, diag::Lang::da);
  const auto sym = symbol_at(built.plan, kPlan, at("H2", 1) + 1);
  ASSERT_TRUE(sym);
  EXPECT_EQ(sym->kind, SymbolKind::handleplan_id);
  EXPECT_EQ(sym->id, "H2");
  const auto occ = occurrences(built.plan, kPlan, *sym);
  ASSERT_EQ(occ.size(), 3u);
  EXPECT_TRUE(occ[0].declaration);
  for (const Occurrence& o : occ) EXPECT_EQ(slice(o.range), "H2");
  EXPECT_EQ(occ[2].range.begin, at("  H2") + 2);  // on the continuation line
  // Ids are case-insensitive: "h1" refers to H1 and is renamed as written.
  const auto h1 = occurrences(built.plan, kPlan, *symbol_at(built.plan, kPlan, at("- H1") + 2));
  ASSERT_EQ(h1.size(), 3u);
  EXPECT_EQ(slice(h1[1].range), "h1");
}

TEST(PlanQueries, GoalNumbersAndSections) {
  const auto built = model::build_plan(kPlan, diag::Lang::da);
  const auto sym = symbol_at(built.plan, kPlan, at("Delmål 1.1", 1) + 3);
  ASSERT_TRUE(sym);
  EXPECT_EQ(sym->kind, SymbolKind::goal);
  EXPECT_EQ(sym->id, "1.1");
  const model::Goal* parent = nullptr;
  const model::Goal* g = find_goal(built.plan, "1.1", &parent);
  ASSERT_NE(g, nullptr);
  ASSERT_NE(parent, nullptr);
  EXPECT_EQ(parent->number.str(), "1");
  EXPECT_EQ(goal_extent(*parent).end, at("## Status"));
  const auto occ = occurrences(built.plan, kPlan, *sym);
  ASSERT_EQ(occ.size(), 2u);
  EXPECT_EQ(slice(occ[0].range), "1.1");
  const auto section = section_at(built.plan, at("  H2"));
  ASSERT_TRUE(section);
  EXPECT_EQ(section->goal, g);
  EXPECT_FALSE(symbol_at(built.plan, kPlan, at("Borger")));
}

}  // namespace
}  // namespace planlint::lsp
