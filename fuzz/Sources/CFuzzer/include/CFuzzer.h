// libFuzzer's driver entry point (compiler-rt, FuzzerInterface.h). SwiftPM links every executable with
// `main` aliased to `<Module>_main`, which hides libFuzzer's own `main`, so each target calls this itself.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
