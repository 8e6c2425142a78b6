#pragma once

// The language server: reads messages on one thread, answers them in order on the request
// loop (this thread), and pushes diagnostics from a worker thread. Handlers live in
// handlers/<method>.cpp and reach the state through this class.
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "lsp/diagnostics_worker.h"
#include "lsp/dispatcher.h"
#include "lsp/document_store.h"
#include "lsp/linting.h"
#include "lsp/options.h"
#include "lsp/position.h"
#include "lsp/transport.h"
#include "lsp/workspace.h"
#include "model/values.h"

namespace planlint::lsp {

// What the client said it can do (from `initialize`).
struct ClientCapabilities {
  bool pull_diagnostics = false;      // textDocument.diagnostic: then nothing is pushed
  bool diagnostic_refresh = false;    // workspace.diagnostics.refreshSupport
  bool document_changes = false;      // workspace.workspaceEdit.documentChanges
  bool hierarchical_symbols = false;  // textDocument.documentSymbol.hierarchicalDocumentSymbolSupport
  bool watched_files_registration = false;  // workspace.didChangeWatchedFiles.dynamicRegistration
  bool markdown = true;               // hover.contentFormat allows markdown (or says nothing)
};

class Server {
 public:
  Server(std::shared_ptr<Transport> transport, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  Dispatcher& dispatcher() { return dispatcher_; }

  // Messaging.
  void send(const json& message);
  void notify(const std::string& method, json params);
  void request_client(const std::string& method, json params);
  void show_message(int type, const std::string& text);  // 1 error, 2 warning, 3 info

  // Settings.
  ServerOptions& options() { return options_; }
  Workspace& workspace() { return workspace_; }
  ClientCapabilities& client() { return client_; }
  [[nodiscard]] Encoding encoding() const { return encoding_; }
  void set_encoding(Encoding e) { encoding_ = e; }
  [[nodiscard]] model::Date today() const;
  [[nodiscard]] diag::Lang lang() const;
  // Re-reads settings for every open document and re-lints them (push), or asks a pull
  // client to refresh.
  void settings_changed();
  void start_diagnostics();
  void stop_diagnostics();

  // Documents.
  DocumentStore& documents() { return documents_; }
  // The current snapshot; InvalidParams (with the URI) when the document is not open.
  SnapshotPtr require(const std::string& uri);
  // Lint and model of the current version, computed now when not cached.
  std::shared_ptr<const LintResult> lint_now(const std::string& uri);
  std::shared_ptr<const ModelResult> model_now(const std::string& uri);
  // The document changed (open, change, save): push new diagnostics (debounced).
  void document_changed(const std::string& uri);
  void document_closed(const std::string& uri);

 private:
  LintInputs inputs_for(const DocumentState& state) const;
  void publish(const std::string& uri);  // the worker's job

  std::shared_ptr<Transport> transport_;
  ServerOptions options_;
  Dispatcher dispatcher_;
  Workspace workspace_;
  ClientCapabilities client_;
  Encoding encoding_ = Encoding::utf16;
  DocumentStore documents_;
  std::atomic<std::uint64_t> generation_{1};
  std::atomic<diag::Lang> lang_{diag::Lang::da};
  std::atomic<int> next_request_id_{1};
  std::unique_ptr<DiagnosticsWorker> worker_;
};

// Registers every handler (handlers/*.cpp) with the server's dispatcher.
void register_handlers(Server& server);

// Runs a server on two file descriptors until `exit` or the end of input; returns the exit
// code (0 after shutdown + exit, 1 otherwise).
int run_server(int in_fd, int out_fd, ServerOptions options);

// `planlint lsp`: stdin/stdout in binary mode, options from the environment
// (PLANLINT_TODAY).
int run_stdio();

// PLANLINT_TODAY and the documentation base, as `planlint lsp` reads them.
ServerOptions default_options();

}  // namespace planlint::lsp
