"""End to end: ``python -m research check`` as a subprocess against the lab."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.lab.lab import Lab

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
CONTRACT_KEYS = {
    "schema",
    "inquiry",
    "verdict",
    "buyer_type",
    "email",
    "domain",
    "website",
    "inquiry_analysis",
    "fit",
    "findings",
    "signals",
    "advice",
    "timings",
}


def run_cli(lab: Lab, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **lab.env(), "RESEARCH_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "research", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def check_json(lab: Lab, tmp_path: Path, *args: str) -> dict[str, Any]:
    done = run_cli(lab, tmp_path, "check", "--format", "json", *args)
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def _assert_contract(data: dict[str, Any]) -> None:
    assert set(data) >= CONTRACT_KEYS
    assert data["schema"] == "buyer-report/1"
    v = data["verdict"]
    assert v["category"] in "ABCX" and v["risk"] in ("low", "medium", "high")
    assert set(v["scores"]) == {"authenticity", "value", "fit", "intent"}
    assert all(0 <= s <= 100 for s in v["scores"].values())
    assert all({"code", "message"} <= set(r) for r in v["reasons"])
    assert data["buyer_type"]["label"] in ("retailer", "wholesaler", "oem_importer", "chain", "end_user", "unknown")
    assert {"address", "domain", "free_mail", "disposable", "role", "lookalike_of"} <= set(data["email"])
    assert {"mx", "spf", "dmarc", "created", "age_days", "registrar", "registrant_country", "parked"} <= set(
        data["domain"]
    )
    assert {
        "url",
        "reachable",
        "pages",
        "phones",
        "emails",
        "socials",
        "address",
        "founded_year",
        "markets",
        "products",
    } <= set(data["website"])
    assert {"language", "specificity", "scam_patterns", "links", "attachments"} <= set(data["inquiry_analysis"])
    assert {"product_overlap", "matched_products", "market_overlap"} <= set(data["fit"])
    assert all({"source", "status", "reason", "elapsed_ms"} <= set(f) for f in data["findings"])
    assert all({"source", "code", "dimension", "weight", "message", "evidence"} <= set(s) for s in data["signals"])
    assert all(s["evidence"] for s in data["signals"] if s["weight"])  # every judgement carries evidence
    assert "total_ms" in data["timings"]


def test_genuine_importer_with_full_website(lab: Lab, tmp_path: Path) -> None:
    data = check_json(
        lab,
        tmp_path,
        "--email",
        "purchasing@harborline-imports.com",
        "--company",
        "Harborline Imports LLC",
        "--text-file",
        str(FIXTURES / "harborline_inquiry.txt"),
        "--profile",
        "home_decor",
        "--lang",
        "en",
    )
    _assert_contract(data)
    assert data["verdict"]["category"] in ("A", "B") and data["verdict"]["risk"] == "low"
    assert data["domain"]["created"] == "1998-03-12" and data["domain"]["registrar"] == "GoDaddy.com, LLC"
    assert data["domain"]["mx"][0] == "aspmx.l.google.com" and data["domain"]["dmarc"].startswith("v=DMARC1")
    assert data["website"]["reachable"] and data["website"]["url"].startswith("https://harborline-imports.com")
    assert data["inquiry"]["subject"].startswith("RFQ ceramic vases")


def test_free_mail_sender_without_website(lab: Lab, tmp_path: Path) -> None:
    data = check_json(
        lab,
        tmp_path,
        "--email",
        "tom.baker1987@gmail.com",
        "--text",
        "Dear Sir/Madam, please send your catalog and price list. Thanks",
    )
    _assert_contract(data)
    assert data["email"]["free_mail"] is True
    assert data["verdict"]["category"] in ("B", "C")
    status = {f["source"]: f for f in data["findings"]}
    assert status["domain"]["status"] == "skipped" and status["website"]["status"] == "skipped"
    assert status["website"]["reason"]  # says why, in Chinese by default
    assert any("\u4e00" <= ch <= "\u9fff" for ch in status["website"]["reason"])


def test_two_week_old_lookalike_domain(lab: Lab, tmp_path: Path) -> None:
    data = check_json(
        lab,
        tmp_path,
        "--email",
        "procurement@walmart-us.com",
        "--company",
        "Walmart Inc.",
        "--text",
        "Please quote your best price for 20,000 units. Payment 60 days after delivery.",
        "--lang",
        "en",
    )
    _assert_contract(data)
    assert data["verdict"]["category"] == "X" and data["verdict"]["risk"] == "high"
    assert data["domain"]["age_days"] == 14 and data["domain"]["registrar"] == "NameSilo, LLC"
    codes = [s["code"] for s in data["signals"]]
    assert "domain.age_lt_90d" in codes
    young = next(s for s in data["signals"] if s["code"] == "domain.age_lt_90d")
    assert "14 days" in young["message"] and young["evidence"][0]["kind"] == "whois"


def test_markdown_in_english(lab: Lab, tmp_path: Path) -> None:
    done = run_cli(
        lab,
        tmp_path,
        "check",
        "--email",
        "tom.baker1987@gmail.com",
        "--text",
        "need 500 pcs",
        "--format",
        "md",
        "--lang",
        "en",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Buyer research report") and "## Verdict" in done.stdout


def test_offline_report_says_what_was_skipped(lab: Lab, tmp_path: Path) -> None:
    data = check_json(lab, tmp_path, "--email", "purchasing@harborline-imports.com", "--offline")
    assert data["offline"] is True
    status = {f["source"]: f["status"] for f in data["findings"]}
    assert status["domain"] == status["website"] == "skipped"
    assert status["email"] == "ok"
    assert len(lab.http_log) == len(lab.http_log)  # no exception; network untouched is checked below


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check"], "没有可调查的内容"),
        (["check", "--text-file", "/no/such/file.txt"], "找不到文件"),
        (["check", "--eml", "/no/such/mail.eml", "--lang", "en"], "File not found"),
        (["check", "--email", "a@b.com", "--account-age", "old", "--lang", "en"], "must be a number"),
        (["check", "--email", "a@b.com", "--profile", "nope", "--lang", "en"], "profile not found"),
    ],
)
def test_bad_input_exits_2_with_one_line(lab: Lab, tmp_path: Path, args: list[str], needle: str) -> None:
    done = run_cli(lab, tmp_path, *args)
    assert done.returncode == 2
    assert needle in done.stderr and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_bad_settings_exit_2(lab: Lab, tmp_path: Path) -> None:
    env = {**os.environ, "RESEARCH_HTTP_PORTS": "eighty", "RESEARCH_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "research", "check", "--email", "a@b.com", "--lang", "en"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "Settings" in done.stderr


def test_batch_over_a_folder(lab: Lab, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "From: purchasing@harborline-imports.com\nSubject: RFQ\n\nNeed 500 pcs vases FOB Ningbo", encoding="utf-8"
    )
    (folder / "b.eml").write_bytes(b"not really an e-mail")
    done = run_cli(
        lab, tmp_path, "batch", str(folder), "--summary", "json", "--out-dir", str(tmp_path / "out"), "--lang", "en",
        "--format", "json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = {r["item"]: r for r in json.loads(done.stdout)}
    assert rows["a.txt"]["category"] in "ABC" and rows["a.txt"]["email"] == "purchasing@harborline-imports.com"
    assert rows["b.eml"]["error"] and not rows["b.eml"]["category"]
    assert (tmp_path / "out" / rows["a.txt"]["report"]).is_file()
    assert (tmp_path / "out" / "ranked.csv").is_file() and (tmp_path / "out" / "ranked.xlsx").is_file()


def test_batch_rows_stream_and_one_run_per_folder(lab: Lab, tmp_path: Path) -> None:
    """--rows gives a watching program every finished row; a second run on a busy folder is refused, in
    the rep's language, before it reads or writes anything."""
    from research.batch import lock
    from research.batch.work import Row

    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("From: li@qq.com\nSubject: RFQ\n\nNeed 500 pcs vases FOB Ningbo", encoding="utf-8")
    out = tmp_path / "out"
    args = ("batch", str(folder), "--out-dir", str(out), "--offline", "--no-progress", "--rows", str(tmp_path / "r"))
    with lock.holding(out):
        refused = run_cli(lab, tmp_path, *args, "--lang", "en")
    assert refused.returncode == 1 and "already running" in refused.stderr and "Traceback" not in refused.stderr
    assert not (out / "ranked.csv").exists()
    done = run_cli(lab, tmp_path, *args)
    assert done.returncode == 0, done.stderr
    rows = [Row.from_json(line) for line in (tmp_path / "r").read_text("utf-8").splitlines()]
    assert sorted(r.item for r in rows) == ["a.txt", "b.txt"] and all(r.category for r in rows)
    assert not lock.running(out)  # the run let go of its folder


def test_profile_from_the_environment_is_used_when_none_is_given(tmp_path: Path) -> None:
    env = {**os.environ, "RESEARCH_CACHE_DIR": str(tmp_path), "RESEARCH_PROFILE": "home_decor"}
    text = "We need 500 ceramic vases, 30 cm, matte white."
    args = ["--email", "li@qq.com", "--text", text, "--offline", "--no-save"]
    out = subprocess.run(
        [sys.executable, "-m", "research", "check", *args], env=env, capture_output=True, text=True, check=True
    )
    data = json.loads(out.stdout)
    assert data["profile"] == "home_decor" and data["fit"]["product_overlap"]
