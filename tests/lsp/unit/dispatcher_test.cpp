// The JSON-RPC life cycle and error codes of the dispatcher, without a transport.
#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

#include "lsp/dispatcher.h"

namespace planlint::lsp {
namespace {

struct Fixture {
  std::vector<json> sent;
  Dispatcher d{[this](const json& m) { sent.push_back(m); }};
  int notified = 0;

  Fixture() {
    d.on_raw_request("initialize", [](const json&) { return json{{"capabilities", json::object()}}; });
    d.on_raw_request("shutdown", [](const json&) { return json(nullptr); });
    d.on_raw_request("boom/lsp", [](const json&) -> json { throw LspError(error_code::request_failed, "nej"); });
    d.on_raw_request("boom/json", [](const json& p) -> json { return p.at("missing"); });
    d.on_raw_request("boom/std", [](const json&) -> json { throw std::runtime_error("øv"); });
    d.on_request<Position>("typed", [](const Position& p) { return json(p.line + p.character); });
    d.on_raw_notification("note", [this](const json&) { ++notified; });
    d.on_raw_notification("note/throws", [](const json&) { throw std::runtime_error("ignored"); });
  }
  json request(const json& id, const std::string& method, json params = json::object()) {
    d.dispatch({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
    return sent.back();
  }
  int code(const json& id, const std::string& method, json params = json::object()) {
    const json r = request(id, method, std::move(params));
    return r.contains("error") ? r["error"]["code"].get<int>() : 0;
  }
  void notify(const std::string& method) { d.dispatch({{"jsonrpc", "2.0"}, {"method", method}, {"params", json::object()}}); }
};

TEST(Dispatcher, RequestsBeforeInitializeAreRefused) {
  Fixture f;
  EXPECT_EQ(f.code(1, "typed"), error_code::server_not_initialized);
  f.notify("note");
  EXPECT_EQ(f.notified, 0);
  EXPECT_EQ(f.code(2, "initialize"), 0);
  EXPECT_EQ(f.code(3, "initialize"), error_code::invalid_request);
  f.notify("note");
  EXPECT_EQ(f.notified, 1);
}

TEST(Dispatcher, ErrorsOfHandlersBecomeErrorResponses) {
  Fixture f;
  f.request(1, "initialize");
  EXPECT_EQ(f.code(2, "nothing/here"), error_code::method_not_found);
  EXPECT_EQ(f.code(3, "$/nothing"), error_code::method_not_found);
  EXPECT_EQ(f.code(4, "boom/lsp"), error_code::request_failed);
  EXPECT_EQ(f.code(5, "boom/json"), error_code::invalid_params);
  EXPECT_EQ(f.code(6, "boom/std"), error_code::internal_error);
  EXPECT_EQ(f.code(7, "typed", {{"line", "x"}, {"character", 1}}), error_code::invalid_params);
  EXPECT_EQ(f.request(8, "typed", {{"line", 2}, {"character", 3}})["result"], 5);
  EXPECT_EQ(f.request("text-id", "typed", {{"line", 0}, {"character", 0}})["id"], "text-id");
  const std::size_t before = f.sent.size();
  f.notify("note/throws");
  f.notify("unknown/notification");
  EXPECT_EQ(f.sent.size(), before);
}

TEST(Dispatcher, MalformedMessages) {
  Fixture f;
  f.d.dispatch(json::array({1, 2}));
  EXPECT_EQ(f.sent.back()["error"]["code"], error_code::invalid_request);
  EXPECT_TRUE(f.sent.back()["id"].is_null());
  f.d.dispatch({{"jsonrpc", "2.0"}, {"id", 1.5}, {"method", "initialize"}});
  EXPECT_EQ(f.sent.back()["error"]["code"], error_code::invalid_request);
  f.d.dispatch({{"jsonrpc", "1.0"}, {"id", 9}, {"method", "initialize"}});
  EXPECT_EQ(f.sent.back()["error"]["code"], error_code::invalid_request);
  EXPECT_EQ(f.sent.back()["id"], 9);
  f.d.dispatch({{"jsonrpc", "2.0"}, {"id", 10}});
  EXPECT_EQ(f.sent.back()["id"], 10);
  f.d.parse_error("x");
  EXPECT_EQ(f.sent.back()["error"]["code"], error_code::parse_error);
}

TEST(Dispatcher, ShutdownAndExitCodes) {
  Fixture f;
  EXPECT_EQ(f.d.exit_code(), 1);
  f.request(1, "initialize");
  EXPECT_EQ(f.code(2, "shutdown"), 0);
  EXPECT_EQ(f.code(3, "typed", {{"line", 0}, {"character", 0}}), error_code::invalid_request);
  f.notify("note");
  EXPECT_EQ(f.notified, 0);
  EXPECT_FALSE(f.d.exited());
  f.notify("exit");
  EXPECT_TRUE(f.d.exited());
  EXPECT_EQ(f.d.exit_code(), 0);
}

// LSP: `params?: array | object`; clients send `"params": null` for `shutdown`, which takes
// none. Null means the same as no params; other scalars are still InvalidParams.
TEST(Dispatcher, NullParamsAreNoParams) {
  Fixture f;
  f.d.dispatch({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", nullptr}});
  EXPECT_FALSE(f.sent.back().contains("error")) << f.sent.back().dump();
  f.d.dispatch({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "typed"}, {"params", nullptr}});
  EXPECT_EQ(f.sent.back()["error"]["code"], error_code::invalid_params);
  f.d.dispatch({{"jsonrpc", "2.0"}, {"id", 3}, {"method", "shutdown"}, {"params", 5}});
  EXPECT_EQ(f.sent.back()["error"]["code"], error_code::invalid_params);
  EXPECT_FALSE(f.d.shut_down());
  f.d.dispatch({{"jsonrpc", "2.0"}, {"id", 4}, {"method", "shutdown"}, {"params", nullptr}});
  EXPECT_EQ(f.sent.back()["id"], 4);
  EXPECT_FALSE(f.sent.back().contains("error")) << f.sent.back().dump();
  EXPECT_TRUE(f.d.shut_down());
  f.d.dispatch({{"jsonrpc", "2.0"}, {"method", "exit"}, {"params", nullptr}});
  EXPECT_TRUE(f.d.exited());
  EXPECT_EQ(f.d.exit_code(), 0);
}

TEST(Dispatcher, CancelledRequestsStillQueuedAreAnsweredCancelled) {
  Fixture f;
  f.request(1, "initialize");
  const json queued = {{"jsonrpc", "2.0"}, {"id", 2}, {"method", "typed"}, {"params", {{"line", 1}, {"character", 1}}}};
  const json cancel = {{"jsonrpc", "2.0"}, {"method", "$/cancelRequest"}, {"params", {{"id", 2}}}};
  f.d.received(queued);  // what the reading thread does as messages arrive
  f.d.received(cancel);
  f.d.dispatch(queued);
  EXPECT_EQ(f.sent.back()["error"]["code"], error_code::request_cancelled);
  // A cancel for a request already answered changes nothing later.
  f.d.received(cancel);
  f.d.dispatch(queued);
  EXPECT_EQ(f.sent.back()["result"], 2);
}

}  // namespace
}  // namespace planlint::lsp
