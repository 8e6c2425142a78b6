// Position encodings and incremental sync: UTF-16 (surrogate pairs), UTF-8, several changes
// in one notification, clamping, a BOM and CRLF line ends.
#include <gtest/gtest.h>

#include "lsp/document_store.h"

namespace planlint::lsp {
namespace {

Range range(std::uint32_t l1, std::uint32_t c1, std::uint32_t l2, std::uint32_t c2) { return {{l1, c1}, {l2, c2}}; }

std::string apply(const std::string& text, std::vector<ContentChange> changes, Encoding e) {
  const Snapshot s("file:///x.plan", 1, text);
  return apply_changes(s, changes, e);
}

TEST(Position, NegotiatesUtf8OnlyWhenOffered) {
  EXPECT_EQ(negotiate_encoding(json::object()), Encoding::utf16);
  EXPECT_EQ(negotiate_encoding({{"general", {{"positionEncodings", {"utf-16"}}}}}), Encoding::utf16);
  EXPECT_EQ(negotiate_encoding({{"general", {{"positionEncodings", {"utf-32", "utf-8"}}}}}), Encoding::utf8);
  EXPECT_EQ(negotiate_encoding({{"general", {{"positionEncodings", "utf-8"}}}}), Encoding::utf16);
}

TEST(Position, Utf16CountsSurrogatePairsAndUtf8CountsBytes) {
  const Snapshot s("u", 1, "Åse 😀 x\nø\n");
  const std::uint32_t x = static_cast<std::uint32_t>(std::string("Åse 😀 ").size());
  EXPECT_EQ(to_position(s, x, Encoding::utf16), (Position{0, 7}));
  EXPECT_EQ(to_position(s, x, Encoding::utf8), (Position{0, x}));
  EXPECT_EQ(to_offset(s, {0, 7}, Encoding::utf16), x);
  EXPECT_EQ(to_offset(s, {0, x}, Encoding::utf8), x);
  // Inside the surrogate pair: the start of the emoji.
  EXPECT_EQ(to_offset(s, {0, 5}, Encoding::utf16), std::string("Åse ").size());
  // Past the end of a line: the end of that line; past the last line: the end of the text.
  EXPECT_EQ(to_offset(s, {1, 99}, Encoding::utf16), s.text.size() - 1);
  EXPECT_EQ(to_offset(s, {99, 0}, Encoding::utf16), s.text.size());
}

TEST(Position, CrLfAndBom) {
  const Snapshot s("u", 1, "\xEF\xBB\xBF" "ab\r\ncd\r\n");
  // The client counts the BOM as a character of line 0.
  EXPECT_EQ(to_position(s, 3, Encoding::utf16), (Position{0, 1}));
  EXPECT_EQ(to_position(s, 0, Encoding::utf16), (Position{0, 0}));
  EXPECT_EQ(to_offset(s, {0, 1}, Encoding::utf16), 3u);
  EXPECT_EQ(to_offset(s, {0, 0}, Encoding::utf16), 0u);
  EXPECT_EQ(to_offset(s, {0, 3}, Encoding::utf8), 3u);
  EXPECT_EQ(to_position(s, 5, Encoding::utf16), (Position{0, 3}));  // before "\r\n"
  EXPECT_EQ(to_offset(s, {0, 50}, Encoding::utf16), 5u);
  EXPECT_EQ(to_position(s, 7, Encoding::utf16), (Position{1, 0}));
}

TEST(Sync, IncrementalEditsInUtf16) {
  EXPECT_EQ(apply("Åse 😀 x\n", {{range(0, 4, 0, 6), "🙂🙂"}}, Encoding::utf16), "Åse 🙂🙂 x\n");
  // A position inside a surrogate pair means the start of that character.
  EXPECT_EQ(apply("Åse 😀 x\n", {{range(0, 5, 0, 6), "!"}}, Encoding::utf16), "Åse ! x\n");
  EXPECT_EQ(apply("Åse 😀 x\n", {{range(0, 8, 0, 8), "y"}}, Encoding::utf16), "Åse 😀 xy\n");
}

TEST(Sync, IncrementalEditsInUtf8) {
  const std::string t = "Åse 😀 x\n";
  const auto at = static_cast<std::uint32_t>(std::string("Åse 😀").size());
  EXPECT_EQ(apply(t, {{range(0, at, 0, at), "!"}}, Encoding::utf8), "Åse 😀! x\n");
}

TEST(Sync, SeveralChangesApplyInOrder) {
  // The second range refers to the text after the first change.
  EXPECT_EQ(apply("abc\ndef\n", {{range(0, 0, 0, 0), "X\n"}, {range(2, 1, 2, 2), "E"}}, Encoding::utf16), "X\nabc\ndEf\n");
  EXPECT_EQ(apply("abc\n", {{std::nullopt, "new\n"}, {range(0, 3, 0, 3), "!"}}, Encoding::utf16), "new!\n");
}

TEST(Sync, OutOfRangeAndReversedRangesAreClamped) {
  EXPECT_EQ(apply("abc\n", {{range(9, 9, 9, 9), "z"}}, Encoding::utf16), "abc\nz");
  EXPECT_EQ(apply("abc\n", {{range(0, 2, 0, 1), "Q"}}, Encoding::utf16), "aQc\n");
  EXPECT_EQ(apply("abc\n", {{range(0, 1, 0, 4000000000u), "Q"}}, Encoding::utf16), "aQ\n");
}

TEST(Store, VersionsSnapshotsAndResults) {
  DocumentStore store;
  store.open("u", 1, "abc\n", nullptr);
  EXPECT_TRUE(store.is_open("u"));
  const SnapshotPtr first = store.snapshot("u");
  DidChangeParams p{"u", 2, {{range(0, 3, 0, 3), "d"}}};
  const SnapshotPtr second = store.change(p, Encoding::utf16);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->text, "abcd\n");
  EXPECT_EQ(second->version, 2);
  EXPECT_EQ(first->text, "abc\n");  // older snapshots stay valid for whoever holds them
  EXPECT_NE(first->serial, second->serial);
  // A lint result for an older snapshot is not stored.
  auto stale = std::make_shared<LintResult>();
  stale->snapshot = first;
  store.store_lint("u", stale);
  EXPECT_FALSE(store.state("u")->lint);
  EXPECT_FALSE(store.change({"other", 1, {}}, Encoding::utf16));
  EXPECT_TRUE(store.close("u"));
  EXPECT_FALSE(store.close("u"));
}

}  // namespace
}  // namespace planlint::lsp
