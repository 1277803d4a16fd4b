#include "run.h"

#include <malloc.h>

int main(int argc, char** argv)
{
    // Reading a calendar allocates and frees libical's tree batch after batch, on two threads
    // (ical-export/src/concurrency.h); glibc hands freed memory back to the kernel and faults it in
    // again for the next batch. Kept instead, it costs no more than the peak it already reached
    // (docs/performance.md has what it saves). The process owns its allocator: set here only.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // the largest glibc takes; fixed, so it stops adapting
    return followups::cli::run(argc, argv);
}
