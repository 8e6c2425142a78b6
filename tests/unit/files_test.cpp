// platform/files.h: atomic writes through symbolic links to the file they lead to, keeping
// the links, the mode and the owner; dangling links and loops are errors that create nothing.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "platform/files.h"
#include "test_support.h"

namespace planlint {
namespace {

namespace fs = std::filesystem;
using platform::FileError;

class Files : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "planlint_files_XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    root_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  fs::path make(const std::string& relative, const std::string& text, fs::perms mode = fs::perms(0640)) {
    const fs::path p = root_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    fs::permissions(p, mode);
    return p;
  }
  fs::path link(const std::string& relative, const fs::path& to) {
    const fs::path p = root_ / relative;
    fs::create_directories(p.parent_path());
    fs::create_symlink(to, p);
    return p;
  }
  // Every entry below the root, links as "name -> text": what a failed write must not change.
  std::set<std::string> listing() const {
    std::set<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(root_)) {
      std::string name = e.path().lexically_relative(root_).generic_string();  // not fs::relative: it follows links
      if (e.is_symlink()) name += " -> " + fs::read_symlink(e.path()).string();
      out.insert(name);
    }
    return out;
  }
  static unsigned mode_of(const fs::path& p) {
    struct stat st {};
    EXPECT_EQ(::stat(p.c_str(), &st), 0);
    return st.st_mode & 07777;
  }
  fs::path root_;
};

TEST_F(Files, PlainFileIsReplacedWithItsModeKept) {
  const fs::path plan = make("a.plan", "old\n");
  const auto w = platform::write_atomically(plan, "new\n");
  ASSERT_FALSE(w.error) << w.error.code.message();
  EXPECT_EQ(w.target, plan);
  EXPECT_EQ(testing::read_file(plan), "new\n");
  EXPECT_EQ(mode_of(plan), 0640u);
  EXPECT_EQ(listing(), (std::set<std::string>{"a.plan"}));  // no temporary file left
}

TEST_F(Files, WritesThroughALinkAndKeepsIt) {
  const fs::path real = make("data/a.plan", "old\n");
  const fs::path l = link("a.plan", real);  // absolute target
  const auto w = platform::write_atomically(l, "new\n");
  ASSERT_FALSE(w.error) << w.error.code.message();
  EXPECT_EQ(w.target, real);
  EXPECT_EQ(testing::read_file(real), "new\n");
  ASSERT_TRUE(fs::is_symlink(fs::symlink_status(l)));
  EXPECT_EQ(fs::read_symlink(l), real);
  EXPECT_EQ(mode_of(real), 0640u);
  EXPECT_EQ(listing(), (std::set<std::string>{"a.plan -> " + real.string(), "data", "data/a.plan"}));
}

TEST_F(Files, FollowsAChainOfLinks) {
  const fs::path real = make("a.plan", "old\n", fs::perms(0600));
  link("first.plan", "a.plan");
  const fs::path second = link("second.plan", "first.plan");
  const auto resolved = platform::resolve_links(second);
  EXPECT_EQ(resolved.links, 2u);
  const auto w = platform::write_atomically(second, "new\n");
  ASSERT_FALSE(w.error) << w.error.code.message();
  EXPECT_EQ(testing::read_file(real), "new\n");
  EXPECT_EQ(mode_of(real), 0600u);
  EXPECT_EQ(listing(), (std::set<std::string>{"a.plan", "first.plan -> a.plan", "second.plan -> first.plan"}));
}

TEST_F(Files, RelativeLinkIntoAnotherFolderIsTakenFromTheLinksFolder) {
  const fs::path real = make("b/plan.plan", "old\n");
  const fs::path l = link("a/link.plan", "../b/plan.plan");
  make("a/b/plan.plan", "decoy\n");  // what a relative target would hit if taken from the wrong folder
  const auto w = platform::write_atomically(l, "new\n");
  ASSERT_FALSE(w.error) << w.error.code.message();
  EXPECT_EQ(testing::read_file(real), "new\n");
  EXPECT_EQ(testing::read_file(root_ / "a/b/plan.plan"), "decoy\n");
  EXPECT_EQ(fs::read_symlink(l), "../b/plan.plan");
}

TEST_F(Files, ALinkThroughALinkedFolderResolvesDotDotPhysically) {
  // a/dir -> ../x/y; a/dir/p.plan -> ../q.plan, which means x/q.plan (the kernel's reading),
  // not a/q.plan (a lexical one).
  const fs::path real = make("x/q.plan", "old\n");
  make("x/y/keep", "");
  link("a/dir", "../x/y");
  link("x/y/p.plan", "../q.plan");
  make("a/q.plan", "decoy\n");
  const auto w = platform::write_atomically(root_ / "a/dir/p.plan", "new\n");
  ASSERT_FALSE(w.error) << w.error.code.message();
  EXPECT_EQ(testing::read_file(real), "new\n");
  EXPECT_EQ(testing::read_file(root_ / "a/q.plan"), "decoy\n");
}

TEST_F(Files, ADanglingLinkIsAnErrorAndCreatesNothing) {
  const fs::path l = link("a.plan", "gone/missing.plan");
  const auto before = listing();
  const auto w = platform::write_atomically(l, "new\n");
  EXPECT_EQ(w.error.kind, FileError::Kind::dangling_link);
  EXPECT_EQ(w.error.points_to, "gone/missing.plan");
  EXPECT_EQ(listing(), before);
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(l)));
}

TEST_F(Files, TheLastLinkOfAChainIsTheOneNamedWhenItDangles) {
  link("b.plan", "missing.plan");
  const auto w = platform::write_atomically(link("a.plan", "b.plan"), "new\n");
  EXPECT_EQ(w.error.kind, FileError::Kind::dangling_link);
  EXPECT_EQ(w.error.points_to, "missing.plan");
  EXPECT_FALSE(fs::exists(fs::symlink_status(root_ / "missing.plan")));
}

TEST_F(Files, LinkLoopsAreErrors) {
  link("a.plan", "b.plan");
  link("b.plan", "a.plan");
  link("self.plan", "self.plan");
  const auto before = listing();
  EXPECT_EQ(platform::write_atomically(root_ / "a.plan", "x").error.kind, FileError::Kind::link_loop);
  EXPECT_EQ(platform::write_atomically(root_ / "self.plan", "x").error.kind, FileError::Kind::link_loop);
  EXPECT_EQ(listing(), before);
}

TEST_F(Files, AChainAtTheLimitIsFollowedAndOneLongerIsALoop) {
  make("p0", "old\n");
  for (std::size_t i = 1; i <= platform::kMaxLinks + 1; ++i) link("p" + std::to_string(i), "p" + std::to_string(i - 1));
  const auto at_limit = platform::resolve_links(root_ / ("p" + std::to_string(platform::kMaxLinks)));
  EXPECT_FALSE(at_limit.error);
  EXPECT_EQ(at_limit.links, platform::kMaxLinks);
  const auto over = platform::resolve_links(root_ / ("p" + std::to_string(platform::kMaxLinks + 1)));
  EXPECT_EQ(over.error.kind, FileError::Kind::link_loop);
}

TEST_F(Files, AMissingFileIsNotCreated) {
  const auto w = platform::write_atomically(root_ / "missing.plan", "x");
  EXPECT_EQ(w.error.kind, FileError::Kind::system);
  EXPECT_EQ(w.error.code, std::errc::no_such_file_or_directory);
  EXPECT_TRUE(listing().empty());
}

TEST_F(Files, AFolderIsNotReplaced) {
  fs::create_directories(root_ / "d.plan");
  link("l.plan", "d.plan");
  EXPECT_EQ(platform::write_atomically(root_ / "d.plan", "x").error.kind, FileError::Kind::not_a_file);
  EXPECT_EQ(platform::write_atomically(root_ / "l.plan", "x").error.kind, FileError::Kind::not_a_file);
  EXPECT_TRUE(fs::is_directory(root_ / "d.plan"));
}

TEST_F(Files, AHardLinkIsBrokenAndReported) {
  const fs::path plan = make("a.plan", "old\n");
  fs::create_hard_link(plan, root_ / "b.plan");
  const auto w = platform::write_atomically(plan, "new\n");
  ASSERT_FALSE(w.error) << w.error.code.message();
  EXPECT_EQ(w.names, 2u);
  EXPECT_EQ(testing::read_file(plan), "new\n");
  EXPECT_EQ(testing::read_file(root_ / "b.plan"), "old\n");  // the other name keeps the old text
}

TEST_F(Files, OwnerAndGroupAreKeptWhenRunningAsRoot) {
  if (::geteuid() != 0) GTEST_SKIP() << "only root can give a file to another owner";
  const fs::path real = make("data/a.plan", "old\n");
  ASSERT_EQ(::chown(real.c_str(), 4242, 4343), 0);
  ASSERT_EQ(::chmod(real.c_str(), 0640), 0);
  const auto w = platform::write_atomically(link("a.plan", "data/a.plan"), "new\n");
  ASSERT_FALSE(w.error) << w.error.code.message();
  struct stat st {};
  ASSERT_EQ(::stat(real.c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, 4242u);
  EXPECT_EQ(st.st_gid, 4343u);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
}

// A write that fails halfway (here at a file size limit) through a link leaves the target as
// it was and no temporary file in either folder.
TEST_F(Files, AFailedWriteThroughALinkChangesNothing) {
  const fs::path real = make("data/a.plan", "old\n");
  const fs::path l = link("plans/a.plan", "../data/a.plan");
  const auto before = listing();
  rlimit old_limit {};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old_limit), 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = old_limit;
  small.rlim_cur = 64;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  const auto w = platform::write_atomically(l, std::string(4096, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_EQ(w.error.kind, FileError::Kind::system);
  EXPECT_EQ(w.error.code, std::errc::file_too_large);
  EXPECT_EQ(testing::read_file(real), "old\n");
  EXPECT_EQ(listing(), before);
}

}  // namespace
}  // namespace planlint
