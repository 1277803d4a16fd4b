// The format layer's one seam for work on a second core: every thread ical-export starts is started
// here, so what runs at once and what it shares is written in one place. The uses:
//  - stream_reader.cpp: libical reads the next batch of candidate events while the previous one is
//    taken (two batches at once), and the zones of the file's leading VTIMEZONEs are built while
//    the scan goes on;
//  - writer.cpp: the second half of a large calendar's tasks is built by a writer of its own.
// What the work may share with the thread that started it: a VtimezoneCache (its map under its own
// mutex, each zone's transitions under libical 3.0's lock) and inputs that are only read and
// outlive the future. Nothing else: libical objects stay on the thread that made them (libical's
// string buffers are per thread). Why these three and what each gives: docs/performance.md.
#pragma once

#include <chrono>
#include <future>
#include <utility>

namespace followups::ical
{

// Runs `work` on another thread when one can be started, else on the thread that takes its result,
// when it takes it: the result is the same either way.
template <typename Work> [[nodiscard]] auto onSecondCore(Work&& work)
{
    return std::async(std::launch::async | std::launch::deferred, std::forward<Work>(work));
}

// Whether the work of `future` has been left to the thread that takes its result.
template <typename Result> bool leftToTaker(const std::future<Result>& future)
{
    return future.wait_for(std::chrono::seconds{0}) == std::future_status::deferred;
}

} // namespace followups::ical
