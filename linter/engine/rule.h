#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/settings.h"
#include "diag/diagnostic.h"
#include "model/plan.h"

namespace planlint::engine {

// Which SMARTE letter (or other family) a rule belongs to; profiles switch letters on and off.
enum class Family { S, M, A, R, T, E, plan, status, privacy, suppression };
std::string_view family_name(Family f);

// Whether a rule can offer a fix (the fix itself carries its applicability).
enum class Fixability { none, sometimes, always };
using diag::Applicability;
using diag::Edit;
using diag::Fix;

// A rule's metadata: the one source for `planlint rules`, `planlint explain`, docs/rules/,
// and later LSP hover and SARIF.
struct RuleMeta {
  std::string_view code;  // "PL101"
  std::string_view name;  // "missing-success-criterion"
  Family family;
  diag::Severity severity;
  Fixability fixability = Fixability::none;
  std::string_view summary_da;
  std::string_view summary_en;
  // Documentation, Danish (the product's language), in fixed sections.
  std::string_view what;      // Hvad reglen kontrollerer
  std::string_view why;       // Hvorfor: quotes the guideline with its file name
  std::string_view bad;       // an example that triggers the rule
  std::string_view good;      // the same example, fixed
  std::string_view options;   // settings in planlint.toml that affect the rule ("" = none)
};

class RuleContext;

class Rule {
 public:
  virtual ~Rule() = default;
  [[nodiscard]] virtual const RuleMeta& meta() const = 0;
  // Rules see the typed model and the context only; they never parse.
  virtual void check(const model::Plan& plan, RuleContext& ctx) const = 0;
};

// What a rule may know about the world besides the plan.
class RuleContext {
 public:
  RuleContext(const config::Settings& settings, model::Date today, diag::Lang lang, std::string_view source)
      : settings_(settings), today_(today), lang_(lang), source_(source) {}

  [[nodiscard]] const config::Settings& settings() const { return settings_; }
  [[nodiscard]] model::Date today() const { return today_; }
  [[nodiscard]] diag::Lang lang() const { return lang_; }
  [[nodiscard]] std::string_view tr(std::string_view da, std::string_view en) const { return diag::tr(lang_, da, en); }
  // The file's bytes, for fixes that need to know where a line ends. Never for parsing.
  [[nodiscard]] std::string_view source() const { return source_; }

  // Called by rules; the engine sets the current rule before calling check().
  void report(text::SourceRange range, std::string message, std::string help = {}, std::vector<Fix> fixes = {},
              std::vector<diag::Related> related = {});

  void set_current(const RuleMeta* meta) { current_ = meta; }
  std::vector<diag::Diagnostic>& findings() { return findings_; }

 private:
  const config::Settings& settings_;
  model::Date today_;
  diag::Lang lang_;
  std::string_view source_;
  const RuleMeta* current_ = nullptr;
  std::vector<diag::Diagnostic> findings_;
};

}  // namespace planlint::engine
