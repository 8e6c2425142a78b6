#include "syntax/parse.h"

#include <antlr4-runtime.h>

#include "PlanParser.h"
#include "syntax/scanner.h"

namespace planlint::syntax {

namespace {

class ErrorCollector final : public antlr4::BaseErrorListener {
 public:
  explicit ErrorCollector(std::vector<SyntaxError>& errors) : errors_(errors) {}

  void syntaxError(antlr4::Recognizer* /*recognizer*/, antlr4::Token* offending, std::size_t /*line*/,
                   std::size_t /*column*/, const std::string& msg, std::exception_ptr /*e*/) override {
    text::SourceRange range;
    if (offending != nullptr && offending->getType() != antlr4::Token::EOF) {
      range = {static_cast<std::uint32_t>(offending->getStartIndex()),
               static_cast<std::uint32_t>(offending->getStopIndex() + 1)};
    } else if (offending != nullptr) {
      range = {static_cast<std::uint32_t>(offending->getStartIndex()),
               static_cast<std::uint32_t>(offending->getStartIndex())};
    }
    errors_.push_back({range, msg});
  }

 private:
  std::vector<SyntaxError>& errors_;
};

}  // namespace

struct ParseState {
  explicit ParseState(std::string_view text) : scanner(text), tokens(&scanner), parser(&tokens), collector(errors) {}

  Scanner scanner;
  antlr4::CommonTokenStream tokens;
  grammar::PlanParser parser;
  std::vector<SyntaxError> errors;
  ErrorCollector collector;
  grammar::PlanParser::PlanContext* tree = nullptr;
  bool full_ll = false;
};

ParseResult::ParseResult(std::string_view text) : state_(std::make_unique<ParseState>(text)) {
  auto& p = state_->parser;
  p.removeErrorListeners();
  // Stage 1: SLL, giving up at the first error. The grammar is SLL-unambiguous, so this is
  // the path every well-formed token stream takes.
  p.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  p.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    state_->tree = p.plan();
    return;
  } catch (const antlr4::ParseCancellationException&) {
  }
  // Stage 2: full LL with error recovery and reporting.
  state_->full_ll = true;
  state_->tokens.reset();
  p.reset();
  p.addErrorListener(&state_->collector);
  p.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
  p.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
  state_->tree = p.plan();
}

ParseResult::~ParseResult() = default;

grammar::PlanParser::PlanContext* ParseResult::root() const { return state_->tree; }
const std::vector<SyntaxError>& ParseResult::errors() const { return state_->errors; }
bool ParseResult::used_full_ll() const { return state_->full_ll; }

}  // namespace planlint::syntax
