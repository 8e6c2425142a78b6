// initializationOptions that are the server's own: today, debounceMs, docsBaseUri. A value
// that cannot be used gives a message in the client's language and the option keeps its value.
#include <gtest/gtest.h>

#include "lsp/options.h"

namespace planlint::lsp {
namespace {

using Messages = std::vector<std::string>;

TEST(InitializationOptions, ValidValuesAreUsed) {
  ServerOptions o;
  const json init = json::parse(R"({"today": "2026-09-01", "debounceMs": 20, "docsBaseUri": "https://example.org/planlint", "lang": "en"})");
  EXPECT_EQ(read_initialization_options(init, diag::Lang::da, o), Messages{});
  EXPECT_EQ(o.today, (model::Date{2026, 9, 1}));
  EXPECT_EQ(o.debounce.count(), 20);
  EXPECT_EQ(o.docs_base, "https://example.org/planlint/");
}

TEST(InitializationOptions, DebounceIsClampedAndNullIsNoValue) {
  ServerOptions o;
  EXPECT_EQ(read_initialization_options(json::parse(R"({"debounceMs": 99999})"), diag::Lang::da, o), Messages{});
  EXPECT_EQ(o.debounce.count(), 10000);
  EXPECT_EQ(read_initialization_options(json::parse(R"({"debounceMs": -5, "today": null, "docsBaseUri": null})"), diag::Lang::da, o),
            Messages{});
  EXPECT_EQ(o.debounce.count(), 0);
  EXPECT_FALSE(o.today.has_value());
  EXPECT_EQ(read_initialization_options(json::parse("[1, 2]"), diag::Lang::da, o), Messages{});
}

TEST(InitializationOptions, InvalidValuesKeepTheOptionAndSayWhatIsExpected) {
  ServerOptions o;
  o.today = model::Date{2026, 8, 10};
  const json init = json::parse(R"({"today": "1-9-2026", "debounceMs": "hurtigt", "docsBaseUri": 5})");
  EXPECT_EQ(read_initialization_options(init, diag::Lang::da, o),
            (Messages{"initializationOptions.today skal være en dato som ÅÅÅÅ-MM-DD, ikke »1-9-2026«; systemets dato bruges.",
                      "initializationOptions.debounceMs skal være et helt antal millisekunder, ikke »hurtigt«.",
                      "initializationOptions.docsBaseUri skal være en URI i anførselstegn, ikke »number«."}));
  EXPECT_EQ(o.today, (model::Date{2026, 8, 10}));
  EXPECT_EQ(o.debounce.count(), 50);
  EXPECT_EQ(o.docs_base, "");
  // A date of another type is named by its type; a float is not a whole number.
  EXPECT_EQ(read_initialization_options(json::parse(R"({"today": 20260901, "debounceMs": 2.5})"), diag::Lang::en, o),
            (Messages{"initializationOptions.today must be a date as YYYY-MM-DD, not »number«; the system's date is used.",
                      "initializationOptions.debounceMs must be a whole number of milliseconds, not »number«."}));
}

TEST(InitializationOptions, EnglishMessages) {
  ServerOptions o;
  EXPECT_EQ(read_initialization_options(json::parse(R"({"today": "2026-02-30", "docsBaseUri": false})"), diag::Lang::en, o),
            (Messages{"initializationOptions.today must be a date as YYYY-MM-DD, not »2026-02-30«; the system's date is used.",
                      "initializationOptions.docsBaseUri must be a quoted URI, not »boolean«."}));
}

}  // namespace
}  // namespace planlint::lsp
