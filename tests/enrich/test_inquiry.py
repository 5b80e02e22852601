"""Reading the inquiry text: specificity with evidence, quantities, templates, scams, links, language."""

from __future__ import annotations

import pytest

from research.enrich.inquiry import analyse
from research.extract import inquiry_read as read
from research.extract.language import detect
from research.render.i18n import t
from research.types import Attachment, Inquiry, Link


def _codes(inquiry: Inquiry) -> set[str]:
    return {s.code for s in analyse(inquiry)[1]}


def _kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in read.specifics(text):
        out.setdefault(f["kind"], []).append(f["text"])
    return out


def test_english_rfq_lists_every_kind_of_detail_with_the_matched_text() -> None:
    text = (
        "Please quote 2,400 pcs LED panel light model PL-6060, 600x600mm, 40W, CE and RoHS. FOB Ningbo, "
        "delivery to the port of Felixstowe before end of March. Payment 30% deposit by T/T. "
        "Color box packing with our logo. Target price USD 12.50. We will pay for the samples."
    )
    kinds = _kinds(text)
    assert kinds["quantity"] == ["2,400 pcs"]
    assert "PL-6060" in kinds["model"]
    assert {"600x600mm", "40W"} <= set(kinds["spec"])
    assert {"CE", "RoHS"} <= set(kinds["certification"])
    assert kinds["incoterm"] == ["FOB"]
    assert "to the port of Felixstowe" in kinds["port"]
    assert "USD 12.50" in kinds["target_price"]
    assert any("deposit" in t for t in kinds["payment"])
    assert any("packing" in t.lower() for t in kinds["packaging"])
    assert any("before end of March" in t for t in kinds["delivery"])
    assert kinds["sample_paid"] == ["We will pay for the samples"]
    assert "LED panel light" in read.product_phrases(text)
    assert read.specificity(read.specifics(text)) == 100


@pytest.mark.parametrize(
    ("text", "quantity", "other_kind"),
    [
        ("Necesitamos 1.200 unidades de sillas de oficina, precio CIF puerto de Valparaíso.", "1.200 unidades", "port"),
        (
            "Nous souhaitons 6 000 pièces, livraison avant fin mai, paiement par lettre de crédit.",
            "6 000 pièces",
            "delivery",
        ),
        ("Wir benötigen 3.000 Stück, Lieferung bis KW 20, Zahlung per Akkreditiv.", "3.000 Stück", "payment"),
        ("Precisamos de 3.000 peças, embalagem individual com etiqueta.", "3.000 peças", "packaging"),
        ("Нужно 3 000 шт, обязателен сертификат EAC.", "3 000 шт", "certification"),
        ("نحتاج 600 قطعة مع شهادة SASO", "600 قطعة", "certification"),
        ("5.000 takım nevresim, ambalaj logomuzla baskılı kutu.", "5.000 takım", "packaging"),
        ("不锈钢保温杯 数量 6000个，交货期 30天以内", "6000个", "delivery"),
    ],
)
def test_quantities_and_terms_in_nine_languages(text: str, quantity: str, other_kind: str) -> None:
    kinds = _kinds(text)
    assert quantity in kinds["quantity"]
    assert other_kind in kinds


def test_quantity_sizes_and_realism() -> None:
    assert read.quantity_size(read.quantities("2 x 40HQ")) == "large"
    assert read.quantity_size(read.quantities("50 pcs")) == "small"
    assert read.quantity_size(read.quantities("20,000,000 pcs")) == "unrealistic"
    assert read.quantities("1.200 Stück")[0]["value"] == 1200


def test_postcodes_and_street_numbers_are_not_quantities() -> None:
    text = "Parque Empresarial, 28050 Madrid, Spain\n14 Marksistskaya St, 109147 Moscow"
    assert read.all_quantities(text) == []
    assert read.product_phrases(text) == []


def test_catalog_request_is_vague_and_naming_a_range_is_some_detail() -> None:
    vague = Inquiry(email="a@gmail.com", body="Dear Sir/Madam, please send your catalog and price list.")
    named = Inquiry(email="a@gmail.com", body="We are interested in your LED downlights. Please send the price list.")
    assert "inquiry.vague" in _codes(vague)
    assert "inquiry.some_detail" in _codes(named)
    assert "LED downlights" in analyse(named)[0]["products"]


def test_mass_mailed_template_is_flagged_with_its_phrases() -> None:
    body = (
        "Hi, friend\nWe are glad to know about your company from the web and we are interested in your products. "
        "Could you kindly send us your latest catalog and price list for our trial order."
    )
    facts, signals = analyse(Inquiry(email="x@bk.ru", body=body))
    template = next(s for s in signals if s.code == "inquiry.template")
    assert "trial order" in template.evidence[0].snippet
    assert facts["template"] is True


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("As next of kin you are the beneficiary of US$8.5 million; a processing fee is required.", "advance_fee"),
        ("We pay 80% payment in advance. First pay the vendor registration fee.", "advance_fee"),
        ("We offer 80% payment in advance upon signing the contract for 20 containers.", "too_good_terms"),
        ("Please send an invitation letter for my visa application.", "visa_request"),
        ("أرجو إرسال رسالة دعوة للحصول على التأشيرة", "visa_request"),
        ("Send free samples of all items, you should pay the courier.", "free_sample_demand"),
        ("请先免费寄样品给我们测试", "free_sample_demand"),
        ("Our bank account has changed, use the new bank details and do not pay to the old account.", "bank_change"),
        ("Bitte beachten Sie unsere neue Bankverbindung.", "bank_change"),
        ("I sent you an email yesterday, did you receive my email?", "did_you_receive"),
        ("Please confirm today only, we need your urgent response.", "pressure"),
    ],
)
def test_scam_patterns_carry_the_matched_text(body: str, code: str) -> None:
    facts, signals = analyse(Inquiry(email="someone@gmail.com", body=body))
    hit = next(s for s in signals if s.code == f"inquiry.{code}")
    assert hit.evidence[0].snippet and hit.evidence[0].snippet.lower() in body.lower()
    assert f"inquiry.{code}" in facts["scam_patterns"]


def test_paying_for_samples_is_not_a_free_sample_demand() -> None:
    body = "Are free samples possible? If not, we will pay for the samples and the courier, no problem."
    assert "inquiry.free_sample_demand" not in _codes(Inquiry(email="a@gmail.com", body=body))


@pytest.mark.parametrize(
    "body",
    [
        "Can you offer free samples? Otherwise we pay the sample cost.",
        "For this small order we pay 100% in advance by PayPal.",
        "L/C at sight, beneficiary: your company, advising bank Bank of China.",
        "Please send the samples by DHL, we will pay the courier.",
    ],
)
def test_ordinary_buyer_wording_is_not_a_scam(body: str) -> None:
    codes = _codes(Inquiry(email="buyer@gmail.com", body=body))
    assert not codes & {"inquiry.free_sample_demand", "inquiry.advance_fee", "inquiry.too_good_terms"}


def test_government_tender_from_free_mail_but_not_from_the_ministry_domain() -> None:
    body = "The Ministry of Health invites your company to tender. Invitation to tender for hospital beds."
    assert "inquiry.gov_tender_free_mail" in _codes(Inquiry(email="moh.procurement@gmail.com", body=body))
    assert "inquiry.gov_tender_free_mail" not in _codes(Inquiry(email="tenders@health.gov.gh", body=body))


def test_certificates_being_mandatory_is_not_pressure() -> None:
    body = "OEKO-TEX certificate and a BSCI audit are mandatory. Delivery CIF Sydney by 15 August."
    assert "inquiry.pressure" not in _codes(Inquiry(email="buyer@homecorner.com.au", body=body))


def test_phishing_attachments_and_links() -> None:
    inq = Inquiry(
        email="orders@bluewave-imports.net",
        body="Review the attached order on our portal.",
        attachments=(Attachment("PO_55021.pdf.exe", "application/octet-stream"), Attachment("RFQ.html", "text/html")),
        links=(Link("http://185.231.4.17/wp-admin/index.php", "https://portal.bluewave-imports.net/orders"),),
    )
    _, signals = analyse(inq)
    codes = [s.code for s in signals]
    assert codes.count("inquiry.risky_attachment") == 2
    assert {"inquiry.link_mismatch", "inquiry.login_link", "inquiry.phishing_link"} <= set(codes)
    mismatch = next(s for s in signals if s.code == "inquiry.link_mismatch")
    assert mismatch.params["detail"] == "portal.bluewave-imports.net"


def test_a_redirector_wrapped_link_is_read_where_it_leads() -> None:
    # Google Calendar and Outlook's Safe Links wrap every link of a mail: not "shows zoom.us, goes to google.com"
    wrapped = (
        Link(
            "https://www.google.com/url?q=https%3A%2F%2Fus06web.zoom.us%2Fj%2F8678&sa=D&source=calendar",
            "https://us06web.zoom.us/j/8678",
        ),
        Link(
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.casa-lumen.it%2Fcatalogo&data=05",
            "www.casa-lumen.it/catalogo",
        ),
    )
    inq = Inquiry(email="marta@casa-lumen.it", body="Meeting link and our catalogue below.", links=wrapped)
    assert "inquiry.link_mismatch" not in _codes(inq)
    # a phishing page behind the same wrapper is named as itself, not as google.com
    phish = Link("https://www.google.com/url?q=https://docusign-envelope-view.net/login&sa=D", "docusign.com")
    _, signals = analyse(Inquiry(email="ap@casa-lumen.it", body="Sign the contract.", links=(phish,)))
    mismatch = next(s for s in signals if s.code == "inquiry.link_mismatch")
    assert mismatch.params["detail"] == "docusign.com"
    assert "docusign-envelope-view.net" in str(mismatch.evidence)
    assert "inquiry.brand_lookalike_link" in {s.code for s in signals}


def test_document_share_link_and_lure() -> None:
    body = "We shared a document with you. Access document: https://docs.google.com/forms/d/e/abc/viewform"
    inq = Inquiry(email="anna@gmail.com", body=body, links=(Link("https://docs.google.com/forms/d/e/abc/viewform"),))
    assert {"inquiry.doc_share_link", "inquiry.phishing_link"} <= _codes(inq)


def test_link_to_the_senders_own_site_is_fine() -> None:
    inq = Inquiry(
        email="jenna@trailmate-gear.com",
        body="Our range: https://www.trailmate-gear.com/bottles - please quote 5,000 units.",
        links=(Link("https://www.trailmate-gear.com/bottles"),),
    )
    assert not {c for c in _codes(inq) if "link" in c}


def test_order_subject_with_nothing_concrete_is_a_lure_but_a_real_order_is_not() -> None:
    lure = Inquiry(email="x@list.ru", subject="Purchase Order 04/11/2019", body="Please send your price list.")
    real = Inquiry(email="x@acme.com", subject="Purchase order", body="Order: 3,000 pcs model PL-6060 FOB Ningbo.")
    assert "inquiry.order_lure" in _codes(lure)
    assert "inquiry.order_lure" not in _codes(real)


def test_attachment_only_mail() -> None:
    inq = Inquiry(email="a@mahatta.net", subject="Purchase_rfq", attachments=(Attachment("INQUIRY_4178916..xlsx"),))
    assert {"inquiry.attachment_only", "inquiry.risky_attachment", "inquiry.empty"} <= _codes(inq)


def test_business_cues_vote_for_buyer_types() -> None:
    body = "We operate 120 stores and sell under our own brand. Repeat orders every month. Quote 20,000 pcs."
    codes = _codes(Inquiry(email="b@chain.com", body=body))
    assert {"inquiry.chain_scale", "inquiry.private_label", "inquiry.repeat_order", "inquiry.large_quantity"} <= codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Please quote 500 pcs", "en"),
        ("Necesitamos cotización de 200 sillas", "es"),
        ("Bonjour, prix pour 100 lampes", "fr"),
        ("Wir brauchen 300 Stück", "de"),
        ("Preciso de orçamento para 300 cadeiras", "pt"),
        ("Нужна цена", "ru"),
        ("أريد عرض سعر", "ar"),
        ("Merhaba, fiyat teklifi", "tr"),
        ("请报价", "zh"),
    ],
)
def test_language_of_short_texts(text: str, lang: str) -> None:
    assert detect(text)[0] == lang


def test_language_and_advice_hint_in_facts() -> None:
    facts, _ = analyse(Inquiry(email="a@b.es", body="Necesitamos 500 sillas de oficina, precio FOB."))
    assert facts["language"] == "es"
    assert "reply_in_language" in facts["advice_hints"]
    assert detect("") == ("", 0.0)


def test_urgency_in_a_specific_inquiry_is_not_pressure() -> None:
    specific = "Urgently need 40,000 boxes nitrile gloves, EN 455 and CE, CIF Durban, L/C at sight, ship ASAP."
    vague = "Urgent!! Reply immediately with your price list."
    assert "inquiry.pressure" not in _codes(Inquiry(email="a@medline.co.za", body=specific))
    assert "inquiry.pressure" in _codes(Inquiry(email="a@medline.co.za", body=vague))


def test_every_language_is_a_data_file_with_the_same_sections() -> None:
    from research.data.load import toml_table
    from research.extract.inquiry_rules import languages

    assert set(languages()) >= {"en", "es", "fr", "de", "pt", "ru", "ar", "tr", "zh"}
    for lang in languages():
        table = toml_table(f"inquiry/{lang}.toml")
        assert {"specific", "vague", "template", "scam", "business"} <= set(table), lang


def test_german_nouns_are_products_even_capitalised_and_after_inverted_verbs() -> None:
    from research.extract.inquiry_read import product_phrases

    text = "Als Großhändler suchen wir Keramikvasen, weiß matt, 15 cm, 1.500 Stück."
    assert product_phrases(text, "de") == ["Keramikvasen"]
    # In English a run of capitalised words stays a name or a place, not a product.
    assert product_phrases("We are from Madrid Spain and need a quote.", "en") == []


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Attn: Beneficiary, your inheritance fund of US$18,900,000.00 has been approved for release.",
            "windfall_story",
        ),
        ("Do you need a loan at 3% to pay your bills or start a business? Apply today.", "money_offer"),
        ("This message was sent to you as an opt-in subscriber. To unsubscribe click here.", "bulk_advert"),
        ("We will pay the 40HQ order with my company credit card, please send the invoice.", "card_payment"),
        ("Our accredited agent will contact you; his commission must be paid by the supplier first.", "agent_fee"),
        ("Payment 60 days after delivery of the goods, as for all our suppliers.", "credit_terms"),
    ],
)
def test_fraud_terms_are_knowledge_with_a_reason(body: str, code: str) -> None:
    facts, signals = analyse(Inquiry(email="buyer@example.com", body=body))
    assert f"inquiry.{code}" in {s.code for s in signals}
    assert f"inquiry.{code}" in facts["scam_patterns"]


@pytest.mark.parametrize(
    "body",
    [
        "Our buying agent in Ningbo will inspect the goods before shipment; we pay 30% deposit, 70% against B/L.",
        "The next consignment is 2 x 40HQ of vases, same as the last contract.",
        "Warranty: compensation for broken pieces is credited on the next order.",
    ],
)
def test_ordinary_trade_words_are_not_fraud_terms(body: str) -> None:
    _, signals = analyse(Inquiry(email="buyer@example.com", body=body))
    fraud = {"windfall_story", "money_offer", "bulk_advert", "card_payment", "agent_fee", "credit_terms"}
    assert {s.code for s in signals} & {f"inquiry.{k}" for k in fraud} == set()


def test_a_phrase_wrapped_over_two_lines_is_still_read() -> None:
    body = "Dear friend,\r\nI have deposited the inheritance\r\nfund of US$5,000,000.00 with a security company"
    _, signals = analyse(Inquiry(body=body))
    assert "inquiry.windfall_story" in {s.code for s in signals}


def test_an_rfq_of_another_industry_is_specific() -> None:
    body = "Please quote the following volumes:\n\nJun01     6737\nJul01     4561\nAug01     5062\n\n"
    body += "All volumes are dth/month. Proposals are due by May 16, 2001."
    facts, signals = analyse(Inquiry(email="buyer@utility.example", subject="RFP June supply", body=body))
    kinds = {s["kind"] for s in facts["specifics"]}
    assert {"quantity_table", "rfq", "deadline"} <= kinds
    assert {s.code for s in signals} & {"inquiry.specific", "inquiry.some_detail"}


def test_a_company_rfq_with_a_spreadsheet_is_not_a_lure_but_free_mail_with_nothing_is() -> None:
    rfq = Inquiry(
        email="buyer@utility.example",
        subject="October RFQ",
        body="Please review the attached request for quote.",
        attachments=(Attachment("1001RFQ1.xls", "application/vnd.ms-excel"),),
    )
    assert "inquiry.order_lure" not in {s.code for s in analyse(rfq)[1]}
    lure = Inquiry(email="buyer@gmail.com", subject="New order", body="Kindly check the order and revert.")
    assert "inquiry.order_lure" in {s.code for s in analyse(lure)[1]}


def test_the_learned_opinion_is_a_signal_with_evidence() -> None:
    body = "I am Mrs. Melinda, a widow suffering from cancer. I have funds inherited from my late husband."
    facts, signals = analyse(Inquiry(body=body))
    wording = next(s for s in signals if s.code.startswith("inquiry.wording_"))
    assert wording.code == "inquiry.wording_scam" and facts["wording"]["band"] == "high"
    assert wording.evidence[0].ref == "wording model" and wording.params["cues"]


_SEO_PITCH = (
    "Hello,\n\nI was looking at your website and noticed that it is not ranking on the first page of Google for "
    "keywords like ceramic vases wholesale. Our agency helps manufacturers get more organic traffic and qualified "
    "leads from buyers in the US and Europe. We offer a free SEO audit and our monthly packages start at $299. "
    "Would you be open to a 15-minute call this week to discuss how we can grow your online sales?\n\nBest "
    "regards,\nDaniel\nGrowthPeak Digital"
)
_RFQ = (
    "Dear supplier,\n\nWe are a home decor retailer with 12 stores in the Netherlands. Please quote 2,000 pcs of "
    "ceramic vases, 25 cm, matte white, and 1,000 pcs of scented candles in glass jars, FOB Ningbo. We need colour "
    "boxes with our logo and delivery before the end of March. Payment 30% deposit, balance against copy of B/L. "
    "Please also send your catalogue and sample lead time.\n\nBest regards,\nAnna de Vries\nPurchasing Manager"
)


def test_a_mail_that_sells_to_us_reads_as_a_pitch_and_names_its_kind_and_words() -> None:
    """An SEO agency's "quick question about your website": no phrase rule names it, the wording does."""
    _, signals = analyse(Inquiry(email="daniel@growthpeak-digital.example", subject="Quick question", body=_SEO_PITCH))
    pitch = next(s for s in signals if s.code == "inquiry.wording_pitch")
    assert pitch.params["kind"] == {"code": "wording.kind.service-pitch"} and pitch.params["probability"] >= 50
    assert pitch.evidence[0].ref == "wording model" and pitch.params["cues"]
    rfq = analyse(Inquiry(email="anna@devries-wonen.example", subject="Inquiry: ceramic vases", body=_RFQ))[1]
    assert "inquiry.wording_pitch" not in {s.code for s in rfq}


def test_a_counter_offer_quoting_our_quotation_is_no_pitch_though_the_quote_sells() -> None:
    """A buyer's answer to our quotation quotes our prices, MOQ and terms, which read as selling: the mail answers
    someone at another domain (us), and a pitch is never that (holdout h14-56, a Dutch counter-offer)."""
    ours = (
        "\n\n-----Original Message-----\nFrom: Grace Wu <grace.wu@everbright-decor.example>\nSent: Tuesday\n"
        "Subject: Quotation\n\n" + _SEO_PITCH
    )
    body = "Thanks for the quote. Your prices are 10% over our target; we can do USD 1.38 on 6,000 tubes." + ours
    codes = {
        s.code for s in analyse(Inquiry(email="m.ortega@northpine.example", subject="RE: Quotation", body=body))[1]
    }
    assert "inquiry.wording_pitch" not in codes
    follow_up = "Did you see my mail below? Happy to set up a call." + ours.replace("everbright-decor", "growthpeak")
    mine = Inquiry(email="daniel@growthpeak.example", subject="RE: Quick question", body=follow_up)
    assert "inquiry.wording_pitch" in {s.code for s in analyse(mine)[1]}


def test_a_pitch_needs_enough_words_to_tell_kinds_apart() -> None:
    short = "We offer SEO and leads. Call us."
    assert "inquiry.wording_pitch" not in {s.code for s in analyse(Inquiry(body=short))[1]}


def test_a_short_rfq_signed_with_the_buyers_website_is_not_read_as_a_scam() -> None:
    """Most genuine buyers sign with their website: it made this RFQ read as a phishing lure, and the rep saw
    "A, risk high: the wording reads like a scam" for a buyer with a 28-year-old domain."""
    body = (
        "Dear supplier,\n\nPlease quote 1,200 pcs ceramic vases, 25 cm, matte white, FOB Ningbo.\n\nBest regards,\n"
        "Sarah Miller\nPurchasing Manager\nHarborline Imports LLC\nwww.harborline-imports.com\n+1 713 555 0142\n"
    )
    facts, signals = analyse(Inquiry(email="sarah.miller@harborline-imports.com", subject="Inquiry", body=body))
    assert facts["wording"]["band"] != "high"  # was 0.99: "high", and the risk raised to high
    assert "inquiry.wording_scam" not in {s.code for s in signals}


def test_goods_on_credit_is_the_credit_ask_of_a_big_network_on_first_contact() -> None:
    body = (
        "We supply 340 stores in Germany and Poland. Please send your catalogue and price list. "
        "Our terms: payment 90 days after delivery, open account."
    )
    facts, signals = analyse(Inquiry(email="m.kessler@rheinmark-handel.example", body=body))
    combined = next(s for s in signals if s.code == "inquiry.goods_on_credit")
    assert {p["code"] for p in combined.params["parts"]} >= {"inquiry.credit_terms"}
    assert "inquiry.goods_on_credit" in facts["scam_patterns"]
    said = t(combined.code, "en", combined.params)
    assert '"supply 340 stores"' in said and '"payment 90 days after delivery"' in said
    assert ": a chain" not in said  # the parts' words, not their own messages inside this one
    small = analyse(Inquiry(body="I run one small shop. Can I pay 30 days after delivery?"))[1]
    assert "inquiry.goods_on_credit" not in {s.code for s in small}


def test_card_payment_for_a_trade_order_quotes_the_buyer_not_the_private_order_message() -> None:
    body = "We want to pay the order of 3,000 pcs with our company credit card, please send the invoice."
    signals = analyse(Inquiry(email="buyer@harborline-imports.com", body=body))[1]
    combined = next(s for s in signals if s.code == "inquiry.card_payment_trade")
    said = t(combined.code, "zh", combined.params)
    assert "credit card" in said
    assert "私人小额订单可以接受" not in said  # "fine for a small private order" inside a warning about a trade order


def test_a_consumer_asking_to_pay_one_vase_by_card_is_no_trade_order() -> None:
    """Three blind sets (h16-06, h22-48, h31-21) held a consumer on free mail asking the price of one piece
    and whether a card would do: a card payment with no trade in view is no chargeback scam."""
    body = (
        "Hi! I found this blue crackle glaze vase on your website. How much would it be for just one, shipped "
        "to Austin TX? It's for my mom's birthday. Can I pay by credit card?"
    )
    codes = {s.code for s in analyse(Inquiry(email="sarah.holloway.tx@yahoo.com", body=body))[1]}
    assert "inquiry.card_payment" in codes and "inquiry.card_payment_trade" not in codes


def test_a_gmail_buyer_signing_with_the_company_website_gets_no_scam_reading() -> None:
    body = (
        "Dear supplier,\n\nPlease quote 1,200 pcs ceramic vases, 25 cm, matte white, FOB Ningbo.\n\nBest regards,\n"
        "Karen Mitchell\nPurchasing\nHarborline Imports\nwww.harborline-imports.com\n"
    )
    inquiry = Inquiry(email="karen.harborline@gmail.com", body=body, website="www.harborline-imports.com")
    codes = {s.code for s in analyse(inquiry)[1]}
    assert not codes & {"inquiry.wording_decisive", "inquiry.wording_scam", "inquiry.wording_doubt"}


def test_the_buyers_shops_are_not_products() -> None:
    """ "40 garden centres" is the buyer's size: the reply draft thanked them for an inquiry about
    "ceramic vases, garden centres, candle holders"."""
    text = (
        "We are a wholesaler of home decor with 40 garden centres and 120 stores in Germany. Please quote "
        "2,400 pcs ceramic vases, FOB Ningbo, and 1,200 candle holders."
    )
    assert read.product_phrases(text, "en") == ["ceramic vases", "candle holders"]


def test_how_often_and_from_whom_are_not_products() -> None:
    """The reply draft and the report's products said "monthly" and "supplier"."""
    assert read.product_phrases("Samples first, then 5,000 pcs monthly.", "en") == []
    assert read.product_phrases("Looking for a supplier of wall decor and mirrors, DDP Hamburg.", "en") == [
        "wall decor"
    ]
    assert read.product_phrases("We need a manufacturer of scented candles, 2,000 pcs a month.", "en") == [
        "scented candles"
    ]


def test_millions_are_a_size_not_fifty_pieces_of_million() -> None:
    """ "USD 50 million" was read as 50 pieces of a product called "million": a small order of what we
    do not make, in the report of an investment scam."""
    pitch = "Our family office will invest USD 50 million in your company; 50 million dollars are ready."
    assert read.all_quantities(pitch) == []
    assert read.product_phrases(pitch, "en") == []
    big = read.all_quantities("We need 2 million pcs of glass vases and 1.5 million units of candles.")
    assert [q["value"] for q in big] == [2_000_000, 1_500_000]
    assert read.quantity_size(big) == "large"
    assert read.quantity_size(read.all_quantities("Wir brauchen 8 Mio. Stück Vasen.")) == "unrealistic"
    signals = {s.code for s in analyse(Inquiry(email="office@gmail.com", body=pitch))[1]}
    assert "inquiry.small_quantity" not in signals


def test_a_link_dressed_as_a_signing_or_sharing_service_is_a_phishing_link_even_in_a_detailed_rfq() -> None:
    """An RFQ naming products, a deadline and a sender's signature, with the "document" on a domain dressed as
    SharePoint: the detail used to make it read as a buyer's real request."""
    url = "https://harborline-my.sharepoint-docs-view.com/:b:/g/personal/rfq/EhT8wQ"
    body = (
        "Anna Weber shared a file with you: RFQ-2025-0417 for ceramic vases and scented candles, 3,000 pcs, "
        f"quotes due 30 May. Open: {url}"
    )
    inq = Inquiry(email="anna.weber@harborline-imports.com", body=body, links=(Link(url),))
    _, signals = analyse(inq)
    by_code = {s.code: s for s in signals}
    assert {"inquiry.brand_lookalike_link", "inquiry.phishing_link"} <= set(by_code)
    assert by_code["inquiry.brand_lookalike_link"].params["detail"].startswith("Microsoft")
    real = "https://harborline.sharepoint.com/:b:/g/personal/rfq/EhT8wQ"
    assert "inquiry.brand_lookalike_link" not in _codes(
        Inquiry(email="anna.weber@harborline-imports.com", body=body.replace(url, real), links=(Link(real),))
    )


def test_a_service_worn_as_a_subdomain_of_a_strangers_domain_is_a_disguise_too() -> None:
    url = "https://docusign-maisonsdumonde.com-secure-view.net/sign?env=8f22"
    inq = Inquiry(email="achats@harborline-imports.com", body=f"Please sign the NDA: {url}", links=(Link(url),))
    _, signals = analyse(inq)
    assert next(s for s in signals if s.code == "inquiry.brand_lookalike_link").params["detail"] == "DocuSign"


@pytest.mark.parametrize(
    ("url", "service"),
    [
        ("https://drive-google.docs-share.com.br/file/d/1xR8/view", "Google (Drive, Docs)"),
        ("https://mybox-naver.share-docs.kr/s/7Xq2PbR", "Naver (MYBOX)"),
    ],
)
def test_a_file_share_dressed_as_a_portal_is_named(url: str, service: str) -> None:
    inq = Inquiry(email="compras@ribeirao-decor.com.br", body=f"Lista de produtos: {url}", links=(Link(url),))
    _, signals = analyse(inq)
    assert next(s for s in signals if s.code == "inquiry.brand_lookalike_link").params["detail"] == service


def test_a_link_to_a_platform_or_a_chains_own_site_is_no_disguise() -> None:
    for url in (
        "https://www.alibaba.com/product-detail/vase_1600.html",
        "https://www.ikea.com/de/de/p/vase-123/",
        "https://harborline.myshopify.com/collections/vases",
        "https://sellercentral.amazon.com/listing/123",
        "https://mybox.naver.com/share/abc",
        "https://www.youtube.com/watch?v=abc",
    ):
        inq = Inquiry(email="buyer@harborline-imports.com", body=f"Like this one: {url}", links=(Link(url),))
        assert "inquiry.brand_lookalike_link" not in _codes(inq)


def test_a_fee_to_an_inspection_or_escrow_office_at_another_domain_is_a_scam_in_any_language() -> None:
    body = (
        "We confirm 1,000 pcs ceramic vase 30 cm at USD 4.20 FOB Ningbo. Our appointed inspection partner "
        "must audit your factory first; the audit fee of USD 680 is settled by the supplier with Mr. Ho, "
        "kelvin.ho@veritrace-inspection.com, and deducted from our balance."
    )
    signals = analyse(Inquiry(email="r.kimball@oakridgeimportgroup.com", body=body))[1]
    fee = next(s for s in signals if s.code == "inquiry.third_party_fee")
    assert fee.params["contact"] == "kelvin.ho@veritrace-inspection.com"
    assert "USD 680" in fee.params["amount"] or "USD 4.20" in fee.params["amount"]
    # The same office in Arabic, by its domain: the check reads no words of the language.
    arabic = "رسوم الشهادة 540 دولار. نرجو التواصل على certificates@gulf-conformity-services.com لإتمام الدفع."
    assert "inquiry.third_party_fee" in _codes(Inquiry(email="compliance@alnakheel-imports.com.sa", body=arabic))


def test_a_buyer_naming_its_forwarder_or_a_known_inspector_is_no_third_party_fee() -> None:
    body = (
        "Please quote 2,000 pcs scented candle 200 g, target USD 1.80 FOB Ningbo. Inspection by SGS at our cost "
        "(qc.team@sgs.com). Our forwarder is bookings@oceanlink-logistics.com, and our own compliance desk is "
        "compliance@harborline-imports.com."
    )
    assert "inquiry.third_party_fee" not in _codes(Inquiry(email="sarah@harborline-imports.com", body=body))
    no_sum = "Please register with kelvin.ho@veritrace-inspection.com for the factory audit."
    assert "inquiry.third_party_fee" not in _codes(Inquiry(email="r@oakridgeimportgroup.com", body=no_sum))


def test_an_inspection_office_is_read_in_polish_and_italian_names_too() -> None:
    polish = (
        "Koszt inspekcji (680 EUR) pokrywa dostawca. Dane do przelewu otrzymają Państwo od inspektora: "
        "biuro@euroqual-inspekcje.pl."
    )
    assert "inquiry.third_party_fee" in _codes(Inquiry(email="zakupy@domowe-inspiracje.pl", body=polish))
    italian = "Il costo di 385 EUR va pagato a ufficio@lombardo-ispezioni.it prima dell'ordine."
    assert "inquiry.third_party_fee" in _codes(Inquiry(email="qualita@ferrucciodesign.it", body=italian))


PAYEE_SLIP = {
    "it": "Intestatario: LAM Lombardo S.r.l.s.\nIBAN: IT60 X054 2811 1010 0000 0123 456\nCausale: analisi campioni",
    "th": "ชื่อบัญชี: Shenzhen Yongxin Cargo Agency Co., Ltd.\nเลขที่บัญชี: 6222 0000 4471 8856 213",
    "en": "Beneficiary: Harbour Crest Freight Ltd\nAccount No.: 4471-2290-8812\nSWIFT: HCFLGB2L",
    "zh": "户名：宁波市鄞州区嘉航物流信息咨询服务部\n账号：6217 0000 1234 5678 901",
}


@pytest.mark.parametrize("lang", sorted(PAYEE_SLIP))
def test_an_account_for_the_seller_to_pay_into_is_a_scam_in_any_language(lang: str) -> None:
    """Buyers pay suppliers: a holder and an account number for us to pay is how the fee, refund and
    overpayment scams collect, whatever the language around them."""
    body = f"Please settle the amount below before we place the order.\n\n{PAYEE_SLIP[lang]}\n"
    signals = analyse(Inquiry(email="buyer@casa-nova-home.com", body=body), "Ningbo Everbright Home Decor Co., Ltd.")[1]
    payee = next(s for s in signals if s.code == "inquiry.payee_account")
    first = PAYEE_SLIP[lang].splitlines()[0]
    assert payee.params["holder"] in first and payee.evidence[0].snippet == first


def test_our_own_account_quoted_back_or_a_holder_without_an_account_is_no_payee() -> None:
    ours = (
        "We have paid the 30% deposit to your account today:\nBeneficiary: NINGBO EVERBRIGHT HOME DECOR CO., LTD\n"
        "Account: 3901 0000 1234 5678 91\nPlease confirm receipt."
    )
    seller = "Ningbo Everbright Home Decor Co., Ltd."
    assert "inquiry.payee_account" not in {s.code for s in analyse(Inquiry(body=ours), seller)[1]}
    no_account = "Beneficiary: Casa Nova Home SL\nPlease issue the L/C documents in this name."
    assert "inquiry.payee_account" not in {s.code for s in analyse(Inquiry(body=no_account), seller)[1]}
    footer = "Best regards\nCasa Nova Home GmbH\nBankverbindung: Sparkasse Köln, IBAN DE89 3704 0044 0532 0130 00"
    assert "inquiry.payee_account" not in {s.code for s in analyse(Inquiry(body=footer), seller)[1]}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Scan QR-koden og log ind med jeres firma-e-mail og adgangskode for at se mængder.",
            "inquiry.credential_request",
        ),
        ('יש להתחבר עם כתובת הדוא"ל של החברה והסיסמה שלה כדי לצפות בהזמנה.', "inquiry.credential_request"),
        (
            "Dovolujeme si Vás informovat o změně našeho bankovního spojení. IBAN: CZ00 0800 0000 0019",
            "inquiry.bank_change",
        ),
        ("Για διαγραφή από τη λίστα απαντήστε «ΔΙΑΓΡΑΦΗ».", "inquiry.bulk_advert"),
        ("Les pièces sont sur notre espace sécurisé. Mot de passe de l'archive : DV1184.", "inquiry.archive_password"),
        ("The full PO is in the attached RAR. Archive password: 2611.", "inquiry.archive_password"),
    ],
)
def test_the_asks_that_make_a_scam_are_read_in_languages_we_only_tell_apart_too(body: str, code: str) -> None:
    assert code in _codes(Inquiry(email="office@example-trading.com", body=body))


def test_counts_in_languages_we_only_tell_apart_are_pieces_and_their_shops_and_dates_are_not() -> None:
    body = (
        "Vi är en svensk inredningskedja med 18 butiker. Doftljus i keramikkruka – 1 200 st, ljuslykta – 800 st. "
        "Tacksam för offert senast den 13 november."
    )
    facts, signals = analyse(Inquiry(email="karin@nordljus-hem.se", body=body))
    assert [(q["value"], q["unit"].rstrip(".")) for q in facts["quantities"]] == [(1200.0, "st"), (800.0, "st")]
    assert "inquiry.small_quantity" not in {s.code for s in signals}  # was "small quantity: 18 butiker"


@pytest.mark.parametrize(
    ("filename", "code"),
    [
        ("fotos referencia.zip", "inquiry.picture_archive"),
        ("Wick&Hollow_2027_label_artwork.zip", "inquiry.picture_archive"),
        ("PO_4500238871.zip", "inquiry.risky_attachment"),
        ("Prove_violazione_immagini.zip", "inquiry.risky_attachment"),
        ("Evidence_photos_infringement.zip", "inquiry.risky_attachment"),  # a claim's "photos" are its lure
        ("product_photos.pdf.zip", "inquiry.risky_attachment"),  # a second extension hides the real type
    ],
)
def test_an_archive_named_as_the_buyers_pictures_is_a_doubt_and_any_other_still_a_veto(
    filename: str, code: str
) -> None:
    inq = Inquiry(
        email="compras@levante-hogar.es",
        body="Please quote 1,000 pcs ceramic vase 25 cm, FOB Ningbo. Reference photos attached.",
        attachments=(Attachment(filename, "application/zip"),),
    )
    codes = _codes(inq)
    (other,) = {"inquiry.picture_archive", "inquiry.risky_attachment"} - {code}
    assert code in codes and other not in codes


def test_the_sum_a_third_party_asks_is_quoted_whole() -> None:
    body = "Стоимость оформления (42 000 руб.) оплачивает производитель напрямую органу: sert@evrazsertexpert.ru"
    fee = next(
        s
        for s in analyse(Inquiry(email="zakupki@interier-plus-trade.ru", body=body))[1]
        if s.code == "inquiry.third_party_fee"
    )
    assert fee.params["amount"] == "42 000 руб"  # the report said "000 руб"


def test_a_consumers_small_order_naming_the_frames_she_needs_is_no_order_lure() -> None:
    """ "Small order of frames?" from Gmail, no link, no file: blind holdout 52 read it as the bare "check the
    order" opener because "I need simple wood frames" named no product ("we need" did)."""
    body = (
        "Hi! I run a small Etsy shop selling pressed-flower art and I need simple wood frames to put them in. "
        "Would you be able to sell me around 50 of the 5x7 natural wood frames? I can pay by PayPal or card."
    )
    facts, signals = analyse(Inquiry(email="northwoodnest.shop@gmail.com", subject="Small order of frames?", body=body))
    assert "simple wood frames" in facts["products"]
    assert "inquiry.order_lure" not in {s.code for s in signals}
    bare = Inquiry(email="buyer@gmail.com", subject="New order", body="Kindly check the order and revert.")
    assert "inquiry.order_lure" in {s.code for s in analyse(bare)[1]}
