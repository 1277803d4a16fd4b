// Hot paths of a planning run on a 10,000-event calendar with 1% interviews (generate_calendar.py):
// reading, recognising and planning, writing, and business-day arithmetic.
#include "followups/ical/reader.h"
#include "followups/ical/writer.h"
#include "followups/planner.h"
#include "followups/recognize.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace
{

using namespace followups;
using namespace std::chrono;

const std::string& calendarText()
{
    static const std::string text = [] {
        std::ifstream in(FOLLOWUPS_BENCH_CALENDAR, std::ios::binary);
        if (!in) {
            throw std::runtime_error("missing " FOLLOWUPS_BENCH_CALENDAR);
        }
        std::ostringstream out;
        out << in.rdbuf();
        return out.str();
    }();
    return text;
}

const Instant now = sys_days{2026y / November / 22} + 9h;

Policy benchPolicy()
{
    Policy policy = defaultPolicy(*Zone::fromId("Europe/Berlin"));
    policy.myAddresses = {"me@example.org"};
    return policy;
}

ical::ReadOptions readOptions()
{
    return {.userZone = *Zone::fromId("Europe/Berlin"),
            .expansion = {now - days{400}, now + days{800}}};
}

void readEvents(benchmark::State& state)
{
    const auto options = readOptions();
    for (auto _ : state) {
        auto read = ical::readEvents(calendarText(), "bench.ics", options);
        benchmark::DoNotOptimize(read.events.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                            static_cast<int64_t>(calendarText().size()));
}
BENCHMARK(readEvents)->Unit(benchmark::kMillisecond);

// What `plan` does: the streaming reader's scan and keyword pre-filter over every byte, libical on
// the events that may be interviews only. Read from memory in 256 KiB chunks, as from a file.
void readInterviewEvents(benchmark::State& state)
{
    const ical::StreamOptions options{readOptions(), benchPolicy().keywords.interview};
    const std::string& text = calendarText();
    for (auto _ : state) {
        size_t position = 0;
        auto read = ical::readInterviewEvents(
            [&](char* buffer, size_t capacity) {
                const size_t count = std::min(capacity, text.size() - position);
                text.copy(buffer, count, position);
                position += count;
                return count;
            },
            "bench.ics", options);
        benchmark::DoNotOptimize(read.events.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                            static_cast<int64_t>(text.size()));
}
// Both read on several threads: CPU is every thread's, and rates are per second of wall time.
BENCHMARK(readInterviewEvents)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void recognizeAndPlan(benchmark::State& state)
{
    const auto policy = benchPolicy();
    const auto events = ical::readEvents(calendarText(), "bench.ics", readOptions()).events;
    const TimeRange window{now - days{400}, now + days{800}};
    for (auto _ : state) {
        Warnings warnings;
        const auto interviews = collectInterviews(events, policy, warnings);
        auto plan = planFollowUps(interviews, policy, now, window);
        benchmark::DoNotOptimize(plan.tasks.data());
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                            static_cast<int64_t>(events.size()));
}
BENCHMARK(recognizeAndPlan)->Unit(benchmark::kMillisecond);

void writeTasks(benchmark::State& state)
{
    const auto policy = benchPolicy();
    const auto events = ical::readEvents(calendarText(), "bench.ics", readOptions()).events;
    Warnings warnings;
    const auto plan = planFollowUps(collectInterviews(events, policy, warnings), policy, now,
                                    {now - days{400}, now + days{800}});
    std::vector<ical::TaskToWrite> toWrite;
    for (const auto& task : plan.tasks) {
        toWrite.push_back({.task = task, .issuedSiblings = {}, .verbatim = {}});
    }
    const ical::WriteOptions options{
        .shape = ical::Shape::Todos, .userZone = policy.userZone, .dtstamp = now};
    for (auto _ : state) {
        auto text = ical::writeCalendar(toWrite, options);
        benchmark::DoNotOptimize(text.data());
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                            static_cast<int64_t>(toWrite.size()));
}
BENCHMARK(writeTasks)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

void addBusinessDays(benchmark::State& state)
{
    BusinessCalendar calendar;
    for (int day = 1; day <= 28; day += 3) {
        calendar.addHoliday(2026y / December / day);
    }
    const Date from = 2026y / November / 27;
    for (auto _ : state) {
        benchmark::DoNotOptimize(calendar.addBusinessDays(from, BusinessDays{10}));
    }
}
BENCHMARK(addBusinessDays);

} // namespace

BENCHMARK_MAIN();
