#include <stddef.h>
#include <stdint.h>

// The parts of libFuzzer's interface (its FuzzerInterface.h) that the fuzz targets use.

/// The fuzz target: each target defines it in Swift (`@_cdecl("LLVMFuzzerTestOneInput")`).
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/// libFuzzer's driver for programs that keep a `main` of their own (defined in libFuzzer's
/// runtime, which `-sanitize=fuzzer` links): parses libFuzzer's command line and runs `callback`
/// on each input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
