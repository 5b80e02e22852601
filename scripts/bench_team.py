"""The team server under load, on the lab: many reps on the page at once, and a shared batch on 1, 2, 4 workers.

    .venv/bin/python scripts/bench_team.py [--reps 20] [--checks 3] [--batch 200] [--workers 1,2,4] [--delay 0.1]

Everything runs on this machine: the lab (DNS, HTTP, WHOIS with ``--delay`` on every answer, over generated
buyer domains), a PostgreSQL and a Redis of the test lab (tests/lab/*_server.py), the page as
``scripts/team.sh`` starts it (``streamlit run`` with RESEARCH_DATABASE_URL and a users file), and
headless Chromium (Debian's, through Playwright): one browser context per rep, each signed in as its rep,
all pasting an inquiry and clicking "start" at once, ``--checks`` times. Printed: the time per check (click
to the PDF button of the report) at the median, 95th percentile and worst, and whether anything was lost
(every check a report in the team's database, under the right rep, each rep's page showing its own buyer).

The batch part sends ``--batch`` inquiries with ``research batch --queue`` to ``python -m research worker
--processes N`` for each N of ``--workers``, each on a fresh database (a cold cache), and prints the
inquiries per second.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import io
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from research import accounts  # noqa: E402
from scripts.bench import POLICY, batch_rows, write_csv  # noqa: E402
from tests.lab.lab import Lab  # noqa: E402
from tests.lab.postgres_server import PostgresServer  # noqa: E402
from tests.lab.redis_server import RedisServer  # noqa: E402
from tests.lab.synthetic import buyer_domains, synthetic_root  # noqa: E402

CHROMIUM = os.environ.get("RESEARCH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
PASSWORD = "load-test-password"
RUN, NEW, PDF = "开始调查", "新询盘", "下载审批用 PDF"
STUCK_S = 240
PASTE = "询盘内容（粘贴整封邮件，包括签名）"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(lab: Lab, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESEARCH_")}
    return {**env, **lab.env(), **POLICY, "PYTHONPATH": str(ROOT), **extra}


# -- 20 reps on the page ------------------------------------------------------------------------------


def _inquiry(domain: str, n: int) -> tuple[str, str]:
    """The pasted mail of check ``n`` and its sender."""
    row = batch_rows([domain], n + 1)[n]
    return f"From: {row['email']}\nSubject: Inquiry {n}\n\n{row['text']}", row["email"]


async def _sign_in(browser: object, url: str, rep: int) -> object:
    """A rep's browser signed in; tried again when the page was not ready for the typing."""
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    page = await context.new_page()
    await page.goto(url)
    form, box = page.get_by_label("用户名"), page.get_by_label(PASTE)
    for _ in range(5):
        await form.or_(box).first.wait_for(timeout=120_000)  # the sign-in, or the page once signed in
        if await box.count():
            await _idle(page)
            return page
        with contextlib.suppress(Exception):  # the typing raced a rerun, or the page is slow: look again
            await form.fill(f"rep{rep:02d}")
            await page.get_by_label("密码").fill(PASSWORD)
            await page.get_by_role("button", name="登录").click()
            await box.wait_for(timeout=60_000)
    raise RuntimeError(f"rep{rep:02d} could not sign in")


async def _idle(page: object) -> None:
    """Until the page's script has finished its run (Streamlit marks its root with the run's state)."""
    from playwright.async_api import expect

    root = page.locator("[data-testid=stApp]")  # type: ignore[attr-defined]
    await expect(root).to_have_attribute("data-test-script-state", "notRunning", timeout=120_000)


async def _check(
    page: object, text: str, email: str, start: asyncio.Barrier, times: list[float], stuck: list[str]
) -> str:
    """One check: a new inquiry pasted, then, with every other rep at once, "start"; timed to the report.
    A check with no report after ``STUCK_S`` is counted as stuck (a screenshot kept), not waited on."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout
    from playwright.async_api import expect

    p: object = page
    await _idle(p)
    await p.get_by_role("button", name=NEW).click()  # type: ignore[attr-defined]
    await expect(p.get_by_role("button", name=PDF)).to_have_count(0, timeout=120_000)  # type: ignore[attr-defined]
    await _idle(p)  # typing into a rerun still going would race what "New inquiry" clears
    box = p.get_by_label(PASTE)  # type: ignore[attr-defined]
    await box.fill(text)
    await box.press("Control+Enter")
    await expect(p.get_by_label("发件人邮箱")).to_have_value(email, timeout=120_000)  # type: ignore[attr-defined]
    await _idle(p)
    await start.wait()
    started = time.monotonic()
    await p.get_by_role("button", name=RUN).click()  # type: ignore[attr-defined]
    try:
        await p.get_by_role("button", name=PDF).wait_for(timeout=STUCK_S * 1000)  # type: ignore[attr-defined]
    except PlaywrightTimeout:
        shot = Path(tempfile.gettempdir()) / f"bench_team_stuck_{len(stuck)}.png"
        await p.screenshot(path=str(shot), full_page=True)  # type: ignore[attr-defined]
        stuck.append(f"{email}: no report after {STUCK_S} s ({shot})")
        return ""
    times.append(time.monotonic() - started)
    return str(await p.locator("h3").filter(has_text="买家调查报告").first.inner_text())  # type: ignore[attr-defined]


async def _all_reps(
    url: str, plan: dict[int, list[tuple[str, str]]]
) -> tuple[list[float], dict[int, str], float, list[str]]:
    from playwright.async_api import async_playwright

    times: list[float] = []
    stuck: list[str] = []
    shown: dict[int, str] = {}
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        pages = dict(zip(plan, await asyncio.gather(*(_sign_in(browser, url, rep) for rep in plan)), strict=True))
        started = time.monotonic()
        for k in range(len(next(iter(plan.values())))):
            start = asyncio.Barrier(len(plan))  # every rep clicks "start" at the same moment
            titles = await asyncio.gather(*(_check(pages[r], *plan[r][k], start, times, stuck) for r in plan))
            shown = dict(zip(plan, titles, strict=True))
        wall = time.monotonic() - started
        await browser.close()
    return times, shown, wall, stuck


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the page exited")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("the page did not start")


def reps_on_the_page(lab: Lab, pg: PostgresServer, domains: Sequence[str], reps: int, checks: int) -> list[str]:
    from research.store_pg import PgStore

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        users = work / "users.toml"
        for rep in range(reps):
            accounts.set_account(users, f"rep{rep:02d}", name=f"业务员{rep:02d}", password=PASSWORD)
        url_db = pg.create_database("load_page")
        port = _free_port()
        env = _env(lab, {"RESEARCH_DATABASE_URL": url_db, "RESEARCH_USERS_FILE": str(users),
                         "RESEARCH_CACHE_DIR": str(work / "cache"), "RESEARCH_PROFILE": "home_decor"})  # fmt: skip
        cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless"]
        cmd += ["true", "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
        log = (work / "page.log").open("wb")
        page = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, page)
            plan = {rep: [_inquiry(domains[(rep * checks + k) % len(domains)], k) for k in range(checks)]
                    for rep in range(reps)}  # fmt: skip
            times, shown, wall, stuck = asyncio.run(_all_reps(url, plan))
        finally:
            page.send_signal(signal.SIGTERM)
            page.wait(30)
            log.close()
        store = PgStore(url_db)
        saved = store.export_rows()
        store.close()
    expected = {(f"业务员{rep:02d}", email) for rep, plan_checks in plan.items() for _, email in plan_checks}
    found = {(r.rep, r.email) for r in saved}
    lost = expected - found
    own = sum(1 for rep, title in shown.items() if _mine(plan[rep][-1][1], title))
    q = statistics.quantiles(times, n=20, method="inclusive")
    return [
        f"page, {reps} reps at once, {checks} checks each, lab delay on every answer",
        f"  time per check (click to report): median {statistics.median(times):.1f} s, p95 {q[-1]:.1f} s, "
        f"worst {max(times):.1f} s; all {len(times)} checks in {wall:.0f} s",
        f"  saved {len(saved)} reports for {len(expected)} checks; lost {len(lost)}; "
        f"under the wrong rep {len(found - expected)}; pages showing their own buyer {own}/{reps}; "
        f"checks with no report after {STUCK_S} s: {len(stuck)}",
        *(f"    stuck: {line}" for line in stuck),
    ]


def _mine(email: str, title: str) -> bool:
    """The report's title names this rep's last buyer (its company, or its address when no company was read)."""
    company = email.split("@")[1].split(".")[0].replace("-", " ")
    return company in title.lower() or email in title.lower()


# -- the shared batch on 1, 2, 4 workers -------------------------------------------------------------


def shared_batch(lab: Lab, pg: PostgresServer, redis: RedisServer, domains: Sequence[str], count: int,
                 workers: Sequence[int]) -> list[str]:  # fmt: skip
    lines = [f"shared batch, {count} inquiries over {len(domains)} domains, a cold database each run"]
    rows = batch_rows(domains, count)
    for n, processes in enumerate(workers, 1):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            write_csv(rows, work / "inquiries.csv")
            database = pg.create_database(f"load_batch_{n}")
            env = _env(lab, {"RESEARCH_DATABASE_URL": database, "RESEARCH_REDIS_URL": redis.url_for(n),
                             "RESEARCH_CACHE_DIR": str(work / "cache")})  # fmt: skip
            log = (work / "workers.log").open("wb")
            cmd = [sys.executable, "-m", "research", "worker", "--processes", str(processes), "--threads", "16"]
            pool = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
            time.sleep(3)  # the workers boot (imports) before the clock starts, as on a running server
            batch = [sys.executable, "-m", "research", "batch", str(work / "inquiries.csv"), "--queue"]
            batch += ["--profile", "home_decor", "--out-dir", str(work / "out"), "--no-progress", "--summary", "csv"]
            started = time.perf_counter()
            done = subprocess.run(batch, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
            wall = time.perf_counter() - started
            pool.send_signal(signal.SIGTERM)
            pool.wait(60)
            log.close()
            got = sum(1 for _ in csv.DictReader(io.StringIO(done.stdout))) if done.returncode == 0 else 0
            lines.append(f"  {processes} worker process(es) x 16 in flight: {wall:6.1f} s = {count / wall:5.1f}/s, "
                         f"{got}/{count} rows (exit {done.returncode})")  # fmt: skip
            if done.returncode != 0:
                lines.append("    " + done.stderr[-1500:])
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--checks", type=int, default=3)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--domains", type=int, default=100)
    ap.add_argument("--delay", type=float, default=0.1, help="added to every DNS, HTTP and WHOIS answer, seconds")
    ap.add_argument("--skip-page", action="store_true")
    ap.add_argument("--skip-batch", action="store_true")
    args = ap.parse_args()
    print(f"lab delay {args.delay * 1000:.0f} ms on every DNS, HTTP and WHOIS answer; {os.cpu_count()} CPUs")
    with (
        synthetic_root(args.domains) as root,
        Lab(root=root, latency_s=args.delay) as lab,
        PostgresServer() as pg,
        RedisServer() as redis,
    ):
        domains = buyer_domains(root)
        if not args.skip_page:
            if CHROMIUM is None:
                print("page: skipped, no chromium (apt-get install chromium)")
            else:
                print("\n".join(reps_on_the_page(lab, pg, domains, args.reps, args.checks)), flush=True)
        if not args.skip_batch:
            workers = [int(w) for w in args.workers.split(",") if w.strip()]
            print("\n".join(shared_batch(lab, pg, redis, domains, args.batch, workers)), flush=True)


if __name__ == "__main__":
    main()
