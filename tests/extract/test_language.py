"""Which language a mail is in: the stored cut of py3langid's model reads exactly as the bundled one."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from research.extract import language
from research.extract.inquiry_rules import languages
from research.extract.language import detectable

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
    ident.set_languages(list(detectable()))
    return ident


def test_the_stored_cut_is_what_the_set_up_made_and_reads_fast() -> None:
    assert language.restricted_path(detectable()).is_file(), "run scripts/langid_model.py (scripts/setup.sh does)"
    assert language.load_restricted(detectable()) is not None


def test_the_cut_model_gives_every_mail_the_bundled_models_language_and_confidence(
    bundled: LanguageIdentifier,
) -> None:
    arrays = language.load_restricted(detectable())
    assert arrays is not None
    ptc, pc, classes, nextmove, row, output = arrays
    cut = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    texts = [*SAMPLES, *_mails()]
    assert len(texts) > 300
    for text in texts:
        assert cut.classify(text) == bundled.classify(text), text[:80]


def test_without_the_stored_cut_the_bundled_model_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "RESTRICTED_DIR", tmp_path)  # a fresh machine before the set-up
    assert language.load_restricted(detectable()) is None
    stored = language.restricted_path(detectable())
    stored.write_bytes(b"not a model")
    assert language.load_restricted(detectable()) is None  # damaged: read the bundled model instead
    good = Path(language.__file__).parent.parent / "data" / "derived" / stored.name
    stored.write_bytes(good.read_bytes()[:100_000])
    assert language.load_restricted(detectable()) is None  # cut short


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vi söker en ny leverantör av doftljus och ber om offert på 1 200 st doftljus i keramikkruka.", "sv"),
        ("Hledáme přímého výrobce keramických váz, květináčů a vonných svíček. Pošlete prosím ceník.", "cs"),
        ("Chúng tôi muốn đặt 1.000 chiếc bình gốm và nến thơm, xin vui lòng gửi báo giá FOB Ningbo.", "vi"),
        ("Pyydämme tarjousta tuoksukynttilöistä ja keraamisista maljakoista kevään mallistoon.", "fi"),
        ("Ми шукаємо постачальника керамічних ваз і ароматичних свічок, просимо надіслати ціни.", "uk"),
        ("ما به دنبال تأمین کننده گلدان سرامیکی و شمع معطر هستیم، لطفا لیست قیمت بفرستید.", "fa"),
    ],
)
def test_a_language_we_have_no_keywords_for_is_named_not_read_as_a_neighbour(text: str, code: str) -> None:
    # Read as German, Polish or Portuguese, its products matched none of that language's keywords: "we make
    # none of this", and an A buyer rated C. Named, its products are "unread" instead.
    assert language.detect(text)[0] == code
    assert code not in languages()


def test_every_language_we_can_name_has_a_name_in_both_catalogs() -> None:
    from research.render.i18n import catalog

    codes = {*detectable(), *(code for code, _, _ in language._SCRIPTS)}
    for lang in ("zh", "en"):
        assert {c for c in codes if f"language.{c}" not in catalog(lang)} == set()
