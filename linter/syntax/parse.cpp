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

// The parser's token stream: every token of the buffer scanned up front into one vector.
// It behaves as antlr4::CommonTokenStream does for a source whose tokens are all on the
// default channel (LT/LA clamp at EOF, LT(-k) looks back, seek clamps to the last token,
// consume() refuses EOF), without its per-token heap objects, its lazy fetching behind every
// LT() and its dynamic_cast per token. LA(), which the parser calls at every decision, reads
// the token's type without a virtual call.
class PlanTokenStream final : public antlr4::TokenStream {
 public:
  explicit PlanTokenStream(Scanner& source) : source_(source) { source_.scan_tokens(tokens_); }

  antlr4::Token* LT(ssize_t k) override {
    if (k == 0) return nullptr;
    if (k < 0) {
      const auto back = static_cast<std::size_t>(-k);
      return back > p_ ? nullptr : &tokens_[p_ - back];
    }
    return &tokens_[std::min(p_ + static_cast<std::size_t>(k) - 1, tokens_.size() - 1)];
  }
  std::size_t LA(ssize_t i) override {
    if (i > 0) return tokens_[std::min(p_ + static_cast<std::size_t>(i) - 1, tokens_.size() - 1)].type();
    antlr4::Token* t = LT(i);
    return t != nullptr ? t->getType() : antlr4::Token::INVALID_TYPE;
  }
  void consume() override {
    if (tokens_[p_].type() == antlr4::Token::EOF) throw antlr4::IllegalStateException("cannot consume EOF");
    ++p_;
  }
  antlr4::Token* get(std::size_t index) const override {
    if (index >= tokens_.size()) {
      throw antlr4::IndexOutOfBoundsException("token index " + std::to_string(index) + " out of range 0.." +
                                              std::to_string(tokens_.size() - 1));
    }
    return const_cast<PlanToken*>(&tokens_[index]);
  }
  ssize_t mark() override { return 0; }
  void release(ssize_t /*marker*/) override {}
  std::size_t index() override { return p_; }
  void seek(std::size_t index) override { p_ = std::min(index, tokens_.size() - 1); }
  std::size_t size() override { return tokens_.size(); }
  std::string getSourceName() const override { return source_.getSourceName(); }
  antlr4::TokenSource* getTokenSource() const override { return &source_; }

  std::string getText(const antlr4::misc::Interval& interval) override {
    if (interval.a < 0 || interval.b < 0) return {};
    const auto stop = std::min(static_cast<std::size_t>(interval.b), tokens_.size() - 1);
    std::string out;
    for (auto i = static_cast<std::size_t>(interval.a); i <= stop; ++i) {
      if (tokens_[i].type() == antlr4::Token::EOF) break;
      out += tokens_[i].getText();
    }
    return out;
  }
  std::string getText() override { return getText(antlr4::misc::Interval(std::size_t{0}, tokens_.size() - 1)); }
  std::string getText(antlr4::RuleContext* ctx) override { return getText(ctx->getSourceInterval()); }
  std::string getText(antlr4::Token* start, antlr4::Token* stop) override {
    if (start == nullptr || stop == nullptr) return {};
    return getText(antlr4::misc::Interval(start->getTokenIndex(), stop->getTokenIndex()));
  }

 private:
  Scanner& source_;
  std::vector<PlanToken> tokens_;
  std::size_t p_ = 0;
};

// A terminal node from the per-thread block pool (grammar/plan_context.h), like the contexts.
class PooledTerminalNode final : public antlr4::tree::TerminalNodeImpl {
 public:
  using antlr4::tree::TerminalNodeImpl::TerminalNodeImpl;
  static void* operator new(std::size_t n) { return Pool::allocate(n); }
  static void operator delete(void* p, std::size_t n) noexcept { Pool::release(p, n); }

 private:
  using Pool = grammar::BlockPool<sizeof(antlr4::tree::TerminalNodeImpl) + 16>;
};

// The generated parser with two steps of the runtime's Parser done without a heap block or a
// dynamic_cast per node. Both do exactly what antlr4::Parser 4.9 does in the cases they take
// (no parse listeners, not recovering from an error: every SLL pass); other cases go to it.
class PlanParser final : public grammar::PlanParser {
 public:
  using grammar::PlanParser::PlanParser;

  // Parser::consume: the terminal node comes from the pool instead of createTerminalNode's new.
  antlr4::Token* consume() override {
    if (!_buildParseTrees || !_parseListeners.empty() || _errHandler->inErrorRecoveryMode(this)) {
      return grammar::PlanParser::consume();
    }
    antlr4::Token* token = getCurrentToken();
    if (token->getType() != antlr4::Token::EOF) getInputStream()->consume();
    _ctx->addChild(_tracker.createInstance<PooledTerminalNode>(token));
    return token;
  }

  // Parser::addContextToParseTree: every context's parent is a generated context, so the
  // runtime's dynamic_cast to ParserRuleContext is a static_cast.
  void addContextToParseTree() override {
    if (_ctx->parent == nullptr) return;
    static_cast<antlr4::ParserRuleContext*>(_ctx->parent)->addChild(_ctx);
  }
};

}  // namespace

struct ParseState {
  explicit ParseState(std::string_view text) : scanner(text), tokens(scanner), parser(&tokens), collector(errors) {}

  Scanner scanner;
  PlanTokenStream tokens;
  PlanParser parser;
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
  state_->tokens.seek(0);
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
