"""How well the tool judges labelled mail: the figures issue 08 asks for, per set.

    .venv/bin/python scripts/evaluate.py                       # every set of research/data/model/split.toml
    .venv/bin/python scripts/evaluate.py --side eval           # only the held-out side (report these)
    .venv/bin/python scripts/evaluate.py --folder DIR --blind  # a blind corpus: aggregates only, once
    .venv/bin/python scripts/evaluate.py --side train --misses # the tuning side, with each miss

Each inquiry runs offline (a .eml keeps its headers and attachments) with the seller profile its labels
were written for: home decor for the hand-written holdouts and blind corpora, none for tests/corpus (many
industries) and the public and real mail (Enron sold gas; a scam is a scam whatever we make).
Printed per set: scams and spam rated X or high risk, genuine mail rated X, genuine specific inquiries
rated A or B, scams with low risk, category accuracy, and the confusion table. ``--blind`` never prints
an item: a blind set is looked at once, as aggregates.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from research import inputs, research  # noqa: E402
from research.profile import load_profile  # noqa: E402
from research.settings import Settings, load_settings  # noqa: E402
from research.types import Attachment, Inquiry, Link, Report, SellerProfile  # noqa: E402

SPLIT = ROOT / "research" / "data" / "model" / "split.toml"


@dataclass(frozen=True)
class Case:
    id: str
    inquiry: Inquiry
    expected: str  # A, B, C or X
    genuine: bool
    specific: bool  # a genuine inquiry naming what it wants


def _front(path: Path) -> Case:
    _, front, body = path.read_text("utf-8").split("+++\n", 2)
    meta = tomllib.loads(front)
    links = [Link(x["url"], x.get("text", "")) for x in meta.get("links", [])]
    links += [lk for lk in inputs.links_in_text(body) if lk.url not in {x.url for x in links}]
    inquiry = inputs.from_fields(
        email=meta.get("email", ""),
        company=meta.get("company", ""),
        country=meta.get("country", ""),
        website=meta.get("website", ""),
        subject=meta.get("subject", ""),
        body=body.strip(),
        attachments=tuple(Attachment(a["filename"], a.get("content_type", "")) for a in meta.get("attachments", [])),
        links=tuple(links),
        platform=inputs.platform_stats(meta["platform"]) if "platform" in meta else None,
        source="text",
    )
    genuine = bool(meta["is_genuine"])
    return Case(path.stem, inquiry, str(meta["expected_category"]), genuine, genuine and meta["kind"] == "specific")


def _eml(path: Path, label: dict[str, Any]) -> Case:
    inquiry = inputs.from_file(path)
    genuine = label.get("label", "genuine" if label.get("is_genuine") else "") == "genuine" or bool(
        label.get("is_genuine")
    )
    specific = genuine and str(label.get("kind", "")) in ("genuine-specific", "specific")
    return Case(path.stem, inquiry, str(label.get("expected_category", "X")), genuine, specific)


def folder_cases(folder: Path) -> Iterator[Case]:
    labels = {}
    if (folder / "labels.json").is_file():
        labels = {x["file"]: x for x in json.loads((folder / "labels.json").read_text("utf-8"))}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".txt" and path.read_text("utf-8").startswith("+++"):
            yield _front(path)
        elif path.suffix in (".eml", ".msg") and path.name in labels:  # .txt labels live in their front matter
            yield _eml(path, labels[path.name])


def split_sets(side: str | None, shared: Path) -> Iterator[tuple[str, list[Case]]]:
    split = tomllib.loads(SPLIT.read_text("utf-8"))
    sides = {(c["set"], f): c["side"] for c in split.get("campaigns", []) for f in c["files"]}
    for s in split["sets"]:
        folder = Path(s["path"].replace("{shared}", str(shared)))
        folder = folder if folder.is_absolute() else ROOT / folder
        if not folder.is_dir():
            continue
        if s["kind"] == "folder":
            if side is None or s.get("side") == side:
                yield s["name"], list(folder_cases(folder))
            continue
        labels = json.loads((folder / "labels.json").read_text("utf-8"))
        for want in ("train", "eval"):
            if side not in (None, want):
                continue
            chosen = [x for x in labels if sides.get((s["name"], x["file"])) == want]
            cases = [_eml(folder / x["file"], x) for x in chosen if (folder / x["file"]).is_file()]
            if cases:
                yield f"{s['name']}:{want}", cases


@dataclass(frozen=True)
class Result:
    case: Case
    report: Report


def profile_for(name: str) -> SellerProfile:
    """Home decor for hand-written corpora except tests/corpus (many industries); none for real mail."""
    real = name.startswith(("public", "real", "corpus:")) or name == "corpus"
    return SellerProfile() if real else load_profile("home_decor")


def run(cases: list[Case], settings: Settings, profile: SellerProfile) -> list[Result]:
    return [Result(c, research(c.inquiry, profile, settings, save=False)) for c in cases]


def figures(results: list[Result]) -> dict[str, Any]:
    scams = [r for r in results if not r.case.genuine]
    genuine = [r for r in results if r.case.genuine]
    # Specific genuine inquiries a careful rep would answer (labelled A or B): none of them may be lost.
    specific = [r for r in genuine if r.case.specific and r.case.expected in "AB"]
    caught = [r for r in scams if r.report.verdict.category == "X" or r.report.verdict.risk == "high"]
    return {
        "n": len(results),
        "scams_x_or_high": (len(caught), len(scams)),
        "scams_x": (sum(r.report.verdict.category == "X" for r in scams), len(scams)),
        "scams_low_risk": sum(r.report.verdict.risk == "low" for r in scams),
        "genuine_x": (sum(r.report.verdict.category == "X" for r in genuine), len(genuine)),
        "genuine_high": (sum(r.report.verdict.risk == "high" for r in genuine), len(genuine)),
        "specific_a_or_b": (sum(r.report.verdict.category in "AB" for r in specific), len(specific)),
        "category_right": (sum(r.report.verdict.category == r.case.expected for r in results), len(results)),
        "confusion": Counter(f"{r.case.expected}->{r.report.verdict.category}" for r in results),
    }


def _pct(pair: tuple[int, int]) -> str:
    got, of = pair
    return f"{got}/{of} ({100 * got / of:.0f} %)" if of else "-"


def show(name: str, f: dict[str, Any]) -> None:
    print(f"\n== {name}: {f['n']} inquiries")
    print(f"  scams and spam rated X or high risk: {_pct(f['scams_x_or_high'])}   (X: {_pct(f['scams_x'])})")
    print(f"  scams with low risk:                 {f['scams_low_risk']}")
    print(f"  genuine rated X:                     {_pct(f['genuine_x'])}")
    print(f"  genuine rated high risk:             {_pct(f['genuine_high'])}")
    print(f"  genuine specific rated A or B:       {_pct(f['specific_a_or_b'])}")
    print(f"  category right:                      {_pct(f['category_right'])}")
    print("  confusion (expected->got): " + ", ".join(f"{k} {v}" for k, v in sorted(f["confusion"].items())))


def misses(results: list[Result]) -> None:
    for r in results:
        v, c = r.report.verdict, r.case
        wrong = (not c.genuine and v.category != "X" and v.risk != "high") or (c.genuine and v.category == "X")
        if wrong or v.category != c.expected:
            codes = ", ".join(s.code for s in r.report.signals if s.weight)[:220]
            print(f"  {c.id}: expected {c.expected}, got {v.category}/{v.risk} by {v.rule}  [{codes}]")


def signal_table(results: list[Result], codes: list[str]) -> None:
    """How often each signal fired on scams and on genuine mail (codes: exact, or a prefix ending in '.')."""
    scams = [r for r in results if not r.case.genuine]
    genuine = [r for r in results if r.case.genuine]
    seen = sorted({s.code for r in results for s in r.report.signals})
    wanted = [c for c in seen if any(c == w or (w.endswith(".") and c.startswith(w)) for w in codes)]
    print(f"\n{'signal':42} {'scams (' + str(len(scams)) + ')':>12} {'genuine (' + str(len(genuine)) + ')':>14}")
    for code in wanted:
        on_scam = sum(any(s.code == code for s in r.report.signals) for r in scams)
        on_genuine = sum(any(s.code == code for s in r.report.signals) for r in genuine)
        print(f"{code:42} {on_scam:>12} {on_genuine:>14}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, help="one corpus folder (.txt front matter, .eml with labels.json)")
    parser.add_argument("--side", choices=("train", "eval"), help="only this side of the split")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--blind", action="store_true", help="aggregates only: never print an item")
    parser.add_argument("--misses", action="store_true", help="list every miss (never with --blind)")
    parser.add_argument(
        "--signals", nargs="*", default=(), help="print how often these signals fired (codes or prefixes ending in '.')"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        settings = load_settings(env={"RESEARCH_CACHE_DIR": cache}, offline=True)
        sets = (
            [(args.folder.name, list(folder_cases(args.folder)))] if args.folder else split_sets(args.side, args.shared)
        )
        total: list[Result] = []
        started = time.monotonic()
        for name, cases in sets:
            results = run(cases, settings, profile_for(name))
            total += results
            show(name, figures(results))
            if args.misses and not args.blind:
                misses(results)
        if not args.folder:
            show("all of the above", figures(total))
        if args.signals:
            signal_table(total, list(args.signals))
        print(f"\n{len(total)} inquiries in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
