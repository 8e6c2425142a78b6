// planlint.toml: what the loader accepts (and the Settings it gives), what it refuses with a
// line and a way out, extends chains, the nearest-file lookup, globs, per-path overrides, the
// settings fingerprint, and `planlint config show`.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "config/load.h"
#include "engine/lint.h"
#include "test_support.h"

namespace planlint {
namespace {

namespace fs = std::filesystem;
using config::Settings;
using model::Interval;
using model::IntervalUnit;

config::Settings load(std::string_view toml, diag::Lang lang = diag::Lang::da) {
  config::Loader loader(lang, engine::config_names());
  return loader.load_text(toml, "planlint.toml", ".");
}

// The message of the ConfigError that loading `toml` throws (empty when it loads).
std::string refusal(std::string_view toml, diag::Lang lang = diag::Lang::da) {
  try {
    load(toml, lang);
  } catch (const config::ConfigError& e) {
    return e.what();
  }
  return {};
}

std::vector<std::string> strings(std::initializer_list<const char*> v) {
  return {v.begin(), v.end()};
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// A temporary folder (canonical, so that expected paths compare equal) removed afterwards.
class ConfigFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "planlint_config_XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    root_ = fs::canonical(tmpl);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  fs::path write(const std::string& relative, const std::string& content) {
    const fs::path p = root_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  std::string at(const std::string& relative) const { return (root_ / relative).string(); }
  // The message of the ConfigError that load_file(relative) throws (empty when it loads).
  std::string file_refusal(const fs::path& file) {
    config::Loader loader(diag::Lang::da, engine::config_names());
    try {
      loader.load_file(file);
    } catch (const config::ConfigError& e) {
      return e.what();
    }
    return {};
  }

  fs::path root_;
};

// ---- accepted keys and the resulting Settings ----------------------------------------------

TEST(ConfigKeys, AnEmptyFileIsTheDefaultProfile) {
  const Settings s = load("");
  EXPECT_EQ(s.profile, "specialsektoren");
  EXPECT_EQ(s.letters, "SMARTE");
  EXPECT_EQ(s.rules.select, strings({"ALL"}));
  EXPECT_TRUE(s.rules.ignore.empty());
  EXPECT_TRUE(s.rules.severity.empty());
  EXPECT_EQ(s.thresholds.max_evaluation_interval, (Interval{3, IntervalUnit::month}));
  EXPECT_EQ(s.thresholds.status_interval_children, (Interval{6, IntervalUnit::month}));
  EXPECT_EQ(s.thresholds.status_interval_adults, (Interval{1, IntervalUnit::year}));
  EXPECT_EQ(s.thresholds.status_days_before_meeting, 14);
  EXPECT_EQ(s.thresholds.minutes_within_days, 7);
  EXPECT_EQ(s.thresholds.revision_interval, (Interval{1, IntervalUnit::year}));
  EXPECT_EQ(s.thresholds.plan_start_within_days, 30);
  ASSERT_EQ(s.thresholds.enrolment_deadlines.size(), 2U);
  EXPECT_EQ(s.thresholds.enrolment_deadlines[0].name, "DPU");
  EXPECT_EQ(s.thresholds.enrolment_deadlines[0].within_months, 12);
  EXPECT_EQ(s.thresholds.enrolment_deadlines[0].repeat_months, 24);
  EXPECT_EQ(s.thresholds.enrolment_deadlines[1].name, "Autonomt kompas");
  EXPECT_EQ(s.thresholds.enrolment_deadlines[1].within_months, 6);
  EXPECT_EQ(s.thresholds.enrolment_deadlines[1].repeat_months, 0);
  EXPECT_TRUE(s.words.empty());
  EXPECT_TRUE(s.overrides.empty());
  // Every value comes from the profile, which has no line numbers.
  EXPECT_EQ(s.origins.at("letters"), "profil specialsektoren");
  EXPECT_EQ(s.origins.at("rules.select"), "profil specialsektoren");
  EXPECT_EQ(s.origins.at("thresholds.enrolment-deadlines"), "profil specialsektoren");
  EXPECT_EQ(s.origins.count("rules.ignore"), 0U);
  // The same as the profile loaded directly and as a comment-only file.
  config::Loader loader(diag::Lang::da, engine::config_names());
  EXPECT_EQ(config::fingerprint(s), config::fingerprint(loader.load_profile("specialsektoren")));
  EXPECT_EQ(config::fingerprint(s), config::fingerprint(load("# kun en kommentar\n")));
}

TEST(ConfigKeys, BuiltInProfiles) {
  std::vector<std::string> names;
  for (std::string_view n : config::builtin_profile_names()) names.emplace_back(n);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, strings({"randers", "smorte", "specialsektoren"}));
  EXPECT_TRUE(config::builtin_profile_text("nope").empty());

  const Settings smorte = load("extends = \"smorte\"\n");
  EXPECT_EQ(smorte.profile, "smorte");
  EXPECT_EQ(smorte.letters, "SMORT");
  EXPECT_EQ(smorte.origins.at("letters"), "profil smorte");
  // The rest is specialsektoren's.
  EXPECT_EQ(smorte.thresholds.max_evaluation_interval, (Interval{3, IntervalUnit::month}));
  EXPECT_EQ(smorte.thresholds.enrolment_deadlines.size(), 2U);
  EXPECT_EQ(smorte.origins.at("thresholds.max-evaluation-interval"), "profil specialsektoren");

  const Settings randers = load("extends = \"randers\"\n");
  EXPECT_EQ(randers.profile, "randers");
  EXPECT_EQ(randers.rules.ignore, strings({"missing-mandatory-goal"}));
  EXPECT_EQ(randers.thresholds.max_evaluation_interval, (Interval{1, IntervalUnit::year}));
  EXPECT_EQ(randers.thresholds.status_interval_children, (Interval{1, IntervalUnit::year}));
  EXPECT_EQ(randers.thresholds.revision_interval, (Interval{1, IntervalUnit::year}));
  EXPECT_TRUE(randers.thresholds.enrolment_deadlines.empty());
  EXPECT_EQ(randers.origins.at("rules.ignore"), "profil randers");
  EXPECT_EQ(randers.origins.at("extends"), "planlint.toml:1");
}

TEST(ConfigKeys, LettersAndOCountingAsA) {
  const Settings s = load("letters = \"SMORT\"\n");
  EXPECT_EQ(s.letters, "SMORT");
  EXPECT_EQ(s.origins.at("letters"), "planlint.toml:1");
  EXPECT_TRUE(s.letter_applies('S'));
  EXPECT_TRUE(s.letter_applies('O'));
  EXPECT_TRUE(s.letter_applies('A'));  // O counts as A
  EXPECT_FALSE(s.letter_applies('E'));
  const Settings smrt = load("letters = \"SMRT\"\n");
  EXPECT_FALSE(smrt.letter_applies('A'));
  EXPECT_FALSE(smrt.letter_applies('O'));
  // Rules of a letter that is not there do not run: E (evaluation-overdue, PL111) is off.
  const auto active = engine::active_rules(s, {});
  const bool has_e = std::any_of(active.begin(), active.end(),
                                 [](const engine::ActiveRule& a) { return a.rule->meta().code == "PL111"; });
  EXPECT_FALSE(has_e);
}

TEST(ConfigKeys, SelectAndIgnoreReplaceTheInheritedLists) {
  const Settings s =
      load("extends = \"randers\"\n[rules]\nselect = [\"PL1\", \"missing-wishes\", \"PL207\"]\nignore = [\"PL101\"]\n");
  EXPECT_EQ(s.rules.select, strings({"PL1", "missing-wishes", "PL207"}));
  EXPECT_EQ(s.rules.ignore, strings({"PL101"}));  // randers' missing-mandatory-goal is gone
  EXPECT_EQ(s.origins.at("rules.select"), "planlint.toml:3");
  EXPECT_EQ(s.origins.at("rules.ignore"), "planlint.toml:4");
  // A structure code and name are accepted too.
  EXPECT_EQ(refusal("[rules]\nignore = [\"PL006\"]\n"), "");
}

TEST(ConfigKeys, ExtendSelectAndExtendIgnoreAddToTheInheritedLists) {
  const Settings s =
      load("extends = \"randers\"\n[rules]\nextend-ignore = [\"unused-handleplan-goal\"]\nextend-select = [\"PL2\"]\n");
  EXPECT_EQ(s.rules.select, strings({"ALL", "PL2"}));
  EXPECT_EQ(s.rules.ignore, strings({"missing-mandatory-goal", "unused-handleplan-goal"}));
  EXPECT_EQ(s.origins.at("rules.ignore"), "planlint.toml:3");
  EXPECT_EQ(s.origins.at("rules.select"), "planlint.toml:4");
}

TEST(ConfigKeys, ExtendListsInTheSameFileAddToThatFilesOwnList) {
  // Whatever the order in the file: the extend- list goes on top of the replacing list.
  const Settings s = load(
      "[rules]\nextend-ignore = [\"PL204\"]\nignore = [\"missing-wishes\"]\nselect = [\"PL1\"]\nextend-select = "
      "[\"PL2\"]\n");
  EXPECT_EQ(s.rules.ignore, strings({"missing-wishes", "PL204"}));
  EXPECT_EQ(s.rules.select, strings({"PL1", "PL2"}));
}

TEST(ConfigKeys, SeverityPerRule) {
  const Settings s = load(
      "[rules.severity]\nmissing-wishes = \"info\"\nPL101 = \"error\"\nunused-handleplan-goal = \"warning\"\n"
      "missing-methods = \"fejl\"\nmissing-target-group = \"advarsel\"\n");
  EXPECT_EQ(s.rules.severity.at("missing-wishes"), diag::Severity::info);
  EXPECT_EQ(s.rules.severity.at("PL101"), diag::Severity::error);
  EXPECT_EQ(s.rules.severity.at("unused-handleplan-goal"), diag::Severity::warning);
  // The Danish words are accepted as well.
  EXPECT_EQ(s.rules.severity.at("missing-methods"), diag::Severity::error);
  EXPECT_EQ(s.rules.severity.at("missing-target-group"), diag::Severity::warning);
  EXPECT_EQ(s.origins.at("rules.severity.missing-wishes"), "planlint.toml:2");
  EXPECT_EQ(s.origins.at("rules.severity.PL101"), "planlint.toml:3");
  // Inline table form, and the effective severity.
  const Settings t = load("[rules]\nseverity = { missing-wishes = \"error\" }\n");
  EXPECT_EQ(t.rules.severity.at("missing-wishes"), diag::Severity::error);
  const auto active = engine::active_rules(t, {});
  const auto it = std::find_if(active.begin(), active.end(),
                               [](const engine::ActiveRule& a) { return a.rule->meta().name == "missing-wishes"; });
  ASSERT_NE(it, active.end());
  EXPECT_EQ(it->severity, diag::Severity::error);
}

TEST(ConfigKeys, EveryThreshold) {
  const Settings s = load(
      "[thresholds]\n"
      "max-evaluation-interval = \"hver 14. dag\"\n"
      "status-interval-children = \"kvartalsvis\"\n"
      "status-interval-adults = \"halvårligt\"\n"
      "status-days-before-meeting = 21\n"
      "minutes-within-days = 0\n"
      "revision-interval = \"2 gange om året\"\n"
      "plan-start-within-days = 3650\n");
  const config::Thresholds& t = s.thresholds;
  EXPECT_EQ(t.max_evaluation_interval, (Interval{14, IntervalUnit::day}));
  EXPECT_EQ(t.status_interval_children, (Interval{3, IntervalUnit::month}));
  EXPECT_EQ(t.status_interval_adults, (Interval{6, IntervalUnit::month}));
  EXPECT_EQ(t.status_days_before_meeting, 21);
  EXPECT_EQ(t.minutes_within_days, 0);
  EXPECT_EQ(t.revision_interval, (Interval{6, IntervalUnit::month}));
  EXPECT_EQ(t.plan_start_within_days, 3650);
  EXPECT_EQ(s.origins.at("thresholds.max-evaluation-interval"), "planlint.toml:2");
  EXPECT_EQ(s.origins.at("thresholds.plan-start-within-days"), "planlint.toml:8");
  // The deadlines not named stay the profile's.
  EXPECT_EQ(t.enrolment_deadlines.size(), 2U);
  EXPECT_EQ(s.origins.at("thresholds.enrolment-deadlines"), "profil specialsektoren");
}

TEST(ConfigKeys, EnrolmentDeadlinesReplaceTheInheritedOnes) {
  const Settings s = load(
      "[[thresholds.enrolment-deadlines]]\nname = \"Sprogvurdering\"\nwithin-months = 3\n\n"
      "[[thresholds.enrolment-deadlines]]\nname = \"DPU\"\nwithin-months = 240\nrepeat-months = 12\n");
  ASSERT_EQ(s.thresholds.enrolment_deadlines.size(), 2U);
  EXPECT_EQ(s.thresholds.enrolment_deadlines[0].name, "Sprogvurdering");
  EXPECT_EQ(s.thresholds.enrolment_deadlines[0].within_months, 3);
  EXPECT_EQ(s.thresholds.enrolment_deadlines[0].repeat_months, 0);
  EXPECT_EQ(s.thresholds.enrolment_deadlines[1].within_months, 240);
  EXPECT_EQ(s.thresholds.enrolment_deadlines[1].repeat_months, 12);
  // An empty list removes them.
  EXPECT_TRUE(load("[thresholds]\nenrolment-deadlines = []\n").thresholds.enrolment_deadlines.empty());
}

TEST(ConfigKeys, WordsAreAddedPerList) {
  // Decomposed "å" (a + U+030A) is stored composed.
  const Settings s = load(
      "[words]\navoidance = [\"droppe\"]\nvague = [\"nogenlunde\", \"lidt bedre\"]\nobservable = [\"ga\xCC\x8A "
      "tur\"]\n");
  EXPECT_EQ(s.words.at("avoidance"), strings({"droppe"}));
  EXPECT_EQ(s.words.at("vague"), strings({"nogenlunde", "lidt bedre"}));
  EXPECT_EQ(s.words.at("observable"), strings({"gå tur"}));
  EXPECT_EQ(s.origins.at("words.vague"), "planlint.toml:3");
}

TEST(ConfigKeys, OverridesPerPath) {
  const Settings s = load(
      "[[overrides]]\npaths = [\"arkiv/**\", \"*.udkast.plan\"]\nignore = [\"PL1\"]\nselect = [\"missing-wishes\"]\n"
      "severity = { missing-methods = \"info\" }\n\n[[overrides]]\npaths = [\"børn/*.plan\"]\n");
  ASSERT_EQ(s.overrides.size(), 2U);
  const config::PathOverride& o = s.overrides[0];
  EXPECT_EQ(o.base_dir, ".");
  EXPECT_EQ(o.paths, strings({"arkiv/**", "*.udkast.plan"}));
  EXPECT_EQ(o.ignore, strings({"PL1"}));
  EXPECT_EQ(o.select, strings({"missing-wishes"}));
  EXPECT_EQ(o.severity.at("missing-methods"), diag::Severity::info);
  EXPECT_EQ(o.origin, "planlint.toml:1");
  EXPECT_EQ(s.overrides[1].paths, strings({"børn/*.plan"}));
  EXPECT_TRUE(s.overrides[1].select.empty());
  EXPECT_EQ(s.overrides[1].origin, "planlint.toml:7");
}

// ---- refusals ----------------------------------------------------------------------------------

TEST(ConfigRefusals, UnknownTopLevelKeyWithASuggestion) {
  EXPECT_EQ(refusal("leters = \"SMARTE\"\n"), "planlint.toml:1: Ukendt nøgle »leters«; mente du »letters«?");
  EXPECT_EQ(refusal("\n[threshold]\n"), "planlint.toml:2: Ukendt nøgle »threshold«; mente du »thresholds«?");
  EXPECT_EQ(refusal("extend = \"randers\"\n", diag::Lang::en),
            "planlint.toml:1: Unknown key »extend«; did you mean »extends«?");
}

TEST(ConfigRefusals, UnknownKeyWithoutASuggestionListsTheKnownKeys) {
  EXPECT_EQ(
      refusal("letters = \"SMARTE\"\nfarve = \"blå\"\n"),
      "planlint.toml:2: Ukendt nøgle »farve«. Kendte nøgler: extends, letters, rules, thresholds, words, overrides.");
  EXPECT_EQ(refusal("[rules]\nvalg = [\"ALL\"]\n"),
            "planlint.toml:2: Ukendt nøgle »valg« [rules]. Kendte nøgler: select, ignore, extend-select, "
            "extend-ignore, severity.");
  EXPECT_EQ(refusal("[words]\nfy = [\"x\"]\n", diag::Lang::en),
            "planlint.toml:2: Unknown key »fy« [words]. Known keys: avoidance, vague, observable.");
}

TEST(ConfigRefusals, UnknownKeyInATable) {
  // The documentation's example: a key cut short is recognised as the start of the full key.
  EXPECT_EQ(refusal("[thresholds]\nmax-evaluation = \"hver 3. måned\"\n"),
            "planlint.toml:2: Ukendt nøgle »max-evaluation« [thresholds]; mente du »max-evaluation-interval«?");
  EXPECT_EQ(refusal("[rules]\nextend-ignor = [\"PL101\"]\n"),
            "planlint.toml:2: Ukendt nøgle »extend-ignor« [rules]; mente du »extend-ignore«?");
  EXPECT_EQ(refusal("[words]\nvauge = [\"x\"]\n"), "planlint.toml:2: Ukendt nøgle »vauge« [words]; mente du »vague«?");
  EXPECT_EQ(refusal("[[thresholds.enrolment-deadlines]]\nname = \"DPU\"\nwithin-month = 12\n"),
            "planlint.toml:3: Ukendt nøgle »within-month« [thresholds.enrolment-deadlines]; mente du »within-months«?");
  EXPECT_EQ(refusal("[[overrides]]\npaths = [\"a/**\"]\npath = [\"b\"]\n"),
            "planlint.toml:3: Ukendt nøgle »path« [overrides]; mente du »paths«?");
  // A prefix shared by several keys suggests nothing.
  EXPECT_EQ(refusal("[thresholds]\nstatus = 3\n"),
            "planlint.toml:2: Ukendt nøgle »status« [thresholds]. Kendte nøgler: max-evaluation-interval, "
            "status-interval-children, "
            "status-interval-adults, revision-interval, status-days-before-meeting, minutes-within-days, "
            "plan-start-within-days, "
            "enrolment-deadlines.");
}

TEST(ConfigRefusals, WrongTypes) {
  EXPECT_EQ(refusal("letters = 5\n"), "planlint.toml:1: »letters« skal være en tekst i anførselstegn.");
  EXPECT_EQ(refusal("extends = [\"randers\"]\n"),
            "planlint.toml:1: »extends« skal være en tekst: et profilnavn eller en sti.");
  EXPECT_EQ(refusal("rules = 5\n"), "planlint.toml:1: »rules« skal skrives som en [rules]-tabel.");
  EXPECT_EQ(refusal("thresholds = \"x\"\n"), "planlint.toml:1: »thresholds« skal skrives som en [thresholds]-tabel.");
  EXPECT_EQ(refusal("words = []\n", diag::Lang::en), "planlint.toml:1: »words« must be written as a [words] table.");
  EXPECT_EQ(refusal("[rules]\nselect = \"PL101\"\n"),
            "planlint.toml:2: »select« skal være en liste, fx [\"PL101\", \"missing-wishes\"].");
  EXPECT_EQ(refusal("[rules]\nignore = [\n  \"PL101\",\n  5,\n]\n"),
            "planlint.toml:4: »ignore« må kun indeholde tekster i anførselstegn.");
  EXPECT_EQ(refusal("[rules]\nseverity = \"info\"\n"),
            "planlint.toml:2: »severity« skal være en tabel: regel = \"warning\".");
  EXPECT_EQ(refusal("[rules.severity]\nmissing-wishes = 1\n"),
            "planlint.toml:2: »missing-wishes« skal være en tekst i anførselstegn.");
  EXPECT_EQ(refusal("[thresholds]\nstatus-days-before-meeting = \"14\"\n"),
            "planlint.toml:2: »status-days-before-meeting« skal være et helt tal fra 0 til 365.");
  EXPECT_EQ(refusal("[thresholds]\nminutes-within-days = 7.5\n"),
            "planlint.toml:2: »minutes-within-days« skal være et helt tal fra 0 til 365.");
  EXPECT_EQ(refusal("[thresholds]\nmax-evaluation-interval = 3\n"),
            "planlint.toml:2: »max-evaluation-interval« skal være en tekst i anførselstegn.");
  EXPECT_EQ(
      refusal("[thresholds]\nenrolment-deadlines = \"DPU\"\n"),
      "planlint.toml:2: »enrolment-deadlines« skal være en liste af tabeller ([[thresholds.enrolment-deadlines]]).");
  EXPECT_EQ(refusal("[thresholds]\nenrolment-deadlines = [\"DPU\"]\n"),
            "planlint.toml:2: Hver frist skal være en tabel med name og within-months.");
  EXPECT_EQ(refusal("[words]\navoidance = \"droppe\"\n"), "planlint.toml:2: »avoidance« skal være en liste af ord.");
  EXPECT_EQ(refusal("[words]\nvague = [\"ok\", true]\n"),
            "planlint.toml:2: »vague« må kun indeholde tekster i anførselstegn.");
  EXPECT_EQ(refusal("[rules]\nselect = [1]\n", diag::Lang::en),
            "planlint.toml:2: »select« may only contain quoted strings.");
}

TEST(ConfigRefusals, BadSeverity) {
  EXPECT_EQ(refusal("[rules.severity]\nmissing-wishes = \"info\"\nPL101 = \"høj\"\n"),
            "planlint.toml:3: Ukendt alvorsgrad for »PL101«; brug \"error\", \"warning\" eller \"info\".");
  EXPECT_EQ(refusal("[rules.severity]\nPL101 = \"Error\"\n", diag::Lang::en),
            "planlint.toml:2: Unknown severity for »PL101«; use \"error\", \"warning\" or \"info\".");
}

TEST(ConfigRefusals, UnknownRuleInASelection) {
  EXPECT_EQ(refusal("[rules]\nselect = [\"ALL\"]\nignore = [\"PL101\", \"mising-wishes\"]\n"),
            "planlint.toml:3: Ukendt regel »mising-wishes«; mente du »missing-wishes«?");
  EXPECT_EQ(refusal("[rules]\nextend-select = [\"PL9\"]\n"), "planlint.toml:2: Ukendt regel »PL9«; mente du »PL109«?");
  EXPECT_EQ(refusal("[rules]\nselect = [\"blomkål\"]\n"),
            "planlint.toml:2: Ukendt regel »blomkål«; se »planlint rules«.");
  EXPECT_EQ(refusal("[rules.severity]\nmissing-wish = \"info\"\n"),
            "planlint.toml:2: Ukendt regel »missing-wish«; mente du »missing-wishes«?");
  EXPECT_EQ(refusal("[[overrides]]\npaths = [\"a\"]\nignore = [\"all\"]\n"),
            "planlint.toml:3: Ukendt regel »all«; mente du »ALL«?");
  EXPECT_EQ(refusal("[rules]\nignore = [\"vauge-goal\"]\n", diag::Lang::en),
            "planlint.toml:2: Unknown rule »vauge-goal«; did you mean »vague-goal«?");
  EXPECT_EQ(refusal("[rules]\nignore = [\"zzz\"]\n", diag::Lang::en),
            "planlint.toml:2: Unknown rule »zzz«; see »planlint rules«.");
}

TEST(ConfigRefusals, BadLetters) {
  EXPECT_EQ(refusal("letters = \"SMARTX\"\n"),
            "planlint.toml:1: »letters« må kun indeholde bogstaverne S, M, A, O, R, T og E, ikke »X«.");
  EXPECT_EQ(refusal("letters = \"smarte\"\n"),
            "planlint.toml:1: »letters« må kun indeholde bogstaverne S, M, A, O, R, T og E, ikke »s«.");
  // A letter outside ASCII is named whole, not as half of its UTF-8 bytes.
  EXPECT_EQ(refusal("letters = \"SMÅRTE\"\n"),
            "planlint.toml:1: »letters« må kun indeholde bogstaverne S, M, A, O, R, T og E, ikke »Å«.");
  EXPECT_EQ(refusal("letters = \"S M\"\n", diag::Lang::en),
            "planlint.toml:1: »letters« may only contain the letters S, M, A, O, R, T and E, not » «.");
}

TEST(ConfigRefusals, BadThresholdValues) {
  EXPECT_EQ(refusal("[thresholds]\nstatus-days-before-meeting = -1\n"),
            "planlint.toml:2: »status-days-before-meeting« skal være et helt tal fra 0 til 365.");
  EXPECT_EQ(refusal("[thresholds]\nminutes-within-days = 366\n"),
            "planlint.toml:2: »minutes-within-days« skal være et helt tal fra 0 til 365.");
  EXPECT_EQ(refusal("[thresholds]\nplan-start-within-days = 3651\n"),
            "planlint.toml:2: »plan-start-within-days« skal være et helt tal fra 0 til 3650.");
  EXPECT_EQ(refusal("[thresholds]\nrevision-interval = \"en gang imellem\"\n"),
            "planlint.toml:2: »revision-interval«: »en gang imellem« er ikke et interval; skriv fx \"hver 3. måned\", "
            "\"2 gange om året\" "
            "eller \"årligt\".");
  EXPECT_EQ(refusal("[thresholds]\nstatus-interval-adults = \"\"\n", diag::Lang::en),
            "planlint.toml:2: »status-interval-adults«: »« is not an interval; write e.g. \"hver 3. måned\", \"2 gange "
            "om året\" or "
            "\"årligt\".");
  EXPECT_EQ(refusal("[[thresholds.enrolment-deadlines]]\nname = \"DPU\"\nwithin-months = 241\n"),
            "planlint.toml:3: »within-months« skal være et helt tal fra 0 til 240.");
  EXPECT_EQ(refusal("[[thresholds.enrolment-deadlines]]\nname = \"DPU\"\nrepeat-months = -2\n"),
            "planlint.toml:3: »repeat-months« skal være et helt tal fra 0 til 240.");
  EXPECT_EQ(refusal("[[thresholds.enrolment-deadlines]]\nwithin-months = 3\n"),
            "planlint.toml:1: Fristen mangler et navn (name = \"DPU\").");
}

TEST(ConfigRefusals, MalformedOverrides) {
  EXPECT_EQ(refusal("[[overrides]]\nignore = [\"PL101\"]\n"), "planlint.toml:1: [[overrides]] mangler »paths«.");
  EXPECT_EQ(refusal("[[overrides]]\npaths = []\n"), "planlint.toml:1: [[overrides]] mangler »paths«.");
  EXPECT_EQ(refusal("[[overrides]]\npaths = \"arkiv/**\"\n"),
            "planlint.toml:2: »paths« skal være en liste af mønstre, fx [\"arkiv/**\"].");
  EXPECT_EQ(refusal("[[overrides]]\npaths = [3]\n"),
            "planlint.toml:2: »paths« må kun indeholde tekster i anførselstegn.");
  EXPECT_EQ(refusal("[overrides]\npaths = [\"a\"]\n"),
            "planlint.toml:1: »overrides« skal skrives som [[overrides]]-tabeller.");
  EXPECT_EQ(refusal("overrides = [1]\n"), "planlint.toml:1: Hver [[overrides]] skal være en tabel.");
  EXPECT_EQ(refusal("[[overrides]]\npaths = [\"a\"]\nseverity = { PL101 = \"kritisk\" }\n"),
            "planlint.toml:3: Ukendt alvorsgrad for »PL101«; brug \"error\", \"warning\" eller \"info\".");
  EXPECT_EQ(refusal("[[overrides]]\nignore = [\"PL101\"]\n", diag::Lang::en),
            "planlint.toml:1: [[overrides]] has no »paths«.");
}

TEST(ConfigRefusals, InvalidToml) {
  const std::string m = refusal("letters = \"SMARTE\"\n[rules\nselect = []\n");
  EXPECT_TRUE(m.starts_with("planlint.toml:2: Ugyldig TOML: ")) << m;
  const std::string dup = refusal("letters = \"SMARTE\"\nletters = \"SMART\"\n");
  EXPECT_TRUE(dup.starts_with("planlint.toml:2: Ugyldig TOML: ")) << dup;
}

TEST(ConfigRefusals, ExtendsAnUnknownProfile) {
  EXPECT_EQ(refusal("\nextends = \"specialsektor\"\n"),
            "planlint.toml:2: Ukendt profil »specialsektor«. Indbyggede profiler: randers, smorte, specialsektoren; "
            "eller angiv en sti "
            "til en .toml-fil.");
  EXPECT_EQ(refusal("extends = \"Randers\"\n", diag::Lang::en),
            "planlint.toml:1: Unknown profile »Randers«. Built-in profiles: randers, smorte, specialsektoren; or give "
            "a path to a .toml "
            "file.");
  config::Loader loader(diag::Lang::da, engine::config_names());
  try {
    loader.load_profile("nope");
    ADD_FAILURE() << "no refusal";
  } catch (const config::ConfigError& e) {
    EXPECT_EQ(e.line(), 0U);
    EXPECT_EQ(std::string(e.what()),
              "--profile: Ukendt profil »nope«. Indbyggede profiler: randers, smorte, specialsektoren; eller angiv en "
              "sti til en .toml-fil.");
  }
}

TEST_F(ConfigFiles, ExtendsAMissingFile) {
  const fs::path f = write("planlint.toml", "# fælles\nextends = \"../fælles/planlint.toml\"\n");
  const std::string missing = fs::weakly_canonical(root_ / "../fælles/planlint.toml").string();
  EXPECT_EQ(file_refusal(f), f.string() + ":2: Kan ikke læse »" + missing + "«, som »extends« peger på.");
  EXPECT_EQ(file_refusal(root_ / "nope.toml"), at("nope.toml") + ": Konfigurationsfilen kan ikke læses.");
  // A name with a slash or .toml is a path, not a profile.
  const fs::path g = write("g.toml", "extends = \"randers.toml\"\n");
  EXPECT_EQ(file_refusal(g), g.string() + ":1: Kan ikke læse »" + at("randers.toml") + "«, som »extends« peger på.");
}

// Only a regular file is read: a folder, a device or a FIFO is refused at the line that names
// it, without reading from it (/dev/zero would never end, a FIFO would block).
TEST_F(ConfigFiles, ExtendsSomethingThatIsNotAFile) {
  fs::create_directories(root_ / "fælles");
  const fs::path f = write("planlint.toml", "# fælles\nextends = \"fælles/\"\n");
  EXPECT_EQ(file_refusal(f), f.string() + ":2: »" + at("fælles") + "«, som »extends« peger på, er ikke en fil; angiv stien til en .toml-fil.");
  const fs::path zero = write("zero.toml", "extends = \"/dev/zero\"\n");
  EXPECT_EQ(file_refusal(zero), zero.string() + ":1: »/dev/zero«, som »extends« peger på, er ikke en fil; angiv stien til en .toml-fil.");
  ASSERT_EQ(::mkfifo(at("fifo.toml").c_str(), 0600), 0);
  const fs::path fifo = write("fifo-user.toml", "extends = \"fifo.toml\"\n");
  EXPECT_EQ(file_refusal(fifo), fifo.string() + ":1: »" + at("fifo.toml") + "«, som »extends« peger på, er ikke en fil; angiv stien til en .toml-fil.");
  config::Loader loader(diag::Lang::en, engine::config_names());
  try {
    loader.load_text("extends = \"/dev/zero\"\n", "planlint.toml", root_);
    ADD_FAILURE() << "no refusal";
  } catch (const config::ConfigError& e) {
    EXPECT_EQ(std::string(e.what()), "planlint.toml:1: »/dev/zero«, named by »extends«, is not a file; give the path to a .toml file.");
  }
}

TEST_F(ConfigFiles, ExtendsAFileOverOneMebibyte) {
  write("stor.toml", "# " + std::string(1024 * 1024, 'x') + "\n");
  const fs::path f = write("planlint.toml", "extends = \"stor.toml\"\n");
  EXPECT_EQ(file_refusal(f), f.string() + ":1: »" + at("stor.toml") + "«, som »extends« peger på, er over 1 MiB og kan ikke være en konfigurationsfil.");
  // Just under the limit is read (and is a valid, if long, comment).
  write("stor.toml", "# " + std::string(1024 * 1024 - 3, 'x') + "\n");
  EXPECT_EQ(file_refusal(f), "");
}

// A name the file system cannot take (a segment over 255 bytes) cannot be read; it is not an
// error from the file system library without a line.
TEST_F(ConfigFiles, ExtendsANameTooLongForTheFileSystem) {
  const std::string name = std::string(300, 'a') + "/planlint.toml";
  const fs::path f = write("planlint.toml", "letters = \"SMARTE\"\nextends = \"" + name + "\"\n");
  EXPECT_EQ(file_refusal(f), f.string() + ":2: Kan ikke læse »" + at(name) + "«, som »extends« peger på.");
}

// --config names the file itself; a folder there is not a configuration.
TEST_F(ConfigFiles, LoadingAFolderOrAnOversizedFile) {
  fs::create_directories(root_ / "planer");
  EXPECT_EQ(file_refusal(root_ / "planer"), at("planer") + ": Konfigurationsfilen er ikke en fil; angiv stien til en planlint.toml.");
  const fs::path big = write("stor.toml", std::string(1024 * 1024 + 1, '\n'));
  EXPECT_EQ(file_refusal(big), big.string() + ": Konfigurationsfilen er over 1 MiB; en planlint.toml er nogle få linjer.");
  config::Loader loader(diag::Lang::en, engine::config_names());
  try {
    loader.load_file(root_ / "planer");
    ADD_FAILURE() << "no refusal";
  } catch (const config::ConfigError& e) {
    EXPECT_EQ(std::string(e.what()), at("planer") + ": The configuration file is not a file; give the path to a planlint.toml.");
  }
}

TEST_F(ConfigFiles, ExtendsCycleIsRefused) {
  write("a.toml", "extends = \"b.toml\"\n");
  write("b.toml", "letters = \"SMART\"\nextends = \"./a.toml\"\n");
  EXPECT_EQ(file_refusal(root_ / "a.toml"), at("b.toml") + ":2: »extends« danner en løkke via " + at("a.toml") + ".");
  // The same loop when the first file is named by a path that is not canonical.
  fs::create_directories(root_ / "sub");
  EXPECT_EQ(file_refusal(root_ / "sub" / ".." / "a.toml"),
            at("b.toml") + ":2: »extends« danner en løkke via " + at("a.toml") + ".");
  // A file that extends itself.
  write("self/planlint.toml", "extends = \"planlint.toml\"\n");
  EXPECT_EQ(file_refusal(root_ / "self" / "planlint.toml"),
            at("self/planlint.toml") + ":1: »extends« danner en løkke via " + at("self/planlint.toml") + ".");
  // An error in an extended file names that file and its line.
  write("c.toml", "extends = \"d.toml\"\n");
  write("d.toml", "\n\nletters = \"XYZ\"\n");
  EXPECT_EQ(file_refusal(root_ / "c.toml"),
            at("d.toml") + ":3: »letters« må kun indeholde bogstaverne S, M, A, O, R, T og E, ikke »X«.");
}

// ---- extends chains ----------------------------------------------------------------------------

TEST_F(ConfigFiles, ProfileThenFileThenFile) {
  write("planlint.toml",
        "extends = \"randers\"\nletters = \"SMORT\"\n[thresholds]\nminutes-within-days = 5\nstatus-days-before-meeting "
        "= 10\n"
        "[words]\nvague = [\"nogenlunde\"]\n");
  // Relative to shared/, so ../planlint.toml is the file above, whatever the current folder is.
  write("shared/common.toml",
        "extends = \"../planlint.toml\"\n[thresholds]\nminutes-within-days = 3\n[rules]\nextend-ignore = "
        "[\"missing-wishes\"]\n"
        "[words]\nvague = [\"lidt\"]\n");
  write("birken/planlint.toml",
        "extends = \"../shared/common.toml\"\nletters = \"SMARTE\"\n[thresholds]\nstatus-days-before-meeting = 21\n");
  config::Loader loader(diag::Lang::da, engine::config_names());
  const Settings s = loader.load_file(root_ / "birken" / "planlint.toml");
  EXPECT_EQ(s.profile, "randers");
  EXPECT_EQ(s.letters, "SMARTE");                                                      // the last file wins
  EXPECT_EQ(s.thresholds.minutes_within_days, 3);                                      // common over the top file
  EXPECT_EQ(s.thresholds.status_days_before_meeting, 21);                              // birken over the top file
  EXPECT_EQ(s.thresholds.max_evaluation_interval, (Interval{1, IntervalUnit::year}));  // randers
  EXPECT_EQ(s.rules.ignore, strings({"missing-mandatory-goal", "missing-wishes"}));    // added along the way
  EXPECT_EQ(s.words.at("vague"), strings({"nogenlunde", "lidt"}));                     // words add up
  EXPECT_EQ(s.origins.at("letters"), at("birken/planlint.toml") + ":2");
  EXPECT_EQ(s.origins.at("extends"), at("birken/planlint.toml") + ":1");
  EXPECT_EQ(s.origins.at("thresholds.minutes-within-days"), at("shared/common.toml") + ":3");
  EXPECT_EQ(s.origins.at("thresholds.status-days-before-meeting"), at("birken/planlint.toml") + ":4");
  EXPECT_EQ(s.origins.at("rules.ignore"), at("shared/common.toml") + ":5");
  EXPECT_EQ(s.origins.at("words.vague"), at("shared/common.toml") + ":7");
  EXPECT_EQ(s.origins.at("thresholds.max-evaluation-interval"), "profil randers");
  EXPECT_EQ(s.origins.at("thresholds.status-interval-children"), "profil randers");
}

TEST_F(ConfigFiles, AnExtendedFileWithoutExtendsBuildsOnTheDefaultProfile) {
  write("base.toml", "[thresholds]\nminutes-within-days = 2\n");
  write("top.toml", "extends = \"randers\"\n");
  write("planlint.toml", "extends = \"top.toml\"\n[rules]\nextend-ignore = [\"PL101\"]\n");
  write("other.toml", "extends = \"base.toml\"\n");
  config::Loader loader(diag::Lang::da, engine::config_names());
  const Settings other = loader.load_file(root_ / "other.toml");
  EXPECT_EQ(other.profile, "specialsektoren");
  EXPECT_EQ(other.thresholds.minutes_within_days, 2);
  EXPECT_EQ(other.thresholds.enrolment_deadlines.size(), 2U);
  const Settings s = loader.load_file(root_ / "planlint.toml");
  EXPECT_EQ(s.profile, "randers");
  EXPECT_EQ(s.rules.ignore, strings({"missing-mandatory-goal", "PL101"}));
}

// ---- nearest planlint.toml ---------------------------------------------------------------------

TEST_F(ConfigFiles, TheNearestFileFromTheFolderUpwardWins) {
  write("planlint.toml", "letters = \"SMART\"\n");
  write("a/planlint.toml", "extends = \"../planlint.toml\"\nletters = \"SMRT\"\n");
  fs::create_directories(root_ / "a/b/c");
  fs::create_directories(root_ / "x");
  // A folder named planlint.toml is not a config file.
  fs::create_directories(root_ / "a/b/planlint.toml");
  config::Loader loader(diag::Lang::da, engine::config_names());
  EXPECT_EQ(loader.find_config(root_ / "a/b/c"), root_ / "a/planlint.toml");
  EXPECT_EQ(loader.find_config(root_ / "a"), root_ / "a/planlint.toml");
  EXPECT_EQ(loader.find_config(root_ / "x"), root_ / "planlint.toml");
  EXPECT_EQ(loader.find_config(root_), root_ / "planlint.toml");
  EXPECT_EQ(loader.for_directory(root_ / "a/b/c").letters, "SMRT");
  EXPECT_EQ(loader.for_directory(root_ / "x").letters, "SMART");
  EXPECT_EQ(loader.for_directory(root_ / "a/b/c").origins.at("letters"), at("a/planlint.toml") + ":2");
  // A folder that does not exist (yet) is looked up all the same.
  EXPECT_EQ(loader.find_config(root_ / "a/ny/mappe"), root_ / "a/planlint.toml");
  EXPECT_EQ(loader.find_config(root_ / "a/b/../../x"), root_ / "planlint.toml");
}

TEST_F(ConfigFiles, WithoutAFileTheDefaultProfileApplies) {
  fs::create_directories(root_ / "tom");
  config::Loader loader(diag::Lang::da, engine::config_names());
  if (!loader.find_config(root_ / "tom").empty()) GTEST_SKIP() << "a planlint.toml above the temporary folder";
  const Settings& s = loader.for_directory(root_ / "tom");
  EXPECT_EQ(s.profile, "specialsektoren");
  EXPECT_EQ(config::fingerprint(s), config::fingerprint(loader.load_profile("specialsektoren")));
  EXPECT_EQ(s.origins.at("letters"), "profil specialsektoren");
}

TEST_F(ConfigFiles, SettingsAreCachedPerDirectoryAndSharedPerFile) {
  write("planlint.toml", "letters = \"SMART\"\n");
  fs::create_directories(root_ / "a");
  fs::create_directories(root_ / "b");
  config::Loader loader(diag::Lang::da, engine::config_names());
  const Settings& a = loader.for_directory(root_ / "a");
  // The same object for the same folder, and for another folder under the same file.
  EXPECT_EQ(&loader.for_directory(root_ / "a"), &a);
  EXPECT_EQ(&loader.for_directory(root_ / "b"), &a);
  EXPECT_EQ(&loader.for_directory(root_), &a);
  // A file created or changed later is not seen by this loader: one run, one view.
  write("a/planlint.toml", "letters = \"SM\"\n");
  write("planlint.toml", "letters = \"S\"\n");
  EXPECT_EQ(loader.find_config(root_ / "a"), root_ / "planlint.toml");
  EXPECT_EQ(loader.for_directory(root_ / "a").letters, "SMART");
  // A new loader sees both.
  config::Loader fresh(diag::Lang::da, engine::config_names());
  EXPECT_EQ(fresh.for_directory(root_ / "a").letters, "SM");
  EXPECT_EQ(fresh.for_directory(root_ / "b").letters, "S");
  // A broken file is refused each time it is asked for (nothing half-loaded is cached).
  write("c/planlint.toml", "letters = 1\n");
  for (int i = 0; i < 2; ++i) {
    EXPECT_THROW(fresh.for_directory(root_ / "c"), config::ConfigError);
  }
}

TEST_F(ConfigFiles, AFolderReachedThroughASymlinkUsesTheFileAboveItsRealLocation) {
  write("real/planlint.toml", "letters = \"SMRT\"\n");
  fs::create_directories(root_ / "real/sub");
  fs::create_directories(root_ / "links");
  fs::create_directory_symlink(root_ / "real/sub", root_ / "links/sub");
  config::Loader loader(diag::Lang::da, engine::config_names());
  EXPECT_EQ(loader.find_config(root_ / "links/sub"), root_ / "real/planlint.toml");
  EXPECT_EQ(loader.for_directory(root_ / "links/sub").letters, "SMRT");
  EXPECT_EQ(&loader.for_directory(root_ / "links/sub"), &loader.for_directory(root_ / "real/sub"));
}

// ---- globs -------------------------------------------------------------------------------------

TEST(ConfigGlob, StarStaysWithinASegment) {
  EXPECT_TRUE(config::glob_match("*.plan", "asta.plan"));
  EXPECT_TRUE(config::glob_match("*.plan", ".plan"));
  EXPECT_FALSE(config::glob_match("*.plan", "arkiv/asta.plan"));
  EXPECT_TRUE(config::glob_match("arkiv/*", "arkiv/asta.plan"));
  EXPECT_FALSE(config::glob_match("arkiv/*", "arkiv/2024/asta.plan"));
  EXPECT_TRUE(config::glob_match("arkiv/*/asta.plan", "arkiv/2024/asta.plan"));
  EXPECT_FALSE(config::glob_match("arkiv/*/asta.plan", "arkiv/asta.plan"));
  EXPECT_TRUE(config::glob_match("a*b*c.plan", "axxbyyc.plan"));
  EXPECT_FALSE(config::glob_match("a*b*c.plan", "axxcyyb.plan"));
  EXPECT_TRUE(config::glob_match("*", "asta.plan"));
  EXPECT_FALSE(config::glob_match("*", "a/b"));
}

TEST(ConfigGlob, DoubleStarSpansSegments) {
  EXPECT_TRUE(config::glob_match("arkiv/**", "arkiv/asta.plan"));
  EXPECT_TRUE(config::glob_match("arkiv/**", "arkiv/2024/03/asta.plan"));
  EXPECT_FALSE(config::glob_match("arkiv/**", "arkivet/asta.plan"));
  EXPECT_FALSE(config::glob_match("arkiv/**", "andet/arkiv/asta.plan"));
  EXPECT_TRUE(config::glob_match("**/asta.plan", "asta.plan"));  // zero segments
  EXPECT_TRUE(config::glob_match("**/asta.plan", "a/b/asta.plan"));
  EXPECT_FALSE(config::glob_match("**/asta.plan", "a/basta.plan"));
  EXPECT_TRUE(config::glob_match("**/arkiv/**", "x/y/arkiv/z.plan"));
  EXPECT_TRUE(config::glob_match("**", "a/b/c.plan"));
  // ** followed by a * in a later segment.
  EXPECT_TRUE(config::glob_match("**/*.plan", "asta.plan"));
  EXPECT_TRUE(config::glob_match("**/*.plan", "a/asta.plan"));
  EXPECT_TRUE(config::glob_match("**/*.plan", "a/b/asta.plan"));
  EXPECT_FALSE(config::glob_match("**/*.plan", "a/b/asta.txt"));
  EXPECT_TRUE(config::glob_match("**/b/*.plan", "a/b/c/b/x.plan"));
  EXPECT_TRUE(config::glob_match("arkiv/**/*.udkast.plan", "arkiv/2024/asta.udkast.plan"));
  EXPECT_FALSE(config::glob_match("arkiv/**/*.udkast.plan", "arkiv/2024/asta.plan"));
}

TEST(ConfigGlob, QuestionMarkIsOneCharacterWithinASegment) {
  EXPECT_TRUE(config::glob_match("asta?.plan", "asta2.plan"));
  EXPECT_FALSE(config::glob_match("asta?.plan", "asta.plan"));
  EXPECT_FALSE(config::glob_match("asta?.plan", "asta12.plan"));
  EXPECT_FALSE(config::glob_match("a?b", "a/b"));
  // One character, also when it is not ASCII.
  EXPECT_TRUE(config::glob_match("b?rn/*.plan", "børn/asta.plan"));
  EXPECT_TRUE(config::glob_match("?sta.plan", "åsta.plan"));
  EXPECT_FALSE(config::glob_match("??sta.plan", "åsta.plan"));
}

TEST(ConfigGlob, LiteralSegments) {
  EXPECT_TRUE(config::glob_match("arkiv/asta.plan", "arkiv/asta.plan"));
  EXPECT_FALSE(config::glob_match("arkiv/asta.plan", "arkiv/asta.plan2"));
  EXPECT_FALSE(config::glob_match("arkiv/asta.plan", "Arkiv/asta.plan"));
  EXPECT_TRUE(config::glob_match("", ""));
  EXPECT_FALSE(config::glob_match("", "a"));
  EXPECT_FALSE(config::glob_match("a", ""));
}

// ---- per-path overrides, applied -------------------------------------------------------------

bool active(const std::vector<engine::ActiveRule>& rules, std::string_view name, diag::Severity* severity = nullptr) {
  for (const auto& a : rules) {
    if (a.rule->meta().name == name) {
      if (severity != nullptr) *severity = a.severity;
      return true;
    }
  }
  return false;
}

TEST_F(ConfigFiles, OverridesApplyToMatchingPathsRelativeToTheirFile) {
  write("planlint.toml",
        "[rules]\nignore = [\"missing-wishes\"]\n"
        "[[overrides]]\npaths = [\"arkiv/**\"]\nignore = [\"PL1\"]\nseverity = { missing-methods = \"error\" }\n"
        "[[overrides]]\npaths = [\"**/*.udkast.plan\"]\nselect = [\"missing-wishes\"]\n");
  fs::create_directories(root_ / "arkiv/2024");
  config::Loader loader(diag::Lang::da, engine::config_names());
  const Settings& s = loader.for_directory(root_);
  ASSERT_EQ(s.overrides.size(), 2U);
  EXPECT_EQ(s.overrides[0].base_dir, root_.generic_string());

  const auto plain = engine::active_rules(s, root_ / "asta.plan");
  EXPECT_TRUE(active(plain, "missing-success-criterion"));
  EXPECT_FALSE(active(plain, "missing-wishes"));
  diag::Severity sev{};
  ASSERT_TRUE(active(plain, "missing-methods", &sev));
  EXPECT_EQ(sev, diag::Severity::warning);

  const auto archived = engine::active_rules(s, root_ / "arkiv/2024/asta.plan");
  EXPECT_FALSE(active(archived, "missing-success-criterion"));  // PL101, ignored under arkiv/
  EXPECT_FALSE(active(archived, "end-before-start"));           // PL106
  EXPECT_TRUE(active(archived, "missing-methods", &sev));
  EXPECT_EQ(sev, diag::Severity::error);

  // An override's select switches on a rule ignored by [rules], in any folder.
  EXPECT_TRUE(active(engine::active_rules(s, root_ / "asta.udkast.plan"), "missing-wishes"));
  EXPECT_TRUE(active(engine::active_rules(s, root_ / "arkiv/2024/asta.udkast.plan"), "missing-wishes"));
  // Without a path (stdin) no override applies.
  EXPECT_FALSE(active(engine::active_rules(s, {}), "missing-wishes"));
  // The path as a command line gives it: not normalised, or through a symlink.
  EXPECT_FALSE(active(engine::active_rules(s, root_ / "." / "arkiv/2024/asta.plan"), "missing-success-criterion"));
  EXPECT_FALSE(active(engine::active_rules(s, root_ / "arkiv/../arkiv/2024/asta.plan"), "missing-success-criterion"));
  fs::create_directory_symlink(root_, root_.parent_path() / (root_.filename().string() + "-link"));
  const fs::path link = root_.parent_path() / (root_.filename().string() + "-link");
  const bool through_link = active(engine::active_rules(s, link / "arkiv/2024/asta.plan"), "missing-success-criterion");
  fs::remove(link);
  EXPECT_FALSE(through_link);
}

TEST_F(ConfigFiles, OverridesFromAnExtendedFileAreRelativeToThatFile) {
  write("planlint.toml", "[[overrides]]\npaths = [\"birken/arkiv/**\"]\nignore = [\"ALL\"]\n");
  write("birken/planlint.toml",
        "extends = \"../planlint.toml\"\n[[overrides]]\npaths = [\"*.plan\"]\nignore = [\"missing-wishes\"]\n");
  config::Loader loader(diag::Lang::da, engine::config_names());
  const Settings& s = loader.for_directory(root_ / "birken");
  ASSERT_EQ(s.overrides.size(), 2U);
  EXPECT_EQ(s.overrides[0].base_dir, root_.generic_string());
  EXPECT_EQ(s.overrides[1].base_dir, (root_ / "birken").generic_string());
  EXPECT_EQ(s.overrides[0].origin, at("planlint.toml") + ":1");
  EXPECT_EQ(s.overrides[1].origin, at("birken/planlint.toml") + ":2");
  EXPECT_TRUE(engine::active_rules(s, root_ / "birken/arkiv/a.plan").empty());
  const auto here = engine::active_rules(s, root_ / "birken/a.plan");
  EXPECT_FALSE(active(here, "missing-wishes"));
  EXPECT_TRUE(active(here, "missing-methods"));
}

// ---- fingerprint -------------------------------------------------------------------------------

TEST(ConfigFingerprint, EqualSettingsGiveEqualFingerprints) {
  const std::string text = "letters = \"SMART\"\n[rules]\nignore = [\"PL101\"]\n";
  const std::string a = config::fingerprint(load(text));
  EXPECT_EQ(a, config::fingerprint(load(text)));
  // Comments, layout and where a value came from do not matter.
  EXPECT_EQ(
      a, config::fingerprint(load(
             "# lokal\nletters = 'SMART'  # som regionen\n\n[thresholds]\n\n[rules]\nignore = [\n  \"PL101\",\n]\n")));
  config::Loader loader(diag::Lang::da, engine::config_names());
  const Settings elsewhere = loader.load_text(text, "/andet/sted/planlint.toml", "/andet/sted");
  EXPECT_NE(elsewhere.origins, load(text).origins);
  EXPECT_EQ(a, config::fingerprint(elsewhere));
  // The value the profile already has, set explicitly.
  EXPECT_EQ(config::fingerprint(load("")),
            config::fingerprint(load("letters = \"SMARTE\"\n[thresholds]\nminutes-within-days = 7\n")));
  // The English loader gives the same settings.
  EXPECT_EQ(config::fingerprint(load("letters = \"SMRT\"\n")),
            config::fingerprint(load("letters = \"SMRT\"\n", diag::Lang::en)));
}

TEST(ConfigFingerprint, EverySettingChangesIt) {
  const std::string base = config::fingerprint(load(""));
  const std::vector<std::string> variants = {
      "letters = \"SMART\"\n",
      "[rules]\nselect = [\"PL1\"]\n",
      "[rules]\nextend-select = [\"PL1\"]\n",
      "[rules]\nignore = [\"PL101\"]\n",
      "[rules.severity]\nPL101 = \"info\"\n",
      "[thresholds]\nmax-evaluation-interval = \"hver 2. måned\"\n",
      "[thresholds]\nmax-evaluation-interval = \"hver 3. uge\"\n",
      "[thresholds]\nstatus-interval-children = \"årligt\"\n",
      "[thresholds]\nstatus-interval-adults = \"halvårligt\"\n",
      "[thresholds]\nstatus-days-before-meeting = 13\n",
      "[thresholds]\nminutes-within-days = 8\n",
      "[thresholds]\nrevision-interval = \"halvårligt\"\n",
      "[thresholds]\nplan-start-within-days = 31\n",
      "[thresholds]\nenrolment-deadlines = []\n",
      "[[thresholds.enrolment-deadlines]]\nname = \"DPU\"\nwithin-months = 12\nrepeat-months = 12\n",
      "[[thresholds.enrolment-deadlines]]\nname = \"DPU\"\nwithin-months = 12\nrepeat-months = 24\n",
      "[words]\navoidance = [\"droppe\"]\n",
      "[words]\nvague = [\"droppe\"]\n",
      "[words]\nvague = [\"a,b\"]\n",
      "[words]\nvague = [\"a\", \"b\"]\n",
      "[[overrides]]\npaths = [\"a/**\"]\n",
      "[[overrides]]\npaths = [\"b/**\"]\n",
      "[[overrides]]\npaths = [\"a/**\"]\nignore = [\"PL1\"]\n",
      "[[overrides]]\npaths = [\"a/**\"]\nselect = [\"PL1\"]\n",
      "[[overrides]]\npaths = [\"a/**\"]\nseverity = { PL101 = \"info\" }\n",
  };
  std::vector<std::string> seen{base};
  for (const std::string& v : variants) {
    const std::string f = config::fingerprint(load(v));
    EXPECT_EQ(std::count(seen.begin(), seen.end(), f), 0) << v;
    seen.push_back(f);
  }
}

// ---- planlint config show ----------------------------------------------------------------------

using ShowRun = testing::BinaryRun;

class ConfigShow : public ConfigFiles {
 protected:
  // Runs `planlint <args>` in the temporary folder.
  ShowRun run(const std::string& args) { return testing::run_planlint(root_.string(), args); }
};

TEST_F(ConfigShow, EveryValueWithWhereItComesFrom) {
  write("planlint.toml", "extends = \"smorte\"\n[thresholds]\nminutes-within-days = 5\n");
  write("birken/planlint.toml",
        "extends = \"../planlint.toml\"\n"
        "[rules]\n"
        "ignore = [\"missing-wishes\"]\n"
        "severity = { unused-handleplan-goal = \"warning\" }\n"
        "[thresholds]\n"
        "status-days-before-meeting = 21\n"
        "[words]\n"
        "vague = [\"nogenlunde\"]\n"
        "[[overrides]]\n"
        "paths = [\"arkiv/**\"]\n"
        "ignore = [\"PL1\"]\n"
        "severity = { missing-methods = \"info\" }\n");
  fs::create_directories(root_ / "birken/stue");
  const ShowRun r = run("config show birken/stue");
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::string top = at("planlint.toml");
  const std::string birken = at("birken/planlint.toml");
  // Padded to 48 characters (not bytes).
  const auto row = [](const std::string& setting, const std::string& origin) {
    const auto width = static_cast<std::size_t>(
        std::count_if(setting.begin(), setting.end(), [](char c) { return (c & 0xC0) != 0x80; }));
    return setting + std::string(width < 48 ? 48 - width : 0, ' ') + " # " + origin + "\n";
  };
  std::string expected = "# Konfiguration: " + birken + "\n";
  expected += row("letters = \"SMORT\"", "profil smorte");
  expected += "\n[rules]\n";
  expected += row("select = [\"ALL\"]", "profil specialsektoren");
  expected += row("ignore = [\"missing-wishes\"]", birken + ":3");
  expected += row("severity.unused-handleplan-goal = \"warning\"", birken + ":4");
  expected += "\n[thresholds]\n";
  expected += row("max-evaluation-interval = \"hver 3. måned\"", "profil specialsektoren");
  expected += row("status-interval-children = \"hver 6. måned\"", "profil specialsektoren");
  expected += row("status-interval-adults = \"hvert år\"", "profil specialsektoren");
  expected += row("status-days-before-meeting = 21", birken + ":6");
  expected += row("minutes-within-days = 5", top + ":3");
  expected += row("revision-interval = \"hvert år\"", "profil specialsektoren");
  expected += row("plan-start-within-days = 30", "profil specialsektoren");
  expected +=
      row("enrolment-deadlines = { name = \"DPU\", within-months = 12, repeat-months = 24 }", "profil specialsektoren");
  expected += row("enrolment-deadlines = { name = \"Autonomt kompas\", within-months = 6, repeat-months = 0 }",
                  "profil specialsektoren");
  expected += "\n[words]\n";
  expected += row("vague = [\"nogenlunde\"]", birken + ":8");
  expected += "\n[[overrides]]  # " + birken +
              ":9\npaths = [\"arkiv/**\"]\nignore = [\"PL1\"]\nseverity = { missing-methods = \"info\" }\n";
  EXPECT_EQ(r.out, expected);
  // A plan's path shows its folder's settings; --config shows the file given.
  write("birken/stue/asta.plan", "");
  EXPECT_EQ(run("config show birken/stue/asta.plan").out, expected);
  const ShowRun c = run("config show --config planlint.toml birken");
  EXPECT_EQ(c.exit, 0) << c.err;
  EXPECT_TRUE(c.out.starts_with("# Konfiguration: planlint.toml\n" + row("letters = \"SMORT\"", "profil smorte")))
      << c.out;
  EXPECT_TRUE(contains(c.out, row("minutes-within-days = 5", "planlint.toml:3"))) << c.out;
}

TEST_F(ConfigShow, EachOverrideShowsItsOwnOrigin) {
  write("planlint.toml",
        "[[overrides]]\npaths = [\"a/**\"]\nignore = [\"PL1\"]\n\n[[overrides]]\npaths = [\"b/**\"]\nselect = "
        "[\"PL2\"]\n");
  const ShowRun r = run("config show");
  EXPECT_EQ(r.exit, 0) << r.err;
  const std::string file = at("planlint.toml");
  EXPECT_TRUE(contains(r.out, "\n[[overrides]]  # " + file +
                                  ":1\npaths = [\"a/**\"]\nignore = [\"PL1\"]\n\n[[overrides]]  # " + file +
                                  ":5\npaths = [\"b/**\"]\nselect = [\"PL2\"]\n"))
      << r.out;
}

TEST_F(ConfigShow, WithoutAFileAndInEnglish) {
  fs::create_directories(root_ / "tom");
  config::Loader loader(diag::Lang::da, engine::config_names());
  if (!loader.find_config(root_).empty()) GTEST_SKIP() << "a planlint.toml above the temporary folder";
  const ShowRun r = run("config show tom");
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("# Konfiguration: (ingen planlint.toml; standardprofilen)\nletters = \"SMARTE\""))
      << r.out;
  EXPECT_TRUE(contains(r.out, "\n[rules]\nselect = [\"ALL\"]")) << r.out;
  EXPECT_TRUE(contains(r.out, "ignore = []                                      # standard\n")) << r.out;
  const ShowRun en = run("config show --lang en tom");
  EXPECT_TRUE(en.out.starts_with("# Configuration: (no planlint.toml; the default profile)\n")) << en.out << en.err;
  EXPECT_TRUE(contains(en.out, "ignore = []                                      # default\n")) << en.out;
}

TEST_F(ConfigShow, ARefusedFileExitsTwoWithFileLineAndMessage) {
  write("planlint.toml", "[thresholds]\nmax-evaluation = \"hver 3. måned\"\n");
  const ShowRun r = run("config show");
  EXPECT_EQ(r.exit, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "planlint: " + at("planlint.toml") +
                       ":2: Ukendt nøgle »max-evaluation« [thresholds]; mente du »max-evaluation-interval«?\n");
  // planlint check refuses it the same way, with exit code 2.
  write("a.plan", "");
  const ShowRun c = run("check a.plan");
  EXPECT_EQ(c.exit, 2);
  EXPECT_TRUE(contains(c.err, at("planlint.toml") + ":2: Ukendt nøgle »max-evaluation« [thresholds]")) << c.err;
}

TEST_F(ConfigShow, CheckUsesTheNearestFileItsOverridesAndTheCommandLine) {
  const std::string plan = std::string(testing::kHeader) + "## Mål 1: Asta tager trøjen på\n";
  write("planlint.toml", "[rules]\nignore = [\"PL1\"]\n[[overrides]]\npaths = [\"arkiv/**\"]\nignore = [\"PL2\"]\n");
  write("a.plan", plan);
  write("arkiv/b.plan", plan);
  write("andet.toml", "");
  const auto has = [](const ShowRun& r, std::string_view code) {
    return contains(r.out, "\"code\": \"" + std::string(code));
  };
  const std::string check = "check --today 2026-08-01 --format json ";
  const ShowRun a = run(check + "a.plan");
  EXPECT_FALSE(has(a, "PL1")) << a.out;
  EXPECT_TRUE(has(a, "PL207")) << a.out;
  // The override applies to the plan however its path is written.
  for (const std::string& path : std::vector<std::string>{"arkiv/b.plan", "./arkiv/b.plan", "arkiv/../arkiv/b.plan"}) {
    const ShowRun b = run(check + path);
    EXPECT_FALSE(has(b, "PL1")) << path << b.out;
    EXPECT_FALSE(has(b, "PL2")) << path << b.out;
  }
  // --ignore adds to the configured ignore list; --select replaces the configured selection.
  const ShowRun ignored = run(check + "--ignore PL207 a.plan");
  EXPECT_FALSE(has(ignored, "PL1"));
  EXPECT_FALSE(has(ignored, "PL207"));
  EXPECT_TRUE(has(ignored, "PL206")) << ignored.out;
  const ShowRun selected = run(check + "--select PL207,PL101 a.plan");
  EXPECT_TRUE(has(selected, "PL207")) << selected.out;
  EXPECT_FALSE(has(selected, "PL101")) << selected.out;  // still ignored by the file
  EXPECT_FALSE(has(selected, "PL206")) << selected.out;
  // --config skips the lookup: the empty file is the default profile.
  const ShowRun other = run(check + "--config andet.toml arkiv/b.plan");
  EXPECT_TRUE(has(other, "PL101")) << other.out;
  EXPECT_TRUE(has(other, "PL207")) << other.out;
}

// ---- [words] section prefixes ----------------------------------------------------------------

TEST(ConfigWords, SectionPrefixesMustNameAWordListSection) {
  // Known sections, in any case and with folded spelling, load.
  EXPECT_EQ(refusal("[words]\navoidance = [\"[problemer] energidrik\", \"[PROBLEMER] x\", \"droppe\"]\n"), "");
  EXPECT_EQ(refusal("[words]\nvague = [\"[vag] nogenlunde\"]\nobservable = [\"[handlinger] cykle\"]\n"), "");
  EXPECT_EQ(load("[words]\navoidance = [\"[problemer] energidrik\"]\n").words.at("avoidance").at(0), "[problemer] energidrik");
  // A misspelt section is refused with its line and the nearest name.
  EXPECT_EQ(refusal("[words]\navoidance = [\n  \"droppe\",\n  \"[problmer] energidrik\",\n]\n"),
            "planlint.toml:4: Ukendt ordlisteafsnit »[problmer]« i »[problmer] energidrik«; mente du »[problemer]«?");
  // Nothing near: the known sections are listed.
  const std::string far = refusal("[words]\navoidance = [\"[xyz] energidrik\"]\n");
  EXPECT_NE(far.find("planlint.toml:2: Ukendt ordlisteafsnit »[xyz]«"), std::string::npos) << far;
  EXPECT_NE(far.find("Kendte afsnit: undgåelse, reduktion,"), std::string::npos) << far;
  // An unclosed bracket.
  EXPECT_EQ(refusal("[words]\navoidance = [\"[problemer energidrik\"]\n"),
            "planlint.toml:2: »[problemer energidrik« mangler »]« efter afsnittets navn; skriv fx »[problemer] ord«.");
  EXPECT_EQ(refusal("[words]\nvague = [\"[vga] x\"]\n", diag::Lang::en),
            "planlint.toml:2: Unknown word-list section »[vga]« in »[vga] x«; did you mean »[vag]«?");
}

}  // namespace
}  // namespace planlint
