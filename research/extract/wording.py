"""A learned second opinion on an inquiry's wording: how close it reads to known scam mail, and to which kind.

The model (``research/data/model/wording.json``, written by ``scripts/train_wording.py``) is a logistic
regression over hashed character n-grams of words plus a few language-neutral counts, with Platt
calibration, and one centroid per kind of mail. Everything here is plain Python and numpy: the file is
read once, on first use, and nothing is fetched. Pure: a text in, a ``WordingReading`` out.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from research.data.load import once
from research.errors import ConfigError
from research.extract.domains import registrable, site_host
from research.extract.mail_hosts import is_free_mail
from research.extract.signature import own_part
from research.extract.wording_features import (
    DENSE_NAMES,
    Hashing,
    bucket,
    dense,
    grams,
    hashed_grams,
    normalise,
    raw_words,
    without_own,
    word_counts,
)

FORMAT = "wording-model/1"
_MAX_CUES = 5
_COMMON_IDF = 2.0  # idf below this: the word is in more than about a third of all mails
_LONG_WORD = 16  # longer "words" are unspaced scripts (Chinese, Japanese): quote the n-gram instead


@dataclass(frozen=True)
class WordingReading:
    """What the wording suggests.

    ``band``: ``decisive`` (almost no genuine training mail scored that high out of fold: the wording alone
    may make an X), ``high`` (a strong scam signal: a few genuine training mails scored that high),
    ``look_again`` or ``low``. ``kind``: the nearest known kind of mail on the side the score points
    to (a scam kind from ``look_again`` up, else a genuine kind), ``kind_similarity`` its cosine (0..1).
    ``cues``: words of the text that pushed the score most that way, as written there.
    ``similarities``: every kind's cosine, the nearest first, whatever the score says: a rule may ask
    which kind a mail reads closest to of all, e.g. a sales pitch rather than any buyer's mail.
    """

    scam_probability: float
    band: str
    kind: str
    kind_similarity: float
    cues: tuple[str, ...]
    similarities: tuple[tuple[str, float], ...] = ()
    # The pitch head's reading (``WordingModel.pitch``): how likely the mail sells to us rather than buys, and
    # its band (``decisive``, ``high`` or ``low``; "" when the model has no such head).
    pitch_probability: float = 0.0
    pitch_band: str = ""


@dataclass(frozen=True)
class Head:
    """A second question asked of the same features (scripts/train_pitch.py): one more dot product."""

    weight: np.ndarray
    dense_weight: np.ndarray
    bias: float
    calibration: tuple[float, float]
    thresholds: dict[str, float]


@dataclass(frozen=True)
class WordingModel:
    hashing: Hashing
    columns: np.ndarray  # per hash bucket: its column, or -1 when the model has no weight for it
    idf: np.ndarray
    weight: np.ndarray
    dense_weight: np.ndarray
    bias: float
    calibration: tuple[float, float]  # Platt: p = sigmoid(a * score + b)
    thresholds: dict[str, float]
    kinds: tuple[str, ...]
    scam_kind: np.ndarray  # per kind: is it a kind of scam or spam
    centroids: np.ndarray  # kinds x columns, rows of unit length
    mask: frozenset[str]
    pitch: Head | None = None


def _floats(values: Any) -> np.ndarray:
    return np.asarray(values, dtype=np.float64)


def model_from_dict(data: dict[str, Any]) -> WordingModel:
    if data.get("format") != FORMAT:
        raise ConfigError(f"wording model format {data.get('format')!r}, expected {FORMAT}")
    h = data["hashing"]
    feats, kinds = data["features"], data["kinds"]
    hashing = Hashing(int(h["bits"]), int(h["min_n"]), int(h["max_n"]))
    columns = np.full(1 << hashing.bits, -1, dtype=np.int64)
    columns[np.asarray(feats["buckets"], dtype=np.int64)] = np.arange(len(feats["buckets"]))
    centroids = np.zeros((len(kinds["names"]), len(feats["buckets"])))
    for row, (cols, values) in enumerate(zip(kinds["columns"], kinds["values"], strict=True)):
        centroids[row, cols] = values
    return WordingModel(
        hashing=hashing,
        columns=columns,
        idf=_floats(feats["idf"]),
        weight=_floats(feats["weight"]),
        dense_weight=_floats([data["dense"]["weight"][n] for n in DENSE_NAMES]),
        bias=float(data["bias"]),
        calibration=(float(data["calibration"]["a"]), float(data["calibration"]["b"])),
        thresholds={k: float(v) for k, v in data["thresholds"].items()},
        kinds=tuple(kinds["names"]),
        scam_kind=np.array([bool(s) for s in kinds["scam"]]),
        centroids=centroids,
        mask=frozenset(data.get("mask", ())),
        pitch=_head(data["pitch"]) if "pitch" in data else None,
    )


def _head(data: dict[str, Any]) -> Head:
    return Head(
        weight=_floats(data["weight"]),
        dense_weight=_floats([data["dense"][n] for n in DENSE_NAMES]),
        bias=float(data["bias"]),
        calibration=(float(data["calibration"]["a"]), float(data["calibration"]["b"])),
        thresholds={k: float(v) for k, v in data["thresholds"].items()},
    )


def load_model(path: str | Path) -> WordingModel:
    return model_from_dict(json.loads(Path(path).read_text("utf-8")))


@once
def shipped_model() -> WordingModel:
    """The model in the package, read once."""
    text = resources.files("research.data").joinpath("model/wording.json").read_text("utf-8")
    return model_from_dict(json.loads(text))


def read(text: str, subject: str = "", own: tuple[str, ...] = ()) -> WordingReading:
    """The shipped model's reading of an inquiry (subject and body); ``own``: the sender's addresses
    (``own_addresses``), not read as words or links."""
    return read_with(shipped_model(), text, subject, own)


_LONGEST_ADDRESS = 254  # RFC 5321: a longer "address" is no address, and would make a long pattern


def own_addresses(email: str, website: str = "") -> tuple[str, ...]:
    """The sender's own e-mail address, their domain unless it is a free mail service's, and the domain of the
    website they give (the form's, or their signature's). A buyer on Gmail who signs with
    "www.harborline-imports.com" read 0.02 without that line and 0.997 with it: the bare site counted as a link."""
    address = email.strip().lower()
    domain = address.rpartition("@")[2]
    if "@" not in address or not domain or len(address) > _LONGEST_ADDRESS or any(c.isspace() for c in address):
        return ()
    own = [address] if is_free_mail(domain) else [address, registrable(domain)]
    # The site's host as given: never a whole platform ("sites.google.com", not "google.com").
    site = site_host(website)
    site = site if len(site) <= _LONGEST_ADDRESS and "." in site and not any(c.isspace() for c in site) else ""
    if site and site not in own and not is_free_mail(registrable(site)):
        own.append(site)
    return tuple(own)


@dataclass(frozen=True)
class _Vector:
    words: list[str]
    cols: np.ndarray  # the columns present
    x: np.ndarray  # their tf-idf, unit length
    pair_word: np.ndarray  # per (word, n-gram) pair: the word's index ...
    pair_col: np.ndarray  # ... the n-gram's column
    pair_share: np.ndarray  # ... and the word's share of that column's count
    dense: np.ndarray


def _vector(model: WordingModel, text: str) -> _Vector:
    counted = word_counts(text, model.mask)
    words = list(counted)
    buckets, owner = hashed_grams(words, model.hashing)
    pair_col = model.columns[buckets]
    known = pair_col >= 0
    pair_col, owner = pair_col[known], owner[known]
    pair_n = np.fromiter(counted.values(), dtype=np.float64, count=len(words))[owner]
    tf = np.bincount(pair_col, weights=pair_n, minlength=len(model.idf))
    cols = np.flatnonzero(tf)
    x = (1.0 + np.log(tf[cols])) * model.idf[cols]
    norm = float(np.sqrt(x @ x))
    return _Vector(
        words=words,
        cols=cols,
        x=x / norm if norm else x,
        pair_word=owner,
        pair_col=pair_col,
        pair_share=pair_n / tf[pair_col],
        dense=_floats(dense(text)),
    )


def score(model: WordingModel, text: str) -> float:
    """The raw linear score (log-odds before calibration); the training script checks it against sklearn."""
    return _score(model, _vector(model, text))


def _score(model: WordingModel | Head, vec: _Vector) -> float:
    return float(vec.x @ model.weight[vec.cols] + vec.dense @ model.dense_weight + model.bias)


def probability(model: WordingModel | Head, raw: float) -> float:
    a, b = model.calibration
    return 1.0 / (1.0 + math.exp(-max(-700.0, a * raw + b)))


def _pitch(model: WordingModel, vec: _Vector) -> tuple[float, str]:
    head = model.pitch
    if head is None:
        return 0.0, ""
    p = probability(head, _score(head, vec))
    found = (name for name in ("decisive", "high") if p >= head.thresholds[name])
    return round(p, 4), next(found, "low")


def band(model: WordingModel, p: float) -> str:
    # A model file without "decisive" (an older training) never lets the wording decide alone.
    if p >= model.thresholds.get("decisive", 2.0):
        return "decisive"
    if p >= model.thresholds["high"]:
        return "high"
    return "look_again" if p >= model.thresholds["look_again"] else "low"


def _quoted(model: WordingModel, word: str, written: str, push: np.ndarray) -> str:
    """How a cue is shown: the word as written; for an unspaced run, its strongest n-gram in the text."""
    if len(word) <= _LONG_WORD:
        return written
    known = ((g, int(model.columns[bucket(g, model.hashing)])) for g in grams(word, model.hashing))
    strength = {g.strip(): push[c] for g, c in known if c >= 0}
    best = max(strength, key=lambda g: (strength[g], g), default="")
    start = normalise(written).find(best) if best else -1
    return written[start : start + len(best)] if start >= 0 else written[:_LONG_WORD]


def _worth_showing(model: WordingModel, word: str) -> bool:
    """Words with letters; a short one only when it is uncommon in mail ("FOB" yes, "for" no)."""
    if len(word) < 2 or not any(ch.isalpha() for ch in word):
        return False
    if len(word) >= 4 or not word.isascii():
        return True
    col = int(model.columns[bucket(f" {word} ", model.hashing)])
    return len(word) == 3 and col >= 0 and float(model.idf[col]) >= _COMMON_IDF


def _cues(model: WordingModel, vec: _Vector, text: str, direction: float) -> tuple[str, ...]:
    if not len(vec.pair_col):
        return ()
    push = np.zeros(len(model.idf))
    push[vec.cols] = vec.x * model.weight[vec.cols] * direction
    per_word = np.bincount(vec.pair_word, weights=push[vec.pair_col] * vec.pair_share, minlength=len(vec.words))
    ranked = [i for i in np.argsort(-per_word, kind="stable") if per_word[i] > 0]
    wanted = [vec.words[i] for i in ranked if _worth_showing(model, vec.words[i])]
    if not wanted:
        return ()
    written: dict[str, str] = {}  # the first way each word is written, so a cue quotes the text
    for raw in dict.fromkeys(raw_words(text)):
        written.setdefault(raw.casefold(), raw)
    shown = []
    for w in wanted[: _MAX_CUES * 2]:
        raw = written.get(w) or next((r for r in written.values() if normalise(r) == w), "")
        shown.append(_quoted(model, w, raw, push) if raw else "")
    readable = (c for c in shown if len(c) >= 2 and any(ch.isalpha() for ch in c))
    return tuple(dict.fromkeys(readable))[:_MAX_CUES]


def _similarities(model: WordingModel, vec: _Vector) -> np.ndarray:
    if not len(vec.cols):
        return np.zeros(len(model.kinds))
    return np.asarray(model.centroids[:, vec.cols] @ vec.x)


def _kind(model: WordingModel, vec: _Vector, sims: np.ndarray, scam_side: bool) -> tuple[str, float]:
    if not len(vec.cols):
        return "", 0.0
    sided = np.where(model.scam_kind == scam_side, sims, -1.0)
    best = int(np.argmax(sided))
    return model.kinds[best], round(max(0.0, float(sided[best])), 3)


def _ranked(model: WordingModel, vec: _Vector, sims: np.ndarray) -> tuple[tuple[str, float], ...]:
    if not len(vec.cols):
        return ()
    order = np.argsort(-sims, kind="stable")
    return tuple((model.kinds[i], round(max(0.0, float(sims[i])), 3)) for i in order)


def read_with(model: WordingModel, text: str, subject: str = "", own: tuple[str, ...] = ()) -> WordingReading:
    """A model's reading of a text; ``subject`` is read as part of it, ``own`` (the sender's addresses) not."""
    full = without_own(f"{subject}\n\n{text}" if subject else text, own)
    vec = _vector(model, full)
    p = probability(model, _score(model, vec))
    scam_side = p >= model.thresholds["look_again"]
    sims = _similarities(model, vec)
    kind, similarity = _kind(model, vec, sims, scam_side)
    cues = _cues(model, vec, full, 1.0 if scam_side else -1.0)
    # The pitch head reads the sender's own words: a counter-offer quotes our quotation, which sells.
    mine = own_part(full)
    pitch, pitch_band = _pitch(model, vec if mine == full else _vector(model, mine))
    ranked = _ranked(model, vec, sims)
    return WordingReading(round(p, 4), band(model, p), kind, similarity, cues, ranked, pitch, pitch_band)


def group_lead(reading: WordingReading, group: frozenset[str]) -> tuple[str, float]:
    """The kind of ``group`` the mail reads nearest to, and by how much (cosine) it beats every kind outside
    the group; ("", 0.0) when a kind outside the group is nearer. A scam-like mail whose nearest kind of all is
    a sales pitch, clearly ahead of every buyer's and every other scam's kind, sells rather than buys."""
    inside = [(k, s) for k, s in reading.similarities if k in group]
    outside = [s for k, s in reading.similarities if k not in group]
    if not inside:
        return "", 0.0
    kind, best = inside[0]
    lead = round(best - max(outside, default=0.0), 3)
    return (kind, lead) if lead > 0 else ("", 0.0)
