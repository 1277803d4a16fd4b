#include "run.h"

#include <malloc.h>

int main(int argc, char** argv)
{
    // Reading a calendar allocates and frees libical's tree batch after batch, on two threads;
    // glibc hands freed memory back to the kernel and faults it in again for the next batch, a
    // tenth of plan's time on a 100,000-event calendar. Kept instead, it costs no more than the
    // peak it already reached.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // the largest glibc takes; fixed, so it stops adapting
    return followups::cli::run(argc, argv);
}
