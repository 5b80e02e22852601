"""Italian, Dutch, Polish, Japanese and Korean inquiries read the way a rep reads them.

Each language is only a data file (research/data/inquiry/<lang>.toml); these short hand-written
messages check what a rep would notice in each: a real request for quotation, a bare catalogue
request, who the buyer is, and the usual scam wording.
"""

from __future__ import annotations

import pytest

from research.enrich.inquiry import analyse
from research.extract import inquiry_read as read
from research.extract.signature import contact
from research.types import Inquiry, Signal


def _read(body: str, email: str = "buyer@gmail.com") -> tuple[dict[str, object], dict[str, Signal]]:
    facts, signals = analyse(Inquiry(email=email, body=body))
    return facts, {s.code: s for s in signals}


RFQS = {
    "it": (
        "Buongiorno,\nsiamo un grossista di articoli per la casa a Bologna. Vorremmo un preventivo per 2.000 pezzi "
        "di vasi in ceramica, colore bianco, altezza 25 cm, imballo in scatola singola. Consegna entro fine "
        "settembre, porto di destinazione Genova. Pagamento: 30% acconto con bonifico, saldo contro copia BL.\n"
        "Cordiali saluti\nMarco Rinaldi",
        "vasi",
        "2.000 pezzi",
    ),
    "nl": (
        "Goedemiddag,\nWij zijn een groothandel in woonaccessoires in Utrecht. Graag ontvangen wij een offerte voor "
        "3.000 stuks keramische vazen, kleur wit, hoogte 30 cm, verpakking per stuk in een geschenkdoos. Levering "
        "uiterlijk in week 38, haven van Rotterdam. Betaling: 30% aanbetaling, rest voor verzending.\n"
        "Met vriendelijke groet,\nSanne de Vries",
        "keramische vazen",
        "3.000 stuks",
    ),
    "pl": (
        "Dzień dobry,\njesteśmy hurtownią artykułów dekoracyjnych z Poznania. Prosimy o ofertę na 1 500 szt. poduszek "
        "dekoracyjnych, bawełna, wymiar 45x45 cm, kolor szary, pakowanie pojedynczo w folię. Dostawa do końca "
        "października, port docelowy Gdańsk. Płatność: 30% zaliczki przelewem, reszta przed wysyłką.\n"
        "Z poważaniem\nAnna Kowalska",
        "poduszek dekoracyjnych",
        "1 500 szt.",
    ),
    "ja": (
        "いつもお世話になっております。さくらインテリアの山田と申します。\n"
        "下記の商品について、お見積もりをいただけますでしょうか。\n品名：陶器花瓶（白、高さ25cm）\n"
        "数量：1,000個\n納期：8月末までに横浜港着\n梱包：化粧箱入り\n支払条件：前払い30%、残金は出荷前\n"
        "よろしくお願いいたします。",
        "陶器花瓶",
        "1,000個",
    ),
    "ko": (
        "안녕하세요, 서울에서 인테리어 소품 도매를 하고 있는 한빛상사입니다.\n아래 제품 견적 부탁드립니다.\n"
        "품명: 세라믹 꽃병 (화이트, 높이 25cm)\n수량: 1,000개\n납기: 9월 말까지 부산항 도착\n"
        "포장: 개별 선물상자\n결제 조건: 선금 30%, 잔금 선적 전\n감사합니다.",
        "세라믹 꽃병",
        "1,000개",
    ),
}


@pytest.mark.parametrize("lang", sorted(RFQS))
def test_a_request_for_quotation_is_specific_with_product_quantity_and_terms(lang: str) -> None:
    body, product, quantity = RFQS[lang]
    facts, codes = _read(body)
    assert "inquiry.specific" in codes
    assert product in facts["products"]  # type: ignore[operator]
    assert quantity in [q["text"] for q in facts["quantities"]]  # type: ignore[attr-defined]
    assert "inquiry.large_quantity" in codes
    kinds = {f["kind"] for f in facts["specifics"]}  # type: ignore[attr-defined]
    assert {"delivery", "port", "payment", "packaging"} <= kinds
    assert not {c for c in codes if c in facts["scam_patterns"]}  # type: ignore[operator]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Buongiorno, vorremmo ordinare 500 cuscini decorativi.", "it"),
        ("Goedemiddag, wij zoeken keramische vazen voor onze winkel.", "nl"),
        ("Dzień dobry, interesują nas świece zapachowe w szklanym słoiku.", "pl"),
        ("御社のアロマキャンドルに興味があります。お見積もりをいただけますでしょうか。", "ja"),
        ("귀사의 세라믹 꽃병에 관심이 있습니다. 견적 부탁드립니다.", "ko"),
    ],
)
def test_the_language_is_recognised_and_the_rep_is_told_to_reply_in_it(body: str, lang: str) -> None:
    facts, codes = _read(body)
    assert facts["language"] == lang
    assert "reply_in_language" in facts["advice_hints"]  # type: ignore[operator]
    assert "inquiry.some_detail" in codes and facts["products"]


@pytest.mark.parametrize(
    "body",
    [
        "Gentili signori, vi preghiamo di inviarci il vostro catalogo e listino prezzi. Grazie.",
        "Geachte heer/mevrouw, kunt u ons uw catalogus en prijslijst sturen? Dank u.",
        "Szanowni Państwo, prosimy o przesłanie katalogu i cennika. Dziękujemy.",
        "ご担当者様\n御社の製品に興味があります。カタログと価格表を送ってください。",
        "담당자님께, 귀사 제품에 관심이 있습니다. 카탈로그와 가격표를 보내주세요.",
    ],
)
def test_a_bare_catalogue_and_price_list_request_is_vague(body: str) -> None:
    facts, codes = _read(body)
    assert "inquiry.vague" in codes
    assert facts["products"] == [] and facts["quantities"] == []
    assert facts["vague_phrases"]


@pytest.mark.parametrize(
    ("body", "code", "words"),
    [
        ("Siamo una catena di 72 negozi di arredamento in Lombardia.", "inquiry.chain_scale", "catena di 72 negozi"),
        ("Siamo grossisti di oggettistica per la casa.", "inquiry.wholesale", "grossisti"),
        ("Vendiamo tutto con marchio proprio.", "inquiry.private_label", "marchio proprio"),
        ("Abbiamo un negozio di oggettistica a Torino.", "inquiry.retail_shop", "abbiamo un negozio"),
        ("Wij zijn een keten met 45 winkels in Nederland en België.", "inquiry.chain_scale", "45 winkels"),
        ("Wij zijn een groothandel in woonaccessoires.", "inquiry.wholesale", "groothandel"),
        ("Alles wordt verkocht onder eigen merk.", "inquiry.private_label", "eigen merk"),
        ("Ik heb een kleine winkel in Gent.", "inquiry.retail_shop", "ik heb een kleine winkel"),
        ("Jesteśmy siecią 38 sklepów wnętrzarskich.", "inquiry.chain_scale", "38 sklepów"),
        ("Prowadzimy hurtownię artykułów dekoracyjnych.", "inquiry.wholesale", "hurtownię"),
        ("Sprzedajemy pod własną marką.", "inquiry.private_label", "własną marką"),
        ("Prowadzę mały sklep z dekoracjami w Krakowie.", "inquiry.retail_shop", "prowadzę mały sklep"),
        ("弊社は全国に120店舗を展開する雑貨チェーンです。", "inquiry.chain_scale", "120店舗"),
        ("弊社は家具の卸売業を営んでおります。", "inquiry.wholesale", "卸売"),
        ("自社ブランドで販売しております。", "inquiry.private_label", "自社ブランド"),
        ("当店は京都の小さな雑貨屋です。", "inquiry.retail_shop", "当店"),
        ("저희는 전국 85개 매장을 운영하는 생활용품 체인입니다.", "inquiry.chain_scale", "85개 매장"),
        ("저희는 인테리어 소품 도매 업체입니다.", "inquiry.wholesale", "도매"),
        ("자체 브랜드로 판매할 예정입니다.", "inquiry.private_label", "자체 브랜드"),
        ("작은 소품샵을 운영하고 있습니다.", "inquiry.retail_shop", "작은 소품샵을 운영"),
    ],
)
def test_who_the_buyer_is_shows_in_the_wording(body: str, code: str, words: str) -> None:
    _, codes = _read(body)
    assert code in codes
    assert words.lower() in codes[code].params["text"].lower()


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Inviateci campioni gratuiti di tutti gli articoli, la spedizione è a vostro carico.", "free_sample_demand"),
        ("Vi informiamo che abbiamo nuove coordinate bancarie, non pagate sul vecchio conto.", "bank_change"),
        ("Per il viaggio in Cina ci serve una lettera di invito per la richiesta del visto.", "visa_request"),
        ("Stuur ons eerst gratis monsters van alle artikelen.", "free_sample_demand"),
        ("Let op: wij hebben nieuwe bankgegevens, betaal niet meer op de oude rekening.", "bank_change"),
        ("Voor mijn visumaanvraag heb ik een uitnodigingsbrief van uw fabriek nodig.", "visa_request"),
        ("Prosimy o darmowe próbki wszystkich produktów.", "free_sample_demand"),
        ("Informujemy o zmianie numeru rachunku bankowego.", "bank_change"),
        ("Potrzebuję listu zapraszającego do wizy biznesowej.", "visa_request"),
        ("まず無料サンプルを全種類送ってください。", "free_sample_demand"),
        ("振込先口座が変更になりましたので、新しい口座にお支払いください。", "bank_change"),
        ("ビザ申請のため、招へい状を発行していただけますか。", "visa_request"),
        ("무료 샘플을 먼저 보내주세요.", "free_sample_demand"),
        ("저희 회사 계좌가 변경되었습니다. 새 계좌로 송금해 주세요.", "bank_change"),
        ("비자 신청을 위해 초청장을 보내주실 수 있나요?", "visa_request"),
        # Tactics a blind set showed unread (issue 15's fifth pass): lead lists, opt-out lines, web and stand
        # pitches, award and audit fees, a log-in "to see the files".
        ("Would you be interested in acquiring the attendees list of the Home & Gift Fair?", "bulk_advert"),
        ('If you do not wish to receive our emails, reply with "Leave Out".', "bulk_advert"),
        ("A quick question for the person who handles your website and online sales.", "service_pitch"),
        ("We build B2B websites and mobile apps for manufacturers and exporters.", "service_pitch"),
        ("Progettiamo e realizziamo stand chiavi in mano per espositori esteri.", "service_pitch"),
        ("Per confermare la nomina è richiesta la quota di partecipazione di € 1.890 tramite bonifico.", "advance_fee"),
        ("工場審査の審査費用はお取引先様のご負担となり、指定口座へお振込みください。", "advance_fee"),
        ("Система попросит подтвердить Вашу корпоративную почту (логин и пароль).", "credential_request"),
        ("Dosyalara erişmek için kurumsal e-posta adresinizle giriş yapmanız gerekmektedir.", "credential_request"),
        (
            "You may be asked to verify your email account before you can view the secure document.",
            "credential_request",
        ),
        # The same tactics, said the way other languages say them.
        ("Wenn Sie keine weiteren E-Mails wünschen, antworten Sie bitte mit Abmelden.", "bulk_advert"),
        ("Hätten Sie Interesse an der Besucherliste der Ambiente 2026?", "bulk_advert"),
        ("Nous vendons la liste des visiteurs du salon Maison&Objet.", "bulk_advert"),
        ("Si no desea recibir más correos, responda con BAJA.", "bulk_advert"),
        ("Log in met uw zakelijke e-mailadres om de bestanden te openen.", "credential_request"),
        ("Melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an, um die Dateien zu öffnen.", "credential_request"),
        ("Connectez-vous avec votre adresse e-mail professionnelle pour accéder aux fichiers.", "credential_request"),
        ("Inicie sesión con su correo corporativo para ver los archivos del pedido.", "credential_request"),
        ("Your company has been selected as a finalist for the Global Excellence Award 2026.", "award_lure"),
        ("La vostra azienda è stata selezionata tra le finaliste del Premio Eccellenza Casa.", "award_lure"),
        ("Votre entreprise a été sélectionnée pour le Trophée de l'Export 2026.", "award_lure"),
        ("Su empresa ha sido seleccionada para el Premio Internacional a la Calidad.", "award_lure"),
        ("お申込み確定後、当事務局指定の海外代理店口座へ全額お振込みください。", "advance_fee"),
        ("Would you like a free SEO audit report of your website?", "service_pitch"),
        ("Our stable income program pays returns of 4% per month, withdrawn any time.", "money_offer"),
        ("Размещение средств в USDT по программе «Стабильный доход» – 4 % в месяц, ежедневные выплаты.", "money_offer"),
        ("Please sign in with your Microsoft 365 account to upload the quotation.", "credential_request"),
        ("Le document est accessible avec les identifiants de votre messagerie professionnelle.", "credential_request"),
        ("Logowanie odbywa się za pomocą Państwa służbowej skrzynki e-mail (Microsoft 365).", "credential_request"),
        ("貴社の業務用メールアカウントで認証のうえ、見積書をアップロードしてください。", "credential_request"),
        ("شراء وثائق المناقصة بمبلغ 550 دولاراً أمريكياً", "advance_fee"),
        ("تُسدَّد عن طريق الوكيل المحلي المعتمد للموردين الأجانب", "advance_fee"),
        ("تكلفة الفحص والشهادة 1,350 دولار أمريكي يتحملها المورد وتدفع مباشرة للمختبر", "advance_fee"),
        ("Conditions du groupe : virement à 60 jours fin de mois à réception de la marchandise.", "credit_terms"),
        # Fourth pass: the Expo Guide trick, overpayment through a forwarder, agencies and lead lists.
        ("Please update your company's entry in the attached form and return it to us signed.", "listing_form"),
        ("By returning the form you order the listing in the Home Fair Directory for three years.", "listing_form"),
        ("Invoice 2026-118 for your listing in the EuroTrade B2B directory, EUR 1,089.", "listing_form"),
        ("Verificate i dati nel modulo allegato. Condizioni generali sul retro del modulo.", "listing_form"),
        ("Formun imzalanarak gönderilmesiyle Genel Hizmet Koşulları kabul edilmiş sayılır.", "listing_form"),
        ("Mit Ihrer Unterschrift werden die Allgemeinen Geschäftsbedingungen anerkannt.", "listing_form"),
        ("En signant le formulaire, les conditions générales sont acceptées.", "listing_form"),
        ("Hierbij de factuur voor de vermelding in de EuroHandelsgids, rubriek Woondecoratie.", "listing_form"),
        ("U ontvangt het totaalbedrag en betaalt daarna zijn deel direct aan hem.", "overpayment"),
        ("You will receive the full amount and then pay his share directly to him.", "overpayment"),
        ("보안 설정 때문에 열람하실 때 메일 계정으로 로그인 인증이 필요합니다.", "credential_request"),
        ("We take over the planning and construction of your exhibition stand for Ambiente.", "service_pitch"),
        ("Our clients get 12 qualified buyer meetings per quarter through LinkedIn outreach.", "service_pitch"),
        ("Representamos um grupo de investidores europeus e podemos oferecer capital para expansão.", "money_offer"),
        ("我们根据最新海关提单数据，整理了上个月的美国采购商名单。", "bulk_advert"),
    ],
)
def test_scam_wording_raises_its_signal_with_the_words(body: str, code: str) -> None:
    facts, codes = _read(body)
    assert f"inquiry.{code}" in codes
    assert codes[f"inquiry.{code}"].params["text"] in body
    assert f"inquiry.{code}" in facts["scam_patterns"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "body",
    [
        "Potete offrire campioni gratuiti? Altrimenti paghiamo noi il costo dei campioni.",
        "Zijn gratis monsters mogelijk? Anders betalen wij de verzendkosten.",
        "Czy możliwe są bezpłatne próbki? Jeśli nie, zapłacimy za próbki.",
        "無料サンプルは可能でしょうか？サンプル代は弊社で負担します。",
        "무료 샘플이 가능한가요? 샘플 비용은 저희가 부담하겠습니다.",
    ],
)
def test_asking_about_free_samples_and_offering_to_pay_is_not_a_demand(body: str) -> None:
    _, codes = _read(body)
    assert "inquiry.free_sample_demand" not in codes


@pytest.mark.parametrize(
    ("body", "urgent"),
    [
        ("Urgente! Inviateci subito il listino prezzi.", "Urgente"),
        ("Dringend: stuur ons vandaag nog uw prijslijst.", "Dringend"),
        ("Pilne! Proszę natychmiast przesłać cennik.", "Pilne"),
        ("至急、価格表を送ってください。", "至急"),
        ("긴급! 가격표를 즉시 보내주세요.", "긴급"),
    ],
)
def test_urgency_with_nothing_concrete_is_pressure(body: str, urgent: str) -> None:
    _, codes = _read(body)
    assert codes["inquiry.pressure"].params["text"] == urgent


@pytest.mark.parametrize(
    ("text", "name", "company"),
    [
        (
            "Cordiali saluti\nMarco Rinaldi\nResponsabile acquisti, Casa Bella S.r.l.",
            "Marco Rinaldi",
            "Casa Bella S.r.l.",
        ),
        ("Met vriendelijke groet,\nSanne de Vries\nInkoper, Woonhuis B.V.", "Sanne de Vries", "Woonhuis B.V."),
        (
            "Z poważaniem\nAnna Kowalska\nKierownik ds. zakupów, Dekor-Hurt Sp. z o.o.",
            "Anna Kowalska",
            "Dekor-Hurt Sp. z o.o.",
        ),
        ("よろしくお願いいたします。\n山田太郎\n株式会社 さくらインテリア", "山田太郎", "株式会社 さくらインテリア"),
        ("감사합니다.\n김민수\n구매팀장, 한빛상사 주식회사", "김민수", "한빛상사 주식회사"),
    ],
)
def test_signature_after_the_usual_closing_gives_name_and_company(text: str, name: str, company: str) -> None:
    found = contact("Buongiorno / Goedemiddag / Dzień dobry / こんにちは / 안녕하세요.\n\n" + text)
    assert (found.display_name, found.company) == (name, company)


@pytest.mark.parametrize(
    "text",
    [
        "3개월 후에 다시 연락드리겠습니다.",
        "납품은 6개월 이내면 됩니다.",
        "交货期3个月以内。",
        "大约2个月后下单。",
        "3ヶ月以内に納品をお願いします。",
        "3か月後に発注予定です。",
        "저희는 전국 85개 매장을 운영합니다.",
        "전국에 120개의 매장이 있습니다.",
        "我们在全国有85家门店。",
        "我们有60个门店。",
        "全国に85店舗を展開しています。",
        "30개국에 수출하고 있습니다.",
    ],
)
def test_months_and_store_counts_are_not_quantities_of_goods(text: str) -> None:
    assert read.all_quantities(text) == []
    assert read.product_phrases(text) == []


def test_a_word_that_only_starts_like_a_store_or_city_is_still_counted() -> None:
    assert [q["text"] for q in read.quantities("도시락 용기 500개 도시락통 견적 부탁드립니다.")] == ["500개"]
    assert [q["text"] for q in read.quantities("매장용 진열대 20개 매장용으로 주문합니다.")] == ["20개"]


def test_a_chain_asking_vaguely_is_not_made_specific_by_its_store_count() -> None:
    body = "안녕하세요. 저희는 전국 85개 매장을 운영하는 생활용품 체인입니다. 귀사 제품 카탈로그를 보내주세요."
    facts, codes = _read(body)
    assert "inquiry.chain_scale" in codes
    assert facts["quantities"] == [] and facts["products"] == []
    assert "inquiry.some_detail" not in codes and "inquiry.small_quantity" not in codes


@pytest.mark.parametrize(
    ("text", "quantity", "value"),
    [
        ("花瓶を2,000個お願いします。", "2,000個", 2000),
        ("我们需要花瓶2000个。", "2000个", 2000),
        ("꽃병 2,000개를 주문하고 싶습니다.", "2,000개", 2000),
        ("꽃병2,000개 주문합니다.", "2,000개", 2000),
        ("写真立て300セットの見積もり", "300セット", 300),
    ],
)
def test_a_quantity_glued_to_the_word_before_it_is_found_whole(text: str, quantity: str, value: int) -> None:
    found = read.quantities(text)
    assert [(q["text"], q["value"]) for q in found] == [(quantity, value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [("Model A5 200 pcs", [200.0]), ("size4 pcs", []), ("ref-300 pcs", []), ("артикул2 шт", []), ("2,000個", [2000.0])],
)
def test_a_number_glued_to_a_latin_or_cyrillic_word_is_still_not_a_quantity(text: str, values: list[float]) -> None:
    assert [q["value"] for q in read.quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("花瓶を2,000個のお見積りをお願いします。", "花瓶"),
        ("2,000個の花瓶をお願いします。", "花瓶"),
        ("キャンドル500個のお見積りをいただけますか。", "キャンドル"),
    ],
)
def test_japanese_particles_after_a_quantity_are_no_product(text: str, product: str) -> None:
    found = read.product_phrases(text, "ja")
    assert product in found
    assert not [p for p in found if p[0] in "のをはがにでともへやお"]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("향초 500개 견적 부탁드립니다.", "향초"),
        ("꽃병 2,000개를 주문하고 싶습니다.", "꽃병"),
        ("请报价500个花瓶。", "花瓶"),
        ("我们想采购1000个相框。", "相框"),
        ("2,000個の花瓶をお願いします。", "花瓶"),
    ],
)
def test_a_two_character_cjk_product_name_is_kept(text: str, product: str) -> None:
    assert product in read.product_phrases(text)


def test_a_one_character_or_two_letter_name_is_still_too_short() -> None:
    assert read.product_phrases("500 pcs of ab") == []
    assert "瓶" not in read.product_phrases("500个瓶。")


@pytest.mark.parametrize(
    "body",
    [
        "We buy for several importers in Germany; please send your price list for ceramic vases.",
        "We found your company on the exhibitors list of the Canton Fair and need 2,000 vases.",
        "Please send us a free, no-obligation quote for 1,200 candle holders.",
        "Our stores had 40,000 visitors last month; we want to add your scented candles.",
        "We design our own stands for the garden centres and need 500 planters for them.",
        "Our shop won the Best Gift Store award last year; we now want to stock your candles, 300 pcs.",
        "Wir haben Ihre Firma auf der Ausstellerliste der Ambiente gefunden und brauchen 2.000 Vasen.",
        "Our customers get 2% off per month of early payment; please quote FOB Ningbo.",
        "Le paiement sera effectué sur votre compte indiqué dans la facture proforma.",
        "Paiement par virement à réception de la facture proforma, 30 % d'acompte.",
        "Bitte senden Sie die Auftragsbestätigung unterschrieben an uns zurück.",
        "Merci de nous retourner le bon de commande signé avant vendredi.",
        "Graag de orderbevestiging ondertekend retour, dan betalen wij de aanbetaling.",
        "Vi preghiamo di rispedirci l'ordine firmato entro venerdì.",
        "Siparişi imzalayıp geri gönderiniz, avansı aynı gün ödeyeceğiz.",
        "Please complete our supplier information form and return it signed with your bank details.",
        "Which wax are you using now for the scented candles? We need soy wax only.",
    ],
)
def test_buyers_who_mention_lists_visitors_quotes_or_stands_are_not_spam(body: str) -> None:
    _, codes = _read(body, email="buyer@harborline-imports.com")
    assert not {
        "inquiry.bulk_advert",
        "inquiry.service_pitch",
        "inquiry.advance_fee",
        "inquiry.award_lure",
        "inquiry.money_offer",
    } & set(codes)
