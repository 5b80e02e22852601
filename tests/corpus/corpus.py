"""The hand-written inquiry corpus: one ``.txt`` per inquiry, TOML front matter between ``+++`` lines.

Front matter fields: id, language, email, company, country, website, subject, expected_category (A/B/C/X),
expected_buyer_type, is_genuine, kind (specific | vague | some_detail | scam:<pattern>), optional
attachments [{filename, content_type}], links [{url, text}] and a [platform] table. The body follows.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from research import inputs
from research.types import Attachment, Inquiry, Link

CORPUS = Path(__file__).parent


@dataclass(frozen=True)
class Case:
    id: str
    meta: dict[str, Any]
    inquiry: Inquiry

    @property
    def expected(self) -> str:
        return str(self.meta["expected_category"])

    @property
    def genuine(self) -> bool:
        return bool(self.meta["is_genuine"])

    @property
    def kind(self) -> str:
        return str(self.meta["kind"])


def _inquiry(meta: dict[str, Any], body: str) -> Inquiry:
    links = [Link(x["url"], x.get("text", "")) for x in meta.get("links", [])]
    links += [lk for lk in inputs.links_in_text(body) if lk.url not in {x.url for x in links}]
    return inputs.from_fields(
        email=meta["email"],
        company=meta.get("company", ""),
        country=meta.get("country", ""),
        website=meta.get("website", ""),
        subject=meta.get("subject", ""),
        body=body,
        attachments=tuple(Attachment(a["filename"], a.get("content_type", "")) for a in meta.get("attachments", [])),
        links=tuple(links),
        platform=inputs.platform_stats(meta["platform"]) if "platform" in meta else None,
        source="text",
    )


def load_case(path: Path) -> Case:
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("+++\n", 2)
    meta = tomllib.loads(front)
    return Case(meta["id"], meta, _inquiry(meta, body.strip()))


def load_corpus() -> list[Case]:
    return [load_case(p) for p in sorted(CORPUS.glob("*.txt"))]


def load_eml_case(path: Path, label: dict[str, Any]) -> Case:
    """A raw .eml of a corpus folder, labelled in its labels.json (same label fields as the front matter)."""
    meta = {"id": path.stem, "kind": label.get("kind", ""), **label}
    return Case(path.stem, meta, inputs.from_file(path))


def load_folder(folder: Path) -> list[Case]:
    """Every case of a corpus folder: .txt with front matter, and .eml listed in labels.json."""
    labels = (
        {x["file"]: x for x in json.loads((folder / "labels.json").read_text("utf-8"))}
        if (folder / "labels.json").is_file()
        else {}
    )
    cases = [load_case(p) for p in sorted(folder.glob("*.txt")) if p.read_text("utf-8").startswith("+++")]
    mails = {name: label for name, label in labels.items() if name.endswith((".eml", ".msg"))}
    return cases + [load_eml_case(folder / name, label) for name, label in sorted(mails.items())]
