"""Our character n-gram TF-IDF gives scikit-learn's numbers, so the fit thresholds mean what they meant."""

from __future__ import annotations

import pytest

from research.assess.fit import LineIndex, normalize
from research.assess.ngrams import TermIndex, char_wb_ngrams
from research.profile import load_profile

WINDOWS = (
    "ceramic vases",
    "candleholders",
    "vasos de cerámica",
    "HDMI-Kabel 2m",
    "photo frame 10x15",
    "framework",
    "artificial flower stems",
    "x",
    "lanterns and candle holders for our stores",
    "Blumenvasen aus Keramik",
)


def test_short_words_count_once_and_long_ones_slide() -> None:
    assert char_wb_ngrams("a") == [" a "]
    assert char_wb_ngrams("ab") == [" ab", "ab ", " ab "]
    assert char_wb_ngrams("vase") == [" va", "vas", "ase", "se ", " vas", "vase", "ase ", " vase", "vase "]


@pytest.mark.parametrize("profile", ["home_decor", "hdmi_accessories"])
def test_similarities_equal_scikit_learns(profile: str) -> None:
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    terms = [t.text for t in LineIndex(load_profile(profile).product_lines).terms]
    ours = TermIndex(terms, normalize)
    vectorizer = sklearn_text.TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), preprocessor=normalize)
    matrix = vectorizer.fit_transform(terms)
    sims = (vectorizer.transform(list(WINDOWS)) @ matrix.T).toarray()
    for wi, window in enumerate(WINDOWS):
        expected = {ti: float(s) for ti, s in enumerate(sims[wi]) if s >= 0.3}
        got = dict(ours.similar(window, 0.3))
        assert got.keys() == expected.keys(), window
        assert all(got[k] == pytest.approx(expected[k], abs=1e-9) for k in got), window


@pytest.mark.parametrize("minimum", [0.3, 0.72, 0.9])
def test_skipping_hopeless_windows_drops_no_term(minimum: float) -> None:
    """The per-word bound that skips most windows of a mail never loses a match the full comparison finds."""
    terms = [t.text for t in LineIndex(load_profile("home_decor").product_lines).terms]
    ours = TermIndex(terms, normalize)
    words = [*" ".join(WINDOWS).split(), "we", "buy", "candle", "holder", "lantern", "vase", "vases", "photoframes"]
    windows = {tuple(normalize(" ".join(words[i : i + n])).split()) for n in (1, 2, 3, 4) for i in range(len(words))}
    kept = 0
    for window in windows:
        full = list(ours._similar(window, minimum))
        assert ours.similar_words(window, minimum) == full, window
        kept += bool(full)
    assert kept  # some windows do match: the bound was put to the test
