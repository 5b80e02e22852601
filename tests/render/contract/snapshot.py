"""Reports of fixed inquiries in the JSON contract, reduced to what a tool reading it relies on.

``python -m tests.render.contract.snapshot`` writes ``before.json`` with the code of the day; the
contract test regenerates the same view with today's code and compares, so a refactor that changes
what a tool reading ``buyer-report/1`` sees (a key gone, a type changed, a verdict moved) shows up.

The view of each report: its *shape* (every key path with the types seen there) and its *meaning*
(category, risk, scores, buyer type, signal and advice codes, the contract's section facts).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from research import research
from research.profile import load_profile
from research.render.json import to_dict
from research.settings import Settings, load_settings
from research.types import Inquiry
from tests.assess.lab_buyers import LAB_BUYERS
from tests.corpus.corpus import load_corpus
from tests.helpers import lab_settings
from tests.lab.lab import LAB_ROOT, Lab

BEFORE = Path(__file__).resolve().parent / "before.json"
CORPUS_STEP = 6  # every sixth corpus case, offline
# The contract's section facts (DESIGN.md); values that depend on the clock or the crawl order are left out.
SECTION_KEYS = {
    "email": ("address", "domain", "free_mail", "disposable", "role", "lookalike_of"),
    "domain": ("mx", "spf", "dmarc", "registrar", "registrant_country", "parked"),
    "website": ("url", "reachable", "phones", "emails", "socials", "address", "founded_year", "markets"),
    "inquiry_analysis": ("language", "specificity", "scam_patterns", "links", "attachments"),
}


def _type(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def shape(value: Any, path: str = "$", out: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """Every key path (lists as ``[]``) with the types seen there."""
    out = {} if out is None else out
    out.setdefault(path, set()).add(_type(value))
    if isinstance(value, dict):
        for key, item in value.items():
            # Free-form maps (params, scores, timings) are data, not contract keys.
            shape(item, f"{path}.*" if path.endswith((".params", ".timings", ".socials")) else f"{path}.{key}", out)
    elif isinstance(value, list):
        for item in value:
            shape(item, f"{path}[]", out)
    return out


def meaning(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "category": d["verdict"]["category"],
        "risk": d["verdict"]["risk"],
        "scores": d["verdict"]["scores"],
        "buyer_type": d["buyer_type"]["label"],
        "signals": sorted(s["code"] for s in d["signals"]),
        "red_flags": sorted(s["code"] for s in d["signals"] if s["red_flag"]),
        "advice": sorted(a["code"] for a in d["advice"]),
        "sections": {name: {k: d[name].get(k) for k in keys} for name, keys in SECTION_KEYS.items()},
    }


def cases(lab: Lab, cache: Path) -> Iterator[tuple[str, Inquiry, Settings]]:
    online = lab_settings(lab, cache)
    for buyer in LAB_BUYERS:
        yield f"lab:{buyer.site}", buyer.inquiry, online
    offline = load_settings(env={"RESEARCH_CACHE_DIR": str(cache)}, offline=True)
    for case in load_corpus()[::CORPUS_STEP]:
        yield f"corpus:{case.id}", case.inquiry, offline


def views(lab: Lab, cache: Path) -> dict[str, Any]:
    """{"shape": {path: [types]}, "reports": {name: meaning}} over every case, in English."""
    decor = load_profile("home_decor")
    paths: dict[str, set[str]] = {}
    reports = {}
    for name, inquiry, settings in cases(lab, cache):
        d = to_dict(research(inquiry, decor, settings, save=False), "en")
        shape(d, out=paths)
        reports[name] = meaning(d)
    return {"shape": {p: sorted(t) for p, t in sorted(paths.items())}, "reports": reports}


def main() -> None:
    with Lab(root=LAB_ROOT) as lab, tempfile.TemporaryDirectory() as tmp:
        data = views(lab, Path(tmp))
    BEFORE.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
