"""What the attachments check says on labelled mail, and what it adds to one offline check.

    .venv/bin/python scripts/bench_attachments.py [--shared ../shared/data] [--runs 5]

1. For the real scams (inquiries/real) and the train side of the public set (research/data/model/split.toml,
   never the eval side): each mail with attachments, what was read and which attachments.* signals fired.
2. Time: one offline ``research(...)`` with and without the attachments check, on mails built as in the
   tests (link-only PDF, spec sheet, ZIP with a program, .docm with a macro) and on the real ones with
   attachments; the median of ``--runs`` runs, in ms, and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from research import research  # noqa: E402
from research.enrich import ENRICHERS  # noqa: E402
from research.enrich.attachments import analyse  # noqa: E402
from research.settings import Settings, load_settings  # noqa: E402
from research.types import Inquiry  # noqa: E402
from scripts.evaluate import split_sets  # noqa: E402
from tests.extract.attachment_files import PROGRAM, eml, pdf_link_only, pdf_specs, zip_of  # noqa: E402
from tests.extract.office_files import docx  # noqa: E402


def labelled(shared: Path) -> list[tuple[str, Inquiry]]:
    out = []
    for name, cases in split_sets("train", shared):
        if name.startswith(("real", "public")):
            out += [(f"{name}/{c.id}", c.inquiry) for c in cases]
    return out


def show_signals(cases: list[tuple[str, Inquiry]]) -> None:
    with_files = [(n, i) for n, i in cases if i.attachments]
    print(f"{len(cases)} labelled mails (real + public train side), {len(with_files)} with attachments")
    for name, inquiry in with_files:
        facts, signals = analyse(inquiry)
        for f in facts.get("files") or []:
            found = sorted({x["kind"] for x in f.get("found") or []})
            print(f"  {name}: {f.get('filename')!r} {f.get('real_type')} {f.get('status')} found={found}")
        print(f"    signals: {[s.code for s in signals] or '-'}")


def built() -> list[tuple[str, bytes]]:
    return [
        ("link-only PDF", eml({"PO.pdf": (pdf_link_only("https://login.example/x"), "application/pdf")})),
        ("spec sheet PDF", eml({"spec.pdf": (pdf_specs(), "application/pdf")})),
        ("ZIP with program", eml({"PO.zip": (zip_of({"PO.pdf.exe": PROGRAM}), "application/zip")})),
        ("docm with macro", eml({"PO.docm": (docx(macro='Sub AutoOpen()\r\nShell "x"\r\nEnd Sub\r\n'), "a/b")})),
    ]


def _timed(fn: object, *args: object) -> float:
    started = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def median_ms(inquiry: Inquiry, settings: Settings, with_check: bool, runs: int) -> float:
    enrichers = ENRICHERS if with_check else tuple(e for e in ENRICHERS if e.name != "attachments")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        research(inquiry, settings=settings, save=False, enrichers=enrichers)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def show_times(cases: list[tuple[str, Inquiry]], runs: int) -> None:
    from research import inputs

    subjects = [(n, inputs.from_eml_bytes(raw)) for n, raw in built()]
    subjects += [(n, i) for n, i in cases if i.attachments]
    with tempfile.TemporaryDirectory() as cache:
        settings = load_settings(env={"RESEARCH_CACHE_DIR": cache}, offline=True)
        research(subjects[0][1], settings=settings, save=False)  # imports and first loads, once
        print(f"\none offline check, median of {runs} runs (ms): without / with the attachments check, reading alone")
        for name, inquiry in subjects:
            without = median_ms(inquiry, settings, False, runs)
            with_ = median_ms(inquiry, settings, True, runs)
            alone = statistics.median(_timed(analyse, inquiry) for _ in range(runs))
            ratio = f"x{with_ / without:.2f}"
            print(f"  {name:<40} {without:7.1f} / {with_:7.1f} ({ratio})   reading {alone:6.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cases = labelled(args.shared)
    show_signals(cases)
    show_times(cases, args.runs)


if __name__ == "__main__":
    main()
