#pragma once

// One input of the configuration fuzzer (fuzz/fuzz_config.cpp). The normal test suite runs
// the seeds and the kept crashers through the same function (tests/unit/config_corpus_test.cpp).
//
// An input whose first character after white space is '{' is the language server's settings
// as JSON (initializationOptions, or the settings of workspace/didChangeConfiguration);
// anything else is a planlint.toml. `extends` may name the files of a scratch folder that the
// function makes once per process (see config_input.cpp), as a region's shared file would be.
#include <string>
#include <string_view>

namespace planlint::fuzzing {

// Loads the input and uses what it gives (rule selection, per-path overrides, a lint of a
// small plan); returns the invariant it broke, or an empty string. Crashes, hangs, leaks and
// exceptions other than config::ConfigError are left to the sanitizers, libFuzzer and gtest.
std::string check_config_input(std::string_view data);

}  // namespace planlint::fuzzing
