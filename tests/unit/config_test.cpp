// planlint.toml: what the loader accepts, and what it refuses with a line and a way out.
#include <gtest/gtest.h>

#include <string>

#include "config/load.h"
#include "engine/lint.h"

namespace planlint {
namespace {

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
