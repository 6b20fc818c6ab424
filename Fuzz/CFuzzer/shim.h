// libFuzzer's entry point for programs that have their own main (compiler-rt's
// FuzzerInterface.h). It is defined by the runtime `-sanitize=fuzzer` links, which is why the
// harnesses build only with LABKIT_FUZZ=1 (`make fuzz-cov`).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*UserCb)(const uint8_t *Data, size_t Size));
