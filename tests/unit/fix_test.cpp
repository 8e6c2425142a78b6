// Applying fixes, the unified diff, and placeholders left by fixes.
#include <gtest/gtest.h>

#include "fix/apply.h"
#include "fix/diff.h"
#include "test_support.h"

namespace planlint {
namespace {

diag::Diagnostic with_fix(std::uint32_t b, std::uint32_t e, std::string text, diag::Applicability a = diag::Applicability::safe) {
  diag::Diagnostic d;
  d.code = "PL101";
  d.fixes.push_back({"t", a, {{{b, e}, std::move(text)}}});
  return d;
}

TEST(ApplyFixes, SafeOnlyUnlessUnsafeAllowed) {
  const std::vector<diag::Diagnostic> ds = {with_fix(0, 1, "A"), with_fix(2, 3, "C", diag::Applicability::unsafe)};
  EXPECT_EQ(fix::apply_fixes("abc", ds, false).text, "Abc");
  const auto both = fix::apply_fixes("abc", ds, true);
  EXPECT_EQ(both.text, "AbC");
  EXPECT_EQ(both.fixes, 2u);
}

TEST(ApplyFixes, OverlappingFixesWaitForTheNextRound) {
  const std::vector<diag::Diagnostic> ds = {with_fix(0, 2, "X"), with_fix(1, 3, "Y"), with_fix(3, 3, "!"), with_fix(3, 3, "?")};
  const auto r = fix::apply_fixes("abc", ds, false);
  EXPECT_EQ(r.text, "Xc!");  // the second overlaps the first; two insertions at one place: only one
  EXPECT_EQ(r.fixes, 2u);
}

TEST(ApplyFixes, EditsOutsideTheTextAreIgnored) {
  EXPECT_EQ(fix::apply_fixes("abc", {with_fix(2, 9, "x")}, true).text, "abc");
}

TEST(UnifiedDiff, HunkWithContext) {
  const std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  const std::string after = "1\n2\n3\n4\nny\n5\n6\n7\n8\n9\n";
  EXPECT_EQ(fix::unified_diff("p.plan", before, after),
            "--- a/p.plan\n+++ b/p.plan\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+ny\n 5\n 6\n 7\n");
  EXPECT_EQ(fix::unified_diff("p.plan", before, before), "");
}

TEST(UnifiedDiff, TwoDistantChangesGiveTwoHunksAndAMissingNewlineIsMarked) {
  std::string before;
  for (int i = 1; i <= 20; ++i) before += std::to_string(i) + "\n";
  std::string after = before;
  after.replace(after.find("2\n"), 2, "to\n");
  after += "slut";
  const std::string d = fix::unified_diff("p.plan", before, after);
  EXPECT_NE(d.find("@@ -1,5 +1,5 @@\n 1\n-2\n+to\n"), std::string::npos) << d;
  EXPECT_NE(d.find("+slut\n\\ No newline at end of file\n"), std::string::npos) << d;
}

TEST(Placeholder, IsOneWarningNotAnInvalidValue) {
  const auto f = testing::found(std::string(testing::kHeader) + "## Mål 1: A\nSlut: <dato>\nEvaluering: <hvor ofte?>\n");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0], (testing::Found{"PL025", 6, 7}));
  EXPECT_EQ(f[1], (testing::Found{"PL025", 7, 13}));
}

}  // namespace
}  // namespace planlint
