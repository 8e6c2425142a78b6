#pragma once

// JSON-RPC 2.0 dispatch: method name -> typed handler, and the LSP life cycle around it.
//
//   before `initialize`   requests get -32002 ServerNotInitialized, notifications are dropped
//   after `shutdown`      requests get -32600 InvalidRequest, notifications are dropped
//   `exit`                ends the loop: exit code 0 after `shutdown`, 1 without it
//   malformed messages    -32700 ParseError / -32600 InvalidRequest with id null
//   params                absent or null: an empty object; anything but an object or an
//                         array in a request: -32602 InvalidParams
//   unknown methods       -32601 MethodNotFound for requests (also `$/...` requests);
//                         unknown notifications are ignored
//   a handler's failure   LspError -> its code; a JSON type error -> -32602 InvalidParams;
//                         anything else -> -32603 InternalError. Never a crash.
//   `$/cancelRequest`     marks an id (from any thread); a request still waiting in the
//                         queue is then answered -32800 RequestCancelled
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>

#include "lsp/protocol.h"

namespace planlint::lsp {

class Dispatcher {
 public:
  using Send = std::function<void(const json&)>;
  using RawRequest = std::function<json(const json& params)>;
  using RawNotification = std::function<void(const json& params)>;
  using Response = std::function<void(const json& message)>;

  explicit Dispatcher(Send send);

  // A request whose params are read into P with from_json (errors become InvalidParams).
  template <class P>
  void on_request(const std::string& method, std::function<json(const P&)> handler) {
    requests_[method] = [handler = std::move(handler)](const json& params) {
      P typed{};
      from_json(params, typed);
      return handler(typed);
    };
  }
  void on_raw_request(const std::string& method, RawRequest handler) { requests_[method] = std::move(handler); }
  template <class P>
  void on_notification(const std::string& method, std::function<void(const P&)> handler) {
    notifications_[method] = [handler = std::move(handler)](const json& params) {
      P typed{};
      from_json(params, typed);
      handler(typed);
    };
  }
  void on_raw_notification(const std::string& method, RawNotification handler) { notifications_[method] = std::move(handler); }
  // Responses to the server's own requests (workspace/diagnostic/refresh, ...).
  void on_response(Response handler) { response_ = std::move(handler); }

  // Handles one parsed message.
  void dispatch(const json& message);
  // A body that is not JSON, or a framing problem the transport reported (-32700, id null).
  void parse_error(const std::string& what);
  void invalid_message(const std::string& what);

  // Called by the reading thread for every message as it arrives (before dispatch): notes
  // pending requests and applies `$/cancelRequest` to those still pending. Thread-safe.
  void received(const json& message);

  [[nodiscard]] bool initialized() const { return state_ != State::uninitialized; }
  [[nodiscard]] bool shut_down() const { return state_ == State::shut_down; }
  [[nodiscard]] bool exited() const { return exited_; }
  [[nodiscard]] int exit_code() const { return state_ == State::shut_down ? 0 : 1; }

 private:
  enum class State { uninitialized, running, shut_down };

  void request(const json& id, const std::string& method, const json& params);
  void answer(const json& id, const std::string& method, const json& params);
  void notification(const std::string& method, const json& params);
  void reply_error(const json& id, int code, const std::string& message);
  bool take_cancelled(const json& id);
  void cancel(const json& id);

  Send send_;
  std::map<std::string, RawRequest> requests_;
  std::map<std::string, RawNotification> notifications_;
  Response response_;
  State state_ = State::uninitialized;
  bool exited_ = false;
  std::mutex cancel_mutex_;
  std::set<std::string> pending_;
  std::set<std::string> cancelled_;
};

}  // namespace planlint::lsp
