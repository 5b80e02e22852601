"""Train the wording model from the labelled corpora, write it, and print its evaluation.

    .venv/bin/python scripts/train_wording.py                   # retrain -> research/data/model/wording.json
    .venv/bin/python scripts/train_wording.py --shared DIR      # where the shared data is (default ../shared/data)
    .venv/bin/python scripts/train_wording.py --write-split     # regroup the e-mail sets into campaigns (review!)

The split (which folder or campaign trains, which evaluates) is read from research/data/model/split.toml,
the kind names from kinds.toml and the masked topic words from topic_words.txt beside it. Same data, same
file, byte for byte: documents are read in a fixed order, the solver is deterministic and every number
written is rounded. Thresholds are chosen on out-of-fold scores of the training side (folds by campaign),
never on the evaluation side, whose figures are printed first.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import tomllib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import wording_data as wd  # noqa: E402

from research.extract import wording  # noqa: E402
from research.extract.wording_features import (  # noqa: E402
    DENSE_NAMES,
    Hashing,
    bucket,
    bucket_counts,
    dense,
    grams,
    show,
    words,
)

MODEL_DIR = ROOT / "research" / "data" / "model"
_CAMPAIGN_MARK = "# -- campaigns: written by scripts/train_wording.py --write-split, then reviewed --"


@dataclass(frozen=True)
class Params:
    min_groups: int = 5  # an n-gram must occur in this many campaigns (or hand-written mails) to be a feature
    max_features: int = 24_000
    c: float = 4.0  # inverse L2 strength
    centroid_terms: int = 1_200
    folds: int = 5


# -- data ----------------------------------------------------------------------------------------------


def _path(template: str, shared: Path) -> Path:
    return Path(template.replace("{shared}", str(shared))) if "{shared}" in template else ROOT / template


def load_split(split_file: Path, shared: Path) -> tuple[list[wd.Doc], dict[str, str]]:
    """Every labelled document, and the side (train/eval) of each one's group."""
    spec = tomllib.loads(split_file.read_text("utf-8"))
    docs: list[wd.Doc] = []
    sides: dict[str, str] = {}
    for s in spec["sets"]:
        folder = _path(s["path"], shared)
        if not folder.is_dir():
            raise SystemExit(f"{s['name']}: {folder} not found (pass --shared DIR for the shared data)")
        if s["kind"] == "folder":
            docs += wd.load_folder(s["name"], folder, s["name"], s.get("pool", ""))
            sides[s["name"]] = s["side"]
            continue
        members = [c for c in spec.get("campaigns", []) if c["set"] == s["name"]]
        by_file = {f: c["name"] for c in members for f in c["files"]}
        loaded = wd.load_eml(s["name"], folder, by_file | {})
        missing = [d.id for d in loaded if d.id.partition("/")[2] not in by_file]
        if missing:
            raise SystemExit(f"not in any campaign of {split_file.name}: {missing} (run --write-split)")
        docs += loaded
        sides |= {f"{s['name']}/{c['name']}": c["side"] for c in members}
    return docs, sides


def kind_map(kinds_file: Path) -> dict[str, str]:
    spec = tomllib.loads(kinds_file.read_text("utf-8"))["kinds"]
    return {label: name for name, k in spec.items() for label in k["labels"]}


def mask_words(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip().casefold() for line in path.read_text("utf-8").splitlines())
    return sorted({w for line in lines for w in line.split()})


# -- features ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Matrix:
    x: sparse.csr_matrix  # tf-idf rows of unit length, then the dense columns
    buckets: list[int]
    idf: np.ndarray


def _vocabulary(counts: list[Counter[int]], groups: list[str], params: Params) -> list[int]:
    seen: dict[int, set[str]] = defaultdict(set)
    for c, g in zip(counts, groups, strict=True):
        for b in c:
            seen[b].add(g)
    kept = [b for b, gs in seen.items() if len(gs) >= params.min_groups]
    return sorted(kept)


def matrix(counts: list[Counter[int]], texts: list[str], buckets: list[int], idf: np.ndarray) -> Matrix:
    col = {b: i for i, b in enumerate(buckets)}
    rows, cols, vals = [], [], []
    for r, c in enumerate(counts):
        found = sorted((col[b], n) for b, n in c.items() if b in col)
        xs = np.array([(1.0 + math.log(n)) * idf[j] for j, n in found])
        norm = float(np.sqrt(xs @ xs)) if len(xs) else 1.0
        for (j, _), v in zip(found, xs, strict=True):
            rows.append(r)
            cols.append(j)
            vals.append(v / norm)
        for k, v in enumerate(dense(texts[r])):
            if v:
                rows.append(r)
                cols.append(len(buckets) + k)
                vals.append(v)
    shape = (len(counts), len(buckets) + len(DENSE_NAMES))
    return Matrix(sparse.csr_matrix((vals, (rows, cols)), shape=shape), buckets, idf)


def _idf(counts: list[Counter[int]], buckets: list[int]) -> np.ndarray:
    df = Counter(b for c in counts for b in c)
    n = len(counts)
    return np.array([math.log((1 + n) / (1 + df[b])) + 1.0 for b in buckets])


def _fit(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, params: Params) -> LogisticRegression:
    model = LogisticRegression(C=params.c, solver="lbfgs", max_iter=5000, tol=1e-8)
    model.fit(x, y, sample_weight=w)
    return model


def _weights(docs: list[wd.Doc], classes: Sequence[int] | None = None) -> np.ndarray:
    """Each class weighs the same in total, and within a class each set weighs the same: the big spam
    archive must not drown the hand-written scams, nor Enron's gas traders the other genuine mail.
    ``classes``: each mail's class when it is not scam-or-not (the pitch head's)."""
    ys = [int(d.scam) for d in docs] if classes is None else [int(c) for c in classes]
    cells = Counter((y, d.set) for y, d in zip(ys, docs, strict=True))
    sets_per_class = Counter(y for y, _ in cells)
    return np.array([len(docs) / 2 / sets_per_class[y] / cells[(y, d.set)] for y, d in zip(ys, docs, strict=True)])


@dataclass(frozen=True)
class Trained:
    vocab: list[int]
    idf: np.ndarray
    clf: LogisticRegression


def train_once(docs: list[wd.Doc], counts: list[Counter[int]], params: Params, groups: list[str]) -> Trained:
    vocab = _vocabulary(counts, groups, params)
    idf = _idf(counts, vocab)
    y = np.array([d.scam for d in docs], dtype=int)
    w = _weights(docs)
    m = matrix(counts, [d.text for d in docs], vocab, idf)
    clf = _fit(m.x, y, w, params)
    if len(vocab) > params.max_features:  # keep the strongest, then learn again on those alone
        coef = np.abs(clf.coef_[0][: len(vocab)]) * idf
        keep = sorted(vocab[i] for i in np.argsort(-coef, kind="stable")[: params.max_features])
        vocab, idf = keep, _idf(counts, keep)
        clf = _fit(matrix(counts, [d.text for d in docs], vocab, idf).x, y, w, params)
    return Trained(vocab, idf, clf)


def _feature_groups(docs: list[wd.Doc]) -> list[str]:
    """What an n-gram must be seen in several of: a campaign of the e-mail sets, else one mail."""
    return [d.group if "/" in d.group else d.id for d in docs]  # an e-mail set's group is "set/campaign"


def out_of_fold(docs: list[wd.Doc], counts: list[Counter[int]], params: Params) -> np.ndarray:
    """Each training mail's raw score from a model that did not see its campaign (or its folder's share)."""
    folds = GroupKFold(n_splits=params.folds)
    scores = np.zeros(len(docs))
    groups = _feature_groups(docs)
    for train_idx, test_idx in folds.split(np.zeros(len(docs)), groups=groups):
        sub = [docs[i] for i in train_idx]
        t = train_once(sub, [counts[i] for i in train_idx], params, [groups[i] for i in train_idx])
        m = matrix([counts[i] for i in test_idx], [docs[i].text for i in test_idx], t.vocab, t.idf)
        scores[test_idx] = t.clf.decision_function(m.x)
    return scores


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    lr = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000)
    lr.fit(scores.reshape(-1, 1), y)
    return float(lr.coef_[0][0]), float(lr.intercept_[0])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


# ``high`` lets this share of the genuine training mail (out of fold) through. It was "none" while the
# training mail was 117 genuine; among 499, a few formal genuine RFQs read as scam at any threshold, and
# "none" put ``high`` at 0.99, where half the scams it caught before were no longer caught. 2 % (0.86) lost
# 3 scams on holdouts 23-24; 3 % (0.78) against 2 %, measured once on blind holdouts 25-26: scams X or
# high risk 40 -> 42 of 52, scams rated A 6 -> 5, no genuine buyer at high risk either way.
HIGH_GENUINE_SHARE = 0.03
# "decisive": the wording alone may make an X (unless something proves who the sender is). At most this share
# of the genuine training mail scores that high out of fold: 0.3 % (2 of 771 when it was set).
DECISIVE_GENUINE_SHARE = 0.003


def thresholds(p: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """From out-of-fold probabilities: ``decisive`` above all but DECISIVE_GENUINE_SHARE of the genuine mail
    (never below ``high``), ``high`` above all but HIGH_GENUINE_SHARE of it,
    ``look_again`` catching nine scams in ten, ``proposed`` the best balanced accuracy (rounded to 0.01 so
    the file stays stable)."""
    grid = np.round(np.arange(0.01, 1.0, 0.01), 2)
    genuine, scam = p[y == 0], p[y == 1]
    high = next((t for t in grid if (genuine >= t).mean() <= HIGH_GENUINE_SHARE), 0.99)
    recall = np.array([(scam >= t).mean() for t in grid])
    look = max((t for t, r in zip(grid, recall, strict=True) if r >= 0.9), default=0.5)
    balanced = np.array([((scam >= t).mean() + (genuine < t).mean()) / 2 for t in grid])
    best = grid[balanced >= balanced.max() - 1e-12]
    proposed = float(best[len(best) // 2])  # the middle of a tie: as far as can be from both sides
    look = min(look, proposed)
    decisive = next((t for t in grid if (genuine >= t).mean() <= DECISIVE_GENUINE_SHARE), 0.99)
    high = float(max(high, proposed))
    return {"decisive": float(max(decisive, high)), "high": high, "look_again": float(look), "proposed": proposed}


def centroids(x: sparse.csr_matrix, kinds: list[str], names: list[str], n_terms: int) -> dict[str, Any]:
    """Per kind: the mean of its mails' n-gram vectors, cut to its strongest terms, unit length."""
    cols_out, vals_out = [], []
    for name in names:
        rows = [i for i, k in enumerate(kinds) if k == name]
        mean = np.asarray(x[rows].mean(axis=0)).ravel()
        top = np.sort(np.argsort(-mean, kind="stable")[:n_terms])
        top = top[mean[top] > 0]
        values = mean[top] / np.sqrt(mean[top] @ mean[top])
        cols_out.append([int(c) for c in top])
        vals_out.append([_r(v) for v in values])
    scam = [not n.startswith("genuine") for n in names]
    return {"names": names, "scam": scam, "columns": cols_out, "values": vals_out}


def _r(v: float) -> float:
    return float(f"{v:.5g}")


# -- the file --------------------------------------------------------------------------------------------


def top_ngrams(docs: list[wd.Doc], t: Trained, hashing: Hashing, mask: frozenset[str], n: int) -> dict[str, Any]:
    """The strongest features as a person reads them: the n-gram and the commonest word it comes from,
    one line per word (the n-grams of "purchase" would otherwise fill the list)."""
    names: dict[int, Counter[tuple[str, str]]] = defaultdict(Counter)
    vocab = set(t.vocab)
    for d in docs:
        for w in {w for w in words(d.text) if w not in mask}:
            for g in grams(w, hashing):
                b = bucket(g, hashing)
                if b in vocab:
                    names[b][(g, w)] += 1
    coef = t.clf.coef_[0]
    order = np.argsort(-coef[: len(t.vocab)], kind="stable")
    dense_w = {name: _r(coef[len(t.vocab) + k]) for k, name in enumerate(DENSE_NAMES)}

    def listed(indices: Any) -> list[list[Any]]:
        out: list[list[Any]] = []
        seen: set[str] = set()
        for i in indices:
            if not names[t.vocab[i]]:
                continue
            gram, word = names[t.vocab[i]].most_common(1)[0][0]
            if word not in seen:
                seen.add(word)
                out.append([f"{show(gram)} ({word})", _r(coef[i])])
            if len(out) == n:
                break
        return out

    return {"scam": listed(order), "genuine": listed(order[::-1]), "dense": dense_w}


def model_json(
    t: Trained, hashing: Hashing, mask: list[str], cal: tuple[float, float], th: dict[str, float], kinds: dict[str, Any]
) -> dict[str, Any]:
    coef = t.clf.coef_[0]
    nv = len(t.vocab)
    return {
        "format": wording.FORMAT,
        "hashing": {
            "hash": "research/extract/wording_features.py: FNV-prime polynomial over code points, Fibonacci bits",
            "bits": hashing.bits,
            "min_n": hashing.min_n,
            "max_n": hashing.max_n,
        },
        "mask": mask,
        "features": {
            "buckets": t.vocab,
            "idf": [_r(v) for v in t.idf],
            "weight": [_r(v) for v in coef[:nv]],
        },
        "dense": {"weight": {name: _r(coef[nv + k]) for k, name in enumerate(DENSE_NAMES)}},
        "bias": _r(t.clf.intercept_[0]),
        "calibration": {"a": _r(cal[0]), "b": _r(cal[1])},
        "thresholds": th,
        "kinds": kinds,
    }


def dumps(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


# -- evaluation ------------------------------------------------------------------------------------------


def _pr(y: np.ndarray, p: np.ndarray, t: float) -> str:
    pred = p >= t
    out = []
    for cls, name in ((1, "scam"), (0, "genuine")):
        tp = int(((pred == bool(cls)) & (y == cls)).sum())
        called = int((pred == bool(cls)).sum())
        actual = int((y == cls).sum())
        prec = tp / called if called else float("nan")
        rec = tp / actual if actual else float("nan")
        out.append(f"{name} P {prec:.2f} R {rec:.2f} ({tp}/{actual})")
    return "; ".join(out)


def report(title: str, docs: list[wd.Doc], p: np.ndarray, th: dict[str, float]) -> None:
    y = np.array([d.scam for d in docs], dtype=int)
    auc = roc_auc_score(y, p) if 0 < y.sum() < len(y) else float("nan")
    print(
        f"\n{title}: {len(docs)} mails ({int(y.sum())} scam/spam, {len(y) - int(y.sum())} genuine), ROC-AUC {auc:.3f}"
    )
    for name in ("proposed", "look_again", "high", "decisive"):
        t = th[name]
        genuine_above = int(((p >= t) & (y == 0)).sum())
        print(f"  {name:10s} p>={t:.2f}: {_pr(y, p, t)}; genuine above: {genuine_above}")
    by_set: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        by_set[d.set].append(i)
    for s, idx in sorted(by_set.items()):
        ys, ps = y[idx], p[idx]
        auc_s = f"AUC {roc_auc_score(ys, ps):.3f}" if 0 < ys.sum() < len(ys) else "one class"
        print(
            f"    {s:18s} n={len(idx):3d} scam {int(ys.sum()):3d} {auc_s}; "
            f"scam>=look {int(((ps >= th['look_again']) & (ys == 1)).sum())}/{int(ys.sum())}, "
            f"scam>=high {int(((ps >= th['high']) & (ys == 1)).sum())}, "
            f"genuine>=look {int(((ps >= th['look_again']) & (ys == 0)).sum())}/{len(idx) - int(ys.sum())}"
        )


def misread(docs: list[wd.Doc], readings: list[wording.WordingReading], th: dict[str, float]) -> None:
    """The held-out mails on the wrong side of ``look_again``, with what the model saw in them."""
    for d, r in zip(docs, readings, strict=True):
        if d.scam != (r.scam_probability >= th["look_again"]):
            what = "scam read as genuine" if d.scam else "genuine read as scam"
            print(f"    {what}: {d.id} ({d.raw_kind}) p={r.scam_probability:.2f} {r.kind} cues={', '.join(r.cues)}")


def kind_report(docs: list[wd.Doc], kinds: list[str], readings: list[wording.WordingReading]) -> None:
    hits = sum(r.kind == k for r, k in zip(readings, kinds, strict=True))
    print(f"  kind: nearest centroid right for {hits}/{len(docs)}")
    confusion: Counter[tuple[str, str]] = Counter((k, r.kind) for r, k in zip(readings, kinds, strict=True))
    for (k, got), n in sorted(confusion.items()):
        if k != got:
            print(f"    {k} read as {got}: {n}")


def probes(model: wording.WordingModel) -> None:
    """Topic alone must not decide: the same sentences with another industry's words."""
    texts = {
        "gas RFQ": "Please quote NYMEX plus basis for 25,000 MMBtu/day firm gas at the city gate, November to March.",
        "vase RFQ": "Please quote 2,400 pcs ceramic vases 30 cm, FOB Ningbo, delivery before March, 30% T/T deposit.",
        "cable RFQ": "Please quote 5,000 pcs HDMI 2.1 cables 2 m, FOB Shenzhen, delivery in April, payment 30% T/T.",
        "419 about gas": "Dear friend, I am the auditor of the petroleum ministry; a gas contract of US$12.5 million "
        "was over-invoiced. Kindly send your bank details to claim your share as beneficiary.",
        "419 about vases": "Dear friend, my late client left US$8.5 million. Kindly send your bank details, we will "
        "pay as an order of ceramic vases so you receive the funds as beneficiary.",
    }
    print("\nprobes (topic must not decide):")
    for name, text in texts.items():
        r = wording.read_with(model, text)
        print(f"  {name:16s} p={r.scam_probability:.3f} {r.band:10s} kind={r.kind} ({r.kind_similarity}) cues={r.cues}")


AUDIT_WORDS = (
    "kindly beneficiary claim urgent dear friend fund inheritance fee advance payment bank account password verify "
    "click login invoice deposit million lottery winner transfer confidential "
    "quote quotation pcs fob moq delivery samples specification carton regards thanks catalog catalogue price "
    "purchase order company business "
    "gas natural vase candle ceramic decor led cable hdmi tyre bottle furniture"
)


def audit(model: wording.WordingModel) -> None:
    """Single words as the model weighs them alone (+ toward scam): fraud wording should lead, topic not."""
    scored = sorted((wording.score(model, w) - model.bias, w) for w in AUDIT_WORDS.split())
    print("\nsingle words (+ scam, - genuine): " + ", ".join(f"{w} {s:+.1f}" for s, w in scored))


def timing(model: wording.WordingModel, docs: list[wd.Doc]) -> None:
    """5 KB texts glued from different mails (many distinct words, several languages)."""
    texts = [d.text for d in sorted(docs, key=lambda d: len(d.text), reverse=True)]
    bodies = ["\n\n".join(texts[i::20])[:5000] for i in range(20)]
    wording.read_with(model, docs[0].text)  # first call: numpy's and the regexes' one-off set-up
    runs = []
    for body in bodies:  # best of three per text, as timeit does: the rest is the machine's other work
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            wording.read_with(model, body)
            times.append(time.perf_counter() - t0)
        runs.append(min(times))
    print(
        f"\ninference on a 5 KB text ({len(runs)} texts): median {1000 * float(np.median(runs)):.2f} ms, "
        f"slowest {1000 * max(runs):.2f} ms (limit 5 ms)"
    )


# -- main ------------------------------------------------------------------------------------------------


def write_split(split_file: Path, shared: Path, kinds: dict[str, str]) -> None:
    head = split_file.read_text("utf-8").split(_CAMPAIGN_MARK, 1)[0].rstrip() + "\n\n" + _CAMPAIGN_MARK + "\n\n"
    spec = tomllib.loads(head)
    old = tomllib.loads(split_file.read_text("utf-8")).get("campaigns", [])
    kept = {(c["set"], tuple(c["files"])): c for c in old}
    parts = []
    for s in spec["sets"]:
        if s["kind"] != "eml":
            continue
        mails = wd.read_mails(_path(s["path"], shared))
        named = wd.campaigns(mails)
        label = {m.file: m.label for m in mails}
        strata = {n: kinds.get(f"{label[f[0]]['label']}:{wd.mail_kind(label[f[0]])}", "?") for n, f in named.items()}
        sides = wd.propose_sides(named, strata)
        why = {}
        for name, files in named.items():  # a reviewed side (and its reason) survives a regrouping
            before = kept.get((s["name"], tuple(files)))
            if before:
                sides[name] = before["side"]
                why[name] = before.get("why", "")
        parts.append((s["name"], s["path"], named, sides, why))
    split_file.write_text(head + wd.split_toml(parts), "utf-8")
    print(f"wrote {split_file}")


def run(args: argparse.Namespace) -> int:
    split_file = Path(args.split)
    kinds = kind_map(Path(args.kinds))
    if args.write_split:
        write_split(split_file, Path(args.shared), kinds)
        return 0
    params = Params()
    hashing = Hashing()
    docs, sides = load_split(split_file, Path(args.shared))
    unknown = sorted({d.raw_kind for d in docs if d.raw_kind not in kinds})
    if unknown:
        raise SystemExit(f"labels missing from {args.kinds}: {unknown}")
    mask_list = mask_words(Path(args.mask))
    mask = frozenset(mask_list)
    counts = [bucket_counts(d.text, hashing, mask) for d in docs]
    train_i = [i for i, d in enumerate(docs) if sides[d.group] == "train"]
    eval_i = [i for i, d in enumerate(docs) if sides[d.group] == "eval"]
    train = [docs[i] for i in train_i]
    tc = [counts[i] for i in train_i]
    y = np.array([d.scam for d in train], dtype=int)

    oof = out_of_fold(train, tc, params)
    cal = platt(oof, y)
    th = thresholds(_sigmoid(cal[0] * oof + cal[1]), y)
    final = train_once(train, tc, params, _feature_groups(train))
    m = matrix(tc, [d.text for d in train], final.vocab, final.idf)
    kind_names = sorted({kinds[d.raw_kind] for d in train})
    kinds_json = centroids(
        m.x[:, : len(final.vocab)], [kinds[d.raw_kind] for d in train], kind_names, params.centroid_terms
    )
    data = model_json(final, hashing, mask_list, cal, th, kinds_json)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(dumps(data))
    model = wording.load_model(out)

    # The pure inference must agree with sklearn on the training mails (rounding aside).
    raw = [wording.score(model, d.text) for d in train]
    drift = float(np.max(np.abs(np.array(raw) - final.clf.decision_function(m.x))))
    if drift > 1e-3:
        raise SystemExit(f"inference disagrees with training by {drift:.2g}")

    print(
        f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB, {len(final.vocab)} n-gram features, {len(kind_names)} kinds)"
    )
    print(f"thresholds (from out-of-fold training scores): {th}")
    evaluated = [docs[i] for i in eval_i]
    readings = [wording.read_with(model, d.text) for d in evaluated]
    report("HELD-OUT", evaluated, np.array([r.scam_probability for r in readings]), th)
    misread(evaluated, readings, th)
    kind_report(evaluated, [kinds[d.raw_kind] for d in evaluated], readings)
    report("training, out of fold", train, _sigmoid(cal[0] * oof + cal[1]), th)
    train_readings = [wording.read_with(model, d.text) for d in train]
    report("training, in sample", train, np.array([r.scam_probability for r in train_readings]), th)
    kind_report(train, [kinds[d.raw_kind] for d in train], train_readings)
    top = top_ngrams(train, final, hashing, mask, args.top)
    print("\ntop scam features (n-gram, its commonest word): " + ", ".join(f"{g} {w:+.2f}" for g, w in top["scam"]))
    print("top genuine features: " + ", ".join(f"{g} {w:+.2f}" for g, w in top["genuine"]))
    print("dense features: " + ", ".join(f"{k} {v:+.2f}" for k, v in top["dense"].items()))
    audit(model)
    probes(model)
    timing(model, docs)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--split", default=str(MODEL_DIR / "split.toml"))
    ap.add_argument("--kinds", default=str(MODEL_DIR / "kinds.toml"))
    ap.add_argument("--mask", default=str(MODEL_DIR / "topic_words.txt"))
    ap.add_argument("--out", default=str(MODEL_DIR / "wording.json"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--top", type=int, default=30, help="how many top features to print per side")
    ap.add_argument("--write-split", action="store_true", help="regroup the e-mail sets into campaigns")
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
