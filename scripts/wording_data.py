"""The labelled mail the wording model learns from, and its split by source and campaign.

Three kinds of sets, each named in ``research/data/model/split.toml``:

- ``folder``: hand-written inquiries (TOML front matter between ``+++`` lines, see tests/corpus/corpus.py);
  a whole folder goes to one side.
- ``eml``: real messages with a ``labels.json`` (the shared public and real sets); each campaign (group
  of near-duplicates, listed in the split file) goes to one side.

``python scripts/train_wording.py --write-split`` groups the e-mail sets into campaigns (same sender
address or company domain, same long subject, or bodies sharing many word shingles) and proposes the
split; the file is then reviewed and committed, and training reads it as it stands.
"""

from __future__ import annotations

import json
import re
import tomllib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from research.data.load import word_list
from research.extract.domains import registrable
from research.extract.wording import own_addresses
from research.extract.wording_features import without_own
from research.inputs import from_eml_bytes

# Dataset artefacts, not wording: the publishers' redaction marks, and the Enron mail system's
# forwarding headers, attachment lines and disclaimers (only its genuine mail has them).
_ARTEFACTS = (
    re.compile(r"\[(?:victim|removed|image)\]", re.I),
    re.compile(r"(?m)^.*(?:forwarded by|original message|/(?:hou|ect|enron|dec)\b|@enron|enron corp).*$", re.I),
    re.compile(r"(?m)^\s*(?:-|\(see attached file:).*\.(?:xls|doc|zip|pdf|pcx|txt)\)?\s*$", re.I),
    re.compile(r"<<[^>]{0,120}>>"),
    re.compile(r"(?m)^\s*(?:to|cc|subject):.*$", re.I),
)
_SHINGLE = 3
_SIMILAR = 0.3  # Jaccard on word 3-shingles above which two bodies are one campaign


@dataclass(frozen=True)
class Doc:
    id: str  # set/file
    set: str
    group: str  # campaign (e-mail sets) or folder (hand-written)
    text: str  # subject, blank line, body
    scam: bool  # rated X: scam or spam
    raw_kind: str


def clean(text: str) -> str:
    for rx in _ARTEFACTS:
        text = rx.sub(" ", text)
    return text


def _front_matter(path: Path) -> tuple[dict[str, Any], str]:
    _, front, body = path.read_text("utf-8").split("+++\n", 2)
    return tomllib.loads(front), body.strip()


def load_folder(name: str, folder: Path, side_group: str, pool: str = "") -> list[Doc]:
    """The hand-written inquiries of ``folder``; ``pool`` weighs several folders as one set."""
    docs = []
    for path in sorted(folder.glob("*.txt")):
        meta, body = _front_matter(path)
        raw = str(meta["kind"])
        kind = raw if raw.startswith("scam:") or meta["is_genuine"] else f"not-genuine:{raw}"
        # As the tool reads it: without the sender's own addresses (research/extract/wording.py).
        own = own_addresses(str(meta["email"]), str(meta.get("website", "")))
        text = without_own(f"{meta.get('subject', '')}\n\n{body}", own)
        docs.append(Doc(f"{name}/{path.stem}", pool or name, side_group, text, meta["expected_category"] == "X", kind))
    return docs


@dataclass(frozen=True)
class Mail:
    file: str
    sender: str
    subject: str
    text: str
    label: dict[str, Any]


def read_mails(folder: Path) -> list[Mail]:
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    mails = []
    for item in sorted(labels, key=lambda x: str(x["file"])):
        inquiry = from_eml_bytes((folder / item["file"]).read_bytes(), item["file"])
        text = without_own(clean(f"{inquiry.subject}\n\n{inquiry.body}"), own_addresses(inquiry.email, inquiry.website))
        mails.append(Mail(item["file"], inquiry.email.lower(), inquiry.subject, text, item))
    return mails


def mail_kind(label: dict[str, Any]) -> str:
    return str(label.get("kind") or label.get("campaign") or label["label"])


def load_eml(name: str, folder: Path, campaigns: dict[str, str]) -> list[Doc]:
    """The messages of one e-mail set; ``campaigns`` maps file -> campaign (from the split file)."""
    docs = []
    for mail in read_mails(folder):
        scam = mail.label.get("expected_category", "X") == "X" and mail.label["label"] != "genuine"
        kind = f"{mail.label['label']}:{mail_kind(mail.label)}"
        docs.append(Doc(f"{name}/{mail.file}", name, f"{name}/{campaigns[mail.file]}", mail.text, scam, kind))
    return docs


# -- campaigns ---------------------------------------------------------------------------------------


def _shingles(text: str) -> frozenset[str]:
    words = re.findall(r"\w+", text.lower())
    return frozenset(" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1)))


def _sender_key(sender: str) -> str:
    """The address for free mail (each mailbox is its own sender), else the company domain."""
    domain = sender.rpartition("@")[2]
    if not domain:
        return ""
    return sender if domain in word_list("free_mail.txt") else registrable(domain)


def _subject_key(subject: str) -> str:
    words = re.findall(r"\w+", re.sub(r"(?i)^(?:re|fwd?|aw):\s*", "", subject).lower())
    return " ".join(words) if len(words) >= 4 else ""


def _same_campaign(a: Mail, b: Mail, sh: dict[str, frozenset[str]]) -> bool:
    if a.label.get("campaign") or b.label.get("campaign"):
        return bool(a.label.get("campaign") == b.label.get("campaign"))
    if _sender_key(a.sender) and _sender_key(a.sender) == _sender_key(b.sender):
        return True
    if _subject_key(a.subject) and _subject_key(a.subject) == _subject_key(b.subject):
        return True
    x, y = sh[a.file], sh[b.file]
    return len(x & y) / max(1, len(x | y)) >= _SIMILAR


def campaigns(mails: list[Mail]) -> dict[str, list[str]]:
    """Near-duplicate groups (union-find over similar pairs), named after a kind and their first file."""
    parent = {m.file: m.file for m in mails}

    def root(f: str) -> str:
        while parent[f] != f:
            f = parent[f]
        return f

    sh = {m.file: _shingles(m.text) for m in mails}
    for i, a in enumerate(mails):
        for b in mails[i + 1 :]:
            if _same_campaign(a, b, sh):
                parent[max(root(a.file), root(b.file))] = min(root(a.file), root(b.file))
    groups: dict[str, list[str]] = {}
    for m in mails:
        groups.setdefault(root(m.file), []).append(m.file)
    by_file = {m.file: m for m in mails}
    named = {}
    for first, files in groups.items():
        label = by_file[first].label
        kind = label.get("campaign") or label.get("kind") or label["label"]
        named[f"{kind}-{Path(first).stem}"] = sorted(files)
    return dict(sorted(named.items()))


def propose_sides(named: dict[str, list[str]], strata: dict[str, str], every: int = 3) -> dict[str, str]:
    """Every ``every``-th campaign of each stratum (in a fixed pseudo-random order) to evaluation."""
    sides = {}
    by_stratum: dict[str, list[str]] = {}
    for name in named:
        by_stratum.setdefault(strata[name], []).append(name)
    for members in by_stratum.values():
        ordered = sorted(members, key=lambda n: (zlib.crc32(n.encode()), n))
        for i, name in enumerate(ordered):
            sides[name] = "eval" if i % every == 1 else "train"
    return sides


def split_toml(sets: Iterable[tuple[str, str, dict[str, list[str]], dict[str, str], dict[str, str]]]) -> str:
    """The [[campaigns]] part of the split file: (set, path, campaigns, sides, why) per e-mail set."""
    out = []
    for set_name, _path, named, sides, why in sets:
        for name, files in named.items():
            out.append("[[campaigns]]")
            out.append(f'set = "{set_name}"')
            out.append(f'name = "{name}"')
            out.append(f'side = "{sides[name]}"')
            out.append(f"files = [{', '.join(json.dumps(f) for f in files)}]")
            if why.get(name):
                out.append(f"why = {json.dumps(why[name])}")
            out.append("")
    return "\n".join(out)
