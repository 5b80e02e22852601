"""Which language a mail is in: the stored cut of py3langid's model reads exactly as the bundled one."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from research.extract import language
from research.extract.inquiry_rules import languages

TESTS = Path(__file__).resolve().parents[1]
SAMPLES = (
    "Hello, we are interested in your ceramic vases, please send the price list.",
    "Sehr geehrte Damen und Herren, bitte senden Sie uns ein Angebot für 500 Vasen.",
    "Bonjour, nous souhaitons recevoir votre catalogue et vos prix FOB.",
    "Buenos días, necesitamos 2.000 piezas, ¿cuál es el plazo de entrega?",
    "Olá, gostaríamos de receber a lista de preços.",
    "Merhaba, fiyat listesi gönderir misiniz?",
    "ok",
    "1234 5678",
)


def _mails() -> list[str]:
    folders = [TESTS / "corpus", *sorted(TESTS.glob("corpus_holdout*"))]
    return [p.read_text("utf-8", "replace") for f in folders for p in sorted(f.glob("*.txt"))]


@pytest.fixture(scope="module")
def bundled() -> LanguageIdentifier:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(languages()))
    return ident


def test_the_stored_cut_is_what_the_set_up_made_and_reads_fast() -> None:
    assert language.restricted_path(languages()).is_file(), "run scripts/langid_model.py (scripts/setup.sh does)"
    assert language.load_restricted(languages()) is not None


def test_the_cut_model_gives_every_mail_the_bundled_models_language_and_confidence(
    bundled: LanguageIdentifier,
) -> None:
    arrays = language.load_restricted(languages())
    assert arrays is not None
    ptc, pc, classes, nextmove, row, output = arrays
    cut = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    texts = [*SAMPLES, *_mails()]
    assert len(texts) > 300
    for text in texts:
        assert cut.classify(text) == bundled.classify(text), text[:80]


def test_without_the_stored_cut_the_bundled_model_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "RESTRICTED_DIR", tmp_path)  # a fresh machine before the set-up
    assert language.load_restricted(languages()) is None
    stored = language.restricted_path(languages())
    stored.write_bytes(b"not a model")
    assert language.load_restricted(languages()) is None  # damaged: read the bundled model instead
    good = Path(language.__file__).parent.parent / "data" / "derived" / stored.name
    stored.write_bytes(good.read_bytes()[:100_000])
    assert language.load_restricted(languages()) is None  # cut short
