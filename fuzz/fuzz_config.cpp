// libFuzzer target: the configuration users write, as the loader and the language server read
// it: planlint.toml (with `extends` chains) and the LSP's settings (initializationOptions,
// workspace/didChangeConfiguration). Built with -DPLANLINT_FUZZ=ON and clang; run by
// scripts/test-sanitizers.sh with the seeds in fuzz/corpus-config/ and the built-in profiles.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "config_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return 0;  // a planlint.toml is a few lines; bigger adds time, not coverage
  const std::string problem = planlint::fuzzing::check_config_input({reinterpret_cast<const char*>(data), size});
  if (!problem.empty()) {
    std::fprintf(stderr, "planlint_config_fuzz: %s\n", problem.c_str());
    __builtin_trap();
  }
  return 0;
}
