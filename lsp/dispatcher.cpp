#include "lsp/dispatcher.h"

#include <iostream>
#include <new>

namespace planlint::lsp {

namespace {

bool valid_id(const json& id) { return id.is_number_integer() || id.is_string(); }

std::string id_key(const json& id) { return dump(id); }

void log(const std::string& line) { std::cerr << "planlint lsp: " << line << '\n'; }

}  // namespace

Dispatcher::Dispatcher(Send send) : send_(std::move(send)) {}

void Dispatcher::reply_error(const json& id, int code, const std::string& message) {
  send_(json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Dispatcher::parse_error(const std::string& what) { reply_error(nullptr, error_code::parse_error, what); }

void Dispatcher::invalid_message(const std::string& what) { reply_error(nullptr, error_code::invalid_request, "Ugyldig besked: " + what); }

void Dispatcher::received(const json& message) {
  if (!message.is_object()) return;
  const auto method = message.find("method");
  if (method == message.end() || !method->is_string()) return;
  if (const auto id = message.find("id"); id != message.end()) {
    if (valid_id(*id)) {
      std::lock_guard lock(cancel_mutex_);
      pending_.insert(id_key(*id));
    }
    return;
  }
  if (method->get<std::string>() == "$/cancelRequest") {
    if (const auto params = message.find("params"); params != message.end() && params->is_object()) {
      if (const auto id = params->find("id"); id != params->end()) cancel(*id);
    }
  }
}

void Dispatcher::cancel(const json& id) {
  if (!valid_id(id)) return;
  std::lock_guard lock(cancel_mutex_);
  const std::string key = id_key(id);
  if (pending_.count(key) != 0) cancelled_.insert(key);
}

bool Dispatcher::take_cancelled(const json& id) {
  std::lock_guard lock(cancel_mutex_);
  const std::string key = id_key(id);
  pending_.erase(key);
  return cancelled_.erase(key) > 0;
}

void Dispatcher::dispatch(const json& message) {
  if (!message.is_object()) {
    invalid_message(message.is_array() ? "JSON-RPC-batches bruges ikke i LSP; send én besked ad gangen" : "en besked skal være et JSON-objekt");
    return;
  }
  const auto method_it = message.find("method");
  const auto id_it = message.find("id");
  const auto version_it = message.find("jsonrpc");
  const bool version_ok = version_it != message.end() && version_it->is_string() && version_it->get<std::string>() == "2.0";

  if (method_it == message.end()) {
    // A response to one of the server's own requests.
    if (id_it != message.end() && (message.contains("result") || message.contains("error"))) {
      if (response_) response_(message);
      return;
    }
    reply_error(id_it != message.end() && valid_id(*id_it) ? *id_it : json(nullptr), error_code::invalid_request,
                "Ugyldig besked: den har hverken »method« eller et svar (»result«/»error«).");
    return;
  }
  if (!method_it->is_string()) {
    reply_error(id_it != message.end() && valid_id(*id_it) ? *id_it : json(nullptr), error_code::invalid_request, "»method« skal være en tekst");
    return;
  }
  const std::string method = method_it->get<std::string>();
  // Never copied: a copy of deeply nested JSON recurses (the parser and destructor do not).
  static const json no_params = json::object();
  const auto params_it = message.find("params");
  // `"params": null` is sent by some clients for methods without parameters (`shutdown`,
  // `exit`); it means the same as no params at all.
  const json& params = params_it != message.end() && !params_it->is_null() ? *params_it : no_params;

  if (id_it == message.end()) {
    if (!version_ok) {
      log("notifikation uden »jsonrpc«: »2.0« ignoreret: " + method);
      return;
    }
    notification(method, params);
    return;
  }
  if (!valid_id(*id_it)) {
    reply_error(nullptr, error_code::invalid_request, "»id« skal være et heltal eller en tekst");
    return;
  }
  if (!version_ok) {
    reply_error(*id_it, error_code::invalid_request, "»jsonrpc« skal være »2.0«");
    return;
  }
  if (!params.is_object() && !params.is_array()) {
    reply_error(*id_it, error_code::invalid_params, "»params« skal være et objekt eller en liste");
    return;
  }
  request(*id_it, method, params);
}

void Dispatcher::request(const json& id, const std::string& method, const json& params) {
  {
    std::lock_guard lock(cancel_mutex_);
    const std::string key = id_key(id);
    if (cancelled_.erase(key) > 0) {
      pending_.erase(key);
      reply_error(id, error_code::request_cancelled, "Forespørgslen blev annulleret.");
      return;
    }
  }
  answer(id, method, params);
  take_cancelled(id);  // forgets the id, and a cancel that came too late
}

void Dispatcher::answer(const json& id, const std::string& method, const json& params) {
  if (state_ == State::shut_down) {
    reply_error(id, error_code::invalid_request, "Serveren er lukket ned (efter »shutdown«); kun »exit« accepteres.");
    return;
  }
  if (state_ == State::uninitialized && method != "initialize") {
    reply_error(id, error_code::server_not_initialized, "Serveren er ikke initialiseret: send »initialize« først.");
    return;
  }
  if (state_ != State::uninitialized && method == "initialize") {
    reply_error(id, error_code::invalid_request, "Serveren er allerede initialiseret.");
    return;
  }
  const auto it = requests_.find(method);
  if (it == requests_.end()) {
    reply_error(id, error_code::method_not_found, "Ukendt metode: " + method);
    return;
  }
  try {
    json result = it->second(params);
    if (method == "initialize") state_ = State::running;
    if (method == "shutdown") state_ = State::shut_down;
    send_(json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
  } catch (const LspError& e) {
    reply_error(id, e.code(), e.what());
  } catch (const json::exception& e) {
    reply_error(id, error_code::invalid_params, std::string("Ugyldige parametre: ") + e.what());
  } catch (const std::bad_alloc&) {
    reply_error(id, error_code::internal_error, "Intern fejl: ikke nok hukommelse.");
  } catch (const std::exception& e) {
    reply_error(id, error_code::internal_error, std::string("Intern fejl: ") + e.what());
  } catch (...) {
    reply_error(id, error_code::internal_error, "Intern fejl.");
  }
}

void Dispatcher::notification(const std::string& method, const json& params) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (method == "$/cancelRequest") {
    if (params.is_object()) {
      if (const auto id = params.find("id"); id != params.end()) cancel(*id);
    }
    return;
  }
  if (state_ != State::running) return;
  const auto it = notifications_.find(method);
  if (it == notifications_.end()) return;  // "$/..." and anything else unknown: ignored, as the spec asks
  try {
    it->second(params);
  } catch (const std::exception& e) {
    log(method + ": " + e.what());
  } catch (...) {
    log(method + ": ukendt fejl");
  }
}

}  // namespace planlint::lsp
