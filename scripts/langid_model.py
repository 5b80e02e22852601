"""Store py3langid's model cut to our languages, uncompressed, for research/extract/language.py.

    .venv/bin/python scripts/langid_model.py [--force]

py3langid ships its model as 68 MB of arrays inside LZMA: reading it costs every process about 0.5 s
of CPU and 28 MB for score columns of 142 languages, where an inquiry is only ever scored against the
few we have phrase files for. This keeps those columns (and the byte automaton, which all languages
share) in research/data/derived/ as a plain .npz, read in a few milliseconds. scripts/setup.sh runs it;
the file is named by py3langid's version and the languages, so a changed one is built again and a stale
one never read. Without it the bundled model is read, with the same figures
(tests/extract/test_language.py compares both).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from research.extract.language import detectable, restricted_path  # noqa: E402


def build(langs: tuple[str, ...], out: Path) -> None:
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model  # py3langid's own reader: LZMA, then the npz

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    keep = [i for i, c in enumerate(classes) if c in set(langs)]
    arrays = {
        "ptc": np.ascontiguousarray(ptc[:, keep]),
        "pc": pc[keep],
        "classes": np.array([classes[i] for i in keep]),
        "nextmove": np.asarray(nextmove),  # array.array keeps its width: uint16 or uint32 as stored
        "nextmove_row": np.asarray(row),
        "out_feat": np.asarray(output, dtype=np.int32),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, part = tempfile.mkstemp(dir=out.parent, suffix=".npz")
    with os.fdopen(fd, "wb") as f:
        np.savez(f, **arrays)
    os.chmod(part, 0o644)  # read by whoever runs the app, as the package's other files
    os.replace(part, out)  # whole or not at all: a process reading it never sees half


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--force", action="store_true", help="build it even when it is there")
    args = ap.parse_args()
    langs = detectable()
    out = restricted_path(langs)
    if out.is_file() and not args.force:
        return
    build(langs, out)
    print(f"{len(langs)} languages, {out.stat().st_size // 1024} KB: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
