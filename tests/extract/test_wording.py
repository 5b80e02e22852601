"""The learned wording model (research/extract/wording.py) with the shipped model file alone.

What a rep would notice: a 419 letter and a phishing lure read as scam-like, with words of the mail as
evidence and a readable kind; a specific request for quotation reads as genuine, whatever its product.
The last test retrains on a tiny fixture set of its own, twice, and wants the same file byte for byte.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from research.extract import wording
from research.extract.wording_features import Hashing, bucket, bucket_counts, grams, hashed_grams, without_own

ROOT = Path(__file__).resolve().parents[2]
MODEL_FILE = ROOT / "research" / "data" / "model" / "wording.json"
FIXTURES = ROOT / "tests" / "fixtures" / "wording"

ADVANCE_FEE = """Dear Friend,

I am Barrister Williams Koffi, personal attorney to a late client who shares your surname and left a
deposit of US$8.5 million with a bank here. As next of kin you can be presented as the beneficiary of
the funds. I need your cooperation; a processing fee will be required to release the money.
Kindly reply urgently with your full name, phone number and bank account details."""

PHISHING = """Dear Sir,

Please find our new purchase order in the secure document below. Kindly click the link and log in with
your email address and password to view and confirm the order before the end of the day:
https://docs-secure-view.example-files.com/login?ref=PO-88123

Best regards,
Purchase Department"""

GENUINE_RFQ = """Hello,

We are an electrical wholesaler supplying contractors across the Midlands and would like a quotation for:
- LED panel light 600x600mm, 40W, 4000K, UGR<19, backlit, white frame - 2,400 pcs
- Same in 3000K - 600 pcs
Products must carry CE and UKCA marking. Please quote FOB Ningbo or Shanghai, with delivery to the port
of Felixstowe before the end of March. Payment would be 30% T/T deposit and balance against copy B/L.
We will pay for two samples by DHL if you send a pro forma.

Regards,
Michael Okafor, Purchasing Manager, Brightline Distribution Ltd, Coleshill, United Kingdom"""

CHINESE_RFQ = "您好，我们需要采购陶瓷花瓶2400个，高30厘米，FOB宁波，三月底前交货。请报价并告知最小起订量。谢谢！"


@pytest.fixture(scope="module")
def model() -> wording.WordingModel:
    return wording.shipped_model()


def test_an_advance_fee_letter_is_a_strong_signal_of_its_kind(model: wording.WordingModel) -> None:
    r = wording.read(ADVANCE_FEE, subject="Business proposal")
    assert r.band in ("high", "decisive")
    assert r.scam_probability >= model.thresholds["high"]
    assert r.kind == "advance-fee"
    assert r.kind_similarity > 0.1


def test_a_phishing_lure_reads_as_scam_like(model: wording.WordingModel) -> None:
    r = wording.read(PHISHING, subject="New PO - please confirm")
    assert r.band in ("look_again", "high", "decisive")
    assert r.kind == "phishing-lure"


def test_the_decisive_band_sits_above_high_and_no_rfq_reaches_it(model: wording.WordingModel) -> None:
    """Its band lets the wording make an X alone (scoring.toml [second_opinion]): it must be rarer than
    ``high``, and a plain request for quotation must stay far from it."""
    assert model.thresholds["decisive"] >= model.thresholds["high"]
    assert wording.read(ADVANCE_FEE, subject="Business proposal").band == "decisive"
    for text in (GENUINE_RFQ, CHINESE_RFQ):
        assert wording.read(text).band == "low"


def test_a_specific_request_for_quotation_reads_as_genuine(model: wording.WordingModel) -> None:
    r = wording.read(GENUINE_RFQ, subject="RFQ: LED panel lights 600x600 - 2,400 pcs")
    assert r.band == "low"
    assert r.scam_probability < model.thresholds["look_again"]
    assert r.kind == "genuine-specific"
    assert r.cues  # what made it read genuine, to show the rep


def test_the_product_does_not_decide() -> None:
    """The genuine mail learned from is about natural gas and home decor: neither word may vouch for a
    sender, and a 419 letter stays one whatever goods it mentions."""
    rfq = "Please quote {} for delivery in April, FOB Shenzhen, payment 30% T/T deposit, balance before shipment."
    for goods in ("25,000 MMBtu/day of natural gas", "2,400 pcs ceramic vases", "5,000 pcs HDMI cables"):
        assert wording.read(rfq.format(goods)).band == "low", goods
    scam = "Dear friend, kindly send your bank details so we can release US$12.5 million to you as beneficiary, {}."
    for goods in ("paid as a natural gas contract", "paid as an order of ceramic vases"):
        assert wording.read(scam.format(goods)).band in ("high", "decisive"), goods
    masked = wording.read("natural gas vases candles") == wording.read("")
    assert masked, "topic words are masked before the model reads"


def test_cues_are_words_of_the_text() -> None:
    for text in (ADVANCE_FEE, PHISHING, GENUINE_RFQ, CHINESE_RFQ):
        r = wording.read(text)
        assert 0 < len(r.cues) <= 5
        for cue in r.cues:
            assert cue in text, cue
            assert any(ch.isalpha() for ch in cue)
    fee = wording.read(ADVANCE_FEE).cues
    assert {c.lower() for c in fee} & {"kindly", "beneficiary", "funds", "urgently", "friend", "deposit", "bank"}


def test_kind_names_are_readable_and_documented(model: wording.WordingModel) -> None:
    documented = tomllib.loads((ROOT / "research" / "data" / "model" / "kinds.toml").read_text("utf-8"))["kinds"]
    assert set(model.kinds) <= set(documented)
    assert {"advance-fee", "phishing-lure", "genuine-specific", "genuine-vague"} <= set(model.kinds)
    for kind in model.kinds:
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", kind), kind
        assert documented[kind]["about"]


def test_the_reading_is_deterministic(model: wording.WordingModel) -> None:
    first = [wording.read(t) for t in (ADVANCE_FEE, PHISHING, GENUINE_RFQ, CHINESE_RFQ)]
    again = wording.load_model(MODEL_FILE)
    assert [wording.read_with(again, t) for t in (ADVANCE_FEE, PHISHING, GENUINE_RFQ, CHINESE_RFQ)] == first
    assert [wording.read(t) for t in (ADVANCE_FEE, PHISHING, GENUINE_RFQ, CHINESE_RFQ)] == first


def test_empty_and_odd_texts_do_not_raise() -> None:
    for text in ("", "   ", "12345", "!!!", "https://example.com", "a" * 5000):
        r = wording.read(text)
        assert 0.0 <= r.scam_probability <= 1.0
        assert r.band in ("low", "look_again", "high", "decisive")


def test_the_module_and_model_load_without_sklearn() -> None:
    """In a fresh interpreter where importing sklearn or scipy fails. The package's own ``__init__`` is
    skipped (it loads the whole pipeline, whose product-fit check does use sklearn): this is about the
    wording module and its model file."""
    code = (
        "import sys, types\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('sklearn', 'scipy'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "pkg = types.ModuleType('research')\n"
        "pkg.__path__ = ['research']\n"
        "sys.modules['research'] = pkg\n"
        "from research.extract import wording\n"
        "r = wording.read('Dear friend, kindly send your bank details to claim the funds.')\n"
        "assert not [m for m in sys.modules if m.startswith(('sklearn', 'scipy'))]\n"
        "print(r.band)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in ("look_again", "high", "decisive")


def test_the_model_file_is_small_json() -> None:
    assert MODEL_FILE.stat().st_size < 1_500_000
    assert MODEL_FILE.read_bytes().startswith(b"{")


def test_the_vectorised_hash_is_the_documented_one() -> None:
    """Training counts and inference look-ups use ``hashed_grams``; ``bucket`` spells the hash out."""
    hashing = Hashing()
    for word in ("kindly", "beneficiary", "x", "größe", "报价单", "مرحبا"):
        found, owner = hashed_grams([word], hashing)
        assert sorted(found.tolist()) == sorted(bucket(g, hashing) for g in grams(word, hashing))
        assert set(owner.tolist()) == {0}
    found, owner = hashed_grams(["ab", "cd"], hashing)
    assert bucket(" ab ", hashing) in found.tolist()
    assert bucket("b  c", hashing) not in found.tolist()  # no n-gram straddles two words
    counts = bucket_counts("kindly kindly reply", hashing)
    assert counts[bucket(" kin", hashing)] == 2
    assert np.all(found < 2**hashing.bits)


def _trainer(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_wording", ROOT / "scripts" / "train_wording.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_wording", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_training_twice_on_the_same_data_writes_the_same_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    trainer = _trainer(monkeypatch)
    args = [
        "--split",
        str(FIXTURES / "split.toml"),
        "--kinds",
        str(FIXTURES / "kinds.toml"),
        "--mask",
        str(FIXTURES / "topic_words.txt"),
    ]
    assert trainer.main([*args, "--out", str(tmp_path / "a.json")]) == 0
    assert trainer.main([*args, "--out", str(tmp_path / "b.json")]) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    printed = capsys.readouterr().out
    assert printed.index("HELD-OUT") < printed.index("training, out of fold")  # held-out figures first
    small = wording.load_model(tmp_path / "a.json")
    assert wording.read_with(small, "Dear friend, kindly pay the fee to claim your fund of US$4,000,000.").band != "low"


SIGNED_RFQ = (
    "Dear supplier,\n\nPlease quote 1,200 pcs ceramic vases, 25 cm, matte white, FOB Ningbo.\n\nBest regards,\n"
    "Sarah Miller\nHarborline Imports\nwww.harborline-imports.com | sarah.miller@harborline-imports.com\n"
)


def test_a_short_rfq_signed_with_the_buyers_own_website_is_not_read_as_a_lure() -> None:
    """Most genuine buyers sign with their website; read as a link, it made this RFQ a phishing lure (0.98)."""
    own = wording.own_addresses("sarah.miller@harborline-imports.com")
    assert wording.read(SIGNED_RFQ, "Inquiry", own).band == "low"
    elsewhere = SIGNED_RFQ.replace("www.harborline-imports.com", "www.harborline-orders.net/po")
    assert wording.read(elsewhere, "Inquiry", own).band != "low"  # a link to another site still counts


def test_a_buyer_on_free_mail_signing_with_the_company_website_is_not_read_as_a_lure() -> None:
    """The same RFQ from Gmail: the site in the signature is the buyer's (their form's or signature's website),
    not a link. Counted as one, it read 0.997, the decisive band: an X for a plain request for quotation."""
    gmail = SIGNED_RFQ.replace(" | sarah.miller@harborline-imports.com", "")
    own = wording.own_addresses("sarah.harborline@gmail.com", "www.harborline-imports.com")
    assert own == ("sarah.harborline@gmail.com", "harborline-imports.com")
    assert wording.read(gmail, "Inquiry", own).band == "low"
    site = wording.own_addresses("a@gmail.com", "https://sites.google.com/view/shop")
    assert site == ("a@gmail.com", "sites.google.com")  # the host given, never all of google.com
    assert wording.own_addresses("a@gmail.com", "www.gmail.com") == ("a@gmail.com",)


def test_own_addresses_are_the_senders_own_and_never_a_free_mail_service() -> None:
    assert wording.own_addresses("Sarah@Mail.Harborline-Imports.co.uk") == (
        "sarah@mail.harborline-imports.co.uk",
        "harborline-imports.co.uk",
    )
    assert wording.own_addresses("buyer2024@gmail.com") == ("buyer2024@gmail.com",)  # not all of gmail.com
    assert wording.own_addresses("") == () and wording.own_addresses("no address") == ()


def test_only_the_senders_own_address_and_bare_site_are_left_out() -> None:
    own = ("me@gmail.com", "harborline-imports.com")
    text = (
        "www.harborline-imports.com | Web: https://www.harborline-imports.com/. | x@harborline-imports.com\n"
        "me@gmail.com\nother@gmail.com\nhttps://harborline-imports.com.evil.net/po\nwww.evil-harborline-imports.com\n"
        "y@harborline-imports.com.evil.net\nhttps://harborline-imports.com/vendor/register"
    )
    kept = without_own(text, own).split()
    assert kept == [
        "|",
        "Web:",
        ".",
        "|",
        "other@gmail.com",
        "https://harborline-imports.com.evil.net/po",
        "www.evil-harborline-imports.com",
        "y@harborline-imports.com.evil.net",
        "https://harborline-imports.com/vendor/register",  # a page to go to, even on their own domain
    ]
    assert without_own(text, ()) == text


def test_a_registration_lure_on_the_senders_own_domain_still_reads_as_scam() -> None:
    """Scammers host their "vendor registration" on the lookalike domain they write from."""
    lure = (
        "Dear Supplier,\n\nWe are expanding our sourcing of home decor for 600 stores. To be listed as a vendor,\n"
        "register your company, bank account and contact e-mail on our supplier portal:\n"
        "https://retail-group-sourcing.com/vendor/register\n\nA registration fee of USD 250 applies.\n\n"
        "Best regards,\nMark Evans\nGlobal Sourcing\nwww.retail-group-sourcing.com\n"
    )
    own = wording.own_addresses("m.evans@retail-group-sourcing.com")
    assert wording.read(lure, "New vendor registration", own).band in ("high", "decisive")


def test_a_hostile_sender_address_is_not_made_into_a_pattern() -> None:
    assert wording.own_addresses("a@" + "x" * 5000 + ".com") == ()
    assert wording.own_addresses("a b@evil.com") == ()
    weird = wording.own_addresses("a+(b)*[c]@ex-ample.com")  # regex characters are taken literally
    read = wording.read("Quote 500 pcs. www.ex-ample.com a+(b)*[c]@ex-ample.com", own=weird)
    assert not [c for c in read.cues if "ample" in c.lower()]  # its own addresses were not read
    assert without_own("a+(b)*[c]@ex-ample.com x", weird).split() == ["x"]


def _reading(*similarities: tuple[str, float]) -> wording.WordingReading:
    return wording.WordingReading(0.9, "high", similarities[0][0], similarities[0][1], (), similarities)


def test_a_group_leads_only_when_its_best_kind_beats_every_kind_outside_it() -> None:
    pitches = frozenset({"service-pitch", "loan-investment"})
    ahead = _reading(("service-pitch", 0.41), ("loan-investment", 0.40), ("genuine-vague", 0.35))
    assert wording.group_lead(ahead, pitches) == ("service-pitch", 0.06)  # not 0.01: the runner-up is a pitch too
    behind = _reading(("genuine-vague", 0.41), ("service-pitch", 0.40))
    assert wording.group_lead(behind, pitches) == ("", 0.0)
    assert wording.group_lead(_reading(("service-pitch", 0.3)), pitches) == ("service-pitch", 0.3)
    assert wording.group_lead(wording.read(""), pitches) == ("", 0.0)


def test_every_kind_is_ranked_nearest_first(model: wording.WordingModel) -> None:
    r = wording.read_with(model, "We offer SEO services to rank your website on the first page of Google.")
    sims = [s for _, s in r.similarities]
    assert sims == sorted(sims, reverse=True) and {k for k, _ in r.similarities} == set(model.kinds)


def test_the_pitch_head_tells_a_sales_pitch_from_a_buyers_request(model: wording.WordingModel) -> None:
    seo = (
        "I noticed your website is not on the first page of Google for ceramic vases wholesale. Our agency gets "
        "manufacturers more organic traffic and qualified leads. We offer a free SEO audit; packages start at $299 "
        "a month. Would you be open to a 15-minute call this week?"
    )
    rfq = "Please quote 2,000 pcs ceramic vases 25 cm, matte white, FOB Ningbo, colour boxes with our logo."
    assert model.pitch is not None
    assert wording.read_with(model, seo).pitch_band == "decisive"
    assert wording.read_with(model, rfq).pitch_band == "low"


def test_the_pitch_head_reads_only_the_senders_own_words(model: wording.WordingModel) -> None:
    pitch = "We offer SEO services and qualified leads; packages start at $299 a month. Book a free audit call today."
    quoted = "Thanks, we will think about it.\n\n-----Original Message-----\nFrom: x@agency.example\nSent: Monday\n\n"
    assert (
        wording.read_with(model, quoted + pitch).pitch_probability < wording.read_with(model, pitch).pitch_probability
    )


def test_a_model_without_a_pitch_head_reads_no_pitch() -> None:
    data = json.loads(resources.files("research.data").joinpath("model/wording.json").read_text("utf-8"))
    data.pop("pitch")
    r = wording.read_with(wording.model_from_dict(data), "We offer SEO services. Book a call.")
    assert r.pitch_band == "" and r.pitch_probability == 0.0
