#include "lsp/protocol.h"

#include <limits>

namespace planlint::lsp {

namespace {

[[noreturn]] void invalid(const std::string& what) { throw LspError(error_code::invalid_params, what); }

std::uint32_t uinteger(const json& j, const char* name) {
  if (j.is_number_unsigned()) {
    const auto v = j.get<std::uint64_t>();
    return v > std::numeric_limits<std::uint32_t>::max() ? std::numeric_limits<std::uint32_t>::max() : static_cast<std::uint32_t>(v);
  }
  if (j.is_number_integer() && j.get<std::int64_t>() >= 0) return static_cast<std::uint32_t>(std::min<std::int64_t>(j.get<std::int64_t>(), std::numeric_limits<std::uint32_t>::max()));
  invalid(std::string("»") + name + "« skal være et ikke-negativt heltal");
}

const json& text_document(const json& params) {
  const json& td = member(params, "textDocument");
  if (!td.is_object()) invalid("»textDocument« skal være et objekt");
  return td;
}

}  // namespace

const json& member(const json& object, const char* name) {
  if (!object.is_object()) invalid(std::string("parametrene skal være et objekt med »") + name + "«");
  const auto it = object.find(name);
  if (it == object.end()) invalid(std::string("»") + name + "« mangler");
  return *it;
}

std::string string_member(const json& object, const char* name) {
  const json& v = member(object, name);
  if (!v.is_string()) invalid(std::string("»") + name + "« skal være en tekst");
  return v.get<std::string>();
}

std::string document_uri(const json& params) { return string_member(text_document(params), "uri"); }

void from_json(const json& j, Position& p) {
  if (!j.is_object()) invalid("en position skal være et objekt");
  p.line = uinteger(member(j, "line"), "line");
  p.character = uinteger(member(j, "character"), "character");
}

void from_json(const json& j, Range& r) {
  if (!j.is_object()) invalid("et interval (range) skal være et objekt");
  from_json(member(j, "start"), r.start);
  from_json(member(j, "end"), r.end);
}

void from_json(const json& j, TextDocumentItem& t) {
  t.uri = string_member(j, "uri");
  const json& v = member(j, "version");
  if (!v.is_number_integer()) invalid("»version« skal være et heltal");
  t.version = v.get<std::int64_t>();
  t.text = string_member(j, "text");
  if (const auto it = j.find("languageId"); it != j.end() && it->is_string()) t.language_id = it->get<std::string>();
}

void from_json(const json& j, DidOpenParams& p) { from_json(text_document(j), p.document); }

void from_json(const json& j, TextDocumentParams& p) { p.uri = document_uri(j); }

void from_json(const json& j, TextDocumentPositionParams& p) {
  p.uri = document_uri(j);
  from_json(member(j, "position"), p.position);
}

void from_json(const json& j, DidChangeParams& p) {
  const json& td = text_document(j);
  p.uri = string_member(td, "uri");
  if (const auto it = td.find("version"); it != td.end() && it->is_number_integer()) p.version = it->get<std::int64_t>();
  const json& changes = member(j, "contentChanges");
  if (!changes.is_array()) invalid("»contentChanges« skal være en liste");
  p.changes.clear();
  p.changes.reserve(changes.size());
  for (const json& c : changes) {
    ContentChange change;
    change.text = string_member(c, "text");
    if (const auto it = c.find("range"); it != c.end() && !it->is_null()) {
      Range r;
      from_json(*it, r);
      change.range = r;
    }
    p.changes.push_back(std::move(change));
  }
}

void from_json(const json& j, CodeActionParams& p) {
  p.uri = document_uri(j);
  from_json(member(j, "range"), p.range);
  p.diagnostics = nullptr;
  if (const auto ctx = j.find("context"); ctx != j.end() && ctx->is_object()) {
    if (const auto d = ctx->find("diagnostics"); d != ctx->end() && d->is_array()) p.diagnostics = &*d;
    if (const auto o = ctx->find("only"); o != ctx->end() && o->is_array()) {
      std::vector<std::string> only;
      for (const json& k : *o) {
        if (k.is_string()) only.push_back(k.get<std::string>());
      }
      p.only = std::move(only);
    }
  }
}

void from_json(const json& j, ReferenceParams& p) {
  p.uri = document_uri(j);
  from_json(member(j, "position"), p.position);
  if (const auto ctx = j.find("context"); ctx != j.end() && ctx->is_object()) {
    if (const auto d = ctx->find("includeDeclaration"); d != ctx->end() && d->is_boolean()) p.include_declaration = d->get<bool>();
  }
}

void from_json(const json& j, RenameParams& p) {
  p.uri = document_uri(j);
  from_json(member(j, "position"), p.position);
  p.new_name = string_member(j, "newName");
}

void from_json(const json& j, DocumentDiagnosticParams& p) {
  p.uri = document_uri(j);
  if (const auto it = j.find("previousResultId"); it != j.end() && it->is_string()) p.previous_result_id = it->get<std::string>();
}

void to_json(json& j, const Position& p) { j = json{{"line", p.line}, {"character", p.character}}; }

void to_json(json& j, const Range& r) { j = json{{"start", r.start}, {"end", r.end}}; }

std::string dump(const json& message) { return message.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace planlint::lsp
