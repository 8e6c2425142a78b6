#include "lsp/server.h"

#include <unistd.h>

#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <iostream>
#include <thread>

#include "engine/lint.h"
#include "lsp/uri.h"

#ifndef PLANLINT_SOURCE_DIR
#define PLANLINT_SOURCE_DIR ""
#endif

namespace planlint::lsp {

namespace {

// What the reading thread hands to the request loop.
struct Incoming {
  enum class Kind { message, parse_error, malformed, eof } kind = Kind::eof;
  json message;
  std::string error;
};

class Queue {
 public:
  void push(Incoming item) {
    {
      std::lock_guard lock(mutex_);
      items_.push_back(std::move(item));
    }
    ready_.notify_one();
  }
  Incoming pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return !items_.empty(); });
    Incoming item = std::move(items_.front());
    items_.pop_front();
    return item;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Incoming> items_;
};

// Shared by the request loop and the reading thread, which may outlive the loop (it can
// stay blocked in read() after `exit`); hence shared ownership.
struct Channel {
  std::shared_ptr<Transport> transport;
  Queue queue;
  std::mutex dispatcher_mutex;
  Dispatcher* dispatcher = nullptr;  // null once the loop has ended
};

}  // namespace

Server::Server(std::shared_ptr<Transport> transport, ServerOptions options)
    : transport_(std::move(transport)), options_(std::move(options)), dispatcher_([this](const json& m) { send(m); }) {}

Server::~Server() {
  if (worker_) worker_->stop();
}

void Server::send(const json& message) { transport_->write(dump(message)); }

void Server::notify(const std::string& method, json params) {
  send(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

void Server::request_client(const std::string& method, json params) {
  json message{{"jsonrpc", "2.0"}, {"id", "planlint-" + std::to_string(next_request_id_++)}, {"method", method}};
  if (!params.is_null()) message["params"] = std::move(params);
  send(message);
}

void Server::show_message(int type, const std::string& text) { notify("window/showMessage", {{"type", type}, {"message", text}}); }

model::Date Server::today() const { return options_.today ? *options_.today : engine::system_today(); }

diag::Lang Server::lang() const { return lang_.load(); }

void Server::start_diagnostics() {
  lang_ = workspace_.lang();
  if (client_.pull_diagnostics || worker_) return;
  worker_ = std::make_unique<DiagnosticsWorker>([this](const std::string& uri) { publish(uri); }, options_.debounce);
}

void Server::stop_diagnostics() {
  if (worker_) worker_->stop();
}

void Server::settings_changed() {
  // New settings first, then the new generation: a lint that sees the new generation also
  // sees the new settings (inputs_for reads the generation first).
  lang_ = workspace_.lang();
  const std::vector<std::string> uris = documents_.uris();
  for (const std::string& uri : uris) documents_.set_config(uri, workspace_.resolve(uri));
  ++generation_;
  for (const std::string& uri : uris) {
    if (worker_) worker_->schedule(uri);
  }
  if (client_.pull_diagnostics && client_.diagnostic_refresh) request_client("workspace/diagnostic/refresh", nullptr);
}

SnapshotPtr Server::require(const std::string& uri) {
  SnapshotPtr s = documents_.snapshot(uri);
  if (!s) throw LspError(error_code::invalid_params, "Dokumentet er ikke åbnet: " + uri);
  return s;
}

LintInputs Server::inputs_for(const DocumentState& state) const {
  LintInputs in;
  in.generation = generation_.load();
  in.snapshot = state.snapshot;
  in.config = state.config;
  in.lang = lang_.load();
  in.today = today();
  in.encoding = encoding_;
  in.docs_base = options_.docs_base;
  return in;
}

std::shared_ptr<const LintResult> Server::lint_now(const std::string& uri) {
  const std::optional<DocumentState> state = documents_.state(uri);
  if (!state) throw LspError(error_code::invalid_params, "Dokumentet er ikke åbnet: " + uri);
  if (state->lint && state->lint->snapshot == state->snapshot && state->lint->generation == generation_.load()) return state->lint;
  auto result = lint(inputs_for(*state));
  documents_.store_lint(uri, result);
  return result;
}

std::shared_ptr<const ModelResult> Server::model_now(const std::string& uri) {
  const std::optional<DocumentState> state = documents_.state(uri);
  if (!state) throw LspError(error_code::invalid_params, "Dokumentet er ikke åbnet: " + uri);
  if (state->model && state->model->snapshot == state->snapshot) return state->model;
  auto result = std::make_shared<ModelResult>();
  result->snapshot = state->snapshot;
  result->built = model::build_plan(state->snapshot->text, lang_.load());
  documents_.store_model(uri, result);
  return result;
}

void Server::document_changed(const std::string& uri) {
  if (worker_) worker_->schedule(uri);
}

void Server::document_closed(const std::string& uri) {
  if (!worker_) return;
  worker_->forget(uri);
  // Under the store's lock, so that no result of the worker can arrive after the clearing.
  std::lock_guard lock(documents_.mutex());
  notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
}

void Server::publish(const std::string& uri) {
  std::optional<LintInputs> in;
  std::shared_ptr<const LintResult> cached;
  {
    std::lock_guard lock(documents_.mutex());
    const DocumentState* state = documents_.find_locked(uri);
    if (state == nullptr) return;
    in = inputs_for(*state);
    cached = state->lint;
  }
  std::shared_ptr<const LintResult> result =
      cached && cached->snapshot == in->snapshot && cached->generation == in->generation ? cached : lint(*in);
  documents_.store_lint(uri, result);
  std::lock_guard lock(documents_.mutex());
  const DocumentState* state = documents_.find_locked(uri);
  // A newer version or newer settings supersede this result: their own lint will publish.
  if (state == nullptr || state->snapshot != result->snapshot || result->generation != generation_.load()) return;
  notify("textDocument/publishDiagnostics",
         {{"uri", uri}, {"version", result->snapshot->version}, {"diagnostics", result->diagnostics}});
}

ServerOptions default_options() {
  ServerOptions o;
  if (const char* today = std::getenv("PLANLINT_TODAY"); today != nullptr && *today != '\0') {
    const std::string_view t(today);
    const auto parsed = model::parse_date(t);
    if (t.size() == 10 && t[4] == '-' && parsed.date) {
      o.today = parsed.date;
    } else {
      std::cerr << "planlint lsp: PLANLINT_TODAY skal være ÅÅÅÅ-MM-DD, ikke »" << t << "«; systemets dato bruges.\n";
    }
  }
  const std::filesystem::path source(PLANLINT_SOURCE_DIR);
  std::error_code ec;
  if (!source.empty() && std::filesystem::is_regular_file(source / "docs" / "rules" / "README.md", ec)) {
    o.docs_base = path_to_uri(source) + "/";
  }
  return o;
}

int run_server(int in_fd, int out_fd, ServerOptions options) {
  auto channel = std::make_shared<Channel>();
  channel->transport = std::make_shared<Transport>(in_fd, out_fd);
  Server server(channel->transport, std::move(options));
  register_handlers(server);
  {
    std::lock_guard lock(channel->dispatcher_mutex);
    channel->dispatcher = &server.dispatcher();
  }

  std::thread reader([channel] {
    while (true) {
      ReadResult r = channel->transport->read();
      if (r.kind == ReadResult::Kind::eof) {
        channel->queue.push({Incoming::Kind::eof, {}, {}});
        return;
      }
      if (r.kind == ReadResult::Kind::malformed) {
        channel->queue.push({Incoming::Kind::malformed, {}, "Beskeden kan ikke læses: " + r.error + "."});
        continue;
      }
      json message = json::parse(r.body, nullptr, false);
      r.body.clear();
      r.body.shrink_to_fit();
      if (message.is_discarded()) {
        channel->queue.push({Incoming::Kind::parse_error, {}, "Beskeden er ikke gyldig JSON (eller ikke gyldig UTF-8)."});
        continue;
      }
      {
        std::lock_guard lock(channel->dispatcher_mutex);
        if (channel->dispatcher != nullptr) channel->dispatcher->received(message);
      }
      channel->queue.push({Incoming::Kind::message, std::move(message), {}});
    }
  });

  int code = 1;
  while (true) {
    Incoming item = channel->queue.pop();
    if (item.kind == Incoming::Kind::eof) {
      code = server.dispatcher().exit_code();
      reader.join();
      break;
    }
    if (item.kind == Incoming::Kind::malformed || item.kind == Incoming::Kind::parse_error) {
      server.dispatcher().parse_error(item.error);
    } else {
      try {
        server.dispatcher().dispatch(item.message);
      } catch (const std::exception& e) {
        std::cerr << "planlint lsp: " << e.what() << '\n';
      }
    }
    if (server.dispatcher().exited()) {
      code = server.dispatcher().exit_code();
      // The reader may be blocked in read(); it owns what it uses and ends with the process.
      reader.detach();
      break;
    }
  }
  {
    std::lock_guard lock(channel->dispatcher_mutex);
    channel->dispatcher = nullptr;
  }
  return code;
}

int run_stdio() {
  std::signal(SIGPIPE, SIG_IGN);  // a client that went away is an I/O error, not a kill
  std::cout.flush();
  return run_server(STDIN_FILENO, STDOUT_FILENO, default_options());
}

}  // namespace planlint::lsp
