// file: URIs, and dates as hovers and code lenses say them.
#include <gtest/gtest.h>

#include "lsp/dates.h"
#include "lsp/uri.h"

namespace planlint::lsp {
namespace {

TEST(Uri, FileUrisToPathsAndBack) {
  EXPECT_EQ(uri_to_path("file:///home/asta/planer/asta.plan")->string(), "/home/asta/planer/asta.plan");
  EXPECT_EQ(uri_to_path("file:///home/a%20b/%C3%A6%C3%B8%C3%A5.plan")->string(), "/home/a b/æøå.plan");
  EXPECT_EQ(uri_to_path("file://localhost/x.plan")->string(), "/x.plan");
  EXPECT_EQ(uri_to_path("FILE:///x.plan")->string(), "/x.plan");
  EXPECT_FALSE(uri_to_path("untitled:Untitled-1"));
  EXPECT_FALSE(uri_to_path("file://server/share/x.plan"));
  EXPECT_FALSE(uri_to_path("file:relative"));
  EXPECT_FALSE(uri_to_path("file:///a%00b"));
  EXPECT_EQ(path_to_uri("/home/a b/æ.plan"), "file:///home/a%20b/%C3%A6.plan");
  EXPECT_EQ(uri_to_path(path_to_uri("/tmp/Ærø #1.plan"))->string(), "/tmp/Ærø #1.plan");
}

TEST(Dates, WeekdayAndDistanceInDanishAndEnglish) {
  const model::Date today{2026, 8, 10};  // a Monday
  EXPECT_EQ(describe_date({2026, 8, 18}, today, diag::Lang::da), "tirsdag, om 8 dage");
  EXPECT_EQ(describe_date({2026, 8, 7}, today, diag::Lang::da), "fredag, for 3 dage siden");
  EXPECT_EQ(describe_date(today, today, diag::Lang::da), "mandag, i dag");
  EXPECT_EQ(relative_day({2026, 8, 11}, today, diag::Lang::da), "om 1 dag");
  EXPECT_EQ(relative_day({2026, 8, 9}, today, diag::Lang::da), "for 1 dag siden");
  EXPECT_EQ(describe_date({2026, 8, 22}, today, diag::Lang::en), "Saturday, in 12 days");
  EXPECT_EQ(relative_day({2026, 8, 9}, today, diag::Lang::en), "1 day ago");
  EXPECT_EQ(long_date({2026, 12, 31}, diag::Lang::da), "31. december 2026");
  EXPECT_EQ(weekday_name({2026, 8, 16}, diag::Lang::da), "søndag");
}

TEST(Dates, FindsTheDateUnderTheCursor) {
  const std::string line = "Start: 01-02-2026, møde 2026-03-04 og 5. maj 2026.";
  const auto a = date_at(line, 9);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->date, (model::Date{2026, 2, 1}));
  EXPECT_EQ(line.substr(a->range.begin, a->range.end - a->range.begin), "01-02-2026");
  const auto b = date_at(line, static_cast<std::uint32_t>(line.find("2026-03-04") + 10));  // just after it
  ASSERT_TRUE(b);
  EXPECT_EQ(b->date, (model::Date{2026, 3, 4}));
  const auto c = date_at(line, static_cast<std::uint32_t>(line.find("maj")));
  ASSERT_TRUE(c);
  EXPECT_EQ(c->date, (model::Date{2026, 5, 5}));
  EXPECT_EQ(line.substr(c->range.begin, c->range.end - c->range.begin), "5. maj 2026");
  EXPECT_FALSE(date_at(line, 2));
  EXPECT_FALSE(date_at("31-02-2026", 3));  // no such day
  EXPECT_FALSE(date_at("", 0));
  EXPECT_FALSE(date_at("x", 5));
}

}  // namespace
}  // namespace planlint::lsp
