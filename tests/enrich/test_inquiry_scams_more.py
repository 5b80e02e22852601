"""Scam patterns beyond the classic ones, in several languages: each names its matched words.

Written after a blind holdout (tests/corpus_holdout) showed them slipping through; the texts here
are our own, in the forms these scams take in the wild.
"""

from __future__ import annotations

import pytest

from research import research
from research.enrich.inquiry import analyse
from research.extract.inquiry_read import bare_counts
from research.extract.lookalike import find_lookalike
from research.inputs import from_fields
from research.profile import load_profile
from research.settings import Settings, load_settings
from research.types import Inquiry, Link


def _inquiry(body: str, email: str = "buyer@northwind-trading.com", subject: str = "") -> Inquiry:
    return from_fields(email=email, company="", body=body, subject=subject, source="text")


def _signal(body: str, code: str) -> str:
    """The evidence snippet of `code` in the analysis of `body`; fails when it is missing."""
    signals = {s.code: s for s in analyse(_inquiry(body))[1]}
    assert code in signals, sorted(signals)
    return signals[code].evidence[0].snippet


@pytest.mark.parametrize(
    ("code", "body", "words"),
    [
        (
            "inquiry.overpayment",
            "Payment will be by cashier's check, which will also include the fee of our shipping agent. "
            "Once it clears, kindly wire the balance to the agent so he can collect the goods.",
            "include the fee of our shipping agent",
        ),
        (
            "inquiry.domain_registration",
            'We received an application from Baixin Trading requesting "lumenra" as their internet keyword '
            "and CN domain names. Please confirm whether this company is your distributor in China.",
            "whether this company is your distributor",
        ),
        (
            "inquiry.domain_registration",
            "有公司申请注册“鼎丰”为网络关键词及域名，与贵司的商标名称冲突，请确认是否是贵司的合作伙伴。",
            "是贵司的合作伙伴",
        ),
        (
            "inquiry.crypto_payment",
            "We settle only by USDT (TRC-20) payment through our escrow.",
            "USDT (TRC-20) payment",
        ),
        ("inquiry.crypto_payment", "Оплата только в USDT, без банковских проверок.", "Оплата только в USDT"),
        (
            "inquiry.credential_request",
            "To download the tender file, sign in to our vendor portal using your company e-mail and password.",
            "company e-mail and password",
        ),
        (
            "inquiry.credential_request",
            "يرجى تسجيل الدخول باستخدام البريد الإلكتروني لشركتكم وكلمة المرور",
            "وكلمة المرور",
        ),
        (
            "inquiry.credential_request",
            "Bitte melden Sie sich im Lieferantenportal mit Ihrer Firmen-E-Mail und Ihrem Passwort an.",
            "Passwort",
        ),
        ("inquiry.bank_change", "因审计原因，我司原对公账户暂停使用，请勿再向原账户付款。", "原账户"),
        ("inquiry.bank_change", "Please do not send payment to our old account any more.", "old account"),
        (
            "inquiry.advance_fee",
            "O custo do certificado é suportado pelo fornecedor e pago diretamente ao laboratório indicado.",
            "pago diretamente ao laboratório",
        ),
        (
            "inquiry.advance_fee",
            "Для получения оплаты нужна комиссия активации кошелька 280 USDT.",
            "комиссия активации",
        ),
        (
            "inquiry.sample_on_your_account",
            "Please send 12 samples by FedEx using your account, we refund the freight with the first order.",
            "using your account",
        ),
        (
            "inquiry.sample_on_your_account",
            "Enviar las muestras por DHL usando su cuenta, le pagamos después.",
            "usando su cuenta",
        ),
        (
            "inquiry.service_pitch",
            "Your site is not on the first page of Google. Our SEO agency can fix your backlinks.",
            "first page of google",
        ),
        (
            "inquiry.advance_fee",
            "Su dirección ha resultado ganadora en el sorteo internacional de la lotería.",
            "ganadora",
        ),
        (
            "inquiry.credential_request",
            "Votre adresse e-mail et votre mot de passe sont requis pour voir la commande.",
            "mot de passe",
        ),
        (
            "inquiry.service_pitch",
            "We are professional freight forwarder, if you have any shipment please send me the cargo details.",
            "professional freight forwarder",
        ),
        (
            "inquiry.advance_fee",
            "The supplier is required to register and pay the inspection fee to our appointed agency.",
            "required to register and pay",
        ),
        ("inquiry.credential_request", "请使用手机微信扫描附件中的二维码，填写身份证号和银行卡号。", "二维码"),
        (
            "inquiry.credential_request",
            "Click below to view the order (login with your email to download).",
            "login with your email to download",
        ),
        (
            "inquiry.overpayment",
            "The payment will include the forwarder charges, so you will send the charges to our forwarder "
            "through Western Union.",
            "include the forwarder charges",
        ),
        (
            "inquiry.credit_terms",
            "Our policy does not allow advance payment or LC. Payment will be released 90 days after receipt of goods.",
            "90 days after receipt",
        ),
        (
            "inquiry.reply_elsewhere",
            "For faster processing please reply directly to our director at ahmed.purchase.dh@gmail.com.",
            "gmail.com",
        ),
        (
            "inquiry.service_pitch",
            "Please update your company data in the Global Directory of Exporters, the form is free of charge.",
            "global directory of exporters",
        ),
        (
            "inquiry.credential_request",
            "法人代表者の身分証明書および入金用銀行口座情報をご提出ください。",
            "身分証明書",
        ),
    ],
)
def test_scam_pattern_is_found_with_its_words(code: str, body: str, words: str) -> None:
    assert words.lower() in _signal(body, code).lower()


@pytest.mark.parametrize(
    "body",
    [
        "We pay by T/T, 30% deposit and the balance against copy of B/L; our forwarder in Ningbo will collect.",
        "Could you register our brand name on your packaging? We sell under our own domain name.",
        "Please log in to Alibaba to see our message, we answered there.",
        "Our bank account details are in the attached PI, the same as last year.",
        "Bitte senden Sie das Passwort für den Download-Bereich Ihres Katalogs.",
    ],
)
def test_ordinary_business_wording_is_not_a_scam(body: str) -> None:
    codes = {s.code for s in analyse(_inquiry(body))[1]}
    assert not codes & {
        "inquiry.overpayment",
        "inquiry.domain_registration",
        "inquiry.crypto_payment",
        "inquiry.credential_request",
        "inquiry.bank_change",
        "inquiry.advance_fee",
    }


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return load_settings(env={"RESEARCH_CACHE_DIR": str(tmp_path_factory.mktemp("c"))}, offline=True)


def test_a_polished_rfq_that_asks_for_the_mailbox_password_is_x(offline: Settings) -> None:
    body = (
        "Dear supplier, for our new hotel we need 1,200 pcs ceramic vases 25 cm and 4,000 scented candles 200 g, "
        "CIF Hamad port, 30% deposit. Quotations only through our supplier portal: log in with your company "
        "e-mail address and password to download the specification."
    )
    report = research(_inquiry(body, "tenders@gulfpearl-hotels.com"), load_profile("home_decor"), offline, save=False)
    assert report.verdict.category == "X"


def test_dropshipping_is_low_value(offline: Settings) -> None:
    body = (
        "Hi! I run a Shopify store and want to add your scented candles. Do you offer dropshipping to my "
        "customers in the US? No MOQ ideally, I pay per order by PayPal."
    )
    report = research(_inquiry(body, "hello@glowdrop-store.com"), load_profile("home_decor"), offline, save=False)
    assert "inquiry.dropship" in {s.code for f in report.findings for s in f.signals}
    assert report.verdict.category == "C"


def test_a_range_is_not_read_as_its_second_half() -> None:
    # "500-1,000 per SKU" once came out as "000 per": a tiny order that was not there.
    assert bare_counts("probably 500-1,000 per SKU to start") == []


def test_a_domain_worn_as_a_subdomain_is_a_link_mismatch() -> None:
    inquiry = from_fields(
        email="buying@lindqvist-home.se",
        company="",
        body="Please see our purchase order at the link.",
        links=(Link("https://lindqvist-home.se.secure-docs.app/po/7781", "Purchase order"),),
        source="text",
    )
    flags = {s.code: s for s in analyse(inquiry)[1]}
    assert "inquiry.link_mismatch" in flags
    assert "lindqvist-home.se" in flags["inquiry.link_mismatch"].evidence[0].snippet


@pytest.mark.parametrize(
    ("domain", "brand"),
    [
        ("alibaba-tradeassurance-pay.com", "Alibaba"),
        ("paypal-secure-notice.net", "PayPal"),
        ("made-in-china-verify.com", "Made-in-China.com"),
    ],
)
def test_platform_and_payment_names_with_any_add_on_are_lookalikes(domain: str, brand: str) -> None:
    found = find_lookalike(domain)
    assert found is not None and found.brand == brand


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Holloway Home Stores operates 128 home décor & gift stores across the Southeast.", "inquiry.chain_scale"),
        ("Wir betreiben 23 Gartencenter in Niedersachsen und Hessen.", "inquiry.chain_scale"),
        ("نحن مجموعة للضيافة، نملك وندير 12 فندقاً في دبي", "inquiry.chain_scale"),
        ("Nous sommes grossiste et nous approvisionnons 900 points de vente en France.", "inquiry.supplies_stores"),
        ("We are a distributor supplying over 600 independent gift shops.", "inquiry.supplies_stores"),
        ("We are a small home fragrance brand launching in spring.", "inquiry.brand_owner"),
        ("Die Kerzen sind für unsere Hochzeit im Mai, etwa 40 Stück.", "inquiry.end_user"),
        ("Je suis un particulier et je cherche un cadre photo pour mon salon.", "inquiry.end_user"),
    ],
)
def test_who_they_are_is_read_from_their_own_words(body: str, code: str) -> None:
    assert code in {s.code for s in analyse(_inquiry(body))[1]}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Καλημέρα, θα θέλαμε προσφορά για κεραμικά βάζα για τα ξενοδοχεία μας.", "el"),
        ("שלום, אני מחפשת מסגרות לתמונות לבית שלי", "he"),
        ("御社の花瓶に興味があります。見積もりをお願いします。", "ja"),
    ],
)
def test_scripts_name_their_language(text: str, lang: str) -> None:
    from research.extract.language import detect

    assert detect(text)[0] == lang


@pytest.mark.parametrize(
    ("text", "value"),
    [("probably 500-1,000 pcs per SKU", 1000), ("300 to 600 units per scent", 600), ("2 000 à 3 000 pièces", 3000)],
)
def test_a_range_counts_as_its_upper_end(text: str, value: int) -> None:
    from research.extract.inquiry_read import quantities

    assert [q["value"] for q in quantities(text)] == [value]


@pytest.mark.parametrize(
    ("code", "body", "words"),
    [
        (  # selling the seller a list of buyers, dressed as an RFQ
            "inquiry.bulk_advert",
            "We can offer a targeted database of 38,000 importers of kitchenware in Europe, with e-mails and phones.",
            "database of 38,000 importers",
        ),
        (
            "inquiry.bulk_advert",
            "Special offer this week only. To stop receiving these emails, reply with REMOVE.",
            "To stop receiving these emails",
        ),
        (  # a forwarder's pitch: it wants our cargo, not our goods
            "inquiry.service_pitch",
            "Greetings from Ocean Star Logistics, an NVOCC in Shenzhen with good rates to Hamburg and Rotterdam.",
            "NVOCC",
        ),
        (
            "inquiry.service_pitch",
            "Our LCL rate to Felixstowe is USD 38/cbm. Kindly share your next shipment plan and I will quote.",
            "share your next shipment plan",
        ),
    ],
)
def test_pitches_lists_and_credential_lures_found_in_the_formal_corpus(code: str, body: str, words: str) -> None:
    """Misses of tests/corpus_formal (held out for the wording model); the texts here are our own."""
    assert words in _signal(body, code)


def test_a_polish_request_for_the_mailbox_password_behind_a_link_is_a_phishing_link() -> None:
    """ "To download the specification, confirm your e-mail address and the password of your company mailbox." """
    body = "Aby pobrać specyfikację, należy potwierdzić adres e-mail i hasło do skrzynki firmowej.\nPobierz pliki"
    inquiry = Inquiry(
        email="biuro@hurtownia-przyklad.pl",
        body=body,
        links=(Link("https://pliki-bezpieczne.example/d/4821", "Pobierz pliki"),),
    )
    signals = {s.code: s for s in analyse(inquiry)[1]}
    assert "potwierdzić adres e-mail i hasło" in signals["inquiry.phishing_link"].evidence[0].snippet


def test_a_buyer_asking_for_our_shipping_schedule_or_naming_its_shops_is_not_a_pitch() -> None:
    for body in (
        "Please tell us your shipping schedule for the 2,400 vases and the port of loading.",
        "We supply 1,200 stores and need 5,000 pcs frames; send your price list.",
    ):
        codes = {s.code for s in analyse(_inquiry(body))[1]}
        assert not codes & {"inquiry.service_pitch", "inquiry.bulk_advert"}, body
