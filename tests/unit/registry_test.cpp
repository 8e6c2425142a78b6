// The rule catalogue's metadata is complete and unique, and docs/rules/ matches it.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "cli/info_commands.h"
#include "diag/codes.h"
#include "engine/registry.h"
#include "engine/rule_docs.h"

namespace planlint {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Registry, CodesAndNamesAreUniqueAcrossRulesAndStructureCodes) {
  std::set<std::string_view> codes;
  std::set<std::string_view> names;
  for (const diag::CodeInfo& c : diag::structure_codes()) {
    EXPECT_TRUE(codes.insert(c.code).second) << c.code;
    EXPECT_TRUE(names.insert(c.name).second) << c.name;
  }
  for (const engine::Rule* r : engine::all_rules()) {
    EXPECT_TRUE(codes.insert(r->meta().code).second) << "code reused: " << r->meta().code;
    EXPECT_TRUE(names.insert(r->meta().name).second) << "name reused: " << r->meta().name;
  }
}

TEST(Registry, EveryRuleIsFullyDocumented) {
  const std::regex code_re("PL[0-9]{3}");
  const std::regex name_re("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  ASSERT_FALSE(engine::all_rules().empty());
  for (const engine::Rule* r : engine::all_rules()) {
    const auto& m = r->meta();
    SCOPED_TRACE(std::string(m.name));
    EXPECT_TRUE(std::regex_match(std::string(m.code), code_re));
    EXPECT_TRUE(std::regex_match(std::string(m.name), name_re));
    for (std::string_view field : {m.summary_da, m.summary_en, m.what, m.why, m.bad, m.good}) {
      EXPECT_FALSE(field.empty());
      EXPECT_EQ(field.find("TODO"), std::string_view::npos) << field;
    }
    // The why section quotes a guideline (by file name) or the product's law facts.
    EXPECT_TRUE(m.why.find(".txt") != std::string_view::npos || m.why.find("product.md") != std::string_view::npos ||
                m.why.find("lov") != std::string_view::npos)
        << "the documentation must cite its source: " << m.why;
  }
}

TEST(Registry, FindsRulesByCodeAndName) {
  const engine::Rule* r = engine::find_rule("PL101");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(engine::find_rule("missing-success-criterion"), r);
  EXPECT_EQ(engine::find_rule("missing-sucess-criterion"), nullptr);
  EXPECT_EQ(engine::suggest_rule("missing-sucess-criterion"), "missing-success-criterion");
  EXPECT_TRUE(engine::is_known_selection("ALL"));
  EXPECT_TRUE(engine::is_known_selection("PL1"));
  EXPECT_TRUE(engine::is_known_selection("PL004"));
  EXPECT_FALSE(engine::is_known_selection("PL9"));
}

// docs/rules/ is generated from the metadata; this fails when someone changes a rule and
// forgets `planlint rules --write-docs docs/rules`.
TEST(Registry, GeneratedRuleDocsAreUpToDate) {
  const fs::path committed = fs::path(PLANLINT_SOURCE_DIR) / "docs" / "rules";
  const fs::path fresh = fs::temp_directory_path() / ("planlint-docs-" + std::to_string(::getpid()));
  std::ostringstream err;
  ASSERT_EQ(cli::write_rule_docs(fresh.string(), err), 0) << err.str();
  std::set<std::string> generated;
  for (const auto& e : fs::directory_iterator(fresh)) {
    generated.insert(e.path().filename().string());
    EXPECT_EQ(read(e.path()), read(committed / e.path().filename()))
        << e.path().filename() << " is stale: run build/linter/planlint rules --write-docs docs/rules";
  }
  for (const auto& e : fs::directory_iterator(committed)) {
    EXPECT_TRUE(generated.count(e.path().filename().string())) << "docs/rules/" << e.path().filename() << " has no rule";
  }
  fs::remove_all(fresh);
}

// Every finding's documentation link (JSON, SARIF, LSP codeDescription) names a page that
// exists and, for a fragment, a heading on it.
TEST(Registry, EveryCodesDocumentationLinkResolves) {
  std::vector<std::pair<std::string_view, std::string_view>> codes;
  for (const engine::Rule* r : engine::all_rules()) codes.emplace_back(r->meta().code, r->meta().name);
  for (const diag::CodeInfo& c : diag::structure_codes()) codes.emplace_back(c.code, c.name);
  for (const auto& [code, name] : codes) {
    const std::string link = engine::documentation_path(code, name);
    const std::string file = link.substr(0, link.find('#'));
    const fs::path page = fs::path(PLANLINT_SOURCE_DIR) / file;
    ASSERT_TRUE(fs::is_regular_file(page)) << code << ": " << link;
    if (const auto hash = link.find('#'); hash != std::string::npos) {
      // GitHub's anchor for "## 13. Strukturdiagnoser" is "13-strukturdiagnoser".
      EXPECT_NE(read(page).find("## 13. Strukturdiagnoser"), std::string::npos) << link;
      EXPECT_EQ(link.substr(hash), "#13-strukturdiagnoser");
    }
  }
}

}  // namespace
}  // namespace planlint
