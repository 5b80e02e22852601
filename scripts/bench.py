"""Speed near the network's limit: the lab with a delay on every DNS, HTTP and WHOIS answer.

    .venv/bin/python scripts/bench.py [--delay 0.1] [--inquiries 500] [--domains 100] [--serial N]

Prints, in one run:

- cold check: one `check` with an empty cache, its wall time, and the ratio to its critical path
  (the longest chain of requests each sent after the answer to the one before it arrived, read from
  the lab's own request log, times the delay); the chain is printed so a needless wait shows;
- warm check: the same inquiry again in the same process (cache warm), median of 5;
- batch: `python -m research batch` over a CSV of N inquiries from D buyer domains (generated lab
  sites, tests/lab/synthetic.py), a fresh cache, one worker process per core (`--processes`), the median
  of `--repeat` runs (default 3), with what the ranked table rated (the lab's buyers are all genuine):
  inquiries per second, the peak memory of the process and its workers (PSS: a page the workers share
  counted once), and the ratio against the same batch one at a time (the same command with `--jobs 1
  --processes 1`), and against the same inquiries checked in turn in one process (each its own
  research() call, one cache, no report files); `--serial N` times those two on the first N only and
  scales, the batch's start included (0: all); and against the same
  inquiries as one `python -m research check` command each (what a rep without `batch` runs; `--commands
  N` times N of them and scales);
- offline CLI: wall time from starting `python -m research check --offline` to the report, median of 3.

With `--profile` it also prints where the CPU time of the cold check and of the CLI's start goes.
Targets (a 2-core machine): cold <= 1.5x critical path, warm < 0.15 s, batch >= 25/s and >= 15x one at
a time, peak memory < 300 MB, offline CLI < 1.5 s. Nothing here leaves loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import csv
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from research import research_async  # noqa: E402
from research.batch.outputs import COLUMNS  # noqa: E402
from research.batch.spread import cores as spread_cores  # noqa: E402
from research.inputs import from_text  # noqa: E402
from research.profile import load_profile  # noqa: E402
from research.render.i18n import t  # noqa: E402
from research.settings import Settings, load_settings  # noqa: E402
from research.types import Inquiry  # noqa: E402
from tests.lab.lab import Lab, Request  # noqa: E402
from tests.lab.synthetic import buyer_domains, synthetic_root  # noqa: E402

PROFILE = "home_decor"
LANG = "zh"  # the rep's default
WARM_UP_DOMAIN = "harborline-imports-000.com"  # a generated copy of the cold check's buyer
PROFILED_DOMAIN = "harborline-imports-007.com"  # another, for the profile
COLD = (
    "From: Sarah Miller <sarah.miller@harborline-imports.com>\nSubject: RFQ ceramic vases\n\n"
    "Hello, we are Harborline Imports in Houston. Please quote 2,400 pcs ceramic vases, 30 cm, matte white, "
    "FOB Ningbo, and your lead time for our spring program.\n\nSarah Miller\nPurchasing Manager\n"
    "Harborline Imports LLC\nwww.harborline-imports.com\n+1 713 555 0142\n"
)
_PEOPLE = ("purchasing", "sarah.miller", "info", "buyer", "j.schmidt")
_ASKS = (
    "Please quote 1,200 pcs ceramic vases, 25 cm, matte white, FOB Ningbo.",
    "We need photo frames 10x15 and 13x18, 3,000 pcs each, with our logo on the box.",
    "Send your catalogue and price list for candle holders and lanterns, MOQ and lead time please.",
    "Interested in artificial flowers for our 40 stores; samples first, then 5,000 pcs monthly.",
    "Looking for a supplier of wall decor and mirrors, DDP Hamburg, payment 30% deposit.",
)
TARGETS = {
    "cold": "<= 1.5x critical path",
    "warm": "< 0.15 s",
    "batch": ">= 25/s and >= 15x one at a time, peak memory < 300 MB",
    "cli": "< 1.5 s",
}


# The lab's Nominatim has no usage policy; the public one allows a request a second, which alone would
# hold a batch of 100 new buyers to 100 s (--nominatim-interval 1 shows it).
POLICY = {"RESEARCH_NOMINATIM_INTERVAL_S": "0"}


def lab_settings(lab: Lab, cache: Path) -> Settings:
    return load_settings(env={**lab.env(), **POLICY, "RESEARCH_CACHE_DIR": str(cache)})


def lab_env(lab: Lab, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESEARCH_")}
    return {**env, **lab.env(), **POLICY, "RESEARCH_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}


# -- the critical path ------------------------------------------------------------------------


def chain(requests: Sequence[Request]) -> list[Request]:
    """The longest chain of requests, each sent after the answer to the one before it was released.

    That is the least number of round trips anything could have taken to ask what was asked: a
    request sent after another's answer may have needed it (a page after its redirect, WHOIS after
    the registry named the registrar); requests in flight together cost one round trip.
    """
    ordered = sorted(requests, key=lambda r: r.arrived)
    depth: list[int] = []
    before: list[int] = []
    for i, r in enumerate(ordered):
        prev = [j for j in range(i) if ordered[j].answered <= r.arrived]
        best = max(prev, key=lambda j: depth[j], default=-1)
        depth.append(1 + (depth[best] if best >= 0 else 0))
        before.append(best)
    if not ordered:
        return []
    at = max(range(len(ordered)), key=lambda i: depth[i])
    out = []
    while at >= 0:
        out.append(ordered[at])
        at = before[at]
    return out[::-1]


def _window(lab: Lab, start: float, end: float) -> list[Request]:
    return [r for r in list(lab.timeline) if start <= r.arrived <= end]


# -- cold and warm check ------------------------------------------------------------------------


async def _check(inquiry: Inquiry, settings: Settings) -> float:
    started = time.perf_counter()
    await research_async(inquiry, load_profile(PROFILE), settings, save=False)
    return time.perf_counter() - started


def cold_and_warm(lab: Lab, delay: float, profile: bool) -> list[str]:
    inquiry = from_text(COLD)
    with tempfile.TemporaryDirectory() as tmp:
        settings = lab_settings(lab, Path(tmp))
        # The process warmed by a check of another buyer (imports, rules, models): "cold" is this
        # buyer's cache; what a process's start costs is the offline CLI's figure below.
        first = asyncio.run(_check(from_text(COLD.replace("harborline-imports.com", WARM_UP_DOMAIN)), settings))
        t0 = time.monotonic()
        cold = asyncio.run(_check(inquiry, settings))
        path = chain(_window(lab, t0, time.monotonic()))
        requests = len(_window(lab, t0, time.monotonic()))
        profiler = cProfile.Profile() if profile else None
        if profiler:  # never the timed check: a second buyer's cold check, under the profiler
            profiler.enable()
            asyncio.run(_check(from_text(COLD.replace("harborline-imports.com", PROFILED_DOMAIN)), settings))
            profiler.disable()
        warm = statistics.median(asyncio.run(_check(inquiry, settings)) for _ in range(5))
    critical = len(path) * delay
    lines = [
        f"cold check      {cold:7.2f} s   critical path {len(path)} x {delay * 1000:.0f} ms = {critical:.2f} s"
        f"   ratio {cold / critical:.2f}x   ({requests} requests)   target {TARGETS['cold']}",
        "                chain: " + " > ".join(f"{r.kind} {r.what}" for r in path),
        f"warm check      {warm:7.3f} s   (same inquiry, same process)   target {TARGETS['warm']}",
        f"                (the process's first check, another buyer, imports included: {first:.2f} s)",
    ]
    if profiler:
        lines += ["", "CPU of a cold check (another buyer's, top 25 by cumulative time):", _top(profiler, 25)]
    return lines


def _top(profiler: cProfile.Profile, n: int) -> str:
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(n)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


# -- batch ----------------------------------------------------------------------------------------


def batch_rows(domains: Sequence[str], count: int) -> list[dict[str, str]]:
    """``count`` inquiries spread over ``domains``: five senders a domain, each asking something else."""
    rows = []
    for i in range(count):
        domain = domains[i % len(domains)]
        person = _PEOPLE[(i // len(domains)) % len(_PEOPLE)]
        company = domain.split(".")[0].replace("-", " ").title()
        ask = _ASKS[i % len(_ASKS)]
        text = f"Dear supplier,\n\n{ask}\n\nBest regards,\n{person.title()}\n{company}\nwww.{domain}\n"
        rows.append({"email": f"{person}@{domain}", "company": company, "subject": "Inquiry", "text": text})
    return rows


def write_csv(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@dataclass
class BatchRun:
    wall: float
    memory: Memory
    code: int
    rows: int
    stderr: str
    cpu: float  # seconds of CPU, the process and its workers
    lab_cpu: float  # seconds of CPU the lab (this process) spent answering it meanwhile
    table: str  # the ranked table the batch printed (CSV)


def run_batch_cli(lab: Lab, source: Path, work: Path, *options: str) -> BatchRun:
    """``python -m research batch`` as a child process, in a fresh cache: its wall time, peak memory (the
    process and its workers), exit code and rows."""
    work.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "research", "batch", str(source), "--out-dir", str(work / "out"), "--profile"]
    cmd += [PROFILE, "--lang", LANG, "--summary", "csv", *options]
    started, lab_started = time.perf_counter(), _own_cpu()
    with (work / "stdout").open("wb") as out, (work / "stderr").open("wb") as err:
        child = subprocess.Popen(cmd, cwd=ROOT, env=lab_env(lab, work / "cache"), stdout=out, stderr=err)
        with MemoryWatch(child.pid) as memory:
            _, status, usage = os.wait4(child.pid, 0)
    wall, lab_cpu = time.perf_counter() - started, _own_cpu() - lab_started
    memory.peak_rss_kb = memory.peak_rss_kb or usage.ru_maxrss
    table = (work / "stdout").read_text("utf-8")
    rows = sum(1 for _ in csv.DictReader(io.StringIO(table)))
    code, stderr = os.waitstatus_to_exitcode(status), (work / "stderr").read_text()[-2000:]
    return BatchRun(wall, memory, code, rows, stderr, usage.ru_utime + usage.ru_stime, lab_cpu, table)


def _own_cpu() -> float:
    # The lab runs in this process's threads: its CPU is this process's (the memory watch's is tiny).
    times = os.times()
    return times.user + times.system


@dataclass
class Memory:
    """Peak memory of a process tree: the sum of its processes' RSS (pages shared by forked workers
    counted in each) and of their PSS (a shared page divided between its sharers: what the tree costs)."""

    peak_rss_kb: int = 0
    peak_pss_kb: int = 0
    processes: int = 1
    largest_rss_kb: int = 0  # the biggest single process (what `ru_maxrss` says of one)


PSS_EVERY = 5  # RSS every 50 ms, PSS every 250 ms: reading smaps_rollup costs ~2 ms of CPU a process


class MemoryWatch:
    """Samples ``/proc`` for a process and its descendants every 50 ms while in use (Linux)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.memory = Memory()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Memory:
        self._thread.start()
        return self.memory

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        tick = 0
        while not self._stop.wait(0.05):
            pids = _tree(self.pid)
            each = [_proc_kb(p, "status", "VmRSS:") for p in pids]
            self.memory.peak_rss_kb = max(self.memory.peak_rss_kb, sum(each))
            self.memory.largest_rss_kb = max(self.memory.largest_rss_kb, *each)
            self.memory.processes = max(self.memory.processes, len(pids))
            tick += 1
            if tick % PSS_EVERY == 0:  # the kernel walks every page for it: the watch must not eat the cores
                pss = sum(_proc_kb(p, "smaps_rollup", "Pss:") for p in pids)
                self.memory.peak_pss_kb = max(self.memory.peak_pss_kb, pss)


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo += [int(c) for c in task.read_text().split()]
    return found


def _proc_kb(pid: int, name: str, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


async def _one_at_a_time(inquiries: Sequence[Inquiry], settings: Settings) -> float:
    started = time.perf_counter()
    for inquiry in inquiries:
        await research_async(inquiry, load_profile(PROFILE), settings, save=True)
    return time.perf_counter() - started


def _as_commands(lab: Lab, rows: Sequence[dict[str, str]], work: Path) -> float:
    """The same inquiries as a rep without ``batch`` would check them: one ``check`` command each, one
    after another, sharing one cache and history (each command pays the process's start)."""
    started = time.perf_counter()
    for r in rows:
        cmd = [sys.executable, "-m", "research", "check", "--email", r["email"], "--company", r["company"]]
        cmd += ["--subject", r["subject"], "--text", r["text"], "--profile", PROFILE]
        subprocess.run(cmd, cwd=ROOT, env=lab_env(lab, work / "commands-cache"), capture_output=True, check=True)
    return time.perf_counter() - started


def _sample(rows: list[dict[str, str]], domains: Sequence[str], count: int, size: int) -> list[dict[str, str]]:
    """Every inquiry of the first few domains: the batch's mix of a buyer's first (cold) and later ones."""
    keep = set(domains[: max(1, len(domains) * size // count)]) if size else set(domains)
    return [r for r in rows if r["email"].split("@")[1] in keep]


def _median_run(lab: Lab, source: Path, work: Path, repeat: int, *options: str) -> tuple[BatchRun, list[float], Memory]:
    """The batch ``repeat`` times, each in a fresh cache: the median run, every run's wall time (a shared
    machine's runs differ by a second; one run alone says little) and the highest memory of any run."""
    runs = [run_batch_cli(lab, source, work / f"run-{i}", *options) for i in range(max(1, repeat))]
    failed = [r for r in runs if r.code != 0]
    if failed:
        return failed[0], [r.wall for r in runs], failed[0].memory
    by_wall = sorted(runs, key=lambda r: r.wall)
    worst = max(runs, key=lambda r: r.memory.peak_pss_kb).memory
    return by_wall[len(by_wall) // 2], [r.wall for r in by_wall], worst


def batch(
    lab: Lab, domains: Sequence[str], count: int, serial: int, commands: int, processes: int | None, repeat: int
) -> list[str]:
    rows = batch_rows(domains, count)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_csv(rows, work / "inquiries.csv")
        spread, walls, memory = _median_run(lab, work / "inquiries.csv", work / "batch", repeat, *_processes(processes))
        if spread.code != 0:
            return [f"batch FAILED (exit {spread.code}): {spread.stderr}"]
        rated = verdicts(spread.table)
        sample = _sample(rows, domains, count, serial)
        write_csv(sample, work / "sample.csv")
        jobs_1 = run_batch_cli(lab, work / "sample.csv", work / "jobs-1", "--jobs", "1", "--processes", "1")
        inquiries = [from_text(r["text"], email=r["email"], company=r["company"], subject=r["subject"]) for r in sample]
        alone = asyncio.run(_one_at_a_time(inquiries, lab_settings(lab, work / "serial-cache")))
        few = _sample(rows, domains, count, commands) if commands else []
        as_commands = _as_commands(lab, few, work) * count / len(few) if few else 0.0
    scale = count / len(sample)
    one_by_one, alone_all, wall = jobs_1.wall * scale, alone * scale, spread.wall
    scaled = (
        ""
        if len(sample) == count
        else f" (timed on {len(sample)}: every inquiry of {len(sample) * len(domains) // count} domains, scaled)"
    )
    lines = [
        f"batch           {count} inquiries over {len(domains)} domains: {wall:.1f} s = {count / wall:.1f}/s, "
        f"{spread.rows} rows   target {TARGETS['batch']}",
        f"                the median of {len(walls)} runs ({', '.join(f'{w:.1f}' for w in walls)} s); "
        "memory: the highest of them",
        f"                {memory.processes} processes: peak PSS {memory.peak_pss_kb / 1024:.0f} MB "
        f"(RSS summed {memory.peak_rss_kb / 1024:.0f} MB, shared pages counted in each; the largest process "
        f"{memory.largest_rss_kb / 1024:.0f} MB RSS)",
        _cpu_line(spread),
        rated,
        f"one at a time   {one_by_one:.1f} s{scaled} = {count / one_by_one:.1f}/s   "
        f"batch ratio {one_by_one / wall:.1f}x   (the batch command, --jobs 1 --processes 1: {jobs_1.rows} rows; "
        f"{jobs_1.cpu * scale:.1f} s of CPU, the rest waiting on the network)",
        f"in process      {alone_all:.1f} s{scaled} = {count / alone_all:.1f}/s   batch ratio {alone_all / wall:.1f}x"
        "   (each inquiry its own research() call in turn, one cache, no report files)",
    ]
    if few:
        lines.append(
            f"as commands     {as_commands:.1f} s (one `check` command each, timed on {len(few)}, scaled) = "
            f"{count / as_commands:.1f}/s   batch ratio {as_commands / wall:.1f}x"
        )
    return lines


def verdicts(table: str) -> str:
    """What the rep would see in the ranked table: the lab's buyers are all genuine, so an X or a high risk
    there is a false alarm worth a look (the speed figures say nothing of whether the answers are right)."""
    rows = list(csv.reader(io.StringIO(table.lstrip("\ufeff"))))[1:]
    at = {c: i for i, c in enumerate(COLUMNS)}
    words = {t(f"risk.{r}", LANG): r for r in ("low", "medium", "high")}
    categories = Counter(r[at["category"]] for r in rows)
    risks = Counter(words.get(r[at["risk"]], "?") for r in rows)
    return (
        f"                rated {'  '.join(f'{c} {categories[c]}' for c in 'ABCX')}; risk "
        f"{', '.join(f'{r} {risks[r]}' for r in ('low', 'medium', 'high'))} (every buyer in the lab is genuine)"
    )


def _cpu_line(run: BatchRun) -> str:
    """How much of the machine the batch had: the lab's servers share its cores, as the internet's do not."""
    cores = spread_cores()  # as the batch counts them (a container's limit, not the host's)
    used = run.cpu + run.lab_cpu
    return (
        f"                CPU {run.cpu:.1f} s (the batch) + {run.lab_cpu:.1f} s (the lab) = {used:.1f} of the "
        f"{cores * run.wall:.1f} core-seconds {cores} cores had ({100 * used / (cores * run.wall):.0f}%); "
        f"at this CPU the wall time cannot go below {used / cores:.1f} s"
    )


def _processes(processes: int | None) -> list[str]:
    return ["--processes", str(processes)] if processes else []


# -- the command line's start ---------------------------------------------------------------------


def offline_cli(profile: bool) -> list[str]:
    args = ["check", "--offline", "--no-save", "--email", "li@qq.com", "--profile", PROFILE]
    args += ["--text", "We need 500 ceramic vases, 30 cm, matte white. Price FOB Ningbo?"]
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "RESEARCH_CACHE_DIR": tmp, "PYTHONPATH": str(ROOT)}
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "research", *args], cwd=ROOT, env=env, check=True, capture_output=True
            )
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        lines = [f"offline CLI     {median:7.2f} s   (start to report, median of 3)   target {TARGETS['cli']}"]
        if profile:
            done = subprocess.run(
                [sys.executable, "-X", "importtime", "-m", "research", *args],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            lines += [
                "",
                "Import time of the offline CLI (top 20 by cumulative, microseconds):",
                _imports(done.stderr, 20),
            ]
    return lines


def _imports(stderr: str, n: int) -> str:
    rows = []
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit():
                rows.append((int(cumulative), name.rstrip()))
    return "\n".join(f"{c:>10} {name}" for c, name in sorted(rows, reverse=True)[:n])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--delay", type=float, default=0.1, help="added to every DNS, HTTP and WHOIS answer, seconds")
    ap.add_argument("--inquiries", type=int, default=500)
    ap.add_argument("--domains", type=int, default=100)
    ap.add_argument("--serial", type=int, default=0, help="time one at a time on the first N only (0: all)")
    ap.add_argument("--commands", type=int, default=20, help="time one `check` command each on N (0: skip)")
    ap.add_argument("--processes", type=int, default=None, help="the batch's worker processes (default: one per core)")
    ap.add_argument("--repeat", type=int, default=3, help="run the batch this many times and report the median")
    ap.add_argument("--profile", action="store_true", help="also print where the CPU time goes")
    ap.add_argument("--nominatim-interval", type=float, default=0.0, help="seconds between geocoding requests")
    args = ap.parse_args()
    POLICY["RESEARCH_NOMINATIM_INTERVAL_S"] = str(args.nominatim_interval)
    print(f"lab delay {args.delay * 1000:.0f} ms on every DNS, HTTP and WHOIS answer; {os.cpu_count()} CPUs; "
          f"geocoding at most one request per {args.nominatim_interval:g} s")  # fmt: skip
    with synthetic_root(args.domains) as root, Lab(root=root, latency_s=args.delay) as lab:
        for line in cold_and_warm(lab, args.delay, args.profile):
            print(line, flush=True)
        for line in batch(
            lab, buyer_domains(root), args.inquiries, args.serial, args.commands, args.processes, args.repeat
        ):
            print(line, flush=True)
    for line in offline_cli(args.profile):
        print(line, flush=True)


if __name__ == "__main__":
    main()
