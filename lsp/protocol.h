#pragma once

// The parts of LSP 3.17 and JSON-RPC 2.0 the server speaks: error codes, the error a handler
// throws, and typed parameters with strict `from_json` (a wrong type is InvalidParams, never a
// crash). Results are built as nlohmann::json by the handlers.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace planlint::lsp {

using json = nlohmann::json;

namespace error_code {
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int request_failed = -32803;
inline constexpr int request_cancelled = -32800;
}  // namespace error_code

// Thrown by a handler to answer a request with a JSON-RPC error.
class LspError : public std::runtime_error {
 public:
  LspError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] int code() const { return code_; }

 private:
  int code_;
};

// A position as the protocol sends it: 0-based line, 0-based character in the negotiated
// position encoding (see position.h).
struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
  Position start;
  Position end;
  friend bool operator==(const Range&, const Range&) = default;
};

struct TextDocumentItem {
  std::string uri;
  std::string language_id;
  std::int64_t version = 0;
  std::string text;
};

struct DidOpenParams {
  TextDocumentItem document;
};

// Params whose only required member is `textDocument.uri` (didClose, didSave,
// documentSymbol, foldingRange, codeLens, formatting).
struct TextDocumentParams {
  std::string uri;
};

struct TextDocumentPositionParams {
  std::string uri;
  Position position;
};

struct ContentChange {
  std::optional<Range> range;  // absent: the whole document
  std::string text;
};

struct DidChangeParams {
  std::string uri;
  std::int64_t version = 0;
  std::vector<ContentChange> changes;
};

struct CodeActionParams {
  std::string uri;
  Range range;
  const json* diagnostics = nullptr;  // the client's diagnostics at the range (an array), in the request
  std::optional<std::vector<std::string>> only;
};

struct ReferenceParams {
  std::string uri;
  Position position;
  bool include_declaration = true;
};

struct RenameParams {
  std::string uri;
  Position position;
  std::string new_name;
};

struct DocumentDiagnosticParams {
  std::string uri;
  std::optional<std::string> previous_result_id;
};

// Typed readers: each throws LspError(invalid_params) with a message naming the field.
void from_json(const json& j, Position& p);
void from_json(const json& j, Range& r);
void from_json(const json& j, TextDocumentItem& t);
void from_json(const json& j, DidOpenParams& p);
void from_json(const json& j, TextDocumentParams& p);
void from_json(const json& j, TextDocumentPositionParams& p);
void from_json(const json& j, DidChangeParams& p);
void from_json(const json& j, CodeActionParams& p);
void from_json(const json& j, ReferenceParams& p);
void from_json(const json& j, RenameParams& p);
void from_json(const json& j, DocumentDiagnosticParams& p);

void to_json(json& j, const Position& p);
void to_json(json& j, const Range& r);

// The `textDocument.uri` of params (InvalidParams when missing).
std::string document_uri(const json& params);

// Reads a member, or throws InvalidParams naming it.
const json& member(const json& object, const char* name);
std::string string_member(const json& object, const char* name);

// The JSON text of a message: one line, invalid UTF-8 replaced (never throws).
std::string dump(const json& message);

}  // namespace planlint::lsp
