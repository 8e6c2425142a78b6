// The planlint CLI end to end: the built binary (PLANLINT_BINARY) run in a temporary folder.
// Rules are switched off with --ignore=ALL where a test counts findings, so that only the
// structure diagnostics (which cannot be switched off) are counted.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace planlint::testing {
namespace {

namespace fs = std::filesystem;

using CliRun = BinaryRun;

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

#define EXPECT_CONTAINS(haystack, needle) EXPECT_TRUE(contains((haystack), (needle))) << "»" << (haystack) << "« lacks »" << (needle) << "«"

const std::string kErrorPlan = std::string(kHeader) + "## Mål 1: Asta tager trøjen på\nStart: 31-02-2026\n";

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "planlint_cli_XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    root_ = tmpl;
    fs::create_directories(root_ / "work");
    fs::create_directories(root_ / "io");
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }

  void write(const std::string& relative, const std::string& content) {
    const fs::path p = root_ / "work" / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }

  // Runs `planlint <args>` in the work folder with `env` set (NO_COLOR is unset unless given).
  CliRun run(const std::string& args, const std::string& input = "", const std::string& env = "") {
    return run_planlint((root_ / "work").string(), args, input, "env -u NO_COLOR " + env);
  }

  fs::path root_;
};

// ---- exit codes -------------------------------------------------------------------------------

TEST_F(Cli, ReferencePlanExitsZero) {
  write("asta.plan", reference_plan());
  const CliRun r = run("check --today 2026-08-01 asta.plan");
  EXPECT_EQ(r.exit, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "Ingen fund i 1 fil.\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(Cli, PlanWithAnErrorExitsOne) {
  write("bad.plan", kErrorPlan);
  const CliRun r = run("check --today 2026-08-01 bad.plan --ignore=ALL");
  EXPECT_EQ(r.exit, 1) << r.out << r.err;
  EXPECT_CONTAINS(r.out,
                  "bad.plan:6:8: fejl[PL006]: Ugyldig dato i »Start«: »31-02-2026« (datoen findes ikke i kalenderen).\n"
                  " 6 | Start: 31-02-2026\n"
                  "   |        ^~~~~~~~~~\n"
                  "   = hjælp: Skriv datoen som dd-mm-åååå");
  EXPECT_TRUE(r.out.ends_with("\n1 fejl i 1 fil.\n")) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(Cli, WarningsAndInfosAloneExitZero) {
  write("warn.plan", std::string(kHeader) + "## Mål 1: x\nSlut:\n");
  write("info.plan", std::string(kHeader) + "## Maal 1: x\n");
  const CliRun w = run("check --today 2026-08-01 warn.plan --ignore=ALL");
  EXPECT_EQ(w.exit, 0) << w.out;
  EXPECT_CONTAINS(w.out, "warn.plan:6:1: advarsel[PL016]: Feltet »Slut« er tomt.");
  const CliRun i = run("check --today 2026-08-01 info.plan --ignore=ALL");
  EXPECT_EQ(i.exit, 0) << i.out;
  EXPECT_CONTAINS(i.out, "info.plan:5:4: info[PL020]:");
}

TEST_F(Cli, MissingFileIsAFindingAndTheOtherFilesAreStillReported) {
  write("good.plan", reference_plan());
  write("bad.plan", kErrorPlan);
  const CliRun r = run("check --today 2026-08-01 good.plan nope.plan bad.plan --ignore=ALL");
  EXPECT_EQ(r.exit, 1);
  EXPECT_CONTAINS(r.out, "nope.plan:1:1: fejl[PL024]: Filen kan ikke læses: filen findes ikke.");
  EXPECT_CONTAINS(r.out, "bad.plan:6:8: fejl[PL006]");
  EXPECT_TRUE(r.out.ends_with("2 fejl i 2 filer (3 filer kontrolleret).\n")) << r.out;
  // In file order: good, nope, bad.
  EXPECT_LT(r.out.find("nope.plan"), r.out.find("bad.plan"));
}

TEST_F(Cli, SymlinkLoopAndNonUtf8NamesInAFolderGetAMessageAndTheRunGoesOn) {
  write("dir/good.plan", reference_plan());
  write("dir/bad.plan", kErrorPlan);
  fs::create_symlink("loop.plan", root_ / "work" / "dir" / "loop.plan");
  fs::create_symlink("gone.plan", root_ / "work" / "dir" / "dangling.plan");
  write("dir/\xFFnavn.plan", kErrorPlan);
  write("dir/empty.plan", "");
  const CliRun r = run("check --today 2026-08-01 --ignore=ALL dir");
  EXPECT_EQ(r.exit, 1) << r.err;
  EXPECT_CONTAINS(r.out, "dir/loop.plan:1:1: fejl[PL024]: Filen kan ikke læses: de symbolske links danner en løkke eller en kæde på over 40 led.");
  EXPECT_CONTAINS(r.out, "dir/dangling.plan:1:1: fejl[PL024]: Filen kan ikke læses: det symbolske link peger på »gone.plan«, som ikke findes.");
  EXPECT_CONTAINS(r.out, "= hjælp: Ret linket, så det peger på en plan, eller slet det; de andre filer er kontrolleret.");
  EXPECT_CONTAINS(r.out, "navn.plan:6:8: fejl[PL006]");
  EXPECT_CONTAINS(r.out, "dir/empty.plan:1:1: fejl[PL002]");
  const CliRun j = run("check --today 2026-08-01 --ignore=ALL --format json dir");
  EXPECT_CONTAINS(j.out, "\"code\": \"PL024\"");
}

TEST_F(Cli, InvalidTodayExitsTwo) {
  write("asta.plan", reference_plan());
  const CliRun r = run("check --today 2026-13-01 asta.plan");
  EXPECT_EQ(r.exit, 2);
  EXPECT_CONTAINS(r.err, "--today");
  EXPECT_CONTAINS(r.err, "2026-13-01");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(run("check --today 24-11-2026 asta.plan").exit, 2);
}

TEST_F(Cli, UnknownFormatExitsTwo) {
  write("asta.plan", reference_plan());
  const CliRun r = run("check --format yaml asta.plan");
  EXPECT_EQ(r.exit, 2);
  EXPECT_CONTAINS(r.err, "yaml");
  EXPECT_EQ(r.out, "");
}

TEST_F(Cli, SelectionOptionsDoNotSwallowThePaths) {
  // --select and --ignore take one comma-separated list; the plans after them are still plans.
  write("bad.plan", kErrorPlan);
  for (const std::string option : {"--ignore PL101", "--ignore=PL101", "--select PL101", "--ignore=ALL"}) {
    const CliRun r = run("check --today 2026-08-01 " + option + " bad.plan");
    EXPECT_EQ(r.exit, 1) << option << ": " << r.err;
    EXPECT_CONTAINS(r.out, "bad.plan:6:8: fejl[PL006]");
  }
}

TEST_F(Cli, UnknownSubcommandExitsTwo) { EXPECT_EQ(run("tjek asta.plan").exit, 2); }

// ---- inputs: folders and standard input -------------------------------------------------------

TEST_F(Cli, DirectoryRecursionTakesOnlyPlanFilesInSortedOrder) {
  write("plans/b.plan", kErrorPlan);
  write("plans/a.plan", kErrorPlan);
  write("plans/sub/c.plan", kErrorPlan);
  write("plans/d.plan/e.plan", kErrorPlan);  // a folder named like a plan is walked, not read
  write("plans/notes.txt", kErrorPlan);
  write("plans/z.plan.bak", kErrorPlan);
  write("plans/y.PLAN", kErrorPlan);
  const CliRun r = run("check --today 2026-08-01 --format json plans --ignore=ALL");
  EXPECT_EQ(r.exit, 1) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  std::vector<std::string> paths;
  for (const auto& f : json) {
    const std::string p = f.at("path");
    if (paths.empty() || paths.back() != p) paths.push_back(p);
  }
  EXPECT_EQ(paths, (std::vector<std::string>{"plans/a.plan", "plans/b.plan", "plans/d.plan/e.plan", "plans/sub/c.plan"}));

  const CliRun full = run("check --today 2026-08-01 plans --ignore=ALL");
  EXPECT_TRUE(full.out.ends_with("4 fejl i 4 filer.\n")) << full.out;
}

TEST_F(Cli, StandardInputWithStdinFilename) {
  const CliRun named = run("check --today 2026-08-01 --stdin-filename barn.plan - --ignore=ALL", kErrorPlan);
  EXPECT_EQ(named.exit, 1);
  EXPECT_CONTAINS(named.out, "barn.plan:6:8: fejl[PL006]");
  const CliRun unnamed = run("check --today 2026-08-01 - --ignore=ALL", kErrorPlan);
  EXPECT_EQ(unnamed.exit, 1);
  EXPECT_CONTAINS(unnamed.out, "-:6:8: fejl[PL006]");
  const CliRun clean = run("check --today 2026-08-01 --stdin-filename asta.plan -", reference_plan());
  EXPECT_EQ(clean.exit, 0) << clean.out;
}

// ---- JSON -------------------------------------------------------------------------------------

TEST_F(Cli, JsonIsValidWithCodePointColumns) {
  write("j.plan", std::string(kHeader) +
                      "## Ønsker\n"
                      "æøå \xFF\n"
                      "## Status 10-07-2026\n"
                      "Mål i perioden: Mål 1, Mål æøå\n");
  const CliRun r = run("check --today 2026-08-01 --format json j.plan --ignore=ALL");
  EXPECT_EQ(r.exit, 1) << r.err;
  nlohmann::json json;
  ASSERT_NO_THROW(json = nlohmann::json::parse(r.out)) << r.out;
  ASSERT_TRUE(json.is_array());
  ASSERT_EQ(json.size(), 2u) << r.out;

  const auto& utf8 = json[0];
  for (const char* key : {"path", "code", "rule", "severity", "message", "start", "end"}) {
    EXPECT_TRUE(utf8.contains(key)) << key;
  }
  EXPECT_EQ(utf8["path"], "j.plan");
  EXPECT_EQ(utf8["code"], "PL001");
  EXPECT_EQ(utf8["rule"], "invalid-utf8");
  EXPECT_EQ(utf8["severity"], "error");
  EXPECT_CONTAINS(utf8["message"].get<std::string>(), "0xFF");
  // After "æøå " (4 code points, 7 bytes) the bad byte is column 5, not 8.
  EXPECT_EQ(utf8["start"]["line"], 6);
  EXPECT_EQ(utf8["start"]["column"], 5);
  EXPECT_EQ(utf8["end"]["line"], 6);
  EXPECT_EQ(utf8["end"]["column"], 6);

  const auto& ref = json[1];
  EXPECT_EQ(ref["code"], "PL009");
  EXPECT_EQ(ref["rule"], "invalid-reference");
  EXPECT_EQ(ref["message"], "»æøå« er ikke en henvisning i »Mål i perioden«.");
  EXPECT_EQ(ref["start"]["line"], 8);
  EXPECT_EQ(ref["start"]["column"], 28);
  EXPECT_EQ(ref["end"]["column"], 31);
}

TEST_F(Cli, JsonRelatedAndHelp) {
  write("dup.plan", std::string(kHeader) + "## Ønsker\nA\n## Ønsker\nB\n");
  const CliRun r = run("check --today 2026-08-01 --format json dup.plan --ignore=ALL");
  EXPECT_EQ(r.exit, 0) << r.out << r.err;  // PL018 is a warning
  const auto json = nlohmann::json::parse(r.out);
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0]["code"], "PL018");
  EXPECT_EQ(json[0]["severity"], "warning");
  EXPECT_FALSE(json[0]["help"].get<std::string>().empty());
  ASSERT_EQ(json[0]["related"].size(), 1u);
  EXPECT_EQ(json[0]["related"][0]["start"]["line"], 5);
  EXPECT_EQ(json[0]["related"][0]["start"]["column"], 1);
}

TEST_F(Cli, JsonOfACleanRunIsAnEmptyArray) {
  write("asta.plan", reference_plan());
  const CliRun r = run("check --today 2026-08-01 --format json asta.plan");
  EXPECT_EQ(r.exit, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out), nlohmann::json::array());
}

// ---- language, colour, summary ----------------------------------------------------------------

TEST_F(Cli, EnglishMessages) {
  write("bad.plan", kErrorPlan);
  const CliRun r = run("check --today 2026-08-01 --lang en bad.plan --ignore=ALL");
  EXPECT_EQ(r.exit, 1);
  EXPECT_CONTAINS(r.out, "bad.plan:6:8: error[PL006]: Invalid date in »Start«: »31-02-2026« (that day does not exist).\n");
  EXPECT_CONTAINS(r.out, "   = help: Write the date as dd-mm-yyyy");
  EXPECT_TRUE(r.out.ends_with("1 error in 1 file.\n")) << r.out;
  EXPECT_FALSE(contains(r.out, "fejl"));
  const CliRun missing = run("check --lang en nope.plan");
  EXPECT_CONTAINS(missing.out, "nope.plan:1:1: error[PL024]: The file cannot be read: no such file.");
}

TEST_F(Cli, NoEscapeCodesWhenNotATerminal) {
  write("bad.plan", kErrorPlan);
  const CliRun piped = run("check --today 2026-08-01 bad.plan --ignore=ALL");
  EXPECT_FALSE(contains(piped.out, "\x1b[")) << piped.out;
  const CliRun no_color = run("check --today 2026-08-01 bad.plan --ignore=ALL", "", "NO_COLOR=1");
  EXPECT_FALSE(contains(no_color.out, "\x1b[")) << no_color.out;
  const CliRun never = run("check --today 2026-08-01 --color never bad.plan --ignore=ALL");
  EXPECT_FALSE(contains(never.out, "\x1b["));
  // ... and there are escape codes when they are asked for.
  const CliRun always = run("check --today 2026-08-01 --color always bad.plan --ignore=ALL");
  EXPECT_CONTAINS(always.out, "\x1b[");
}

TEST_F(Cli, SummaryUsesDanishPlurals) {
  write("e1.plan", kErrorPlan);
  write("e2.plan", kErrorPlan);
  write("w2.plan", std::string(kHeader) + "## Mål 1: x\nSlut:\nStart:\n");
  write("mixed.plan", std::string(kHeader) + "## Mål 1: x\nSlut:\nStart: 31-02-2026\n");
  write("info.plan", std::string(kHeader) + "## Maal 1: x\n");
  write("clean.plan", reference_plan());
  write("clean2.plan", reference_plan());
  const auto summary = [&](const std::string& args) { return run("check --today 2026-08-01 " + args + " --ignore=ALL").out; };
  EXPECT_TRUE(summary("e1.plan").ends_with("\n1 fejl i 1 fil.\n")) << summary("e1.plan");
  EXPECT_TRUE(summary("e1.plan e2.plan").ends_with("\n2 fejl i 2 filer.\n")) << summary("e1.plan e2.plan");
  EXPECT_TRUE(summary("w2.plan").ends_with("\n2 advarsler i 1 fil.\n")) << summary("w2.plan");
  EXPECT_TRUE(summary("mixed.plan").ends_with("\n1 fejl og 1 advarsel i 1 fil.\n")) << summary("mixed.plan");
  EXPECT_TRUE(summary("info.plan").ends_with("\n1 bemærkning i 1 fil.\n")) << summary("info.plan");
  EXPECT_TRUE(summary("e1.plan clean.plan clean2.plan").ends_with("\n1 fejl i 1 fil (3 filer kontrolleret).\n"))
      << summary("e1.plan clean.plan clean2.plan");
  EXPECT_EQ(summary("clean.plan clean2.plan"), "Ingen fund i 2 filer.\n");
  EXPECT_TRUE(summary("--lang en w2.plan e1.plan").ends_with("\n1 error and 2 warnings in 2 files.\n"))
      << summary("--lang en w2.plan e1.plan");
}

}  // namespace
}  // namespace planlint::testing

#include "cli/plan_files.h"

namespace planlint {
namespace {

// Plans below a folder come in path order, folder by folder: "a/…" before "a-b/…" and "a.b/…"
// although '-' and '.' sort before '/' as characters.
TEST(PlanFiles, FolderOrderIsComponentOrder) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / ("planlint-order-" + std::to_string(::getpid()));
  for (const char* f : {"a-b/x.plan", "a/y.plan", "a.b/z.plan", "a/b/w.plan", "ab.plan", "a/notes.txt"}) {
    fs::create_directories((root / f).parent_path());
    std::ofstream(root / f) << "x";
  }
  std::vector<std::string> got;
  for (const cli::PlanPath& p : cli::expand_path(root.string())) {
    EXPECT_EQ(p.error, 0) << p.display;
    got.push_back(fs::path(p.display).lexically_relative(root).generic_string());
  }
  fs::remove_all(root);
  EXPECT_EQ(got, (std::vector<std::string>{"a/b/w.plan", "a/y.plan", "a-b/x.plan", "a.b/z.plan", "ab.plan"}));
}

}  // namespace
}  // namespace planlint
