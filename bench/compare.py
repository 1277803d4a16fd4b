#!/usr/bin/python3
"""Whole processes side by side on the same generated calendar, against the targets of issue 4.

`interview-followups plan` does the whole job (read, recognise, plan, write the tasks); the
baselines only parse the file and walk every event's summary and start: libical
(icalparser_parse_string, the straightforward way to do our job), ical.js (Thunderbird's parser),
python-icalendar, KCalendarCore (Kontact's) when built; `grep -c -i interview` is the cost of
touching every byte. Medians come from hyperfine (few runs for the slow baselines), peak RSS from a
separate run of each. Prints a Markdown table (with CPU time, user + system, beside the wall-clock
median: it suffers less from other load) and PASS/FAIL per target; exits 1 if one fails.

Builds nothing: BUILD_DIR must be configured with -DFOLLOWUPS_BUILD_BENCH=ON (Release) and built;
ical.js is the copy `npm ci` installs in tests/interop.

  bench/compare.py BUILD_DIR                 100,000 events, every contender
  bench/compare.py BUILD_DIR --flatness      the same, then 1,000,000 events for interview-followups,
                                             grep and libical: is peak memory flat?
  bench/compare.py BUILD_DIR --events 20000 --only interview-followups,grep
"""
import argparse
import json
import os
import pathlib
import shlex
import subprocess
import sys
from dataclasses import dataclass

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent
OURS = "interview-followups"
FLATNESS_EVENTS = 1_000_000
# Issue 4's targets: each baseline's median over ours, at least; ours over grep's, at most.
SPEEDUP_TARGETS = {"libical": 10, "ical.js": 15, "python-icalendar": 100}
GREP_TARGET = 5
RSS_TARGET_MB = 64
FLATNESS_TARGET = 0.10


@dataclass
class Contender:
    name: str
    argv: list  # "{calendar}" and "{out}" are filled in per run
    hyperfine: list  # run counts: a slow baseline gets one or two runs
    hyperfine_at_flatness_size: list  # empty: not run at FLATNESS_EVENTS


@dataclass
class Result:
    contender: Contender
    median_s: float
    cpu_s: float  # user + system, mean: less sensitive than wall time to other load
    runs: int
    peak_rss_mb: float
    output: str


def contenders(build: pathlib.Path) -> list:
    found = [
        Contender(OURS, [str(build / "cli/interview-followups"), "plan", "{calendar}",
                         "--no-config", "--now", "2026-11-22T09:00:00Z", "--zone", "Europe/Berlin",
                         "--me", "me@example.org", "-o", "{out}"],
                  ["--warmup", "2", "--min-runs", "10"], ["--warmup", "1", "--min-runs", "5"]),
        Contender("grep", ["grep", "-c", "-i", "interview", "{calendar}"],
                  ["--warmup", "2", "--min-runs", "10"], ["--warmup", "1", "--min-runs", "5"]),
        Contender("libical", [str(build / "bench/libical_parse"), "{calendar}"],
                  ["--warmup", "1", "--runs", "3"], ["--runs", "1"]),
        Contender("ical.js", ["node", str(HERE / "parse_icaljs.mjs"), "{calendar}"],
                  ["--runs", "2"], []),
        Contender("python-icalendar", ["/usr/bin/python3", str(HERE / "parse_python_icalendar.py"),
                                       "{calendar}"], ["--runs", "1"], []),
    ]
    if (build / "bench/kcalendarcore_load").exists():
        found.append(Contender("KCalendarCore", [str(build / "bench/kcalendarcore_load"),
                                                 "{calendar}"], ["--runs", "2"], []))
    return found


def missing(contender: Contender) -> str:
    program = contender.argv[0]
    if "/" in program and not os.access(program, os.X_OK):
        return f"{program} not built"
    if contender.name == "ical.js" and not (SOURCE / "tests/interop/node_modules/ical.js").exists():
        return "ical.js not installed (npm ci in tests/interop)"
    return ""


def calendar_for(events: int, seed: int, results: pathlib.Path) -> pathlib.Path:
    """The generated calendar, kept between runs: 1,000,000 events take a while to write."""
    path = results / f"calendar-{events}-seed{seed}.ics"
    generator = HERE / "generate_calendar.py"
    if not path.exists() or path.stat().st_mtime < generator.stat().st_mtime:
        print(f"generating {path.name}", file=sys.stderr)
        subprocess.run(["/usr/bin/python3", str(generator), str(events), str(path),
                        "--seed", str(seed)], check=True)
    return path


def measure(contender: Contender, runs: list, calendar: pathlib.Path,
            results: pathlib.Path) -> Result:
    stem = f"{contender.name}-{calendar.stem}"
    tasks = results / f"{stem}.tasks.ics"
    argv = [a.format(calendar=calendar, out=tasks) for a in contender.argv]
    stdout = results / f"{stem}.stdout"
    report = results / f"{stem}.hyperfine.json"
    # Output goes to a file, never /dev/null: GNU grep stops at the first match when it writes there.
    command = f"{shlex.join(argv)} > {shlex.quote(str(stdout))}"
    print(f"timing {contender.name} on {calendar.name}", file=sys.stderr)
    subprocess.run(["hyperfine", "--style", "none", "--export-json", str(report),
                    *runs, command], check=True)
    timing = json.loads(report.read_text())["results"][0]

    with open(stdout, "wb") as out:
        child = subprocess.Popen(argv, stdout=out)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"{contender.name} failed with exit code {child.returncode}")
    if contender.name == OURS:
        output = f"{tasks.read_bytes().count(b'BEGIN:VTODO')} tasks"
    else:
        output = stdout.read_text().strip()
    return Result(contender, timing["median"], timing["user"] + timing["system"],
                  len(timing["times"]), usage.ru_maxrss / 1024, output)


def table(results: list, events: int, calendar: pathlib.Path) -> str:
    ours = next(r for r in results if r.contender.name == OURS)
    size_mb = calendar.stat().st_size / 1e6
    lines = [f"{events:,} events, {size_mb:.1f} MB ({calendar.name})", "",
             "| command | median (ms) | CPU (ms) | runs | ratio | peak RSS (MB) | output |",
             "| --- | ---: | ---: | ---: | --- | ---: | --- |"]
    for r in results:
        if r is ours:
            ratio = "1 (ours)"
        elif r.contender.name == "grep":
            ratio = f"ours / grep = {ours.median_s / r.median_s:.2f}"
        else:
            ratio = f"theirs / ours = {r.median_s / ours.median_s:.1f}"
        lines.append(f"| {r.contender.name} | {r.median_s * 1000:,.1f} | {r.cpu_s * 1000:,.1f} | "
                     f"{r.runs} | {ratio} | {r.peak_rss_mb:,.1f} | {r.output} |")
    return "\n".join(lines)


def check_targets(results: list, speed: bool) -> list:
    """(target, measured, passed) for each target these results can say something about; the
    speed targets only when `speed` (issue 4 sets them on the 100,000-event calendar, and only
    memory on the larger one, whose table still shows the ratios)."""
    by_name = {r.contender.name: r for r in results}
    ours = by_name[OURS]
    checks = []
    if not speed:
        by_name = {OURS: ours}
    for name, at_least in SPEEDUP_TARGETS.items():
        if name in by_name:
            ratio = by_name[name].median_s / ours.median_s
            checks.append((f">= {at_least}x faster than {name}", f"{ratio:.1f}x",
                           ratio >= at_least))
    if "grep" in by_name:
        ratio = ours.median_s / by_name["grep"].median_s
        checks.append((f"within {GREP_TARGET}x of grep", f"{ratio:.2f}x", ratio <= GREP_TARGET))
    checks.append((f"peak RSS <= {RSS_TARGET_MB} MB", f"{ours.peak_rss_mb:.1f} MB",
                   ours.peak_rss_mb <= RSS_TARGET_MB))
    return checks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir", type=pathlib.Path)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--flatness", action="store_true",
                        help=f"also run at {FLATNESS_EVENTS:,} events and compare peak memory")
    parser.add_argument("--only", help="comma-separated contenders (interview-followups always runs)")
    args = parser.parse_args()

    build = args.build_dir.resolve()
    results_dir = build / "bench-results"
    results_dir.mkdir(exist_ok=True)
    chosen = contenders(build)
    if args.only:
        wanted = set(args.only.split(",")) | {OURS}
        chosen = [c for c in chosen if c.name in wanted]
    runnable = []
    for contender in chosen:
        reason = missing(contender)
        if reason:
            print(f"skipping {contender.name}: {reason}", file=sys.stderr)
        else:
            runnable.append(contender)
    if OURS not in (c.name for c in runnable):
        sys.exit(f"{OURS} is not built in {build}")

    load_before = os.getloadavg()
    sizes = [(args.events, [(c, c.hyperfine) for c in runnable])]
    if args.flatness:
        sizes.append((FLATNESS_EVENTS, [(c, c.hyperfine_at_flatness_size) for c in runnable
                                        if c.hyperfine_at_flatness_size]))
    report, checks, peak_of_ours = [], [], []
    for events, running in sizes:
        calendar = calendar_for(events, args.seed, results_dir)
        results = [measure(c, runs, calendar, results_dir) for c, runs in running]
        report.append(table(results, events, calendar))
        checks += [(f"{events:,} events: {target}", measured, passed)
                   for target, measured, passed in check_targets(results, events == args.events)]
        peak_of_ours.append(next(r for r in results if r.contender.name == OURS).peak_rss_mb)
    if args.flatness:
        growth = peak_of_ours[1] / peak_of_ours[0] - 1
        checks.append((f"peak RSS flat from {args.events:,} to {FLATNESS_EVENTS:,} events "
                       f"(within {FLATNESS_TARGET:.0%})", f"{growth:+.1%}",
                       abs(growth) <= FLATNESS_TARGET))
    load_after = os.getloadavg()

    report.append("| target | measured | |\n| --- | ---: | --- |\n" + "\n".join(
        f"| {target} | {measured} | {'PASS' if passed else 'FAIL'} |"
        for target, measured, passed in checks))
    report.append(f"load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    text = "\n\n".join(report) + "\n"
    (results_dir / "compare.md").write_text(text)
    print(text)
    return 0 if all(passed for _, _, passed in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
