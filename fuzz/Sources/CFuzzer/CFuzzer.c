// Declarations only: LLVMFuzzerRunDriver is defined in libFuzzer, linked in by `-sanitize=fuzzer`.
#include "CFuzzer.h"
