#!/usr/bin/env bash
# Scaffolds a new rule: rules/<stem>.cpp and tests/rules/<stem>_test.cpp. Nothing else needs
# editing: CMake collects rules/*.cpp and generates the registry. Then regenerate the docs
# with: build/linter/planlint rules --write-docs docs/rules
#
#   scripts/new-rule.sh missing-wishes PL207 plan warning
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 4 ]; then
  echo "usage: $0 <kebab-name> <code PLnnn> <family S|M|A|R|T|E|plan|status|privacy> <error|warning|info>" >&2
  exit 2
fi
name=$1 code=$2 family=$3 severity=$4
[[ $name =~ ^[a-z][a-z0-9-]*$ ]] || { echo "name must be kebab-case: $name" >&2; exit 2; }
[[ $code =~ ^PL[0-9]{3}$ ]] || { echo "code must look like PL123: $code" >&2; exit 2; }
[[ $family =~ ^(S|M|A|R|T|E|plan|status|privacy)$ ]] || { echo "unknown family: $family" >&2; exit 2; }
[[ $severity =~ ^(error|warning|info)$ ]] || { echo "unknown severity: $severity" >&2; exit 2; }
stem=${name//-/_}
class=$(echo "$name" | sed -E 's/(^|-)([a-z])/\U\2/g')
rule=rules/$stem.cpp
test=tests/rules/${stem}_test.cpp
for f in "$rule" "$test"; do [ ! -e "$f" ] || { echo "$f exists" >&2; exit 2; }; done
if grep -rqE "\.code = \"$code\"|\.name = \"$name\"" rules/*.cpp 2>/dev/null; then
  echo "code $code or name $name is already used" >&2
  exit 2
fi

cat >"$rule" <<CPP
// $name ($code): TODO one line: what the rule finds.
#include "rules/support/rule_support.h"

namespace planlint::rules {

namespace {

constexpr RuleMeta kMeta{
    .code = "$code",
    .name = "$name",
    .family = Family::$family,
    .severity = Severity::$severity,
    .fixability = Fixability::none,
    .summary_da = "TODO: én sætning på dansk.",
    .summary_en = "TODO: one sentence in English.",
    .what = "TODO: hvad reglen kontrollerer.",
    .why = "TODO: hvorfor, med et citat fra retningslinjen og dens filnavn (fx 002_6148a88b2185cfbf.txt).",
    .bad = "TODO: en plan, der udløser reglen\n",
    .good = "TODO: den samme plan, rettet\n",
    .options = "",
};

class $class final : public engine::Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override { return kMeta; }

  void check(const model::Plan& plan, RuleContext& ctx) const override {
    (void)plan;
    (void)ctx;
  }
};

}  // namespace

PLANLINT_REGISTER_RULE($stem, $class)

}  // namespace planlint::rules
CPP

cat >"$test" <<CPP
#include "rule_test_support.h"

namespace planlint::testing {
namespace {

constexpr std::string_view kRule = "$name";

TEST($class, SilentOnCleanPlan) { EXPECT_TRUE(hits(kRule, kCleanPlan).empty()); }

TEST($class, Fires) {
  const auto h = hits(kRule, "# Individuel plan\n");
  ASSERT_EQ(h.size(), 1u) << "TODO: a plan that triggers the rule";
}

}  // namespace
}  // namespace planlint::testing
CPP
echo "created $rule and $test"
