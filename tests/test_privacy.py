"""Privacy (issue 17.6): the tool contacts only the buyer's own hosts, DNS, WHOIS/RDAP and the sources the
README lists ("Hosts the tool may contact"); the page sends no usage statistics.

Each test starts a lab of its own, so its request logs hold this test's requests only, and reads the
socket guard's record (``sockets``): an attempt beyond loopback that the product caught and turned into a
failed check still shows there, and so does a loopback connection to anything but the lab's servers.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from research import research
from research.cli import main
from research.settings import PROJECT_ROOT
from research.types import Inquiry
from tests.assess.lab_buyers import LAB_BUYERS
from tests.conftest import Sockets
from tests.helpers import lab_settings
from tests.lab.casebook import Casebook
from tests.lab.lab import Lab

_HOST = re.compile(r"`([a-z0-9-]+(?:\.[a-z0-9-]+)+)`")


def readme_hosts(*, lists_update: bool = False) -> set[str]:
    """The host names of the README's table "Hosts the tool may contact"; those asked only by
    ``lists update`` (the sanctions lists) only when asked for."""
    text = (PROJECT_ROOT / "README.md").read_text("utf-8")
    section = text.split("## Hosts the tool may contact", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    return {
        host
        for row in rows
        if lists_update or "lists update" not in row
        for host in _HOST.findall(row.split("|")[1])
        if not host.endswith(".toml")
    }


def _domains_of(inquiry: Inquiry) -> set[str]:
    """The buyer's own names: the sender's and reply-to domains, the website, domains in the text."""
    found = {a.rpartition("@")[2].lower() for a in (inquiry.email, inquiry.reply_to) if "@" in a}
    found |= {urlsplit(u if "//" in u else f"//{u}").hostname or "" for u in (inquiry.website,) if u}
    found |= {m.lower() for m in re.findall(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b", inquiry.body, re.I)}
    return {d.removeprefix("www.") for d in found if d}


def _is_own(name: str, domains: set[str]) -> bool:
    name = name.lower().rstrip(".")
    return any(name == d or name.endswith("." + d) for d in domains)


def _assert_stayed_in_bounds(lab: Lab, sockets: Sockets, buyers: list[Inquiry]) -> str:
    """Assert the run stayed in bounds; what it asked, in a line for the case table."""
    own = set().union(*(_domains_of(b) for b in buyers))
    sources = readme_hosts()
    assert "web.archive.org" in sources and "sanctionslist.fcdo.gov.uk" not in sources  # the table was read
    http = {h.host.lower() for h in lab.http_log}
    dns = {name.lower().rstrip(".") for name, _ in lab.dns_log}
    assert http and dns and lab.whois_log  # the check did go online
    assert sorted(h for h in http if not _is_own(h, own) and h not in sources) == []
    assert sorted(n for n in dns if not _is_own(n, own) and n not in sources) == []
    # WHOIS is asked about the buyer's domains only (the lab answers every WHOIS server's name).
    asked = {q.split()[-1].lstrip("=").lower() for q in lab.whois_log}
    assert sorted(q for q in asked if not _is_own(q, own)) == []
    # Nothing beyond loopback was even tried, and on loopback nothing but the lab's own servers.
    assert sockets.refused == []
    ports = {lab.dns_port, lab.http_port, lab.https_port, lab.whois_port}
    elsewhere = {(host, port) for host, port, sender in sockets.reached if sender not in ports and port not in ports}
    assert sorted(elsewhere) == []
    listed = ", ".join(sorted(h for h in http if h in sources))
    return f"{len(http)} HTTP hosts ({listed} from the README), {len(dns)} DNS names, {len(asked)} WHOIS; 0 refused"


@pytest.fixture
def own_lab() -> Iterator[Lab]:
    with Lab() as lab:
        yield lab


def test_a_full_online_check_asks_only_the_buyer_and_the_listed_sources(
    own_lab: Lab, sockets: Sockets, tmp_path: Path, casebook: Casebook
) -> None:
    """The page's run path (research(), saved to the history), every check on, for a buyer with a VAT
    number and an address: the registers, the archive and the geocoder are asked too."""
    expected = "only the buyer's names and the README's hosts; nothing past the guard"
    with casebook.case("privacy", "a full online check (registers, archive, geocoder on)", expected, 30) as row:
        buyer = next(b for b in LAB_BUYERS if b.site == "nordhaus-moebel.de").inquiry
        report = research(buyer, None, lab_settings(own_lab, tmp_path / "cache"), save=True)
        done = {f.source for f in report.findings if f.status in ("ok", "partial")}
        assert done >= {"domain", "website", "registers", "archive", "location"}
        row.observed = _assert_stayed_in_bounds(own_lab, sockets, [buyer])
        hosts = {h.host for h in own_lab.http_log}
        assert {"ec.europa.eu", "nominatim.openstreetmap.org", "web.archive.org"} <= hosts  # the sources were asked
        assert not hosts & readme_hosts(lists_update=True) - readme_hosts()  # no sanctions list fetched by a check


def test_a_batch_of_every_lab_buyer_asks_only_them_and_the_listed_sources(
    own_lab: Lab, sockets: Sockets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, casebook: Casebook
) -> None:
    for name, value in {**own_lab.env(), "RESEARCH_CACHE_DIR": str(tmp_path / "cache")}.items():
        monkeypatch.setenv(name, value)
    buyers = [b.inquiry for b in LAB_BUYERS]
    table = tmp_path / "buyers.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        rows = csv.writer(f)
        rows.writerow(["email", "company", "subject", "body", "country", "website"])
        rows.writerows([b.email, b.company, b.subject, b.body, b.country, b.website] for b in buyers)
    expected = "only the buyers' names and the README's hosts; nothing past the guard"
    with casebook.case("privacy", f"a batch of the {len(buyers)} lab buyers", expected, 120) as row:
        assert main(["batch", str(table), "--out-dir", str(tmp_path / "out"), "--no-progress", "--summary", "csv"]) == 0
        row.observed = _assert_stayed_in_bounds(own_lab, sockets, buyers)
        assert len({h.host for h in own_lab.http_log}) >= 10  # many buyers' sites were read


def test_the_readme_lists_every_source_the_settings_name(casebook: Casebook) -> None:
    """A new source in the settings without a line in the README's table would pass the tests above
    unseen (the lab would log a host the README does not list only if a test's buyer triggers it)."""
    from research.settings import Settings

    bases = {
        urlsplit(str(value)).hostname
        for name, value in vars(Settings()).items()
        if name.endswith(("_base", "_url")) and str(value).startswith("http")
    }
    with casebook.case("privacy", "every source URL in the settings", "listed in the README", 1) as row:
        assert bases and sorted(h for h in bases if h not in readme_hosts(lists_update=True)) == []
        row.observed = f"{len(bases)} hosts, all listed"


# -- the page -----------------------------------------------------------------------------------------


def _streamlit_option(name: str) -> str:
    """An option as Streamlit reads it when started the way scripts/run.sh starts it (from the project root)."""
    code = "from streamlit import config; config.get_config_options(force_reparse=True); "
    code += f"print(config.get_option({name!r}))"
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_the_page_as_shipped_gathers_no_usage_statistics(casebook: Casebook) -> None:
    with casebook.case("privacy", "Streamlit as scripts/run.sh starts it", "gatherUsageStats = false", 30) as row:
        run = (PROJECT_ROOT / "scripts" / "run.sh").read_text("utf-8")
        assert 'cd "$(dirname "$0")/.."' in run and "streamlit run app.py" in run  # so .streamlit/config.toml applies
        assert "gatherUsageStats" not in run  # nothing on the command line turns it back on
        row.observed = f"Streamlit reads {_streamlit_option('browser.gatherUsageStats')}"
        assert row.observed == "Streamlit reads False"


# The page's map (st.map) loads its base map from the browser, as the README says; nothing else may leave.
MAP_HOSTS = re.compile(r"(^|\.)basemaps\.cartocdn\.com$")


@pytest.mark.browser
@pytest.mark.slow
def test_the_page_in_chromium_requests_nothing_beyond_the_server_but_the_map(
    lab: Lab, tmp_path: Path, casebook: Casebook
) -> None:
    """Started as scripts/run.sh starts it (no telemetry flag on the command line: the shipped config
    decides). With usage statistics on, the page asks data.streamlit.io at once; so this test can fail."""
    browser_test = pytest.importorskip("tests.test_browser")
    if browser_test.CHROMIUM is None:
        pytest.skip("Chromium not found: apt-get install chromium (CI installs it)")
    api = browser_test.playwright_api
    port = browser_test._free_port()
    env = {**os.environ, **lab.env(), "RESEARCH_CACHE_DIR": str(tmp_path / "cache")}
    env["RESEARCH_PROFILES_DIR"] = str(PROJECT_ROOT / "profiles")
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
    cmd += ["--server.address", "127.0.0.1"]  # as run.sh, bound to loopback for the test
    expected = "no request but to its server (and the map's base map)"
    with casebook.case("privacy", "the page in Chromium: research, report, history", expected, 120) as row:
        server = subprocess.Popen(cmd, env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        asked: list[str] = []
        try:
            url = f"http://127.0.0.1:{port}"
            browser_test._wait_healthy(url, server)
            with api.sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=browser_test.CHROMIUM, args=["--no-sandbox"])
                context = browser.new_context(viewport={"width": 1400, "height": 1000})

                def stay_home(route: Any) -> None:  # every request the page makes passes here; none leaves
                    request_url = route.request.url
                    asked.append(request_url)
                    if urlsplit(request_url).hostname == "127.0.0.1":
                        route.continue_()
                    else:
                        route.abort()

                context.route("**/*", stay_home)
                page = context.new_page()
                page.goto(url)
                page.get_by_text("买家调查", exact=True).first.wait_for(timeout=30_000)
                browser_test._choose(page, "卖家资料", "home_decor")
                rep = page.locator("[data-testid=stSidebar]").get_by_label("您的姓名（用于 PDF）")
                rep.fill("王小明")
                rep.press("Enter")
                api.expect(page.get_by_role("button", name="开始使用")).to_have_count(0, timeout=30_000)
                box = page.get_by_label("询盘内容（粘贴整封邮件，包括签名）")
                box.fill(browser_test.INQUIRY)
                box.press("Control+Enter")
                api.expect(page.get_by_label("主题")).to_have_value(re.compile("RFQ ceramic"), timeout=30_000)
                page.get_by_label("发件人邮箱").fill("karen@harborline-imports.com")
                page.get_by_label("发件人邮箱").press("Enter")
                api.expect(page.get_by_label("发件人邮箱")).to_have_value("karen@harborline-imports.com")
                page.get_by_role("button", name="开始调查").click()
                page.get_by_role("button", name="下载审批用 PDF").wait_for(timeout=60_000)
                page.locator("[data-testid=stSidebar]").get_by_text("历史记录", exact=True).click()
                page.get_by_role("button", name="打开报告").first.wait_for(timeout=30_000)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)
        hosts = [urlsplit(u).hostname or "" for u in asked]
        assert "127.0.0.1" in hosts
        assert sorted({h for h in hosts if h != "127.0.0.1" and not MAP_HOSTS.search(h)}) == []
        home, tiles = hosts.count("127.0.0.1"), sum(bool(MAP_HOSTS.search(h)) for h in hosts)
        row.observed = f"{home} requests to the server, {tiles} to the base map (aborted), none else"
