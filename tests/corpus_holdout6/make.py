#!/usr/bin/env python3
"""Generator for the blind6 evaluation corpus (60 inbound inquiries).

Run:  /work/main/.venv/bin/python /work/blind6/make.py
Needs fpdf2, openpyxl, pillow, dkimpy, cryptography (all in /work/main/.venv) and segno for the
QR code (pure Python; `pip install --target /tmp/blind6_pylib segno`, found there or on sys.path).

Everything here is invented for testing: companies, people, phone numbers, URLs, IBANs.
The executable inside the ZIP attachment is an inert stub (a DOS header and padding, no PE image).
"""
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import zipfile
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from unittest import mock

sys.path.insert(0, "/tmp/blind6_pylib")

import dkim  # noqa: E402
from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261204
RNG = random.Random(SEED)
SELLER_DOMAIN = "everbright-decor.com"      # Tencent Exmail
SELLER_OLD = "nbeverbright.cn"              # older domain, Aliyun Qiye mail
SALES = "sales@" + SELLER_DOMAIN
SALES_OLD = "sales@" + SELLER_OLD
CN = dt.timezone(dt.timedelta(hours=8))

_KEY = rsa.generate_private_key(public_exponent=65537, key_size=1024)
PRIV = _KEY.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                          serialization.NoEncryption())

EMLS = []   # message specs
TXTS = []   # txt specs


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def rhex(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def ralnum(n, chars="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))


def rfcdate(d):
    return format_datetime(d)


def enc_addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        h = Header(s, "us-ascii", maxlinelen=78, header_name="Subject").encode()
    except UnicodeEncodeError:
        h = Header(s, charset, maxlinelen=76, header_name="Subject").encode()
    return h.replace("\n", "\r\n")


def html_from_text(text, font="Calibri, sans-serif", rtl=False, size="11pt"):
    d = ' dir="rtl"' if rtl else ""
    paras = []
    for block in text.split("\n\n"):
        lines = [htmlmod.escape(x) for x in block.split("\n")]
        paras.append("<p%s style=\"margin:0 0 10px 0\">%s</p>" % (d, "<br>\n".join(lines)))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body%s><div style=\"font-family:%s;font-size:%s\">\n%s\n</div></body></html>\n"
            % (d, font, size, "\n".join(paras)))


# ---------------------------------------------------------------- final hops at the seller's servers
def qq_final(relay, ip, rcpt, when, n):
    sid = rhex(8)
    rec = ("Received: from %s (unknown [%s])\r\n\tby newxmmxszc6-%d.qq.com (NewMX) with SMTP id %s\r\n"
           "\tfor <%s>; %s" % (relay, ip, n, sid, rcpt, rfcdate(when.astimezone(CN))))
    extra = [
        "X-QQ-mid: xmmxszc6-%dt%d%s" % (n, int(when.timestamp()), ralnum(9, "abcdefghijklmnopqrstuvwxyz0123456789")),
        "X-QQ-XMAILINFO: " + ralnum(60) + "\r\n\t " + ralnum(56) + "==",
        "X-QQ-XMRINFO: " + ralnum(30) + "=",
    ]
    return rec, extra, "newxmmxszc6-%d.qq.com" % n


def ali_final(relay, ip, env_from, rcpt, when):
    rec = ("Received: from %s(mailfrom:%s fp:SMTPD_---.%s_%d)\r\n          by smtp.aliyun-inc.com;\r\n"
           "          %s" % (relay, env_from, ralnum(7), int(when.timestamp()), rfcdate(when.astimezone(CN))))
    extra = [
        "X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R%d%s;CH=green;DM=||false|;DS=||;"
        "FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam%09d;MF=%s;NM=1;PH=DS;RN=1;SR=0;TI=SMTPD_---.%s_%d;"
        % (RNG.randint(100, 199), ralnum(2, "abcdefghijklmnopqrstuvwxyz"), RNG.randint(10**8, 10**9 - 1),
           env_from, ralnum(7), int(when.timestamp())),
        "X-Original-To: %s" % rcpt,
        "Delivered-To: %s" % rcpt,
    ]
    return rec, extra, "mx1.qiye.aliyun.com"


def build_eml(m):
    """m: dict describing one message. Returns bytes (CRLF)."""
    cs = m.get("charset", "utf-8")
    cte = m.get("cte")
    body = EmailMessage(policy=policy.SMTP)
    text, html = m.get("text"), m.get("html")
    kw = {"charset": cs}
    if cte:
        kw["cte"] = cte
    if text is not None and html is not None:
        body.set_content(text, **kw)
        body.add_alternative(html, subtype="html", **kw)
    elif html is not None:
        body.set_content(html, subtype="html", **kw)
    else:
        body.set_content(text, **kw)
    for fn, ctype, data in m.get("attachments", []):
        mt, st = ctype.split("/", 1)
        body.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    raw = body.as_bytes(policy=policy.SMTP)
    mh, mb = raw.split(b"\r\n\r\n", 1)
    mh_lines = [ln for ln in re.split(rb"\r\n(?![ \t])", mh) if not ln.lower().startswith(b"mime-version")]

    hcs = m.get("header_charset", cs if cs not in ("gbk",) else "gb2312")
    if hcs in ("windows-1255", "windows-1256"):
        hcs = "utf-8"
    H = []
    H.append("From: " + enc_addr(m["from"][0], m["from"][1], hcs))
    if m.get("to_raw"):
        H.append("To: " + m["to_raw"])
    else:
        H.append("To: " + ", ".join(enc_addr(n, a, hcs) for n, a in m["to"]))
    if m.get("cc"):
        H.append("Cc: " + ", ".join(enc_addr(n, a, hcs) for n, a in m["cc"]))
    H.append("Subject: " + enc_subject(m["subject"], hcs))
    H.append("Date: " + rfcdate(m["date"]))
    H.append("Message-ID: " + m["msgid"])
    for k in ("in_reply_to", "references"):
        if m.get(k):
            H.append({"in_reply_to": "In-Reply-To: ", "references": "References: "}[k] + m[k])
    if m.get("reply_to"):
        H.append("Reply-To: " + enc_addr(m["reply_to"][0], m["reply_to"][1], hcs))
    for k, v in m.get("extra", []):
        H.append("%s: %s" % (k, v))
    H.append("MIME-Version: 1.0")
    msg = ("\r\n".join(H)).encode("ascii") + b"\r\n" + b"\r\n".join(mh_lines) + b"\r\n\r\n" + mb

    if m.get("dkim"):
        d, sel = m["dkim"]
        with mock.patch("time.time", return_value=m["date"].timestamp() + 2):
            sig = dkim.sign(msg, sel.encode(), d.encode(), PRIV, canonicalize=(b"relaxed", b"relaxed"),
                            include_headers=[b"from", b"to", b"cc", b"subject", b"date", b"message-id",
                                             b"reply-to", b"mime-version", b"content-type"])
        msg = sig + msg
    if m.get("mangle_body"):          # something on the path changed the body after signing
        msg = m["mangle_body"](msg)

    # trace headers
    when = m["date"]
    traces = []
    for text_hop, delay, hop_tz in m.get("hops", []):
        when = when + dt.timedelta(seconds=delay)
        traces.append("Received: " + text_hop + ";\r\n\t" + rfcdate(when.astimezone(hop_tz)))
    when = when + dt.timedelta(seconds=m.get("final_delay", 3))
    relay, ip = m["relay"]
    rcpt = m.get("rcpt", SALES)
    if m.get("server", "qq") == "qq":
        rec, extra, authserv = qq_final(relay, ip, rcpt, when, m.get("qqn", RNG.randint(1, 9)))
    else:
        rec, extra, authserv = ali_final(relay, ip, m["env_from"], rcpt, when)
    top = ["Return-Path: <%s>" % m["env_from"]]
    if m.get("server", "qq") == "aliyun":
        top += extra[1:]
        top.append(rec)
        top.append(extra[0])
    else:
        top.append(rec)
        top += extra
    top.append("Authentication-Results: %s;\r\n\t%s" % (authserv, m["auth"].replace("; ", ";\r\n\t")))
    if m.get("spam_flag"):
        top.append(m["spam_flag"])
    top += list(reversed(traces))
    top += m.get("sender_trace", [])
    pre = ("\r\n".join(top) + "\r\n").encode("utf-8")
    return pre + msg


def auth(spf, dkim_res, dmarc, mailfrom, hfrom, dkim_d=None, ip=None, extra=""):
    parts = []
    s = "spf=%s" % spf
    if ip and spf in ("pass", "softfail", "fail", "neutral"):
        dom = mailfrom.split("@")[-1]
        verb = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate",
                "neutral": "is neither permitted nor denied by"}[spf]
        s += " (domain of %s %s %s as permitted sender)" % (mailfrom, verb, ip)
    s += " smtp.mailfrom=%s" % mailfrom
    parts.append(s)
    if dkim_res == "none":
        parts.append("dkim=none (message not signed)")
    elif dkim_res == "fail":
        parts.append("dkim=fail (body hash did not verify) header.d=%s header.s=%s" % dkim_d)
    else:
        parts.append("dkim=%s header.d=%s header.s=%s" % (dkim_res, dkim_d[0], dkim_d[1]))
    parts.append("dmarc=%s header.from=%s" % (dmarc, hfrom))
    r = "; ".join(parts)
    if extra:
        r += "; " + extra
    return r


def E(**kw):
    EMLS.append(kw)


def T(**kw):
    TXTS.append(kw)


# ---------------------------------------------------------------- attachments, built for real
def _pdf(creation):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(creation)
    pdf.set_auto_page_break(True, 15)
    return pdf


def xlsx_gruenwerk():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "Anfrage FS27"
    ws.append(["Grünwerk Gartencenter GmbH & Co. KG – Einkauf Deko & Saison"])
    ws.append(["Anfrage Nr. EK-FS27-0412 vom 01.12.2026 – Angebotsfrist 18.12.2026 – FOB Ningbo"])
    ws.append([])
    hdr = ["Pos.", "Artikel", "Material / Glasur", "Maße", "Farbe", "Menge (Stk)", "VE Umkarton",
           "Zielpreis USD FOB", "Bemerkung"]
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9EAD3")
    rows = []
    pos = 10
    for size, price in (("Ø 12 x H 11 cm", 1.05), ("Ø 16 x H 14 cm", 1.62), ("Ø 21 x H 19 cm", 2.48)):
        for col in ("Salbeigrün", "Sand", "Anthrazit"):
            rows.append([pos, "Übertopf rund", "Keramik, reaktive Glasur, innen glasiert, ohne Loch", size, col,
                         2400, 6, price, "EAN-Etikett auf Einzelkarton"])
            pos += 10
    for col in ("Sand", "Anthrazit"):
        rows.append([pos, "Vase Steinzeug", "Steinzeug matt", "Ø 14 x H 30 cm", col, 1200, 4, 3.10,
                     "Wasserdicht"])
        pos += 10
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["", "Summe", "", "", "", "=SUM(F5:F15)"])
    ws.append([])
    ws.append(["Verpackung: Einzelkarton braun mit EAN, Umkarton FSC, max. 15 kg. Palette: Euro 120x80 bevorzugt."])
    ws.append(["Audit: amfori BSCI (mind. C). Zahlung 30 % Anzahlung / 70 % gegen B/L-Kopie."])
    for col, w in zip("ABCDEFGHI", (6, 18, 44, 16, 12, 12, 12, 16, 28)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Stefanie Hofbauer"
    wb.properties.created = dt.datetime(2026, 11, 30, 15, 2, 11)
    wb.properties.modified = dt.datetime(2026, 12, 1, 8, 51, 40)
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def xlsx_domowo():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Zapytanie XMAS 2027"
    ws.append(["DOMOWO Sp. z o.o. – Dział Importu", "", "", "Zapytanie ofertowe XM27-03"])
    ws.append([])
    ws.append(["Lp.", "Kod DOMOWO", "Opis", "Rozmiar", "Kolor / wykończenie", "Ilość (szt.)",
               "Opakowanie", "Cena FOB USD", "Uwagi"])
    for c in ws[3]:
        c.font = Font(bold=True)
    items = [
        ("XM27-101", "Bombka szklana gładka", "8 cm", "szałwia mat"),
        ("XM27-102", "Bombka szklana gładka", "8 cm", "pudrowy róż mat"),
        ("XM27-103", "Bombka szklana brokatowa", "10 cm", "złoto / szampan"),
        ("XM27-104", "Bombka szklana malowana ręcznie – gil", "10 cm", "biały połysk"),
        ("XM27-105", "Bombka szklana malowana ręcznie – domek", "10 cm", "granat mat"),
        ("XM27-106", "Bombka szklana 'lustrzana' (mercury)", "8 cm", "srebro antyczne"),
        ("XM27-107", "Sopel szklany", "12 cm", "transparentny"),
        ("XM27-108", "Szpic na choinkę szklany", "28 cm", "złoto"),
        ("XM27-109", "Zawieszka ceramiczna gwiazda z jutą", "9 cm", "biała"),
        ("XM27-110", "Zawieszka ceramiczna domek, 4 wzory", "7 cm", "biały + złoto"),
        ("XM27-111", "Bombka szklana karbowana", "8 cm", "butelkowa zieleń"),
        ("XM27-112", "Bombka szklana z pióropuszem", "10 cm", "kremowa"),
    ]
    for i, (code, desc, size, col) in enumerate(items, 1):
        ws.append([i, code, desc, size, col, 2000, "6 szt./pudełko z okienkiem (bez PVC)", None, "EAN od DOMOWO"])
    ws.append([])
    ws.append(["", "", "RAZEM", "", "", "=SUM(F4:F15)"])
    ws.append([])
    ws.append(["Warunki: FOB Ningbo, port docelowy Gdańsk DCT, wysyłka 07/2027. Audyt amfori BSCI, dokumentacja GPSR."])
    for col, w in zip("ABCDEFGHI", (5, 12, 40, 10, 20, 12, 36, 14, 16)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "K.Wrobel"
    wb.properties.created = dt.datetime(2026, 11, 25, 9, 40, 0)
    wb.properties.modified = dt.datetime(2026, 11, 26, 13, 12, 5)
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def pdf_komorebi_spec():
    pdf = _pdf(dt.datetime(2026, 11, 18, 10, 30, tzinfo=tz(9)))
    pdf.add_font("wqy", "", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", collection_font_number=0)
    pdf.add_page()
    pdf.set_font("wqy", size=16)
    pdf.cell(0, 12, "商品仕様書（OEM）  ソイワックス アロマキャンドル", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=9)
    pdf.cell(0, 6, "株式会社こもれび生活雑貨 商品部  作成日：2026年11月18日  版：v2", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [
        ("ブランド", "KOMOREBI HOME"),
        ("品番", "KH-CDL-200-HN（ヒノキ） / KH-CDL-200-YZ（ゆず）"),
        ("ワックス", "ソイワックス100%（パラフィン不可）"),
        ("容量", "200g ± 5g   燃焼時間 約40時間"),
        ("容器", "透明ガラス Φ80 × H90mm、木製蓋（アカシア）、シリコンパッキン付"),
        ("芯", "コットン芯 2本（鉛・亜鉛不使用）"),
        ("香料", "賦香率 8%  IFRA適合品  SDS提出必須"),
        ("ラベル", "底面ラベル（日本語注意表示）当社支給データ"),
        ("化粧箱", "白カード紙 350g  4色印刷  当社デザイン支給  JANシール貼付"),
        ("外装", "24個入り、仕切り付き、カートン重量15kg以下"),
        ("数量", "各3,000個  合計6,000個"),
        ("納期", "2027年3月末 東京港着"),
        ("条件", "CIF東京 / FOB寧波 両方の見積り"),
        ("支払", "T/T 30%前払い、70% 船積書類コピー受領後"),
        ("検品", "出荷前検品を当社指定の検品会社で実施予定"),
    ]
    for k, v in rows:
        pdf.set_font("wqy", size=10)
        pdf.cell(35, 8, k, border=1)
        pdf.cell(0, 8, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("wqy", size=9)
    pdf.multi_cell(0, 5, "※ 容器・蓋のサンプル写真は別途お送りします。香りは国内調香会社の指定香料を"
                         "支給する場合があります。見積りには香料支給の場合と貴社手配の場合の両方を記載してください。")
    pdf.rect(140, 200, 50, 60)
    pdf.ellipse(150, 205, 30, 8)
    pdf.line(150, 209, 150, 255)
    pdf.line(180, 209, 180, 255)
    pdf.line(150, 255, 180, 255)
    pdf.set_xy(140, 262)
    pdf.cell(50, 5, "容器イメージ Φ80×H90", align="C")
    return bytes(pdf.output())


def pdf_lerkvist_spec():
    pdf = _pdf(dt.datetime(2026, 11, 27, 14, 5, tzinfo=tz(1)))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "LERKVIST STUDIO - Technical spec: vase series LERA", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Doc LS-LERA-01 rev B  |  27 Nov 2026  |  Johanna Lerkvist, Produktchef", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(3)
    cols = (30, 30, 30, 40, 50)
    pdf.set_font("Helvetica", "B", 9)
    for w, h in zip(cols, ("Item", "Height", "Opening", "Max diameter", "Qty per colour")):
        pdf.cell(w, 7, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for r in (("LERA S", "150 mm", "45 mm", "110 mm", "1 200 pcs"), ("LERA M", "220 mm", "55 mm", "150 mm",
              "1 200 pcs"), ("LERA L", "320 mm", "70 mm", "205 mm", "1 200 pcs")):
        for w, v in zip(cols, r):
            pdf.cell(w, 7, v, border=1)
        pdf.ln()
    pdf.ln(3)
    txt = ("Material: stoneware, fired min. 1 200 °C. Outside: matt glaze. Inside: gloss glaze, watertight "
           "(24 h water test, no seepage).\nColours: Pantone 7527 C (warm grey), Pantone 5477 C (dark green). "
           "Colour tolerance dE < 2,0 against approved master sample.\nBottom: Lerkvist logo blind-stamped, "
           "unglazed foot ring, felt pads NOT required.\nTolerances: height +/- 3 mm, diameter +/- 2 mm.\n"
           "Packaging: inner box with printed logo (1 colour), outer carton max 6 pcs, FSC-certified paper, "
           "drop test ISTA 1A.\nCompliance: amfori BSCI audit valid; no lead/cadmium in glaze (decorative use, "
           "test report welcome).\nOrder: 7 200 pcs total. FOB Ningbo (and CIF Gothenburg for reference). "
           "First delivery week 14/2027.")
    pdf.multi_cell(0, 5, txt)
    pdf.ln(4)
    base_y = 250
    x = 18
    for name, hmm, wmm, omm in (("S", 150, 110, 45), ("M", 220, 150, 55), ("L", 320, 205, 70)):
        hh, ww, oo = hmm / 3.6, wmm / 3.6, omm / 3.6
        cx = x + ww / 2
        top = base_y - hh
        pdf.line(cx - oo / 2, top, cx - oo / 2, top + 6)
        pdf.line(cx + oo / 2, top, cx + oo / 2, top + 6)
        pdf.line(cx - oo / 2, top + 6, x, top + hh * 0.45)
        pdf.line(cx + oo / 2, top + 6, x + ww, top + hh * 0.45)
        pdf.line(x, top + hh * 0.45, x + ww * 0.12, base_y)
        pdf.line(x + ww, top + hh * 0.45, x + ww * 0.88, base_y)
        pdf.line(x + ww * 0.12, base_y, x + ww * 0.88, base_y)
        pdf.line(cx - oo / 2, top, cx + oo / 2, top)
        pdf.line(x + ww + 4, top, x + ww + 4, base_y)
        pdf.set_xy(x + ww + 5, top + hh / 2 - 2)
        pdf.cell(12, 4, "%d" % hmm)
        pdf.set_xy(x, base_y + 2)
        pdf.cell(ww, 4, "LERA %s" % name, align="C")
        x += ww + 16
    return bytes(pdf.output())


def pdf_reem_boq():
    pdf = _pdf(dt.datetime(2026, 11, 29, 11, 0, tzinfo=tz(3)))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 9, "REEM HOSPITALITY GROUP - Procurement & FF&E", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "BOQ - Decorative accessories (OS&E) - Projects RH-RUH-07 / RH-JED-03 / RH-DMM-02 - Rev 2",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    cols = (14, 62, 40, 22, 22, 30)
    pdf.set_font("Helvetica", "B", 9)
    for w, h in zip(cols, ("Item", "Description", "Finish", "Qty", "Unit", "Location")):
        pdf.cell(w, 7, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for r in (("DA-01", "Ceramic vase tall, H400 x D180 mm", "Matt sand RAL 1019", "700", "pcs", "Lobby/corr."),
              ("DA-02", "Ceramic bud vase, H180 x D90 mm", "Ivory white, satin", "1300", "pcs", "Guest rooms"),
              ("DA-03", "Wood photo frame 30x40 cm, glass, hanger", "Walnut veneer", "1920", "pcs", "Guest rooms"),
              ("DA-04", "Photo frame 50x70 cm, passe-partout", "Brushed brass", "540", "pcs", "Corridors")):
        for w, v in zip(cols, r):
            pdf.cell(w, 7, v, border=1)
        pdf.ln()
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Delivery: CIF Jeddah Islamic Port (also quote FOB Ningbo). Site arrival before 15 March 2027.\n"
                         "Payment: irrevocable L/C at sight.\nPackaging: individual carton, corner protection, "
                         "label with BOQ item code and project code.\nCompliance: SABER shipment certificate where "
                         "applicable. Samples: 1 pc per item to Riyadh office.\nContact: Eng. Faisal Al-Otaibi, "
                         "Procurement & FF&E Manager.")
    return bytes(pdf.output())


def pdf_nokhba_contract():
    pdf = _pdf(dt.datetime(2026, 12, 2, 9, 0, tzinfo=tz(4)))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 9, "SUPPLY AGREEMENT (DRAFT) No. NIT/SUP/2027-0042", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5,
        "Between: AL NOKHBA INTERNATIONAL GENERAL TRADING EST., Abu Dhabi, U.A.E. (the Buyer)\n"
        "And: NINGBO EVERBRIGHT HOME DECOR CO., LTD., Ningbo, P.R. China (the Supplier)\n\n"
        "1. Scope. The Supplier shall supply ceramic vases, scented candles, photo frames and artificial "
        "flowers to the Buyer's projects in the U.A.E. and Sultanate of Oman for a period of three (3) years "
        "(2027-2029). Estimated total contract value: USD 4,200,000 (four million two hundred thousand US dollars).\n\n"
        "2. Payment. The Buyer shall pay an advance of forty per cent (40%) of each annual order within "
        "seven (7) days of registration of this Agreement. The balance is payable against shipping documents.\n\n"
        "3. Registration. This Agreement shall be registered and attested with the competent Chamber of "
        "Commerce and the Ministry of Economy before any payment is released. Registration and attestation "
        "fees of AED 4,750 (four thousand seven hundred fifty dirhams) are borne by the Supplier and paid "
        "through the Buyer's accredited legal consultant, Advocate Khalid Al Mansouri, whose invoice forms "
        "part of this Agreement.\n\n"
        "4. Validity. The Supplier shall sign and return this Agreement within five (5) working days; "
        "otherwise the Buyer may award the contract to the next shortlisted supplier.\n\n"
        "5. Governing law. Laws of the Emirate of Abu Dhabi.\n\n\n"
        "For the Buyer: ______________________  Salem Al Ketbi, Procurement Manager\n\n"
        "For the Supplier: ____________________  Name / Title / Company chop")
    return bytes(pdf.output())


def pdf_login_only(url):
    pdf = _pdf(dt.datetime(2026, 12, 3, 8, 12, tzinfo=tz(1)))
    pdf.add_page()
    pdf.set_fill_color(230, 234, 240)
    pdf.rect(0, 0, 210, 297, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(45, 95, 120, 80, style="F")
    pdf.set_xy(45, 108)
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_text_color(40, 40, 40)
    pdf.cell(120, 8, "Documento protetto", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(45)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(120, 5, "Accedi con le credenziali della tua e-mail\nper visualizzare l'ordine.", align="C")
    pdf.set_fill_color(0, 102, 204)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(75, 145)
    pdf.cell(60, 12, "ACCEDI / VIEW", align="C", fill=True, link=url)
    pdf.link(45, 95, 120, 80, url)
    return bytes(pdf.output())


def pdf_qr(url):
    import segno
    qr = segno.make(url, error="m")
    png = io.BytesIO()
    qr.save(png, kind="png", scale=8, border=2)
    png.seek(0)
    pdf = _pdf(dt.datetime(2026, 11, 30, 9, 44, tzinfo=tz(9)))
    pdf.add_font("wqy", "", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", collection_font_number=0)
    pdf.add_page()
    pdf.set_font("wqy", size=15)
    pdf.cell(0, 12, "注 文 書（PO-TK2612-0418）", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=10)
    pdf.multi_cell(0, 6, "セキュリティ保護のため、注文内容はオンラインでのみ閲覧できます。\n"
                         "スマートフォンのカメラで下のQRコードを読み取り、貴社のメールアドレスとパスワードで"
                         "ログインしてください。\n有効期限：発行から24時間", align="C")
    pdf.image(png, x=65, y=70, w=80)
    pdf.set_xy(20, 160)
    pdf.set_font("wqy", size=8)
    pdf.multi_cell(0, 5, "株式会社匠トレーディング 購買部  Document Security by SecureDoc", align="C")
    return bytes(pdf.output())


def html_password_page():
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>腾讯企业邮箱 - 文档查看</title>
<style>
body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#eef2f7}
.bg{position:fixed;inset:0;filter:blur(6px);opacity:.55;padding:40px}
.bg table{width:100%;border-collapse:collapse;font-size:13px}.bg td{border:1px solid #bbb;padding:8px}
.box{position:relative;width:360px;margin:110px auto;background:#fff;border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.18);padding:30px}
.logo{font-size:20px;color:#1f6fd1;font-weight:bold;margin-bottom:6px}.tip{font-size:13px;color:#666;margin-bottom:18px}
input{width:100%;box-sizing:border-box;height:38px;margin:6px 0 12px;padding:0 10px;border:1px solid #ccd;border-radius:3px}
button{width:100%;height:40px;background:#1f6fd1;color:#fff;border:0;border-radius:3px;font-size:15px}
.f{font-size:12px;color:#999;margin-top:14px;text-align:center}
</style></head><body>
<div class="bg"><table><tr><td>Item</td><td>Description</td><td>Qty</td><td>Unit price</td></tr>
<tr><td>01</td><td>Vaso ceramica 25cm</td><td>3000</td><td>---</td></tr><tr><td>02</td><td>Vela perfumada 200g</td><td>5000</td><td>---</td></tr>
<tr><td>03</td><td>Moldura 20x25</td><td>2400</td><td>---</td></tr><tr><td>04</td><td>Flores artificiais</td><td>6000</td><td>---</td></tr></table></div>
<div class="box">
<div class="logo">腾讯企业邮 | Exmail</div>
<div class="tip">RFQ_PT-20261201.pdf 为加密文档，请验证邮箱密码后查看。<br>This document is protected. Sign in to view.</div>
<form method="post" action="https://exmail-docview.sbs/auth/verify.php">
<input type="hidden" name="doc" value="RFQ_PT-20261201">
<label>邮箱 / Email</label><input type="email" name="u" value="sales@everbright-decor.com" readonly>
<label>密码 / Password</label><input type="password" name="p" placeholder="请输入邮箱密码" required>
<button type="submit">查看文档 / View document</button>
</form>
<div class="f">© 1998 - 2026 Tencent Inc. All Rights Reserved</div>
</div></body></html>
"""


def zip_with_program():
    r = random.Random(SEED + 11)
    stub = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 7 + b"\x40" +
                     b"\x00" * 35 + (0x80).to_bytes(4, "little"))
    stub += (b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode."
             b"\r\r\n$" + b"\x00" * 7)
    stub += b"\x00" * (0x200 - len(stub))
    stub += b"[inert test stub for a classifier corpus: no PE header, no code beyond the DOS stub]" + b"\x00" * 40
    stub += bytes(r.getrandbits(8) for _ in range(96000))
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("Bestellung_4500127713.pdf.exe", date_time=(2026, 12, 2, 7, 58, 12))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, bytes(stub))
    return b.getvalue()


def jpeg_vase():
    from PIL import Image, ImageDraw
    r = random.Random(SEED + 3)
    im = Image.new("RGB", (600, 800), (226, 214, 196))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 620, 600, 800], fill=(150, 112, 80))
    shape = [(250, 130), (350, 130), (345, 200), (420, 330), (430, 470), (400, 600), (200, 600),
             (170, 470), (180, 330), (255, 200)]
    d.polygon(shape, fill=(241, 238, 230), outline=(200, 195, 185))
    mask = Image.new("L", im.size, 0)
    ImageDraw.Draw(mask).polygon(shape, fill=255)
    dots = im.copy()
    dd = ImageDraw.Draw(dots)
    for _ in range(420):
        x, y = r.randint(175, 425), r.randint(135, 598)
        dd.ellipse([x, y, x + r.randint(2, 4), y + r.randint(2, 4)], fill=(110, 80, 55))
    im.paste(dots, (0, 0), mask)
    d = ImageDraw.Draw(im)
    d.line([(300, 130), (290, 40), (270, 10)], fill=(120, 130, 90), width=4)
    d.line([(305, 130), (330, 30), (360, 0)], fill=(120, 130, 90), width=4)
    for cx, cy in ((270, 25), (335, 45), (355, 8), (292, 60)):
        d.ellipse([cx - 14, cy - 8, cx + 14, cy + 8], fill=(150, 160, 110))
    d.rectangle([0, 0, 600, 44], fill=(255, 255, 255))
    d.text((14, 14), "pinterest.com  -  Speckled stoneware vase, tall", fill=(60, 60, 60))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=72)
    return b.getvalue()


# ---------------------------------------------------------------- header style helpers
def B(s):
    return s.strip("\n") + "\n"


def mid_outlook(srv, region="eurprd03"):
    return "<%s%s@%s.%s.prod.outlook.com>" % (srv, rhex(27), srv, region)


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % ralnum(46, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+")


def mid_uuid(domain):
    h = rhex(32)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)


def gmail_hops(fe, rcpt):
    """Hops inside Google for mail sent from Gmail or Workspace; returns (hops, relay, ip)."""
    ipv6 = "2002:a05:%s:%s:b0:%s:%s:%s" % (rhex(4).lower(), rhex(4).lower(), rhex(3).lower(),
                                            rhex(4).lower(), rhex(4).lower())
    hops = [("by %s with SMTP id %s" % (ipv6, ralnum(8, "abcdefghijklmnopqrstuvwxyz0123456789") + "csp" +
             str(RNG.randint(1000000, 9999999))), 0, tz(-8)),
            ("by %s with SMTP id %s\r\n        for <%s>" % (fe[0], "5b1f17b1804b1-" + ralnum(16, "0123456789abcdef") +
             "so" + str(RNG.randint(10000000, 99999999)) + "e9.1", rcpt), 1, tz(-8))]
    return hops, fe[0], fe[1]


def m365_hops(srv_a, srv_b, v6a, v6b, region="eurprd03"):
    a = "%s.%s.prod.outlook.com" % (srv_a, region)
    b = "%s.%s.prod.outlook.com" % (srv_b, region)
    return [("from %s\r\n ([fe80::%s]) by %s\r\n ([fe80::%s%%4]) with mapi id 15.20.9366.012" %
             (a, rhex(4).lower() + ":" + rhex(4).lower() + ":" + rhex(4).lower() + ":" + rhex(4).lower(), a,
              rhex(4).lower() + ":" + rhex(4).lower() + ":" + rhex(4).lower() + ":" + rhex(4).lower()), 0,
             tz(0)),
            ("from %s (%s)\r\n by %s (%s) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n"
             " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9366.11" % (a, v6a, b, v6b), 1, tz(0))]


TENCENT_RCPT_NOTE = None


# ================================================================ the .eml messages
def define_emls():
    # ---------------------------------------------------------------- A: German garden-centre chain
    d = dt.datetime(2026, 12, 1, 9, 14, 22, tzinfo=tz(1))
    t = B("""
Sehr geehrte Damen und Herren,

wir sind eine Gartencenter-Kette mit 23 Standorten in Bayern und Baden-Württemberg und bereiten gerade das Frühjahrssortiment 2027 vor. Ihre Keramik-Übertöpfe mit reaktiver Glasur sind uns auf der Canton Fair (Phase 2) aufgefallen – Ihr Kollege Herr Wang hat uns seine Visitenkarte gegeben.

Wir bitten um Ihr Angebot für folgende Artikel (Details und Zielpreise in der angehängten Excel-Datei):

1. Übertopf rund, Keramik, reaktive Glasur, innen glasiert und wasserdicht, ohne Abzugsloch
   Größen: Ø 12 cm / Ø 16 cm / Ø 21 cm
   Farben: Salbeigrün, Sand, Anthrazit
   Menge: je 2.400 Stück pro Größe und Farbe (gesamt 21.600 Stück)

2. Vase Steinzeug, Höhe 30 cm, matt, 2 Farben (Sand, Anthrazit) – 1.200 Stück je Farbe

Verpackung: Einzelkarton mit unserem EAN-Etikett (Vorlage folgt), Umkarton à 6 Stück, max. 15 kg, Karton FSC-zertifiziert.
Lieferbedingung: FOB Ningbo, Zielhafen Hamburg
Verladung: spätestens KW 6/2027
Zahlung: 30 % Anzahlung, 70 % gegen Kopie B/L
Voraussetzung: gültiges amfori-BSCI-Audit (mind. Rating C) – bitte den Auditbericht mitschicken.

Bitte senden Sie uns Ihr Angebot bis 18.12.2026 sowie je 1 Muster pro Größe in Salbeigrün. Die Musterkosten übernehmen wir selbstverständlich; Versand bitte per DHL auf unser Konto (Kontonummer auf Anfrage).

Mit freundlichen Grüßen

Stefanie Hofbauer
Einkauf Deko & Saison
Grünwerk Gartencenter GmbH & Co. KG
Industriestraße 14 · 85716 Unterschleißheim
Tel. +49 89 3219 4470 · Fax +49 89 3219 4479
www.gruenwerk-gartencenter.de

Amtsgericht München HRA 98412 · pers. haft. Gesellschafterin: Grünwerk Verwaltungs GmbH
Geschäftsführer: Thomas Brandl, Dr. Ute Wimmer
""")
    dom = "gruenwerk-gartencenter.de"
    E(key="A1", lang="de", cat="A", btype="chain", genuine=True, kind="specific",
      why="23-store garden-centre chain in DE; ceramic planters and vases, 21,600+2,400 pcs, sizes, colours, "
          "packaging, FOB Ningbo, BSCI, 30/70, deadline; corporate M365 mail with aligned SPF/DKIM/DMARC.",
      **{"from": ("Hofbauer, Stefanie", "s.hofbauer@" + dom)}, to=[("", SALES)],
      subject="Anfrage Keramik-Übertöpfe Frühjahr 2027 – 3 Größen / FOB Ningbo", date=d,
      msgid=mid_outlook("AS8PR03MB6998"), text=t, html=html_from_text(t),
      attachments=[("Gruenwerk_Anfrage_Uebertoepfe_FS27.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_gruenwerk())],
      extra=[("Thread-Topic", "=?utf-8?Q?Anfrage_Keramik-=C3=9Cbert=C3=B6pfe_Fr=C3=BChjahr_2027?="),
             ("Thread-Index", "AdtjG" + ralnum(30) + "=="), ("Accept-Language", "de-DE, en-US"),
             ("Content-Language", "de-DE"), ("X-MS-Has-Attach", "yes"),
             ("X-Originating-IP", "[93.104.%d.%d]" % (RNG.randint(1, 254), RNG.randint(1, 254)))],
      dkim=(dom, "selector1"), env_from="s.hofbauer@" + dom,
      hops=m365_hops("AS8PR03MB6998", "DU0PR03MB8367", "2603:10a6:20b:2a2::9", "2603:10a6:10:3b1::14"),
      relay=("mail-db8eur05on2127.outbound.protection.outlook.com", "40.107.20.127"),
      auth=auth("pass", "pass", "pass (policy=quarantine)", "s.hofbauer@" + dom, dom, (dom, "selector1"),
                "40.107.20.127"), server="qq", qqn=2)

    # ---------------------------------------------------------------- A: Japanese brand importer, ISO-2022-JP
    d = dt.datetime(2026, 11, 19, 16, 42, 5, tzinfo=tz(9))
    t = B("""
Everbright Home Decor 御中
ご担当者様

はじめてご連絡いたします。
株式会社こもれび生活雑貨 商品部の田村と申します。

弊社は自社ブランド「KOMOREBI HOME」で生活雑貨を企画し、全国の雑貨店・セレクトショップ約300店に卸しております。
貴社のウェブサイトを拝見し、アロマキャンドルのOEM生産についてお見積りをお願いしたく、ご連絡いたしました。

■品目：ソイワックス アロマキャンドル（ガラス容器・木製蓋）
■容量：200g（燃焼時間 約40時間）
■香り：2種（ヒノキ、ゆず）
　※国内の調香会社の香料を支給する場合もあり、ご相談させてください
■数量：各3,000個（合計6,000個）
■パッケージ：オリジナル印刷化粧箱（弊社デザイン支給）、JANコードシール貼付
■芯：コットン芯（鉛不使用）
■納期：2027年3月末 東京港着希望
■条件：CIF東京、FOB寧波の両方でお見積りください
■お支払い：T/T 30%前払い、残金70%は船積書類コピー受領後

詳細は添付の仕様書をご確認ください。
単価、最小ロット、サンプル代金とサンプル納期をご教示いただけますと幸いです。
なお、日本向けには香料のSDS（安全データシート）のご提出をお願いすることになります。

お忙しいところ恐れ入りますが、何卒よろしくお願い申し上げます。

--------------------------------------------------
株式会社こもれび生活雑貨
商品部　田村 真理子（たむら まりこ）
〒530-0041 大阪府大阪市北区天神橋2-5-28 天神橋ビル6F
TEL 06-6352-4180　FAX 06-6352-4181
https://www.komorebi-zakka.co.jp
--------------------------------------------------
""")
    dom = "komorebi-zakka.co.jp"
    E(key="A2", lang="ja", cat="A", btype="oem_importer", genuine=True, kind="specific",
      why="Japanese brand owner (own label sold to ~300 shops) asking OEM soy candles 2x3,000 pcs with spec "
          "sheet, packaging, CIF Tokyo/FOB Ningbo, 30/70; target market JP; own server, DKIM pass.",
      **{"from": ("田村 真理子", "m.tamura@" + dom)}, to=[("", SALES_OLD)],
      subject="【見積依頼】ソイワックス アロマキャンドル OEM（自社ブランド）", date=d,
      msgid="<20261119164205.%s.m.tamura@%s>" % (rhex(8), dom), text=t, charset="iso-2022-jp", cte="7bit",
      header_charset="iso-2022-jp",
      attachments=[("KOMOREBI_candle_spec_v2.pdf", "application/pdf", pdf_komorebi_spec())],
      extra=[("X-Mailer", "Becky! ver. 2.81.07 [ja]")],
      dkim=(dom, "default"), env_from="m.tamura@" + dom,
      hops=[("from [192.168.11.24] (p2761042-ipxg00s01osakachuo.osaka.ocn.ne.jp [118.8.%d.%d])\r\n\t"
             "by sv12081.xserver.jp (Postfix) with ESMTPSA id %s\r\n\tfor <%s>" %
             (RNG.randint(1, 254), RNG.randint(1, 254), rhex(10), SALES_OLD), 2, tz(9))],
      relay=("sv12081.xserver.jp", "183.90.238.41"), server="aliyun",
      auth=auth("pass", "pass", "pass", "m.tamura@" + dom, dom, (dom, "default"), "183.90.238.41"))

    # ---------------------------------------------------------------- A: US wholesaler, reply with quote
    d = dt.datetime(2026, 12, 2, 10, 37, 51, tzinfo=tz(-5))
    orig = "<tencent_6F1A9C3B27D84E0F5A1B2C3D@qq.com>"
    t = B("""
Hi Amy,

Thanks for the quick turnaround on EB-Q26-1187, and for the ornament samples - they arrived Monday in good shape (one of the 10cm mercury glass balls had a cracked cap, no big deal).

We reviewed with our buyer group and want to move forward on 14 of the 20 SKUs. Revised quantities:

SKU        Description                          Qty (pcs)
EB-X0712   8cm glass ball, matte sage           1,800
EB-X0713   8cm glass ball, matte blush          1,800
EB-X0715   10cm mercury glass ball, gold        1,200
EB-X0716   10cm mercury glass ball, silver      1,200
EB-X0721   glass finial 15cm, champagne           960
EB-X0730   ceramic house ornament, 4 asst       2,400
EB-X0731   ceramic star ornament w/ jute loop   2,400
EB-X0744   felt mushroom, 2 asst                1,440
EB-X0750   glass pickle ornament                1,200
EB-X0755   shatterproof 6cm ball, 12/box        1,000 boxes
EB-X0760   wood bead garland 180cm              1,200
EB-X0762   glass icicle 12cm, clear             1,440
EB-X0770   ceramic bell, white                    960
EB-X0781   tree topper star 20cm, gold            600

By our math that's roughly one 40'HQ - please double check the CBM against your packing.

Terms we'd like:
- FOB Ningbo, ship no later than May 25, 2027 (we need it in Columbus for our July market deliveries)
- L/C at sight (Huntington National Bank), or 30% T/T deposit / 70% against B/L copy if you prefer, your call
- Inner box 6 pcs, master carton max 24 inners, UPC sticker on the inner box (we'll send the file)
- Prop 65 compliance statement for the painted items (mostly the ceramic houses)

Questions:
1. Can you hold the quoted prices through Jan 31?
2. For EB-X0721, can you do a shatterproof version? Our hardware store accounts get a lot of breakage.
3. Lead time if we confirm by Jan 10?

If all good please send the PI and we'll get the L/C application started.

Best,
Mark

--
Mark Delaney
Purchasing Manager
Northgate Seasonal Supply, Inc.
2280 Westbelt Dr, Columbus, OH 43228
(614) 876-2210 office | (614) 403-7719 cell
northgateseasonal.com

On Mon, Nov 23, 2026 at 8:12 AM Amy Chen <amy@everbright-decor.com> wrote:
> Dear Mark,
>
> Thank you for visiting our booth at the Canton Fair. Please find attached our
> quotation EB-Q26-1187 for the 20 Christmas ornament items you selected.
> Prices are FOB Ningbo in USD, valid 30 days. MOQ is 600 pcs per design,
> colours can be mixed within one design.
>
> Samples of 8 items were sent by DHL today, AWB 4471 208 553.
>
> Best regards,
> Amy Chen
> Export Sales | Ningbo Everbright Home Decor Co., Ltd.
""")
    dom = "northgateseasonal.com"
    hops, relay, ip = gmail_hops(("mail-yw1-f171.google.com", "209.85.128.171"), "amy@" + SELLER_DOMAIN)
    E(key="A4", lang="en", cat="A", btype="wholesaler", genuine=True, kind="specific",
      why="US seasonal-decor wholesaler replying to our quote with 14 SKUs and quantities (~1x40HQ), FOB Ningbo, "
          "L/C at sight or 30/70, ship date, packing and Prop 65; Workspace mail, DKIM pass; quoted thread.",
      **{"from": ("Mark Delaney", "mark@" + dom)}, to=[("Amy Chen", "amy@" + SELLER_DOMAIN)],
      cc=[("", SALES), ("Janet Ruiz", "janet@" + dom)],
      subject="Re: Quotation EB-Q26-1187 glass ornaments - revised qty & L/C", date=d,
      msgid=mid_gmail(), in_reply_to=orig, references=orig, text=t,
      html=html_from_text(t.split("\nOn Mon, Nov 23")[0], font="Arial, sans-serif", size="small")
      .replace("</div></body>", "<div class=\"gmail_quote\"><blockquote style=\"margin:0 0 0 .8ex;border-left:1px "
               "#ccc solid;padding-left:1ex\">Dear Mark,<br><br>Thank you for visiting our booth at the Canton Fair. "
               "Please find attached our quotation EB-Q26-1187 ...</blockquote></div></div></body>"),
      rcpt="amy@" + SELLER_DOMAIN,
      extra=[("X-Google-Smtp-Source", "AGHT+I" + ralnum(60) + "=="),
             ("X-Gm-Message-State", "AOJu0Y" + ralnum(52))],
      dkim=(dom, "google"), env_from="mark@" + dom, hops=hops, relay=(relay, ip),
      auth=auth("pass", "pass", "pass (policy=none)", "mark@" + dom, dom, (dom, "google"), ip), server="qq", qqn=5)

    # ---------------------------------------------------------------- A: Saudi hotel group (end user)
    d = dt.datetime(2026, 11, 30, 11, 26, 40, tzinfo=tz(3))
    t = B("""
السادة / شركة نينغبو إيفربرايت للديكور المنزلي المحترمين،
السلام عليكم ورحمة الله وبركاته،

نحن إدارة المشتريات والتجهيز في مجموعة ريم للضيافة، ونقوم حالياً بتجهيز ثلاثة فنادق جديدة في الرياض وجدة والدمام (إجمالي 640 غرفة) ومن المقرر افتتاحها في الربع الثاني من عام 2027.

نرجو تزويدنا بعرض سعر للأصناف التالية حسب جدول الكميات المرفق (BOQ):
1. مزهرية سيراميك طويلة، ارتفاع 40 سم، لون رملي مطفي – الكمية: 700 قطعة (اللوبي والممرات والأجنحة)
2. مزهرية سيراميك صغيرة، ارتفاع 18 سم، أبيض عاجي – الكمية: 1,300 قطعة (للغرف)
3. إطار صور خشبي 30×40 سم مع زجاج وخطاف للتعليق – الكمية: 1,920 قطعة (3 لكل غرفة)
4. إطار صور 50×70 سم للممرات – الكمية: 540 قطعة

الشروط المطلوبة:
- السعر CIF ميناء جدة الإسلامي، مع ذكر سعر FOB نينغبو بشكل منفصل
- الدفع: اعتماد مستندي (L/C) غير قابل للإلغاء عند الاطلاع
- التغليف: كل قطعة في كرتون منفصل مع حماية للزوايا، وملصق برقم الصنف حسب الـ BOQ
- تسجيل الشحنة في منصة سابر (SABER) وشهادات المطابقة حيث يلزم
- وصول البضاعة إلى الموقع قبل 15 مارس 2027

يرجى إرسال العرض مع صور المنتجات وكتالوج المصنع قبل 20 ديسمبر 2026، مع إمكانية إرسال عينة واحدة من كل صنف إلى مكتبنا في الرياض.

مع خالص التحية،
م. فيصل العتيبي
مدير المشتريات والتجهيز
مجموعة ريم للضيافة
طريق الملك فهد، حي العليا، الرياض 12214، المملكة العربية السعودية
هاتف: +966 11 293 4410
www.reemhospitality.com.sa

------------------------------
Dear Sir/Madam, kindly find above our RFQ for decorative items (ceramic vases and photo frames) for three hotel projects. The English BOQ is attached. Thank you.
""")
    dom = "reemhospitality.com.sa"
    E(key="A5", lang="ar", cat="A", btype="end_user", genuine=True, kind="specific",
      why="Saudi hotel group buying vases and frames for its own 3 hotels (640 rooms): 4 items with sizes and "
          "quantities (700-1,920 each), CIF Jeddah, L/C at sight, SABER, BOQ attached; GCC is a target market.",
      **{"from": ("Faisal Al-Otaibi | فيصل العتيبي", "f.alotaibi@" + dom)}, to=[("", SALES)],
      subject="طلب عرض سعر – مزهريات سيراميك وإطارات صور لمشروع فندقي (3 فنادق)", date=d,
      msgid=mid_outlook("DB9PR02MB7355"), text=t, html=html_from_text(t, font="Arial, sans-serif", rtl=True),
      cte="base64",
      attachments=[("REEM_BOQ_Decor_Accessories_Rev2.pdf", "application/pdf", pdf_reem_boq())],
      extra=[("Thread-Topic", "=?utf-8?B?" + __import__("base64").b64encode("طلب عرض سعر".encode()).decode() + "?="),
             ("Thread-Index", "AdtiM" + ralnum(30) + "=="), ("Content-Language", "ar-SA"),
             ("X-MS-Has-Attach", "yes")],
      dkim=(dom, "selector2"), env_from="f.alotaibi@" + dom,
      hops=m365_hops("DB9PR02MB7355", "PAXPR02MB7180", "2603:10a6:10:1e4::12", "2603:10a6:102:28d::9"),
      relay=("mail-vi1eur05on2068.outbound.protection.outlook.com", "40.107.21.68"),
      auth=auth("pass", "pass", "pass (policy=reject)", "f.alotaibi@" + dom, dom, (dom, "selector2"),
                "40.107.21.68"), server="qq", qqn=7)

    # ---------------------------------------------------------------- A: Polish chain, own Postfix, no DKIM
    d = dt.datetime(2026, 11, 26, 13, 21, 9, tzinfo=tz(1))
    t = B("""
Szanowni Państwo,

jesteśmy siecią 48 sklepów z dekoracjami i wyposażeniem wnętrz (DOMOWO), działającą w całej Polsce. Przygotowujemy kolekcję bożonarodzeniową na sezon 2027 i prosimy o ofertę na bombki szklane i ozdoby świąteczne zgodnie z załączonym plikiem (12 wzorów, po 2 000 szt. każdego wzoru).

Najważniejsze wymagania:
- bombki szklane 8 cm i 10 cm, część malowana ręcznie, zawieszka metalowa
- opakowanie: pudełko kartonowe z okienkiem BEZ PVC, 6 szt. w pudełku, kod EAN na pudełku (dostarczymy), ostrzeżenia w języku polskim
- karton zbiorczy maks. 12 kg, oznaczenia zgodnie z naszym standardem logistycznym
- FOB Ningbo, port docelowy Gdańsk (DCT), wysyłka w lipcu 2027
- płatność: 30% zaliczki, 70% przed wysyłką po inspekcji (inspekcję zlecamy sami) albo akredytywa
- aktualny audyt amfori BSCI oraz dokumentacja zgodności z GPSR (rozporządzenie UE 2023/988) – prosimy o informację, czy mogą Państwo ją przygotować

Prosimy o ceny w USD, czas realizacji oraz koszt próbek (po 1 szt. z każdego wzoru). Termin składania ofert: 15.12.2026.

Z poważaniem
Katarzyna Wróbel
Specjalista ds. zakupów – Import
DOMOWO Sp. z o.o.
ul. Graniczna 8, 54-610 Wrocław
tel. +48 71 718 20 44
www.domowo-sklepy.pl
""")
    dom = "domowo-sklepy.pl"
    E(key="A7", lang="pl", cat="A", btype="chain", genuine=True, kind="specific",
      why="48-store Polish home-decor chain; Christmas baubles 12 designs x 2,000 with XLSX, packaging, FOB "
          "Ningbo to Gdansk, 30/70 or L/C, BSCI and GPSR; own Postfix server without DKIM (imperfect headers).",
      **{"from": ("Katarzyna Wróbel", "k.wrobel@" + dom)}, to=[("", SALES)],
      subject="Zapytanie ofertowe – bombki szklane i ozdoby świąteczne 2027 (DOMOWO)", date=d,
      msgid="<%s$%s$%s@domowo-sklepy.pl>" % ("00" + rhex(10).lower(), rhex(12).lower(), rhex(8).lower()), text=t,
      html=html_from_text(t), cte="quoted-printable",
      attachments=[("Zapytanie_XM27-03_DOMOWO.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_domowo())],
      extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtfQ" + ralnum(22) + "=="),
             ("Content-Language", "pl")],
      dkim=None, env_from="k.wrobel@" + dom,
      hops=[("from DESKTOP-KW07 (unknown [192.168.10.57])\r\n\tby mail.domowo-sklepy.pl (Postfix) with ESMTPSA id "
             "4dQ7L%s\r\n\tfor <%s>" % (ralnum(7), SALES), 1, tz(1))],
      relay=("mail.domowo-sklepy.pl", "83.18.145.66"),
      auth=auth("pass", "none", "none", "k.wrobel@" + dom, dom, None, "83.18.145.66"), server="qq", qqn=1)

    # ---------------------------------------------------------------- A: Swedish design brand, PDF spec
    d = dt.datetime(2026, 11, 27, 14, 48, 33, tzinfo=tz(1))
    t = B("""
Hej!

Jag heter Johanna Lerkvist och är produktchef på Lerkvist Studio, ett svenskt inredningsvarumärke. Vi säljer genom två egna butiker i Stockholm och ca 120 återförsäljare i Norden.

Vi söker en tillverkare till vår nya vasserie LERA i egen design. Ritningar och specifikation finns i bifogad PDF. Kortfattat:

• 3 storlekar: H 15 cm, H 22 cm, H 32 cm
• Stengods, matt glasyr utvändigt, blank glasyr invändigt (ska vara vattentät)
• 2 färger: Pantone 7527 C (varmgrå) och Pantone 5477 C (mörkgrön)
• 1 200 st per storlek och färg = 7 200 st totalt
• Vår logga blindpräglad i botten, ingen etikett på vasen
• Innerkartong med tryckt logga, ytterkartong max 6 st, FSC-märkt papper

Leveransvillkor FOB Ningbo (gärna även pris CIF Göteborg). Första leverans önskas vecka 14 2027.
Betalning: 30 % vid order, 70 % mot kopia på B/L.
Vi kräver giltig amfori BSCI-revision och vill gärna göra ett fabriksbesök i februari.

Kan ni skicka prover, 2 st per storlek i båda färgerna? Vi betalar provkostnad och frakt.

Vänliga hälsningar
Johanna Lerkvist
Produktchef | Lerkvist Studio AB
Hornsgatan 54, 118 21 Stockholm
+46 8 642 19 30
lerkviststudio.se
""")
    dom = "lerkviststudio.se"
    hops, relay, ip = gmail_hops(("mail-ej1-f52.google.com", "209.85.218.52"), SALES)
    E(key="A9", lang="sv", cat="A", btype="oem_importer", genuine=True, kind="specific",
      why="Swedish design brand ordering its own-design stoneware vases: 3 sizes x 2 Pantone colours x 1,200 = "
          "7,200 pcs, spec PDF, logo stamping, FSC cartons, FOB Ningbo, 30/70, BSCI, factory visit.",
      **{"from": ("Johanna Lerkvist", "johanna@" + dom)}, to=[("", SALES)],
      subject="Offertförfrågan: keramikvaser LERA (egen design) – 7 200 st, FOB Ningbo", date=d,
      msgid=mid_gmail(), text=t, html=html_from_text(t, font="arial, sans-serif", size="small"),
      attachments=[("LERA_spec_revB.pdf", "application/pdf", pdf_lerkvist_spec())],
      extra=[("X-Google-Smtp-Source", "AGHT+I" + ralnum(60) + "==")],
      dkim=(dom, "google"), env_from="johanna@" + dom, hops=hops, relay=(relay, ip),
      auth=auth("pass", "pass", "pass (policy=none)", "johanna@" + dom, dom, (dom, "google"), ip), server="qq", qqn=3)

    # ---------------------------------------------------------------- A: Italian wholesaler from Gmail (travelling)
    d = dt.datetime(2026, 11, 12, 22, 5, 14, tzinfo=tz(8))
    t = B("""
Buongiorno Sig.ra Amy,

sono Davide Rinaldi della Fratelli Rinaldi Ingrosso Casa (Padova), ci siamo conosciuti al vostro stand alla Canton Fair il 2 novembre. Le scrivo dalla mia mail personale perchè da qui la posta aziendale sul telefono non mi funziona - per l'offerta ufficiale mettete pure in copia acquisti@rinaldicasa.it.

Come le avevo accennato siamo un ingrosso di articoli per la casa e da regalo, riforniamo circa 900 negozi di casalinghi e bomboniere nel Nord Italia. Vorremmo un'offerta per le cornici portafoto che abbiamo visto allo stand:

- cornice legno 13x18 cm, bianco anticato (vs. cod. PF-2231) - 1.000 pz
- cornice legno 20x25 cm, bianco anticato (PF-2232) - 1.000 pz
- cornice metallo dorato 10x15 con bordo perlinato (PF-2310) - 1.500 pz
- cornice multipla 6 foto, legno naturale (PF-2405) - 1.000 pz
- cornice vetro bisellato 13x18 (PF-2510) - 1.200 pz
- portafoto ceramica "Baby" 10x15, azzurro e rosa (PF-2602) - 1.000 pz per colore

Prezzi FOB Ningbo e anche CIF Genova per confronto. Pagamento: lettera di credito a vista oppure 30/70, come preferite voi. Consegna al nostro magazzino entro fine agosto 2027 per la stagione di Natale.
Scatola singola con codice EAN (ve li mandiamo noi) e testi in italiano.

Torno in Italia venerdì, se serve ci sentiamo anche su WhatsApp.

Grazie e a presto,
Davide Rinaldi
Fratelli Rinaldi Ingrosso Casa S.r.l.
Via Venezia 118, 35129 Padova
Tel. 049 807 3321 - Cell. 347 512 8890

Inviato da Gmail Mobile
""")
    hops, relay, ip = gmail_hops(("mail-wm1-f46.google.com", "209.85.128.46"), SALES)
    E(key="A11", lang="it", cat="A", btype="wholesaler", genuine=True, kind="specific",
      why="Italian housewares wholesaler (900 shops) following up a Canton Fair meeting with our item codes and "
          "1,000-1,500 pcs each, FOB/CIF, L/C or 30/70; writes from Gmail while travelling and names the "
          "company address to copy.",
      **{"from": ("Davide Rinaldi", "d.rinaldi.pd@gmail.com")}, to=[("Amy", "amy@" + SELLER_DOMAIN)],
      cc=[("", SALES)],
      subject="Cornici - seguito incontro Canton Fair / richiesta offerta", date=d,
      msgid=mid_gmail(), text=t, html=html_from_text(t, font="sans-serif", size="small"),
      rcpt="amy@" + SELLER_DOMAIN,
      extra=[("X-Google-Smtp-Source", "AGHT+I" + ralnum(60) + "=="),
             ("X-Gm-Message-State", "AOJu0Y" + ralnum(52))],
      dkim=("gmail.com", "20230601"), env_from="d.rinaldi.pd@gmail.com", hops=hops, relay=(relay, ip),
      auth=auth("pass", "pass", "pass (policy=none)", "d.rinaldi.pd@gmail.com", "gmail.com",
                ("gmail.com", "20230601"), ip), server="qq", qqn=4)

    # ---------------------------------------------------------------- A: Czech retailer, HTML only, SPF softfail
    d = dt.datetime(2026, 11, 24, 8, 55, 2, tzinfo=tz(1))
    h = """<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Dobrý den,</p>
    <p>jsme česká síť obchodů s bytovými doplňky <b>Dekorum</b> (6 prodejen – Brno, Olomouc, Zlín, Ostrava,
      Hradec Králové, Pardubice – a e-shop dekorum.cz). Na Vaše zboží nás upozornil náš speditér.</p>
    <p>Máme zájem o tyto položky:</p>
    <ol>
      <li><b>Keramická váza</b> (ceramic vase) „ribbed“ – 4 modely (výška 18 / 24 / 30 / 36 cm), barva krémová a
        terakota – <b>600 ks</b> od každého modelu (2&nbsp;400 ks celkem)</li>
      <li><b>Vonná svíčka ve skle</b> (scented candle, soy wax), 200 g, 2 vůně (vanilka, levandule) –
        <b>1&nbsp;200 ks</b> od každé vůně</li>
    </ol>
    <p>Obaly s českým textem a EAN kódy dodáme.</p>
    <p>Dodací podmínka: <b>FOB Ningbo</b>, dále po moři do Hamburku a vlakem do Brna. Dodání do skladu v Brně
      nejpozději 30.&nbsp;8.&nbsp;2027.<br>
      Platba: 30&nbsp;% záloha, 70&nbsp;% proti kopii B/L.<br>
      Pro svíčky potřebujeme bezpečnostní list a štítky podle CLP v češtině. Certifikát LFGB u váz není
      nutný, jde jen o dekorativní použití.</p>
    <p>Prosíme o cenovou nabídku v USD nebo EUR a o vzorky (1 ks od každé položky).</p>
    <p>S pozdravem</p>
    <div class="moz-signature">-- <br>
      <b>Petra Nováková</b><br>
      nákup a produktový management<br>
      Dekorum s.r.o.<br>
      Hybešova 42, 602 00 Brno<br>
      tel.: +420 543 211 870<br>
      <a href="https://www.dekorum.cz">www.dekorum.cz</a></div>
  </body>
</html>
"""
    dom = "dekorum.cz"
    E(key="A12", lang="cs", cat="A", btype="retailer", genuine=True, kind="specific",
      why="Czech home-accessories retailer (6 shops + e-shop): vases 4x600 and candles 2x1,200, FOB Ningbo, "
          "30/70, CLP labels; HTML-only body; sent from its own small server not in SPF, so softfail and no "
          "DKIM (imperfect headers).",
      **{"from": ("Petra Nováková", "novakova@" + dom)}, to=[("", SALES)],
      subject="Poptávka – keramické vázy a vonné svíčky (Dekorum, CZ)", date=d,
      msgid="<%s-%s-%s-%s-%s@dekorum.cz>" % (rhex(8).lower(), rhex(4).lower(), rhex(4).lower(), rhex(4).lower(),
                                             rhex(12).lower()),
      html=h, cte="quoted-printable",
      extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "cs")],
      dkim=None, env_from="novakova@" + dom,
      hops=[("from [192.168.0.23] (unknown [192.168.0.23])\r\n\tby smtp.dekorum.cz (Postfix) with ESMTPSA id "
             "%s\r\n\tfor <%s>" % (rhex(10), SALES), 1, tz(1))],
      relay=("static-89-102-214-37.bb.vodafone.cz", "89.102.214.37"),
      auth=auth("softfail", "none", "fail (policy=none)", "novakova@" + dom, dom, None, "89.102.214.37"),
      server="qq", qqn=6)

    # ---------------------------------------------------------------- B: Vietnam chain, DKIM broken by footer
    d = dt.datetime(2026, 11, 20, 15, 2, 47, tzinfo=tz(7))
    t = B("""
Kính gửi Quý công ty,

Chúng tôi là Công ty TNHH Thương mại Mộc Lan Home, hiện có 11 cửa hàng đồ trang trí nội thất tại Hà Nội, Đà Nẵng và TP. Hồ Chí Minh. Chúng tôi đang tìm nhà cung cấp mới cho mùa hè và mùa cuối năm 2027.

Xin báo giá giúp chúng tôi các mặt hàng sau:
1. Hoa giả (artificial flowers): mẫu đơn, hồng, cẩm tú cầu, cành đào (bán dịp Tết 2028) – khoảng 15 mẫu, mỗi mẫu 500 cành
2. Bình gốm (ceramic vase) men mờ, màu trung tính – 6 mẫu, mỗi mẫu 300 chiếc
   (nếu MOQ bên anh/chị là 500 thì xin cho biết giá ở mức 300 chiếc có được không)

Điều kiện: CIF Hải Phòng, thanh toán T/T 30% đặt cọc, 70% trước khi giao hàng. Chúng tôi cần C/O form E để hưởng thuế ưu đãi.

Vui lòng gửi catalogue và bảng giá bằng tiếng Anh. Nếu được, chúng tôi muốn nhận mẫu trước khi đặt hàng.

Trân trọng,
Nguyễn Thị Thu Hà
Trưởng phòng Thu mua
Công ty TNHH Thương mại Mộc Lan Home
Số 27 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội
ĐT: 024 3938 6512 | Hotline: 0912 486 330
www.moclanhome.vn
""")
    dom = "moclanhome.vn"

    def add_footer(msg):
        return msg.rstrip(b"\r\n") + ("\r\n\r\n--\r\nEmail này đã được quét virus và nội dung bởi hệ thống bảo mật "
                                      "Mộc Lan Home.\r\n").encode("utf-8")
    E(key="B2", lang="vi", cat="B", btype="chain", genuine=True, kind="some_detail",
      why="Vietnamese 11-store decor chain asking artificial flowers and vases with rough quantities, CIF Hai "
          "Phong, Form E; genuine but Vietnam is not a target market and vases are under MOQ; a gateway footer "
          "broke the DKIM body hash.",
      **{"from": ("Nguyễn Thị Thu Hà", "thuha.nguyen@" + dom)}, to=[("", SALES)],
      subject="Hỏi giá hoa giả và bình gốm – Mộc Lan Home", date=d,
      msgid="<%d.%d.%d.JavaMail.zimbra@moclanhome.vn>" % (RNG.randint(100000000, 999999999),
                                                        RNG.randint(1000, 9999), int(d.timestamp() * 1000)),
      text=t, cte="8bit", mangle_body=add_footer,
      extra=[("X-Mailer", "Zimbra 9.0.0_GA_4615 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4615)"),
             ("Thread-Index", ralnum(20)), ("Thread-Topic", "=?utf-8?Q?H=E1=BB=8Fi_gi=C3=A1_hoa_gi=E1=BA=A3?=")],
      dkim=(dom, "mail"), env_from="thuha.nguyen@" + dom,
      hops=[("from mail.moclanhome.vn (localhost [127.0.0.1])\r\n\tby mail.moclanhome.vn (Postfix) with ESMTP id "
             "%s\r\n\tfor <%s>" % (rhex(10), SALES), 1, tz(7)),
            ("from mail.moclanhome.vn ([127.0.0.1])\r\n\tby localhost (mail.moclanhome.vn [127.0.0.1]) (amavis, "
             "port 10026) with ESMTP id %s" % ralnum(12), 2, tz(7))],
      relay=("static.vnpt.vn", "113.160.224.87"),
      auth=auth("pass", "fail", "pass (policy=none)", "thuha.nguyen@" + dom, dom, (dom, "mail"),
                "113.160.224.87"), server="qq", qqn=8)

    # ---------------------------------------------------------------- B: Indonesian distributor from Gmail
    d = dt.datetime(2026, 11, 17, 13, 40, 18, tzinfo=tz(7))
    t = B("""
Selamat siang Bapak/Ibu,

Kami CV Sinar Dekorindo dari Surabaya, importir dan distributor hiasan Natal dan dekorasi rumah untuk toko-toko di Jawa Timur dan Bali. Sudah 9 tahun kami impor dari China (biasanya lewat agen di Yiwu), tapi sekarang kami mau beli langsung dari pabrik.

Untuk Natal 2027 kami butuh:
- bola natal (christmas ball) plastik anti pecah 6 cm & 8 cm, isi 12/box, warna merah, emas, silver - kira2 300 box per warna
- hiasan gantung pohon natal (ornament) kayu & kain, campur model
- topper bintang untuk pohon natal

Total rencana 1x20 feet, bisa campur barang. Harga mohon CIF Tanjung Perak Surabaya. Kami butuh Form E (COO) supaya bea masuk bisa 0%.

Mohon kirim katalog + price list + MOQ. Kalau cocok kami mau order sampel dulu.

Terima kasih,
Hendra Wijaya
CV Sinar Dekorindo
Jl. Kapasan No. 112, Surabaya
WA: +62 812 3077 5410
""")
    hops, relay, ip = gmail_hops(("mail-pj1-f45.google.com", "209.85.216.45"), SALES_OLD)
    E(key="B4", lang="id", cat="B", btype="wholesaler", genuine=True, kind="some_detail",
      why="Indonesian importer-distributor of Christmas decor, plausible 20ft mixed order with Form E; needs a "
          "catalogue and MOQ; Indonesia is not a target market; Gmail is normal for such a CV.",
      **{"from": ("Hendra Wijaya", "cvsinardekorindo@gmail.com")}, to=[("", SALES_OLD)],
      subject="Permintaan harga hiasan natal - CV Sinar Dekorindo Surabaya", date=d,
      msgid=mid_gmail(), text=t, html=html_from_text(t, font="arial, sans-serif", size="small"),
      extra=[("X-Google-Smtp-Source", "AGHT+I" + ralnum(60) + "==")],
      dkim=("gmail.com", "20230601"), env_from="cvsinardekorindo@gmail.com", hops=hops, relay=(relay, ip),
      auth=auth("pass", "pass", "pass (policy=none)", "cvsinardekorindo@gmail.com", "gmail.com",
                ("gmail.com", "20230601"), ip), server="aliyun", rcpt=SALES_OLD)

    # ---------------------------------------------------------------- B: Israeli design shop, windows-1255, under MOQ
    d = dt.datetime(2026, 11, 25, 12, 18, 36, tzinfo=tz(2))
    t = B("""
שלום רב,

שמי נועה ברק, בעלת "סטודיו נוף – עיצוב הבית", חנות עיצוב ברחוב דיזנגוף בתל אביב וחנות אונליין. אנחנו מחפשים ספק ישיר לאגרטלי קרמיקה.

מעוניינת ב-4 דגמים שראיתי באתר שלכם:
- אגרטל מט גבוה 30 ס"מ, לבן שבור – 200 יח'
- אגרטל "בועה" 15 ס"מ, בצבע חול – 200 יח'
- אגרטל צר 25 ס"מ, ירוק זית – 150 יח'
- כד נמוך 12 ס"מ, טרקוטה – 150 יח'

אני יודעת שה-MOQ שלכם הוא 500 יח' לפריט – האם אפשר לשלב את הדגמים להזמנה אחת של כ-700 יח'? אם לא, מה התוספת למחיר?
משלוח CIF נמל אשדוד. תשלום בהעברה בנקאית.

תודה מראש,
נועה ברק
סטודיו נוף – עיצוב הבית
דיזנגוף 214, תל אביב
054-7718326
www.studionof.co.il
""")
    dom = "studionof.co.il"
    E(key="B6", lang="he", cat="B", btype="retailer", genuine=True, kind="some_detail",
      why="Tel Aviv design shop wants 4 vase models at 150-200 pcs each (under the 500 MOQ) and asks to combine; "
          "Israel is not a target market; genuine, needs qualifying.",
      **{"from": ("Noa Barak", "noa@" + dom)}, to=[("", SALES)],
      subject="בקשה להצעת מחיר – אגרטלי קרמיקה (Studio Nof)", date=d,
      msgid=mid_uuid(dom), text=t, html=html_from_text(t, font="Arial, sans-serif", rtl=True),
      charset="windows-1255", cte="quoted-printable",
      extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "he")],
      dkim=(dom, "default"), env_from="noa@" + dom,
      hops=[("from [10.100.0.12] (bzq-79-176-%d-%d.red.bezeqint.net [79.176.%d.%d])\r\n\tby cp14.israhost.co.il "
             "with esmtpsa (Exim 4.98)\r\n\t(envelope-from <noa@%s>)\r\n\tid 1tQ%s-000%s-%s" %
             (1, 1, RNG.randint(1, 254), RNG.randint(1, 254), dom, ralnum(3), ralnum(3), ralnum(2)), 1, tz(2))],
      relay=("cp14.israhost.co.il", "185.60.170.41"),
      auth=auth("pass", "pass", "pass (policy=none)", "noa@" + dom, dom, (dom, "default"), "185.60.170.41"),
      server="qq", qqn=3)

    # ---------------------------------------------------------------- B: Ukrainian wholesaler, ukr.net
    d = dt.datetime(2026, 11, 23, 10, 11, 58, tzinfo=tz(2))
    t = B("""
Доброго дня!

Мене звати Олег Ковальчук, я менеджер із закупівель ТОВ «Святковий Дім» (Львів). Ми оптовий дистриб'ютор новорічного декору, постачаємо понад 300 магазинів по всій Україні.

Цікавить пропозиція на сезон 2027:
1. Скляні ялинкові кулі 8 см та 10 см, матові та глянцеві, 8 кольорів – по 1 200 шт. кожного кольору
2. Пластикові небиткі кулі 6 см, у коробці по 12 шт. – 2 000 коробок
3. Керамічні та дерев'яні підвісні іграшки (будиночки, зірки, сніжинки) – 10 дизайнів по 800 шт.
4. Верхівка на ялинку (зірка) 20 см – 1 000 шт.

Умови: FOB Нінбо, оплата 30/70. Доставка буде через Гданськ (Польща), далі автотранспортом до Львова, тому прошу врахувати упаковку для перевантаження.
Потрібен сертифікат походження товару.

Прошу надіслати прайс і каталог англійською або українською, а також терміни виготовлення.

З повагою,
Олег Ковальчук
ТОВ «Святковий Дім»
вул. Городоцька 174, Львів, 79022
+380 67 314 2290
svyatkovyi-dim.com.ua
""")
    E(key="B8", lang="uk", cat="B", btype="wholesaler", genuine=True, kind="specific",
      why="Ukrainian wholesale distributor of Christmas decor with SKUs and quantities for about a 40HQ, FOB "
          "Ningbo, 30/70, routing via Gdansk; genuine and specific but Ukraine is not a target market; writes "
          "from ukr.net, usual there.",
      **{"from": ("Олег Ковальчук", "oleh.kovalchuk@ukr.net")}, to=[("", SALES_OLD)],
      subject="Запит комерційної пропозиції – ялинкові прикраси, 1x40HQ", date=d,
      msgid="<%d.%d.%d@frv196.fwdcdn.com>" % (int(d.timestamp()), RNG.randint(100000, 999999),
                                             RNG.randint(1000, 9999)),
      text=t, cte="base64",
      extra=[("X-Mailer", "FREEMAIL"), ("X-Original-Mailer", "WebMail ukr.net")],
      dkim=("ukr.net", "ffe"), env_from="oleh.kovalchuk@ukr.net",
      hops=[("from [93.175.%d.%d] (helo=frv196.fwdcdn.com)\r\n\tby frv196.fwdcdn.com with esmtpsa" %
             (RNG.randint(1, 254), RNG.randint(1, 254)), 1, tz(2))],
      relay=("frv196.fwdcdn.com", "212.42.77.196"), server="aliyun", rcpt=SALES_OLD,
      auth=auth("pass", "pass", "pass (policy=none)", "oleh.kovalchuk@ukr.net", "ukr.net", ("ukr.net", "ffe"),
                "212.42.77.196"))

    # ---------------------------------------------------------------- B: US private-label candle start-up
    d = dt.datetime(2026, 12, 3, 17, 52, 9, tzinfo=tz(-6))
    t = B("""
Hi there,

I run Willow & Wick, a small candle brand based in Austin, TX. We sell on our Shopify store and on Amazon, roughly 4,000 units/month across 9 scents, all hand-poured in-house right now. We're outgrowing our pour room and looking at private label manufacturing for our 3 best sellers.

What I'd need:
- 8 oz soy/coconut blend in amber glass jars with black metal lids
- matching fragrance oils (I can send samples of ours) - or you source close matches
- our label (we send artwork), gift box optional
- start with ~500 per scent x 3 scents, then scale to 2-3k/month if quality is there

Questions:
1. What's your MOQ per scent? Your listing says 1,000 - any flexibility for a first run?
2. Do you test to ASTM F2417 and can you label per ASTM F2058 / Prop 65?
3. Can you ship DDP to our warehouse, or do FBA prep and ship straight to Amazon?
4. Rough unit price at 500 vs 3,000?

Thanks!
Jess

Jess Moreno
Founder, Willow & Wick Co.
willowandwick.co | IG @willowandwickco
""")
    dom = "willowandwick.co"
    hops, relay, ip = gmail_hops(("mail-pf1-f169.google.com", "209.85.210.169"), SALES)
    E(key="B10", lang="en", cat="B", btype="oem_importer", genuine=True, kind="some_detail",
      why="Small US DTC candle brand wanting private label, starting at 500 per scent (under the 1,000 MOQ) and "
          "asking about testing, DDP/FBA; genuine, needs qualifying before effort.",
      **{"from": ("Jess Moreno", "jess@" + dom)}, to=[("", SALES)],
      subject="Private label soy candles - MOQ / pricing question", date=d,
      msgid=mid_gmail(), text=t, html=html_from_text(t, font="arial, sans-serif", size="small"),
      extra=[("X-Google-Smtp-Source", "AGHT+I" + ralnum(60) + "==")],
      dkim=(dom, "google"), env_from="jess@" + dom, hops=hops, relay=(relay, ip),
      auth=auth("pass", "pass", "pass (policy=quarantine)", "jess@" + dom, dom, (dom, "google"), ip),
      server="qq", qqn=9)

    # ---------------------------------------------------------------- C: Iran, sanctioned
    d = dt.datetime(2026, 11, 16, 10, 3, 27, tzinfo=tz(3, 30))
    t = B("""
با سلام و احترام

اینجانب مهدی رضایی، مدیر بازرگانی شرکت آرین دکور (تهران) هستم. شرکت ما بیش از ۱۲ سال است که در زمینه واردات و پخش عمده لوازم تزئینی منزل فعالیت دارد و به حدود ۴۰۰ فروشگاه در سراسر ایران کالا عرضه می‌کند.

درخواست قیمت برای اقلام زیر را داریم:
۱- گلدان سرامیکی (ceramic vase) در ۶ مدل، از هر مدل ۵۰۰ عدد (مجموعاً ۳۰۰۰ عدد)
۲- گل مصنوعی (artificial flowers) شامل رز، ارکیده و شاخه اکالیپتوس، از هر مدل ۱۰۰۰ شاخه

شرایط تحویل: CFR بندرعباس، یا تحویل در جبل علی دبی و ترانزیت از طریق شریک ما در دبی.
پرداخت: از طریق صرافی در دبی به حساب یوان (RMB) شما در چین، یا نقدی به نماینده شما در ییوو.

لطفاً کاتالوگ و لیست قیمت FOB نینگبو را ارسال فرمایید.

با تشکر
مهدی رضایی
مدیر بازرگانی – شرکت آرین دکور
تهران، خیابان ولیعصر، بالاتر از میدان ونک، پلاک ۲۴۱۸
تلفن: ۰۲۱-۸۸۶۵۴۳۲۱
www.ariandecor.ir
""")
    dom = "ariandecor.ir"
    E(key="C1", lang="fa", cat="C", btype="wholesaler", genuine=True, kind="specific",
      why="Real Tehran wholesale importer with specific vase and flower quantities, but Iran is a sanctioned "
          "market and payment via Dubai exchange/cash agent; low value for us. Own server, no DKIM.",
      **{"from": ("Mehdi Rezaei", "rezaei@" + dom)}, to=[("", SALES_OLD)],
      subject="استعلام قیمت گلدان سرامیکی و گل مصنوعی – Arian Decor", date=d,
      msgid=mid_uuid("ariandecor.ir"), text=t, html=html_from_text(t, font="Tahoma", rtl=True), cte="base64",
      extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "fa")],
      dkim=None, env_from="rezaei@" + dom,
      hops=[("from DESKTOP-M0RZ ([192.168.1.15])\r\n\tby mail.ariandecor.ir with Microsoft SMTPSVC(10.0.17763.1697)",
             1, tz(3, 30))],
      relay=("94-182-146-23.shatel.ir", "94.182.146.23"), server="aliyun", rcpt=SALES_OLD,
      auth=auth("none", "none", "none", "rezaei@" + dom, dom, None, "94.182.146.23"))

    # ---------------------------------------------------------------- C: US private person, 2 vases, photo
    d = dt.datetime(2026, 11, 29, 21, 14, 55, tzinfo=tz(-5))
    t = B("""
Hi!! So I found this vase on Pinterest and when I clicked the pic it took me to your website. I LOVE it. Its the tall speckled one, white with little brown dots, maybe 14 inches? I attached a screenshot.

Can I buy 2 of them? One for my living room and one for my mom for Christmas lol. I'm in Dayton, Ohio. How much would it be with shipping and how long would it take? I can pay with PayPal or Venmo or whatever works.

Thanks so much!
Kayla

Sent from my iPhone
""")
    hops, relay, ip = gmail_hops(("mail-qt1-f180.google.com", "209.85.160.180"), SALES)
    E(key="C3", lang="en", cat="C", btype="end_user", genuine=True, kind="specific",
      why="Private person in Ohio wanting 2 vases for home with a screenshot; genuine but a tiny retail order.",
      **{"from": ("Kayla Brooks", "kaylabrooks.oh@gmail.com")}, to=[("", SALES)],
      subject="vase question", date=d,
      msgid="<%s@gmail.com>" % mid_uuid("x")[1:].split("@")[0].upper(), text=t,
      attachments=[("IMG_4471.jpeg", "image/jpeg", jpeg_vase())],
      extra=[("X-Mailer", "iPhone Mail (22B91)"), ("Content-Language", "en-US")],
      dkim=("gmail.com", "20230601"), env_from="kaylabrooks.oh@gmail.com", hops=hops, relay=(relay, ip),
      auth=auth("pass", "pass", "pass (policy=none)", "kaylabrooks.oh@gmail.com", "gmail.com",
                ("gmail.com", "20230601"), ip), server="qq", qqn=1)

    # ---------------------------------------------------------------- C: Turkish mass template, BCC
    d = dt.datetime(2026, 11, 18, 9, 31, 4, tzinfo=tz(3))
    t = B("""
Sayın Yetkili,

Firmamız Anadolu Global Dış Ticaret Ltd. Şti. olarak ürünlerinize ilgi duymaktayız. Güncel ürün kataloğunuzu, FOB fiyat listenizi, minimum sipariş miktarlarınızı ve ödeme koşullarınızı tarafımıza iletmenizi rica ederiz.

Dear Sir/Madam,

We are interested in your products. Kindly send us your latest catalogue, FOB price list, MOQ and payment terms at your earliest convenience.

Saygılarımızla / Best regards,

Murat Yıldız
Satın Alma Müdürü / Purchasing Manager
Anadolu Global Dış Ticaret Ltd. Şti.
İkitelli OSB, Başakşehir / İstanbul
Tel: +90 212 549 33 10
www.anadoluglobal.com.tr
""")
    dom = "anadoluglobal.com.tr"
    E(key="C5", lang="tr", cat="C", btype="unknown", genuine=True, kind="vague",
      why="Bilingual form letter to undisclosed recipients naming no product at all; a real trading firm "
          "collecting catalogues in bulk (mass template).",
      **{"from": ("Murat Yıldız", "murat@" + dom)}, to_raw="undisclosed-recipients:;",
      subject="Fiyat Teklifi Talebi / Request for Quotation", date=d,
      msgid="<%s@anadoluglobal.com.tr>" % rhex(32).lower(), text=t,
      html=html_from_text(t, font="Verdana, sans-serif", size="10pt"), cte="quoted-printable",
      extra=[("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", "murat@" + dom)],
      dkim=(dom, "default"), env_from="murat@" + dom, rcpt=SALES_OLD,
      hops=[("from [176.88.%d.%d] (port=53120 helo=[192.168.1.34])\r\n\tby cloud.anadoluglobal.com.tr with "
             "esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.98)\r\n\t(envelope-from <murat@%s>)\r\n\t"
             "id 1tQx%s-0004%s-%s" % (RNG.randint(1, 254), RNG.randint(1, 254), dom, ralnum(3), ralnum(2),
                                       ralnum(2)), 1, tz(3))],
      relay=("cloud.anadoluglobal.com.tr", "94.73.148.22"), server="aliyun",
      auth=auth("pass", "pass", "pass (policy=none)", "murat@" + dom, dom, (dom, "default"), "94.73.148.22"))

    # ---------------------------------------------------------------- C: Mexican hotel, sanitaryware (not ours)
    d = dt.datetime(2026, 11, 21, 12, 9, 44, tzinfo=tz(-5))
    t = B("""
Estimados señores:

Grupo Hotelero Costa Azul está remodelando las 220 habitaciones de su hotel en Cancún y buscamos proveedor directo de productos de cerámica para baño.

Requerimos cotización de:
- Lavabo de cerámica sobreponer, blanco, 50 x 38 cm – 230 pzas
- Inodoro one-piece ahorrador (4.8 L), blanco – 220 pzas
- Azulejo cerámico para muro de regadera, 30 x 60 cm, acabado mate – 4,800 m²
- Accesorios de baño de cerámica (jabonera, portacepillos, vaso) – 220 juegos

Los productos deben cumplir la NOM aplicable (NOM-009-CONAGUA para inodoros). Entrega CIF Manzanillo o Veracruz, antes de mayo de 2027. Forma de pago: 30 % anticipo y 70 % contra documentos.

Agradeceremos nos envíen catálogo técnico y fichas de producto.

Atentamente,
Ing. Alejandro Treviño Garza
Gerente de Proyectos y Compras
Grupo Hotelero Costa Azul, S.A. de C.V.
Blvd. Kukulcán km 11.5, Zona Hotelera, Cancún, Q. Roo 77500
Tel. +52 998 881 4720
www.hotelescostaazul.com.mx
""")
    dom = "hotelescostaazul.com.mx"
    hops, relay, ip = gmail_hops(("mail-oi1-f173.google.com", "209.85.167.173"), SALES)
    E(key="C7", lang="es", cat="C", btype="end_user", genuine=True, kind="specific",
      why="Real hotel renovation RFQ, but for bathroom sanitaryware and tiles, which we do not make (ceramic, "
          "not decor); also Mexico is outside the target markets.",
      **{"from": ("Alejandro Treviño", "atrevino@" + dom)}, to=[("", SALES)],
      subject="Cotización sanitarios y lavabos de cerámica – remodelación Hotel Costa Azul Cancún", date=d,
      msgid=mid_gmail(), text=t, html=html_from_text(t, font="arial, sans-serif", size="small"),
      extra=[("X-Google-Smtp-Source", "AGHT+I" + ralnum(60) + "==")],
      dkim=(dom, "google"), env_from="atrevino@" + dom, hops=hops, relay=(relay, ip),
      auth=auth("pass", "pass", "pass (policy=none)", "atrevino@" + dom, dom, (dom, "google"), ip),
      server="qq", qqn=2)

    # ---------------------------------------------------------------- C: UK retailer wants textiles
    d = dt.datetime(2026, 12, 1, 10, 2, 30, tzinfo=tz(0))
    t = B("""
Hi,

Forwarding this from my colleague Tom, who picked up your card at Autumn Fair in September - he's off this week so I'm picking it up.

We're Marlowe & Finch, an independent interiors retailer with 5 shops in Yorkshire plus online. For SS27 we need:

- Velvet cushion covers 45x45cm with feather inner, 6 colourways - 600 pcs per colour
- Chunky knit throws 130x170cm, 4 colours - 400 each
- Jute/wool blend rugs 160x230cm, 2 designs - 150 each

All with our woven label and swing tag. FOB Ningbo is fine, or DDP Leeds if you can. Could you send prices and your textile certifications (OEKO-TEX etc.)?

Thanks,
Harriet

Harriet Sowerby
Buying & Merchandising
Marlowe & Finch Ltd
14 Swan Arcade, Harrogate HG1 1RD
01423 502 771

-----Original Message-----
From: Tom Ashworth <tom@marloweandfinch.co.uk>
Sent: 30 November 2026 16:05
To: Harriet Sowerby <harriet@marloweandfinch.co.uk>
Subject: cushions & throws - new supplier enquiry

H - Chinese supplier from Autumn Fair (they had the vases and candles on the stand, said they can also do home textiles?). Can you send them our SS27 cushion/throw brief? sales@everbright-decor.com
T
""")
    dom = "marloweandfinch.co.uk"
    E(key="C9", lang="en", cat="C", btype="retailer", genuine=True, kind="specific",
      why="Genuine 5-shop UK retailer with quantities, but for cushions, throws and rugs (textiles), which we do "
          "not make; forwarded internal note with quoted original.",
      **{"from": ("Harriet Sowerby", "harriet@" + dom)}, to=[("", SALES)],
      subject="FW: cushions & throws - new supplier enquiry", date=d,
      msgid=mid_outlook("LO2P265MB5881", "gbrp265"), text=t, html=html_from_text(t),
      extra=[("Thread-Topic", "cushions & throws - new supplier enquiry"),
             ("Thread-Index", "AdtjB" + ralnum(30) + "=="), ("Content-Language", "en-GB")],
      dkim=(dom, "selector1"), env_from="harriet@" + dom,
      hops=m365_hops("LO2P265MB5881", "CWLP265MB6720", "2603:10a6:600:2d1::9", "2603:10a6:400:1a3::13",
                     "gbrp265"),
      relay=("mail-lo2gbr01on2109.outbound.protection.outlook.com", "40.107.10.109"),
      auth=auth("pass", "pass", "pass (policy=quarantine)", "harriet@" + dom, dom, (dom, "selector1"),
                "40.107.10.109"), server="qq", qqn=5)

    # ================================================================ X (scams and spam) as .eml
    # ---------------------------------------------------------------- retailer's real domain, sent from a VPS
    d = dt.datetime(2026, 12, 3, 14, 20, 11, tzinfo=tz(-5))
    t = B("""
Hello Everbright Team,

I hope this message finds you well. I'm reaching out on behalf of the HomeGoods merchandising team at TJX Companies. As part of our Q2 2027 home décor assortment expansion, your company has been shortlisted from our supplier intelligence database as a potential vendor for the following categories:

  • Ceramic vases & planters – est. 25,000 units
  • Scented candles (jar & pillar) – est. 40,000 units
  • Artificial florals & stems – est. 18,000 units

To move forward, please send the following to our vendor onboarding coordinator, Daniel Whitaker (d.whitaker@tjx-homegoods-vendors.com), by Friday 12/11:

  1. Current product catalog and FOB price list
  2. Company registration certificate and bank reference letter
  3. Signed Vendor Agreement (sent to you upon receipt of the above)

Please note our standard vendor payment terms are Net 60 from date of receipt at our distribution center, remitted via ACH. First purchase orders are issued within 5 business days of vendor setup approval.

Due to high volume, only suppliers who respond before the deadline will be considered for this buying cycle.

Best regards,

Daniel Whitaker
Vendor Onboarding Coordinator – Home
HomeGoods | TJX Companies, Inc.
770 Cochituate Road, Framingham, MA 01701
Direct: +1 (508) 390-1000 ext. 4417 | Mobile/WhatsApp: +1 (302) 261-8804

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and may contain confidential information.
""")
    vps = "vmi2291847.contaboserver.net"
    E(key="X1", lang="en", cat="X", btype="unknown", genuine=False, kind="scam:retailer_impersonation",
      why="From shows tjx.com but the mail left a Contabo VPS as www-data (PHPMailer); SPF none, DMARC fail; "
          "Reply-To and the named contact are on a lookalike domain; huge volumes, Net 60 credit, asks for bank "
          "letter and registration documents.",
      **{"from": ("HomeGoods Vendor Sourcing", "vendor.sourcing@tjx.com")}, to=[("", SALES)],
      reply_to=("Daniel Whitaker", "d.whitaker@tjx-homegoods-vendors.com"),
      subject="Vendor Onboarding – HomeGoods Q2 2027 Home Décor Assortment", date=d,
      msgid="<%s@%s>" % (ralnum(43), vps), text=t, html=html_from_text(t, font="Segoe UI, Arial"),
      extra=[("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"), ("X-Priority", "1"),
             ("Importance", "High")],
      dkim=None, env_from="www-data@" + vps,
      hops=[("by %s (Postfix, from userid 33)\r\n\tid %s" % (vps, rhex(10)), 0, tz(1)),
            ("from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>" %
             (vps, vps, rhex(10), SALES), 1, tz(1))],
      relay=(vps, "161.97.134.212"),
      auth=auth("none", "none", "fail (policy=reject)", "www-data@" + vps, "tjx.com", None, "161.97.134.212"),
      spam_flag="X-QQ-SPAM: true", server="qq", qqn=7)

    # ---------------------------------------------------------------- goods on credit, clean headers
    d = dt.datetime(2026, 11, 24, 11, 47, 5, tzinfo=tz(1))
    t = B("""
Estimados señores:

Somos Distribuciones Iberhogar Global S.L., empresa con más de 25 años de trayectoria en la distribución de artículos de decoración y hogar. Contamos con una red de 140 puntos de venta propios y asociados en España y Portugal, además de suministrar a grandes superficies.

Tras revisar su catálogo, estamos interesados en incorporar de forma inmediata las siguientes líneas:
- Jarrones de cerámica (todas las referencias disponibles)
- Velas aromáticas
- Flores artificiales

Nuestro pedido inicial sería de aproximadamente 48.000 € (mercancía surtida), con reposiciones mensuales a partir del segundo mes, por lo que buscamos un proveedor estable a largo plazo.

Por política de la empresa y dado el volumen, trabajamos exclusivamente con pago a 90 días desde la recepción de la mercancía en nuestro almacén de Getafe, mediante pagaré. Podemos facilitarles referencias comerciales y bancarias, así como nuestro CIF y escrituras.

Les rogamos nos envíen su lista de precios con condiciones DDP Madrid y el plazo de entrega más corto posible, ya que necesitamos la mercancía para la campaña de primavera.

Atentamente,

Javier Morales Cuesta
Director de Compras
Distribuciones Iberhogar Global S.L.
Calle de la Ciencia 14, Nave 7 – 28906 Getafe (Madrid)
Tel.: +34 910 38 57 21
www.iberhogar-global.com
""")
    dom = "iberhogar-global.com"
    E(key="X3", lang="es", cat="X", btype="unknown", genuine=False, kind="scam:goods_on_credit",
      why="'Distribution network of 140 outlets' ordering every reference unseen, DDP, and paying only 90 days "
          "after receipt by promissory note; own domain on a cheap hosted mailbox; headers all pass, content decides.",
      **{"from": ("Javier Morales | Iberhogar Global", "compras@" + dom)}, to=[("", SALES_OLD)],
      subject="Interés en sus productos – red de distribución España/Portugal", date=d,
      msgid="<%s@%s>" % (rhex(32).lower(), dom), text=t, html=html_from_text(t, font="Arial"),
      extra=[("User-Agent", "Open-Xchange Mailer v8.26.64")],
      dkim=(dom, "default"), env_from="compras@" + dom,
      hops=[("from [185.107.%d.%d] (unknown [185.107.%d.%d])\r\n\t(Authenticated sender: compras@%s)\r\n\t"
             "by mail.privateemail.com (Postfix) with ESMTPA id 4dR%s" %
             (RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(1, 254), dom, ralnum(7)),
             1, tz(-4)),
            ("from mail.privateemail.com (mta-13.privateemail.com [68.65.122.33])\r\n\tby mta-13.privateemail.com "
             "(Postfix) with ESMTP id %s" % rhex(10), 1, tz(-4))],
      relay=("MTA-13-4.privateemail.com", "198.54.127.109"), server="aliyun", rcpt=SALES_OLD,
      auth=auth("pass", "pass", "pass (policy=none)", "compras@" + dom, dom, (dom, "default"), "198.54.127.109"))

    # ---------------------------------------------------------------- big contract, registration fee, DO droplet
    d = dt.datetime(2026, 12, 2, 9, 38, 50, tzinfo=tz(4))
    t = B("""
السادة شركة نينغبو إيفربرايت للديكور المنزلي المحترمين،

تحية طيبة وبعد،

يسرنا إبلاغكم بأن مؤسسة النخبة الدولية للتجارة العامة (أبوظبي) قد اختارت شركتكم كمورد رئيسي لمشروع توريد طويل الأجل لمجموعة من الفنادق والمراكز التجارية في دولة الإمارات وسلطنة عمان.

تفاصيل العقد:
- المدة: 3 سنوات (2027 – 2029)
- القيمة الإجمالية التقديرية: 4,200,000 دولار أمريكي
- المنتجات: مزهريات سيراميك، شموع معطرة، إطارات صور، زهور صناعية
- الدفع: دفعة مقدمة 40% فور تسجيل العقد، والباقي عند الشحن

حسب الأنظمة المعمول بها لدى وزارة الاقتصاد، يجب تسجيل العقد وتوثيقه لدى الغرفة التجارية قبل صرف الدفعة المقدمة. رسوم التسجيل والتوثيق (4,750 درهم إماراتي) يتحملها المورد، وتُدفع عن طريق مستشارنا القانوني المعتمد المحامي خالد المنصوري، الذي سيرسل لكم الفاتورة وبيانات الحساب.

مرفق مسودة العقد للاطلاع. نرجو التوقيع والإرسال خلال 5 أيام عمل حتى نتمكن من تحويل الدفعة المقدمة قبل نهاية السنة المالية.

مع التحية،
سالم الكتبي
مدير المشتريات
مؤسسة النخبة الدولية للتجارة العامة
أبوظبي – الإمارات العربية المتحدة
هاتف / واتساب: +971 56 418 2297

--
Dear Supplier, please find attached the draft Supply Agreement (English). Kindly sign and return within 5 working days.
""")
    dom = "alnokhba-intl-trading.com"
    E(key="X5", lang="ar", cat="X", btype="unknown", genuine=False, kind="scam:advance_fee_contract",
      why="Unsolicited 3-year USD 4.2M contract with a 40% down payment, but the supplier must first pay an AED "
          "4,750 registration fee through the buyer's own 'accredited lawyer'; droplet sender, Gmail Reply-To, "
          "5-day deadline.",
      **{"from": ("مؤسسة النخبة الدولية للتجارة العامة", "procurement@" + dom)}, to=[("", SALES)],
      reply_to=("Salem Al Ketbi", "salem.alketbi.procure@gmail.com"),
      subject="عقد توريد طويل الأجل (3 سنوات) – مزهريات وشموع – دفعة مقدمة 40%", date=d,
      msgid="<%s@%s>" % (rhex(24).lower(), dom), text=t, cte="base64",
      attachments=[("Supply_Agreement_NIT-SUP-2027-0042_DRAFT.pdf", "application/pdf", pdf_nokhba_contract())],
      extra=[("X-Mailer", "Microsoft Outlook 16.0")],
      dkim=None, env_from="procurement@" + dom,
      hops=[("from [127.0.0.1] (localhost [127.0.0.1])\r\n\tby ubuntu-s-1vcpu-2gb-fra1-01 (Postfix) with ESMTPSA "
             "id %s" % rhex(10), 1, tz(0))],
      relay=("ubuntu-s-1vcpu-2gb-fra1-01", "164.90.173.58"),
      auth=auth("pass", "none", "none", "procurement@" + dom, dom, None, "164.90.173.58"), server="qq", qqn=4)

    # ---------------------------------------------------------------- compromised Italian mailbox, PDF = log-in link
    d = dt.datetime(2026, 12, 3, 8, 12, 40, tzinfo=tz(1))
    t = B("""
Buongiorno,

in allegato trasmettiamo il nostro ordine di acquisto n. 2026/1184.
Vi preghiamo di verificare quantità, prezzi e data di consegna e di inviarci conferma d'ordine e fattura proforma entro oggi.

Cordiali saluti

Giulia Ferraro
Ufficio Amministrazione
Casa&Stile Arredo S.r.l.
Via dell'Industria 21 - 36040 Torri di Quartesolo (VI)
Tel. 0444 387 112

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente.
""")
    dom = "casaestile-arredo.it"
    url = "https://casaestile-ordini.pages.dev/view?doc=ODA-2026-1184&u=sales%40everbright-decor.com"
    E(key="X9", lang="it", cat="X", btype="unknown", genuine=False, kind="scam:po_pdf_login_link",
      why="'See attached PO' with no prior relationship; the PDF holds nothing but a log-in button to a "
          "pages.dev page; sent through a real Italian company's hijacked mailbox (SPF/DKIM pass) from a Tor "
          "exit address.",
      **{"from": ("Giulia Ferraro - Casa&Stile", "amministrazione@" + dom)}, to=[("", SALES)],
      subject="Ordine di acquisto n. 2026/1184 - conferma", date=d,
      msgid="<%s@%s>" % (rhex(32).lower(), dom), text=t, html=html_from_text(t, font="Tahoma"),
      attachments=[("ODA_2026-1184.pdf", "application/pdf", pdf_login_only(url))],
      extra=[("User-Agent", "Roundcube Webmail")],
      dkim=(dom, "a1"), env_from="amministrazione@" + dom,
      hops=[("from [185.220.101.47] ([185.220.101.47])\r\n\tby smtpdh16-1.aruba.it with ESMTPSA\r\n\tid "
             "%s" % ralnum(10), 1, tz(1))],
      relay=("smtpdh16-1.aruba.it", "62.149.155.161"),
      auth=auth("pass", "pass", "none", "amministrazione@" + dom, dom, (dom, "a1"), "62.149.155.161"),
      server="qq", qqn=6)

    # ---------------------------------------------------------------- lookalike domain, HTML password form
    d = dt.datetime(2026, 12, 1, 9, 5, 31, tzinfo=tz(0))
    t = B("""
Bom dia,

Segue em anexo o nosso pedido de cotação (RFQ) para a coleção primavera 2027: vasos de cerâmica, velas e molduras.
Por razões de segurança o ficheiro está protegido: abra o anexo no navegador e confirme o seu e-mail corporativo para visualizar a lista de artigos e quantidades.

Agradecemos a vossa melhor proposta até sexta-feira.

Com os melhores cumprimentos,
Rui Carvalho
Responsável de Compras
Lusodecor – Artigos para o Lar, Lda.
Rua do Campo Alegre 830, 4150-171 Porto
+351 22 600 41 87
""")
    dom = "lusodecor-pt.com"
    E(key="X10", lang="pt", cat="X", btype="unknown", genuine=False, kind="scam:rfq_html_password_form",
      why="RFQ 'protected' as an .html attachment that renders a fake Tencent Exmail sign-in with our address "
          "pre-filled and a password field posting to a .sbs host; sender on a Hetzner VPS with a lookalike domain.",
      **{"from": ("Compras | Lusodecor", "compras@" + dom)}, to=[("", SALES)],
      subject="RFQ – Pedido de cotação PT-20261201 (urgente)", date=d,
      msgid="<%s@%s>" % (rhex(20).lower(), dom), text=t,
      attachments=[("RFQ_PT-20261201.html", "text/html", html_password_page().encode("utf-8"))],
      extra=[("X-Mailer", "Microsoft Outlook 16.0")],
      dkim=(dom, "mail"), env_from="compras@" + dom,
      hops=[("from localhost (localhost [127.0.0.1])\r\n\tby static.107.45.21.65.clients.your-server.de (Postfix) "
             "with ESMTPSA id %s" % rhex(10), 1, tz(1))],
      relay=("static.107.45.21.65.clients.your-server.de", "65.21.45.107"),
      auth=auth("pass", "pass", "pass (policy=none)", "compras@" + dom, dom, (dom, "mail"), "65.21.45.107"),
      server="qq", qqn=8)

    # ---------------------------------------------------------------- ZIP with a program
    d = dt.datetime(2026, 12, 2, 7, 59, 3, tzinfo=tz(1))
    t = B("""
Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Bestellung Nr. 4500127713 (Keramikvasen, Duftkerzen) mit den gewünschten Lieferterminen.

Bitte prüfen Sie die Positionen und senden Sie uns die Auftragsbestätigung bis spätestens Mittwoch zurück. Die Anzahlung wird nach Erhalt der AB angewiesen.

Mit freundlichen Grüßen

i.A. Sabine Krüger
Einkauf
Kessler Wohnaccessoires GmbH
Hafenstraße 9, 47119 Duisburg
""")
    dom = "kessler-wohnaccessoires.de"
    vhost = "45.77.65.201.vultrusercontent.com"
    E(key="X11", lang="de", cat="X", btype="unknown", genuine=False, kind="scam:po_archive_program",
      why="Unknown 'customer' sends an order as a ZIP whose only file is 'Bestellung_4500127713.pdf.exe'; sent "
          "from a Vultr VPS with SPF softfail and no DKIM.",
      **{"from": ("Kessler Wohnaccessoires - Einkauf", "einkauf@" + dom)}, to=[("", SALES)],
      subject="Bestellung 4500127713 - Bitte um Auftragsbestätigung", date=d,
      msgid="<%s$%s@%s>" % (rhex(14).lower(), rhex(6).lower(), dom), text=t,
      attachments=[("Bestellung_4500127713.zip", "application/zip", zip_with_program())],
      extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adtk" + ralnum(24) + "==")],
      dkim=None, env_from="einkauf@" + dom, hops=[],
      relay=(vhost, "45.77.65.201"),
      auth=auth("softfail", "none", "none", "einkauf@" + dom, dom, None, "45.77.65.201"), server="qq", qqn=1)

    # ---------------------------------------------------------------- freight forwarder spam, 163.com, GBK
    d = dt.datetime(2026, 11, 27, 10, 16, 22, tzinfo=CN)
    t = B("""
您好！

冒昧打扰。了解到贵司有出口欧洲、美国的业务，特向您报一下本月最新运价，供您询价参考：

宁波 → 汉堡 / 鹿特丹 / 安特卫普 40HQ：USD 1,850 起（马士基 / 达飞，直航约 28 天）
宁波 → 洛杉矶 / 长滩 40HQ：USD 1,620 起
宁波 → 吉达 / 杰贝阿里 40HQ：USD 1,380 起
拼箱 LCL：欧洲基港 USD 18/CBM

另可做：欧洲、美国、澳洲双清包税到门（DDP），亚马逊 FBA 头程，拖车报关一条龙。

贵司近期如有出货计划，欢迎随时询价，加我微信（手机同号）158 6728 3310，报价 10 分钟内回复。

祝商祺！

Kevin 王凯
宁波远航国际货运代理有限公司
地址：宁波市鄞州区天童南路 588 号 宁波商会国贸中心 A 座 1906
手机 / 微信：158 6728 3310
QQ：2874410563
""")
    x13_ip = "115.216.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
    E(key="X13", lang="zh", cat="X", btype="unknown", genuine=False, kind="spam:freight_forwarder",
      why="Freight forwarder's rate sheet dressed as an inquiry ('询价'), selling shipping and DDP services; "
          "163.com, all headers pass.",
      **{"from": ("宁波远航货代-Kevin", "kevin_yuanhang_logistics@163.com")}, to=[("", SALES_OLD)],
      subject="询价：宁波—汉堡/鹿特丹 40HQ 最新运价，请查收", date=d,
      msgid="<%s.%s.%s@163.com>" % (ralnum(8).lower(), rhex(4).lower(), rhex(12).lower()), text=t,
      html=html_from_text(t, font="宋体"), charset="gbk", cte="base64", header_charset="gbk",
      extra=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9fd8ad34)"
                                                " Copyright (c) 2002-2026 www.mailtech.cn 163com"),
             ("X-Originating-IP", "[%s]" % x13_ip),
             ("X-CM-CTRLDATA", ralnum(40) + "=")],
      dkim=("163.com", "s110527"), env_from="kevin_yuanhang_logistics@163.com",
      hops=[("from kevin_yuanhang_logistics$163.com ( [%s] ) by\r\n ajax-webmail-wmsvr-40-119 "
             "(Coremail) " % x13_ip, 0, CN)],
      relay=("m16.mail.163.com", "220.197.31.3"), server="aliyun", rcpt=SALES_OLD,
      auth=auth("pass", "pass", "pass (policy=none)", "kevin_yuanhang_logistics@163.com", "163.com",
                ("163.com", "s110527"), "220.197.31.3"))

    # ---------------------------------------------------------------- job / task scam, Malay, Outlook.com
    d = dt.datetime(2026, 11, 30, 20, 44, 9, tzinfo=tz(8))
    t = B("""
Salam sejahtera,

Maaf mengganggu. Kami dari pasukan sumber manusia sebuah agensi pemasaran e-dagang yang bekerjasama dengan pedagang di Shopee, Lazada dan TikTok Shop. Kami sedang mencari rakan kongsi sambilan untuk membantu pedagang meningkatkan jualan dan kedudukan produk.

Tugas: like, follow dan beri penilaian 5 bintang kepada produk secara dalam talian menggunakan telefon bimbit.
Masa kerja: 30 – 60 minit sehari, boleh dibuat dari rumah.
Gaji: RM300 – RM800 sehari, dibayar pada hari yang sama.
Syarat: berumur 22 tahun ke atas, mempunyai telefon pintar dan akaun bank Malaysia.

Sekiranya berminat, sila hubungi penyelia kami melalui WhatsApp: https://wa.me/601155230847 dan nyatakan kod "EB88".

Terima kasih.
Cik Amira
Pasukan HR
""")
    E(key="X17", lang="ms", cat="X", btype="unknown", genuine=False, kind="spam:job_task",
      why="Task-scam recruitment (paid 5-star ratings, RM300-800 a day, WhatsApp) sprayed to a factory "
          "mailbox under an 'inquiry' subject; Outlook.com free mail.",
      **{"from": ("Pasukan HR Rekrut", "rekrut.hr.malaysia2026@outlook.com")}, to=[("", SALES_OLD)],
      subject="Pertanyaan kerjasama – kerja sambilan RM300-RM800 sehari", date=d,
      msgid=mid_outlook("SG2PR01MB4193", "apcprd01"), text=t, html=html_from_text(t),
      extra=[("Thread-Topic", "Pertanyaan kerjasama"), ("Content-Language", "ms-MY"),
             ("X-MS-Exchange-Organization-SCL", "1")],
      dkim=("outlook.com", "selector1"), env_from="rekrut.hr.malaysia2026@outlook.com",
      hops=m365_hops("SG2PR01MB4193", "TYZPR01MB5528", "2603:1096:4:1b3::8", "2603:1096:400:2f1::11", "apcprd01"),
      relay=("mail-sgaapc01olkn2081.outbound.protection.outlook.com", "40.92.53.81"), server="aliyun",
      rcpt=SALES_OLD,
      auth=auth("pass", "pass", "pass (policy=none)", "rekrut.hr.malaysia2026@outlook.com", "outlook.com",
                ("outlook.com", "selector1"), "40.92.53.81"))

    # ---------------------------------------------------------------- platform-notice phishing, HTML only
    d = dt.datetime(2026, 12, 4, 15, 3, 27, tzinfo=CN)
    link = "https://login.alibaba-seller-center.com.inquiry-verify.top/member/signin?return=inquiry%2FEB7731&lang=zh"
    h = """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'PingFang SC','Microsoft YaHei',Arial">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto">
<tr><td style="background:#ff6a00;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold">Alibaba.com
<span style="font-size:13px;font-weight:normal">&nbsp;|&nbsp;商家服务中心</span></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.8">
尊敬的供应商：<br><br>
您好！您的账户（sales@everbright-decor.com）收到一条来自 <b>澳大利亚</b> 的高意向询盘，买家已通过认证，预估采购金额 <b>USD 38,000</b>。<br><br>
由于您超过 24 小时未回复，根据《阿里巴巴国际站询盘响应规则》，该询盘将于 <b style="color:#e00">2026-12-05 18:00</b> 自动关闭，并将影响店铺回复率及星级评定。<br><br>
<div style="text-align:center;margin:26px 0">
<a href="%s" style="background:#ff6a00;color:#fff;padding:12px 36px;text-decoration:none;border-radius:4px;font-size:16px">立即登录回复询盘</a></div>
如您已回复，请忽略本邮件。<br>
<span style="color:#999;font-size:12px">此邮件由系统自动发出，请勿直接回复。<br>阿里巴巴国际站 商家服务中心</span>
</td></tr>
<tr><td style="background:#fafafa;padding:12px 24px;font-size:11px;color:#aaa">Alibaba.com Singapore E-Commerce Private Limited &copy; 1999-2026</td></tr>
</table>
<img src="https://track.alibaba-seller-center.com/o.gif?id=%s" width="1" height="1">
</body></html>
""" % (link, rhex(12).lower())
    dom = "alibaba-seller-center.com"
    E(key="X18", lang="zh", cat="X", btype="unknown", genuine=False, kind="scam:platform_notice_phish",
      why="Fake Alibaba.com 'inquiry about to close' notice: lookalike sender domain on a Tencent Cloud VM, "
          "urgency, button to a credential page under inquiry-verify.top.",
      **{"from": ("阿里巴巴国际站", "notice@" + dom)}, to=[("", SALES)],
      subject="【重要】您有1条高意向询盘即将因超时未回复被关闭（买家：Ha***ome Pty Ltd，澳大利亚）", date=d,
      msgid="<%s.%s@%s>" % (int(d.timestamp() * 1000), rhex(8).lower(), dom), html=h, cte="base64",
      extra=[("X-Mailer", "Sendy 6.1")],
      dkim=None, env_from="bounce@" + dom,
      hops=[("from localhost (localhost [127.0.0.1])\r\n\tby VM-16-9-ubuntu (Postfix) with ESMTP id %s" % rhex(10),
             1, CN)],
      relay=("VM-16-9-ubuntu", "43.156.72.190"),
      auth=auth("pass", "none", "none", "bounce@" + dom, dom, None, "43.156.72.190"), server="qq", qqn=9)

    # ---------------------------------------------------------------- sample scam, Zoho, clean headers
    d = dt.datetime(2026, 11, 26, 9, 27, 15, tzinfo=tz(1))
    t = B("""
Hej,

Tack för er katalog! Vi på Nordhem Inredning (22 butiker i Sverige och Norge) har gått igenom sortimentet och vill gå vidare med 6 artiklar: 2 keramikvaser, 2 doftljus och 2 fotoramar. Beräknad första order: 2 x 40' container, ca 38 000 USD.

Innan vi lägger order behöver vi prover. Alla våra prover hanteras av vår logistik- och kvalitetspartner ScanSample Logistics AB i Göteborg, som registrerar nya leverantörer i vårt leverantörssystem och testar proverna enligt svensk standard.

Registreringsavgiften för nya leverantörer är 95 EUR och provfrakten 140 EUR, som betalas av leverantören direkt till ScanSample. Beloppet dras av från vår första faktura, så ni får tillbaka det vid första ordern.

Betalningslänk och registreringsformulär: https://scansample-logistics.se/leverantor/registrera?ref=NH-2291

Skicka gärna proverna inom 7 dagar efter registreringen, vi planerar att lägga ordern före jul.

Med vänliga hälsningar
Erik Sandberg
Inköpschef
Nordhem Inredning AB
Järnvägsgatan 12, 252 24 Helsingborg
+46 76 448 21 09
""")
    dom = "nordhem-inredning.se"
    E(key="X20", lang="sv", cat="X", btype="unknown", genuine=False, kind="scam:sample_courier_fee",
      why="Invented 22-store chain 'thanks for the catalogue' we never sent, then requires the supplier to pay a "
          "supplier-registration and sample-freight fee to its 'logistics partner' via a link; Zoho mail, all "
          "headers pass.",
      **{"from": ("Erik Sandberg", "erik.sandberg@" + dom)}, to=[("", SALES_OLD)],
      subject="Provbeställning inför order – Nordhem Inredning", date=d,
      msgid="<%d.%d@%s>" % (int(d.timestamp() * 1000), RNG.randint(10**17, 10**18), "zoho.eu"), text=t,
      html=html_from_text(t, font="Verdana, Arial", size="10pt"),
      extra=[("X-Mailer", "Zoho Mail"), ("Importance", "Medium")],
      dkim=(dom, "zmail"), env_from="erik.sandberg@" + dom, hops=[],
      relay=("sender4-op-o11.zoho.eu", "136.143.169.11"), server="aliyun", rcpt=SALES_OLD,
      auth=auth("pass", "pass", "pass (policy=none)", "erik.sandberg@" + dom, dom, (dom, "zmail"),
                "136.143.169.11"))

    # ---------------------------------------------------------------- payment-change notice from lookalike forwarder
    d = dt.datetime(2026, 12, 4, 10, 31, 6, tzinfo=CN)
    t = B("""
尊敬的客户：

您好！因我司年度审计及银行账户调整，原中国银行宁波分行美元账户自 2026 年 12 月 1 日起暂停收款。

自即日起，请将所有运费（含 11 月发票 GX2611-0387、GX2611-0391，合计 USD 7,460.00）汇入我司香港新账户，账户信息详见《收款账户变更确认函》：
https://share.nbgangxin-logistic.com/d/GX-account-2026.pdf

请于 12 月 8 日前安排付款，以免影响贵司下一票舱位及提单放行。原账户请勿再付款。
如有疑问请直接回复本邮件，原业务员已离职，请勿致电。

顺颂商祺！

宁波港信国际物流有限公司
财务部 李会计
""")
    dom = "nbgangxin-logistic.com"
    E(key="X22", lang="zh", cat="X", btype="unknown", genuine=False, kind="scam:payment_change_notice",
      why="Business-email-compromise style bank-change notice from a lookalike forwarder domain: new Hong Kong "
          "account via a download link, pay by a deadline, 'do not phone, the old rep left', Reply-To on free "
          "mail.",
      **{"from": ("港信国际物流 财务部", "finance@" + dom)}, to=[("", SALES)],
      reply_to=("港信物流财务", "gangxin.finance@outlook.com"),
      subject="关于我司收款账户变更的通知（12月起请按新账户支付运费）", date=d,
      msgid="<%s@%s>" % (rhex(32).lower(), dom), text=t, html=html_from_text(t, font="微软雅黑"), cte="base64",
      extra=[("User-Agent", "Open-Xchange Mailer v8.26.64")],
      dkim=(dom, "default"), env_from="finance@" + dom,
      hops=[("from [103.152.%d.%d] (unknown [103.152.%d.%d])\r\n\t(Authenticated sender: finance@%s)\r\n\t"
             "by mail.privateemail.com (Postfix) with ESMTPA id 4dS%s" % (RNG.randint(1, 254), RNG.randint(1, 254),
                                                                          RNG.randint(1, 254), RNG.randint(1, 254),
                                                                          dom, ralnum(7)), 1, tz(-5))],
      relay=("MTA-11-3.privateemail.com", "198.54.127.61"),
      auth=auth("pass", "pass", "pass (policy=none)", "finance@" + dom, dom, (dom, "default"), "198.54.127.61"),
      server="qq", qqn=3)

    # ---------------------------------------------------------------- QR-code PO, Japanese, Linode Tokyo
    d = dt.datetime(2026, 11, 30, 9, 51, 18, tzinfo=tz(9))
    t = B("""
Everbright Home Decor
ご担当者様

いつも大変お世話になっております。
株式会社匠トレーディング 購買部でございます。

12月度の発注書をお送りいたします。
弊社では情報セキュリティ強化のため、発注書は添付PDFのQRコードから閲覧いただく方式に変更いたしました。
お手数ですが、スマートフォンで添付PDFのQRコードを読み取り、貴社のメールアドレスとパスワードでログインのうえ、内容をご確認ください。

納期の都合上、本日中に注文請書のご返送をお願いいたします。

何卒よろしくお願い申し上げます。

株式会社匠トレーディング
購買部　佐藤 健一
〒103-0027 東京都中央区日本橋2丁目7番1号
TEL 03-6262-4410
""")
    dom = "takumi-trading-jp.com"
    qr_url = "https://po-takumi-view.web.app/s/?m=sales%40everbright-decor.com&t=PO-TK2612-0418"
    E(key="X24", lang="ja", cat="X", btype="unknown", genuine=False, kind="scam:qr_code_phish",
      why="Pretends to be a regular customer ('いつも大変お世話に') sending a PO that can only be opened by "
          "scanning a QR code and logging in with our mailbox password; Linode VPS, SPF fail.",
      **{"from": ("株式会社匠トレーディング 購買部", "kobai@" + dom)}, to=[("", SALES_OLD)],
      subject="【発注書送付】2026年12月度 ご発注分（PO-TK2612-0418）", date=d,
      msgid="<%s@%s>" % (rhex(16).lower(), dom), text=t, charset="iso-2022-jp", cte="7bit", header_charset="iso-2022-jp",
      attachments=[("PO-TK2612-0418.pdf", "application/pdf", pdf_qr(qr_url))],
      extra=[("X-Mailer", "Microsoft Outlook 16.0")],
      dkim=None, env_from="kobai@" + dom, hops=[],
      relay=("172-104-84-203.ip.linodeusercontent.com", "172.104.84.203"), server="aliyun", rcpt=SALES_OLD,
      auth=auth("fail", "none", "none", "kobai@" + dom, dom, None, "172.104.84.203"))


# ================================================================ the .txt inquiries
def define_txts():
    T(key="A3", lang="fr", cat="A", btype="retailer", genuine=True, kind="specific",
      why="French décor retailer (9 shops + e-shop): candles 3x1,500 and tealight holders 2x1,000 with specs, "
          "CLP labelling, FOB Ningbo/CIF Le Havre, 30/70, BSCI; verified platform account, IP in FR.",
      email="c.legall@maisonlumen.fr", company="Maison Lumen SAS", country="FR",
      website="https://www.maisonlumen.fr",
      subject="Demande de prix – bougies parfumées en verre + photophores (1 500 pcs/réf.)",
      platform=dict(verified=True, account_age_years=4, products_viewed_90d=14, inquiries_sent_90d=3,
                    ip_country="FR"),
      body=B("""
Bonjour,

Nous sommes Maison Lumen, enseigne de décoration d'intérieur avec 9 boutiques en Bretagne et Pays de la Loire et un site e-commerce. Nous préparons notre collection automne-hiver 2027 et souhaitons recevoir votre meilleure offre pour :

1) Bougie parfumée, cire de soja, 180 g, pot en verre ambré avec couvercle bambou
   – 3 parfums : figue, ambre, linge propre
   – 1 500 pièces par parfum (4 500 pcs au total)
   – étiquette en français conforme CLP (pictogrammes, mention EUH208, UFI si nécessaire) : point bloquant pour nous
2) Photophore en verre strié, 2 tailles (H 10 cm et H 14 cm) – 1 000 pièces par taille

Conditionnement : boîte individuelle kraft, carton de 12, palettisable.
Incoterm : FOB Ningbo (merci d'indiquer aussi un prix CIF Le Havre pour comparaison).
Livraison entrepôt (Rennes) au plus tard fin juillet 2027.
Paiement : 30 % à la commande, 70 % contre copie du connaissement.

Pouvez-vous nous confirmer que votre usine est auditée BSCI et nous envoyer les fiches de données de sécurité (FDS) de vos parfums ? Des échantillons (2 pcs par référence) seraient les bienvenus, frais à notre charge.

Bien cordialement,
Claire Le Gall
Responsable achats – Maison Lumen
12 rue de la Monnaie, 35000 Rennes
+33 2 99 41 27 60
"""))

    T(key="A6", lang="nl", cat="A", btype="wholesaler", genuine=True, kind="specific",
      why="Aalsmeer wholesaler supplying ~400 florists and garden centres: five artificial/dried flower items "
          "600-3,000 pcs, 40ft HC, FOB Ningbo, 30/70, REACH and phyto; platform IP is CN because he is on a "
          "buying trip (says so).",
      email="j.vermeulen@bloemwerk-groothandel.nl", company="Bloemwerk Groothandel B.V.", country="NL",
      website="https://www.bloemwerk-groothandel.nl",
      subject="Prijsaanvraag kunstbloemen / kunstplanten – 1x 40ft HC, FOB Ningbo",
      platform=dict(verified=True, account_age_years=7, products_viewed_90d=22, inquiries_sent_90d=6,
                    ip_country="CN"),
      body=B("""
Goedemiddag,

Ik ben deze week in China (Yiwu, volgende week Ningbo) en kijk naar nieuwe leveranciers voor ons assortiment kunstbloemen. Wij zijn Bloemwerk Groothandel uit Aalsmeer en leveren aan ca. 400 bloemisten, tuincentra en woonwinkels in de Benelux.

Graag ontvang ik een prijsopgave voor:
- Kunstpioenroos tak 65 cm, 3 bloemen, kleuren oudroze en wit – 2.000 st per kleur
- Eucalyptus tak 90 cm, real touch – 3.000 st
- Kunstorchidee (phalaenopsis) 2 takken in keramische pot Ø12 – 1.000 st
- Olijfboom kunstplant 120 cm in zwarte pot – 600 st
- Pampasgras gedroogd, naturel, bos van 5 pluimen – 2.000 bos

Levering FOB Ningbo, 1x 40ft HC, verscheping uiterlijk half maart 2027 (voor Moederdag).
Betaling 30% aanbetaling, 70% tegen kopie B/L.
Graag een REACH-verklaring voor de kunststoffen meesturen; voor het pampasgras hebben wij een fytosanitair certificaat nodig.

Zou ik volgende week dinsdag of woensdag langs kunnen komen in de fabriek? Dan kunnen we de samples meteen bekijken.

Met vriendelijke groet,
Jeroen Vermeulen
Inkoop – Bloemwerk Groothandel B.V.
Legmeerdijk 287, 1431 GB Aalsmeer
+31 297 38 12 90 / mobiel +31 6 4128 7730 (ook WhatsApp)
"""))

    T(key="A8", lang="es", cat="A", btype="oem_importer", genuine=True, kind="specific",
      why="Spanish home-fragrance brand converting an earlier sample into an order: 2x2,500 logo-engraved "
          "candles, FSC box, CLP ES/PT, target price, FOB Ningbo to Valencia, 30/70.",
      email="lucia.romero@aromasdelsur.es", company="Aromas del Sur S.L.", country="ES",
      website="https://www.aromasdelsur.es",
      subject="Pedido velas con logo grabado – ref. EB-SC-205 (5.000 uds)",
      attachments=[dict(filename="logo_AdS_grabado_vectorial.pdf", content_type="application/pdf"),
                   dict(filename="texto_etiqueta_CLP_ES-PT.docx",
                        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
      body=B("""
Hola Lily,

Te escribo de parte de Aromas del Sur (Sevilla). En septiembre nos enviasteis muestras de la vela ref. EB-SC-205 y nuestro cliente principal ha dado el visto bueno, así que queremos pasar a pedido.

Detalle:
- Vela aromática de cera de soja, 220 g, vaso de cristal transparente con nuestro logo grabado al ácido (archivo vectorial adjunto)
- 2 fragancias: "Azahar" e "Higuera" – 2.500 uds de cada una
- Tapa de bambú, mecha de algodón sin plomo
- Caja individual kraft FSC impresa a 1 tinta, etiqueta CLP en español y portugués (te paso el texto)
- Precio objetivo: 1,65 USD/ud FOB Ningbo
- Puerto de destino: Valencia
- Plazo: mercancía en Valencia antes del 15 de abril de 2027
- Pago: 30 % por adelantado y 70 % contra copia del B/L

¿Podéis confirmar el plazo de producción y si el precio de la muestra se mantiene con el grabado? También necesitamos la ficha de datos de seguridad de cada fragancia y el certificado FSC de la caja.

Un saludo,
Lucía Romero Vidal
Compras y Desarrollo de Producto
Aromas del Sur S.L.
Pol. Ind. Store, C/ A nº 12, 41008 Sevilla
+34 954 36 71 82
"""))

    T(key="A10", lang="en", cat="A", btype="chain", genuine=True, kind="specific",
      why="34-store Australian homewares chain: 8 photo-frame SKUs x 800, FSC, timber treatment for biosecurity, "
          "retail packaging, FOB Ningbo, ETA, 30/70, BSCI; verified 6-year platform account, IP AU.",
      email="priya.nair@harbourandhome.com.au", company="Harbour & Home Pty Ltd", country="AU",
      website="https://www.harbourandhome.com.au",
      subject="RFQ - photo frames x 8 SKUs, 6,400 pcs, FOB Ningbo (Harbour & Home AU)",
      attachments=[dict(filename="HH_XM27_Frames_Brief.pdf", content_type="application/pdf")],
      platform=dict(verified=True, account_age_years=6, products_viewed_90d=31, inquiries_sent_90d=5,
                    ip_country="AU"),
      body=B("""
Hi team,

Harbour & Home is an Australian homewares retailer with 34 stores across NSW, VIC and QLD plus online. We're building our Christmas 2027 gifting range and would like pricing on the following photo frames (full brief attached):

1. 4x6" pine frame, natural, easel back - 800 pcs
2. 5x7" pine frame, natural - 800
3. 8x10" pine frame, black stain - 800
4. A4 certificate frame, white MDF wrap - 800
5. 3-opening collage frame 4x6", oak look - 800
6. 5x7" brass-finish metal frame with bevel - 800
7. 4x6" ceramic frame, scalloped edge, white - 800
8. Mini 2x3" frames, set of 3, assorted - 800 sets

- Glass fronts OK for 1-6; perspex preferred for 7 and 8 (gift packaging)
- FSC Mix timber and paper, please advise your CoC number
- Heat treatment / fumigation certificate for any solid timber (Australian biosecurity), ISPM-15 pallets
- Retail box with our barcode, cartons by SKU
- FOB Ningbo, ETA Sydney by 15 Sep 2027
- Payment: 30% deposit, 70% against copy B/L
- BSCI audit required

Could you send quotes by Friday week and let us know sample lead time? Happy to jump on a Teams call.

Cheers,
Priya Nair
Senior Buyer - Home & Gifting
Harbour & Home Pty Ltd
Level 3, 88 Bourke Rd, Alexandria NSW 2015
+61 2 9113 4570
"""))

    T(key="B1", lang="en", cat="B", btype="retailer", genuine=True, kind="vague",
      why="Three small UK gift shops asking for catalogue, price list and MOQ with no items or quantities: "
          "real but vague and probably small.",
      email="sarah@thelittlebarngifts.co.uk", company="The Little Barn Gifts", country="GB",
      website="https://www.thelittlebarngifts.co.uk", subject="Catalogue request",
      body=B("""
Hi there

We're a small group of 3 gift shops in the Cotswolds (Burford, Stow and Chipping Campden). Could you send your catalogue and price list for vases, candles and christmas decorations please. Also what is your minimum order and do you ship to the UK?

Many thanks
Sarah

Sarah Pennington
The Little Barn Gifts
01993 824517
"""))

    T(key="B3", lang="th", cat="B", btype="end_user", genuine=True, kind="some_detail",
      why="Bangkok interior designer buying for her client's 3 resorts (project purchase, not resale): vases, "
          "candle holders and artificial plants in small quantities, custom colours; Thailand not a target "
          "market; below MOQ.",
      email="pimchanok@lineandform.co.th", company="Line & Form Design Studio Co., Ltd.", country="TH",
      website="https://www.lineandform.co.th",
      subject="สอบถามราคา แจกันเซรามิก เชิงเทียน และต้นไม้ปลอม สำหรับโครงการรีสอร์ท",
      body=B("""
เรียน ฝ่ายขาย

ดิฉันชื่อ พิมพ์ชนก ศรีวงศ์ อินทีเรียดีไซเนอร์จากบริษัท ไลน์ แอนด์ ฟอร์ม ดีไซน์ สตูดิโอ จำกัด (กรุงเทพฯ) ขณะนี้เรากำลังตกแต่งรีสอร์ท 3 แห่งของลูกค้าที่ภูเก็ตและกระบี่ (รวมประมาณ 180 ห้อง) กำหนดเปิดปลายปี 2027

สนใจสินค้าดังนี้ค่ะ
- แจกันเซรามิก (ceramic vase) ทรงสูง สีเอิร์ธโทน ประมาณ 180 ใบ
- ที่ใส่เทียน (candle holder) แก้วหรือเซรามิก ประมาณ 250 ชิ้น
- ต้นไม้ปลอม (artificial plant) ขนาดใหญ่ 150-180 ซม. สำหรับล็อบบี้ ประมาณ 40 ต้น

อยากทราบว่าสามารถทำสีตามที่เรากำหนดได้หรือไม่ และ MOQ เท่าไร ถ้าจำนวนน้อยกว่า MOQ จะคิดราคาอย่างไร
ส่งสินค้าที่ท่าเรือแหลมฉบัง (CIF Laem Chabang)
รบกวนส่งแคตตาล็อกและราคาเบื้องต้นมาให้ด้วยค่ะ

ขอบคุณค่ะ
พิมพ์ชนก ศรีวงศ์
Senior Interior Designer
Line & Form Design Studio Co., Ltd.
โทร 02 258 4417 / 081 734 2296
"""))

    T(key="B5", lang="hi", cat="B", btype="retailer", genuine=True, kind="some_detail",
      why="Mumbai home-decor shop owner (2 stores) asking artificial flowers and vases at 150-200 per design, "
          "under MOQ, asks to mix designs; India not a target market; unverified platform account but "
          "consistent IN IP.",
      email="rahul@roopsajjahome.in", company="Roopsajja Home Decor", country="IN",
      website="https://www.roopsajjahome.in",
      subject="Artificial flowers और ceramic vase के लिए कोटेशन चाहिए – मुंबई",
      platform=dict(verified=False, account_age_years=1, products_viewed_90d=38, inquiries_sent_90d=11,
                    ip_country="IN"),
      body=B("""
नमस्ते,

मैं राहुल मेहता, "रूपसज्जा होम डेकोर" से बात कर रहा हूँ। मुंबई (बांद्रा और ठाणे) में हमारे 2 होम डेकोर स्टोर हैं। हमें artificial flowers और कुछ ceramic vases चाहिए।

- Artificial flowers (peony, rose, orchid, eucalyptus) – 5 design, हर design के 200 pcs
- Ceramic vase (matt white और beige) – 3 design, हर design के 150 pcs

आपका MOQ कितना है? अगर MOQ 500 है तो क्या अलग-अलग design mix करके एक order बना सकते हैं? CIF Nhava Sheva का price बताइए। Quantity छोटी है इसलिए payment हम 100% advance TT कर देंगे।

Catalogue WhatsApp या email पर भेज दीजिए।

धन्यवाद,
राहुल मेहता
Roopsajja Home Decor
Shop 4, Hill Road, Bandra (W), Mumbai 400050
+91 98201 45377
"""))

    T(key="B7", lang="el", cat="B", btype="retailer", genuine=True, kind="some_detail",
      why="Greek candle e-shop (EU, target market) wants a 300-candle trial plus 100 vases, far under MOQ, and "
          "asks about stock or mixed MOQ before regular Christmas orders.",
      email="eleni@keriphos.gr", company="Κερί & Φως", country="GR", website="https://keriphos.gr",
      subject="Ερώτηση για αρωματικά κεριά – μικρή πρώτη παραγγελία",
      body=B("""
Καλησπέρα σας,

Είμαι η Ελένη Παπαδοπούλου από το e-shop «Κερί & Φως» στη Θεσσαλονίκη (keriphos.gr). Πουλάμε αρωματικά κεριά, κηροπήγια και μικρά διακοσμητικά.

Θα θέλαμε να δοκιμάσουμε τα κεριά σας σε γυάλινο δοχείο:
- scented candle 200 g, 3 αρώματα (λεβάντα, σύκο, βανίλια) – περίπου 100 τεμ. από κάθε άρωμα
- 2 μικρά κεραμικά βάζα (ceramic vase), 50 τεμ. το καθένα

Ξέρω ότι η ελάχιστη ποσότητα για τα κεριά είναι 1.000 τεμ. Υπάρχει δυνατότητα για μικρότερη πρώτη παραγγελία ή από έτοιμο stock; Αν πάει καλά, θα παραγγείλουμε κανονικές ποσότητες για τα Χριστούγεννα 2027.
Χρειαζόμαστε ετικέτες CLP στα ελληνικά.
Μεταφορά: θα μπορούσατε να στείλετε με courier ή LCL στον Πειραιά;

Ευχαριστώ πολύ,
Ελένη Παπαδοπούλου
Κερί & Φως
Τσιμισκή 88, 546 22 Θεσσαλονίκη
τηλ. 2310 245618
"""))

    T(key="B9", lang="ms", cat="B", btype="retailer", genuine=True, kind="vague",
      why="Johor Bahru florist asking catalogue, price and MOQ for artificial flowers: real, small and vague; "
          "Malaysia not a target market; Gmail.",
      email="ainaflorist.jb@gmail.com", company="Aina Florist & Deco", country="MY", website="",
      subject="Tanya harga bunga tiruan",
      platform=dict(verified=False, account_age_years=2, products_viewed_90d=26, inquiries_sent_90d=9,
                    ip_country="MY"),
      body=B("""
Salam dan selamat petang,

Saya Nurul Aina dari kedai Aina Florist & Deco di Johor Bahru. Saya berminat dengan bunga tiruan (artificial flower) dan pokok hiasan untuk kedai saya dan juga untuk dekorasi majlis perkahwinan.

Boleh hantar katalog dan senarai harga? Berapa MOQ? Boleh campur beberapa jenis bunga dalam satu pesanan? Dan boleh hantar ke Johor (Pasir Gudang) atau perlu guna agent?

Terima kasih.
Nurul Aina
Aina Florist & Deco
012-774 3105
"""))

    T(key="B11", lang="de", cat="B", btype="end_user", genuine=True, kind="specific",
      why="Graz interior architect furnishing one restaurant for a client: 140 vases, 60 frames, maybe 30 "
          "lanterns, custom colour, DAP Graz; specific but well under MOQ and a one-off project purchase.",
      email="office@studio-haberl.at", company="Studio Haberl Innenarchitektur", country="AT",
      website="https://www.studio-haberl.at",
      subject="Anfrage Vasen + Bilderrahmen für Restaurantprojekt (Graz)",
      body=B("""
Grüß Gott,

ich bin Innenarchitektin in Graz und statte gerade ein Restaurant mit Bar (ca. 140 Sitzplätze) für einen Kunden aus. Eröffnung ist im April 2027.

Benötigt werden:
- 140 Stk. Keramikvasen (Tischvasen), Ø 8–10 cm, Höhe ca. 20–22 cm, matte Glasur, Farbe nach Muster (warmes Ocker, annähernd RAL 1024)
- 60 Stk. Bilderrahmen 30 × 40 cm, Eiche massiv, mit Passepartout, für eine Schwarz-Weiß-Fotoserie
- eventuell 30 Windlichter aus Glas

Ist eine Sonderfarbe bei dieser Stückzahl möglich? Mir ist klar, dass das unter Ihrer Mindestmenge liegt – falls nötig würden wir einen Aufpreis akzeptieren. Lieferung bitte DAP Graz (Adresse folgt), Rechnung an mein Büro.

Beste Grüße
DI Magdalena Haberl
Studio Haberl Innenarchitektur
Annenstraße 31, 8020 Graz
+43 316 71 24 58
"""))

    T(key="B12", lang="pt", cat="B", btype="wholesaler", genuine=True, kind="some_detail",
      why="São Paulo importer-distributor (~250 shops): vases and artificial flowers for a mixed 40HC, CIF "
          "Santos, 30/70, documents; verified account; genuine but Brazil (LATAM) is not a target market.",
      email="rafael.monteiro@decorabrasil.com.br", company="Decora Brasil Importadora Ltda.", country="BR",
      website="https://www.decorabrasil.com.br",
      subject="Cotação – vasos de cerâmica e flores artificiais (importação Brasil)",
      platform=dict(verified=True, account_age_years=3, products_viewed_90d=58, inquiries_sent_90d=19,
                    ip_country="BR"),
      body=B("""
Bom dia,

Somos a Decora Brasil Importadora, de São Paulo. Importamos decoração para casa e distribuímos para cerca de 250 lojas de decoração e floriculturas no Sudeste e no Sul.

Estamos montando o pedido do segundo semestre de 2027 e gostaríamos de cotar:
- Vasos de cerâmica em 3 tamanhos, acabamento fosco, cores neutras
- Flores artificiais: orquídeas, folhagens (costela-de-adão, samambaia) e buquês de peônia

Volume estimado: 1 contêiner 40' HC misto. Preço CIF Santos.
Precisamos de fatura comercial e packing list em português/inglês e certificado de origem. A LI (licença de importação) nós providenciamos.
Pagamento: 30% antecipado e 70% contra cópia do BL.

Poderiam enviar catálogo atualizado, lista de preços e prazo de produção?

Atenciosamente,
Rafael Monteiro
Gerente de Compras Internacionais
Decora Brasil Importadora Ltda.
Rua Voluntários da Pátria, 1450 – Santana, São Paulo/SP
+55 11 2283 5170 | WhatsApp +55 11 98412 3307
"""))

    T(key="C2", lang="es", cat="C", btype="wholesaler", genuine=True, kind="some_detail",
      why="Private Cuban small business (MIPYME) importing flowers and vases for its shops and resale, paying "
          "from Panama; genuine, but Cuba is a sanctioned market.",
      email="casabella.decor@nauta.cu", company="Casa Bella Decoraciones S.R.L.", country="CU", website="",
      subject="Solicitud de cotización – flores artificiales y jarrones (MIPYME, La Habana)",
      body=B("""
Buenos días,

Le escribe Yoandra Pérez, gerente comercial de Casa Bella Decoraciones S.R.L., una MIPYME privada de La Habana, Cuba. Tenemos dos tiendas de decoración y vendemos también a floristerías y salones de fiesta.

Queremos importar:
- flores artificiales (rosas, orquídeas, follaje): unas 3.000 varas en total, surtidas
- jarrones de cerámica blancos de 20–30 cm: 600 unidades

Puerto de destino: Mariel. El pago lo haríamos por transferencia desde la cuenta de nuestra comercializadora en Panamá.

¿Pueden enviarnos catálogo, precios FOB Ningbo y el costo del flete hasta Mariel?

Saludos cordiales,
Yoandra Pérez
Casa Bella Decoraciones S.R.L.
Calle 23 No. 1057, Vedado, La Habana
Tel. +53 7 833 4215 / WhatsApp +53 5 284 1170
"""))

    T(key="C4", lang="ko", cat="C", btype="retailer", genuine=True, kind="specific",
      why="Korean online homeware shop with a clear OEM request, but for curtains, cushion covers and rugs "
          "(textiles), which we do not make.",
      email="md@livingnmore.co.kr", company="리빙앤모어 (Living & More)", country="KR",
      website="https://www.livingnmore.co.kr",
      subject="린넨 커튼 및 쿠션 커버 OEM 견적 문의",
      body=B("""
안녕하세요,

저희는 온라인 홈리빙 편집숍 '리빙앤모어'입니다. 자사몰과 스마트스토어, 29CM에 입점해 판매하고 있습니다.

아래 제품의 OEM 견적을 요청드립니다.
1. 린넨 혼방 암막 커튼 (140×230cm, 4가지 색상) – 색상별 500장
2. 쿠션 커버 45×45cm, 워싱 코튼 – 6디자인 × 500개
3. 면 러그 120×180cm – 300장

자사 브랜드 라벨 부착과 개별 OPP 포장이 필요합니다. FOB 닝보 기준 단가와 생산 리드타임을 알려주세요. 샘플 비용도 함께 부탁드립니다.

감사합니다.
김서연 MD
리빙앤모어 | 서울특별시 마포구 양화로12길 16, 3층
02-332-4187
"""))

    T(key="C6", lang="zh", cat="C", btype="wholesaler", genuine=True, kind="vague",
      why="Yiwu trading company wants every factory price with a cost breakdown and workshop photos 'to compare', "
          "no product or quantity: price fishing.",
      email="xinhui_trade@163.com", company="义乌市鑫汇进出口有限公司", country="CN", website="",
      subject="求全套产品出厂价格表",
      body=B("""
你好，

我们是义乌的一家外贸公司，做中东和非洲市场，手上客户比较多，产品也比较杂。

麻烦把你们工厂所有产品（花瓶、蜡烛、相框、仿真花、圣诞的都要）的出厂价格表发我一份，最好带成本明细（材料、人工、包装分开列），再发几张车间和仓库的照片。我们先拿去和其他几家比一比，合适的话再谈下单的事。

数量现在定不了，看客户。

谢谢
陈经理
义乌市鑫汇进出口有限公司
微信同号：138 5792 4416
"""))

    T(key="C8", lang="ru", cat="C", btype="wholesaler", genuine=True, kind="vague",
      why="Riga trader already buying in Yiwu wants prices on everything at 100/500/1,000 pcs plus free samples "
          "and free shipping, with no concrete items: price fishing (EU market, but no real demand).",
      email="a.petrov.bht@inbox.lv", company="SIA Baltic Home Trade", country="LV", website="",
      subject="Запрос прайса на всю продукцию",
      body=B("""
Здравствуйте!

Мы компания SIA «Baltic Home Trade», Рига. Сейчас работаем с поставщиком из Иу, но хотим сравнить цены.

Пришлите, пожалуйста, прайс-лист на всю вашу продукцию: вазы, свечи, фоторамки, искусственные цветы, новогодние украшения – с ценами для тиража 100, 500 и 1000 шт. по каждой позиции. Также интересует, дадите ли вы бесплатные образцы и бесплатную доставку образцов в Ригу.

Конкретных позиций и объёмов пока нет, сначала хотим посмотреть цены.

С уважением,
Андрей Петров
SIA «Baltic Home Trade»
+371 26 147 782
"""))

    T(key="C10", lang="en", cat="C", btype="end_user", genuine=True, kind="specific",
      why="Bride in Canada wants 45 silk-flower centrepieces and 45 candle holders shipped home, CAD 900 total: "
          "genuine private order, tiny.",
      email="megan.thibault95@hotmail.com", company="", country="CA", website="",
      subject="Wedding centerpieces - silk flowers",
      platform=dict(verified=False, account_age_years=0.1, products_viewed_90d=12, inquiries_sent_90d=4,
                    ip_country="CA"),
      body=B("""
Hello,

I'm getting married on June 19 2027 in Kelowna, BC and I'm looking for someone who can make 45 silk flower centerpieces (peonies + garden roses + eucalyptus, dusty rose and sage colours) and 45 small glass candle holders to go with them. I saw your flowers on Alibaba and they look so real!!

Could you ship everything to my home address in Kelowna? My budget is around $900 CAD all in, including shipping. I can pay by credit card.

Thank you so much,
Megan Thibault
"""))

    # ================================================================ X (scams and spam) as .txt
    T(key="X2", lang="fr", cat="X", btype="unknown", genuine=False, kind="scam:retailer_impersonation",
      why="Claims to be Carrefour's non-food buying office but writes from a lookalike domain, unseen volumes of "
          "185,000 units, DDP on 60-day credit, asks for licence and bank details in 72 h, WhatsApp on a French "
          "mobile.",
      email="direction.achats@carrefour-groupe-achats.fr",
      company="Carrefour France – Direction des Achats Non-Alimentaires", country="FR",
      website="https://www.carrefour.fr",
      subject="Référencement fournisseur – Gamme Maison Printemps/Été 2027",
      attachments=[dict(filename="Formulaire_Referencement_Fournisseur_2027.docx",
                        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
      body=B("""
Madame, Monsieur,

Dans le cadre du renouvellement de notre gamme Maison & Décoration pour la saison Printemps/Été 2027, la Direction des Achats Non-Alimentaires de Carrefour France souhaite référencer de nouveaux fabricants en Asie.

Votre société a retenu notre attention. Nous souhaitons recevoir votre meilleure offre pour les volumes prévisionnels suivants, destinés à nos hypermarchés :
- Vases en céramique (assortiment 4 modèles) : 60 000 unités
- Bougies parfumées en verre : 85 000 unités
- Cadres photo (13×18 / 20×25) : 40 000 unités

Conditions générales d'achat : livraison DDP entrepôt (plateforme de Vitrolles), paiement à 60 jours fin de mois à réception des marchandises, après contrôle qualité.

Pour finaliser votre référencement, merci de nous retourner sous 72 heures le formulaire fournisseur ci-joint, dûment complété et signé, accompagné de votre licence commerciale et de votre RIB. Les premiers bons de commande seront émis dès validation de votre dossier.

Pour toute question, notre acheteur reste joignable au +33 7 56 81 42 09 (WhatsApp).

Cordialement,
Laurent Dufresne
Acheteur Senior – Maison & Décoration
Direction des Achats Non-Alimentaires
Carrefour France
93 avenue de Paris, 91300 Massy
"""))

    T(key="X4", lang="de", cat="X", btype="unknown", genuine=False, kind="scam:pay_after_resale",
      why="'Sales network of 210 partner stores' wants a full container DDP on consignment, paid monthly only "
          "for what sells, unsold goods returned at the supplier's cost, with promised EUR 350k a year.",
      email="einkauf@hansa-wohnwelt-vertrieb.de", company="Hansa Wohnwelt Vertriebs GmbH", country="DE",
      website="https://www.hansa-wohnwelt-vertrieb.de",
      subject="Kooperationsanfrage – Vertrieb Ihrer Wohnaccessoires in 210 Filialen (DACH)",
      body=B("""
Sehr geehrte Damen und Herren,

die Hansa Wohnwelt Vertriebs GmbH betreibt ein Vertriebsnetz mit 210 Partnerfilialen in Deutschland, Österreich und der Schweiz (Möbelhäuser, Gartencenter, Baumärkte). Wir suchen laufend leistungsfähige Hersteller aus Asien.

Ihre Produkte (Vasen, Duftkerzen, Kunstblumen, Weihnachtsdeko) passen hervorragend in unser Sortiment. Wir schlagen folgendes Modell vor, das sich bei unseren Partnern seit Jahren bewährt hat:

1. Sie liefern eine Erstbestückung für 40 Filialen (ca. 1 x 40' HC, gemischt) DDP an unser Zentrallager in Bremen.
2. Die Ware wird in unseren Filialen platziert und verkauft.
3. Die Abrechnung erfolgt monatlich nach Abverkauf; Zahlung jeweils 30 Tage nach Monatsende für die verkaufte Menge. Nicht verkaufte Ware kann nach 120 Tagen zurückgesandt werden (Kosten trägt der Lieferant).

Im Gegenzug garantieren wir Ihnen die sofortige Listung in allen 210 Filialen und Folgeaufträge von ca. 350.000 EUR jährlich.

Bitte senden Sie uns Ihren Katalog mit Preisen und bestätigen Sie Ihr Interesse bis zum 15.12., da wir die Frühjahrsplanung abschließen.

Mit freundlichen Grüßen
Markus Lehmann
Leiter Einkauf Asien
Hansa Wohnwelt Vertriebs GmbH
Konsul-Smidt-Straße 8, 28217 Bremen
Tel. +49 421 9898 3310 / Mobil +49 1521 7340 226
"""))

    T(key="X6", lang="en", cat="X", btype="unknown", genuine=False, kind="scam:card_overpayment",
      why="Wholesale order paid by credit card with the 'shipping agent's' freight added, which the supplier "
          "must forward by Zelle or wire: classic overpayment / stolen-card scheme.",
      email="j.hollister.buying@outlook.com", company="Hollister Home & Gifts LLC", country="US", website="",
      subject="Order for candles and vases - card payment",
      body=B("""
Hello Sales Manager,

My name is James Hollister, owner of Hollister Home & Gifts, we are opening our new store in Houston Texas in February. I am interested to order the following items from your company:

- Scented candles (glass jar) 800 pcs
- Ceramic vases, mix of 3 sizes 600 pcs
- Photo frames 400 pcs

Please send me the total cost of the goods. I will be paying with my company credit card (Visa or Amex), kindly let me know if you accept card so i can send the card details and billing address for processing.

For the shipping i have a private shipping agent here in Texas who handles all my imports (Prime Gulf Cargo), they will contact you for pickup. Please add their freight charge of $4,850 to my invoice, i will pay everything together on my card and you will then remit the freight to the agent by Zelle or wire so they can book the vessel. This is how i work with my other suppliers, it is faster.

Await your total invoice today as i want to process payment asap.

Regards,
James Hollister
Hollister Home & Gifts LLC
Houston, TX
"""))

    T(key="X7", lang="pl", cat="X", btype="unknown", genuine=False, kind="scam:accredited_agent_fee",
      why="Invented public-procurement office 'pre-qualifies' us for a PLN 1.28M tender, but non-EU bidders must "
          "register through its 'accredited agent' (a Gmail address) for EUR 1,850 before seeing the specs.",
      email="przetargi@mazowiecki-zarzad-zamowien.pl", company="Mazowiecki Zarząd Zamówień Publicznych",
      country="PL", website="https://mazowiecki-zarzad-zamowien.pl",
      subject="Zaproszenie do złożenia oferty – dostawa artykułów dekoracyjnych (nr ref. MZZP/DEK/2026/117)",
      attachments=[dict(filename="Zaproszenie_MZZP_DEK_2026_117.pdf", content_type="application/pdf")],
      body=B("""
Szanowni Państwo,

Mazowiecki Zarząd Zamówień Publicznych prowadzi postępowanie na dostawę artykułów dekoracyjnych (wazony ceramiczne, ramki na zdjęcia, sztuczne kwiaty, dekoracje bożonarodzeniowe) dla 14 jednostek administracji publicznej i szpitali województwa mazowieckiego. Szacunkowa wartość zamówienia: 1 280 000 PLN netto.

Państwa firma została wstępnie zakwalifikowana na podstawie informacji z międzynarodowych katalogów dostawców.

Zgodnie z przepisami dotyczącymi zamówień publicznych wykonawcy spoza Unii Europejskiej mogą składać oferty wyłącznie za pośrednictwem akredytowanego agenta zamówień publicznych. Naszym akredytowanym agentem jest Kancelaria Doradcza PRO-TENDER (mec. Marek Zieliński), która dokona rejestracji Państwa firmy w Centralnym Rejestrze Dostawców Zagranicznych. Opłata rejestracyjna wynosi 1 850 EUR i jest pokrywana przez wykonawcę. Po rejestracji otrzymają Państwo pełną specyfikację (SWZ) oraz formularz ofertowy.

Termin rejestracji: 14.12.2026. Kontakt z agentem: m.zielinski.protender@gmail.com, tel. +48 732 115 904.

Z poważaniem
Anna Kowalczyk
Wydział Zamówień i Logistyki
Mazowiecki Zarząd Zamówień Publicznych
ul. Marszałkowska 77/79, 00-683 Warszawa
"""))

    T(key="X8", lang="el", cat="X", btype="unknown", genuine=False, kind="scam:certificate_fee",
      why="'Hotel group' with big volumes says non-EU suppliers need a conformity certificate only its "
          "'partner lab' can issue, EUR 760 paid by the supplier, BSCI/ISO refused.",
      email="promitheies@aigaion-hotels-group.com", company="Όμιλος Ξενοδοχείων Αιγαίον Α.Ε.", country="GR",
      website="https://aigaion-hotels-group.com",
      subject="Πρόσκληση υποβολής προσφοράς – διακοσμητικά για 6 ξενοδοχεία",
      links=[dict(url="https://hellenicert-testing.com/apply?ref=AIG-2027", text="Αίτηση πιστοποιητικού")],
      body=B("""
Αξιότιμοι κύριοι,

Ο Όμιλος Ξενοδοχείων Αιγαίον ανακαινίζει έξι ξενοδοχεία σε Σαντορίνη, Μύκονο και Κρήτη (σύνολο 1.150 δωμάτια) για τη σεζόν 2027 και επιθυμεί να προμηθευτεί:

- Κεραμικά βάζα (διάφορα μεγέθη): 3.200 τεμ.
- Κορνίζες φωτογραφιών 30×40: 2.500 τεμ.
- Τεχνητά φυτά εσωτερικού χώρου: 900 τεμ.

Η πληρωμή γίνεται με ενέγγυα πίστωση (L/C) 100% με την αποστολή.

Σημαντικό: Σύμφωνα με την πολιτική του Ομίλου και τον κανονισμό της ΕΕ για την ασφάλεια των προϊόντων, όλοι οι προμηθευτές εκτός ΕΕ πρέπει να διαθέτουν «Πιστοποιητικό Συμμόρφωσης Προμηθευτή ΕΕ», το οποίο εκδίδεται από το διαπιστευμένο συνεργαζόμενο εργαστήριό μας HelleniCert Testing Services. Το κόστος έκδοσης (760 EUR) βαρύνει τον προμηθευτή και καταβάλλεται απευθείας στο εργαστήριο. Πιστοποιητικά τρίτων (BSCI, ISO κ.λπ.) δεν γίνονται δεκτά.

Παρακαλούμε υποβάλετε αίτηση στο εργαστήριο (https://hellenicert-testing.com/apply?ref=AIG-2027) και στείλτε μας την προσφορά σας μαζί με τον αριθμό πιστοποιητικού έως 18/12/2026.

Με εκτίμηση,
Νικόλαος Δημητρίου
Διευθυντής Προμηθειών
Όμιλος Ξενοδοχείων Αιγαίον Α.Ε.
Λεωφ. Συγγρού 142, 176 71 Καλλιθέα
τηλ. +30 21 0923 4418
"""))

    T(key="X12", lang="en", cat="X", btype="unknown", genuine=False, kind="spam:seo_pitch",
      why="SEO sales pitch under an 'Inquiry' subject from Gmail: no product, no purchase, 'reply YES'.",
      email="olivia.growthdesk@gmail.com", company="", country="IN", website="",
      subject="Inquiry regarding your website",
      body=B("""
Hi Everbright Team,

I was searching for "ceramic vase manufacturer China" on Google and noticed your website is not showing on the first 5 pages. Your competitors are getting those buyers instead of you.

I did a quick audit of everbright-decor.com and found 37 issues that stop Google from ranking you: slow loading speed, missing meta tags, very few backlinks, not fully mobile friendly...

We are a team of 25+ certified SEO experts and we can bring your website to page 1 of Google within 60-90 days, with guaranteed results and affordable monthly packages.

Can I send you the full audit report and a price quote? Just reply "YES".

Thanks & Regards,
Olivia Sharma
Digital Growth Consultant

P.S. If you are not interested, reply "No" and I won't email you again.
"""))

    T(key="X14", lang="en", cat="X", btype="unknown", genuine=False, kind="spam:competitor_factory",
      why="Another factory's sales pitch (glass jars, vases) posing as a reply to an inquiry we never sent.",
      email="cindy@xzbrightglass.com", company="Xuzhou Bright Glass Products Co., Ltd.", country="CN",
      website="http://www.xzbrightglass.com",
      subject="Re: Inquiry about candle jars",
      links=[dict(url="http://www.xzbrightglass.com/products/candle-jars.html", text="Catalog 2027")],
      body=B("""
Dear Purchasing Manager,

Glad to know you are on the market of candle jars & glass vases.

We are a 20 years manufacturer of glass candle jars, glass vases, diffuser bottles and candle holders in Xuzhou, China, with 8 production lines and 3,000,000 pcs monthly capacity. Our products are exported to USA, Europe, Australia and Middle East, and we passed BSCI, SEDEX and FDA / LFGB tests.

Hot items this month:
- Amber glass candle jar 8oz with bamboo lid: USD 0.38/pc
- Frosted glass jar 10oz with metal lid: USD 0.42/pc
- Fluted glass vase 20cm: USD 0.95/pc

Free samples are available, you only need to pay the express cost. MOQ 3,000 pcs.

Any question please feel free to contact me, WhatsApp/WeChat: +86 151 6213 7790.

Best regards,
Cindy Zhou
Sales Manager
Xuzhou Bright Glass Products Co., Ltd.
"""))

    T(key="X15", lang="zh", cat="X", btype="unknown", genuine=False, kind="spam:leads_directory",
      why="Lead-generation / customs-data vendor dressed up as a '采购询盘', hiding the 'buyers' behind a claim "
          "link and selling a membership.",
      email="service@waimao-huoke.cn", company="外贸精准获客平台", country="CN",
      website="https://www.waimao-huoke.cn",
      subject="【采购询盘】美国进口商求购陶瓷花瓶 40HQ – 请查看买家联系方式",
      links=[dict(url="https://www.waimao-huoke.cn/lead/claim?id=EB26120487", text="免费领取买家联系方式")],
      body=B("""
尊敬的 Ningbo Everbright Home Decor 负责人：

您好！

系统监测到，近 30 天北美地区有 126 家进口商在搜索 "ceramic vase / flower pot"，其中 3 家买家与贵司产品高度匹配：

1. 美国 加州 ××× Home Décor Inc. —— 年采购额约 USD 320 万，求购陶瓷花瓶 40HQ
2. 加拿大 多伦多 ××× Trading Ltd. —— 近期从宁波进口 6 柜
3. 美国 德州 ××× Wholesale LLC —— 采购季节性装饰品

买家联系方式（邮箱、电话、决策人领英）已为您锁定 48 小时，点击下方链接免费领取：
https://www.waimao-huoke.cn/lead/claim?id=EB26120487

我们提供：全球海关数据（200+ 国家）、AI 自动开发信、谷歌 SEO、LinkedIn / WhatsApp 营销一站式服务。现在开通年度会员，立享 6.8 折，并赠送 2000 条精准买家。

客户经理：李婷　手机 / 微信：139 5821 6674
退订请回复 TD
"""))

    T(key="X16", lang="zh", cat="X", btype="unknown", genuine=False, kind="spam:loan",
      why="Business-loan advertising under the subject '询价'; nothing to buy.",
      email="zhangjl_finance@126.com", company="", country="CN", website="", subject="询价",
      body=B("""
老板您好：

打扰了，看到贵司是做出口的工厂。现银行推出外贸企业专属经营贷：

✔ 无需抵押，凭出口数据 / 开票 / 纳税即可申请
✔ 额度 30 万 – 500 万，年化利率 2.98% 起
✔ 出口退税款可提前贷出，最快当天放款
✔ 随借随还，按日计息

年底资金周转、备货、发工资都可以用。有需要可以加我微信免费测额度，不成功不收费。

张经理（银行合作渠道）
电话 / 微信：181 5746 2093
"""))

    T(key="X19", lang="en", cat="X", btype="unknown", genuine=False, kind="scam:whatsapp_moveoff",
      why="Content-free inquiry pushing the conversation to WhatsApp ('email has issue'); brand-new unverified "
          "account that viewed 2 products but sent 148 inquiries, IP country far from the stated UK.",
      email="richardglobalventures@gmail.com", company="Richard Global Ventures Ltd", country="GB", website="",
      subject="Inquiry",
      links=[dict(url="https://wa.me/447441903216", text="Chat on WhatsApp")],
      platform=dict(verified=False, account_age_years=0.1, products_viewed_90d=2, inquiries_sent_90d=148,
                    ip_country="KH"),
      body=B("""
Hello,

I am interested in your product. Kindly send catalog and price list to my WhatsApp +44 7441 903216, my email is having issue these days so WhatsApp is better and faster.

After that i will share our company document through google drive for you to view.

Waiting for your urgent response.

Regards
Mr Richard Coleman
Purchasing Manager
"""))

    T(key="X21", lang="en", cat="X", btype="unknown", genuine=False, kind="scam:fake_expo_fee",
      why="'Free booth' at an invented Dubai expo where named buyers want to meet us; the catch is a mandatory "
          "catalogue/matchmaking listing at EUR 1,490 per edition with a 3-edition commitment in the fine print.",
      email="exhibitors@ghs-expo-dubai.com", company="Global Home & Gift Sourcing Expo Dubai 2027", country="AE",
      website="https://ghs-expo-dubai.com",
      subject="3 GCC buyers want to meet you - free booth at Global Home & Gift Sourcing Expo Dubai 2027",
      links=[dict(url="https://ghs-expo-dubai.com/exhibitor/confirm?c=EB-NB-0418", text="Confirm your free booth")],
      body=B("""
Dear Exhibitor,

We are pleased to inform you that three verified GCC buyers (a hotel procurement group, a retail chain with 60+ outlets and a regional distributor) have requested to meet Ningbo Everbright Home Decor at the Global Home & Gift Sourcing Expo, Dubai, 16-18 March 2027.

As a nominated supplier, your 9 sqm shell-scheme booth is FREE OF CHARGE (sponsored by the organizing committee).

To confirm your booth and buyer appointments, please complete the Exhibitor Confirmation Form by 12 December. Participation includes the mandatory listing in the Official Expo Catalogue & Buyer Matchmaking Platform (EUR 1,490 per edition).

Places are limited to 40 Chinese manufacturers per category.

Confirm your free booth: https://ghs-expo-dubai.com/exhibitor/confirm?c=EB-NB-0418

Kind regards,
Sophie Laurent
Exhibitor Relations Manager
GHS Expo Dubai 2027 | Organizing Committee

By signing the Exhibitor Confirmation Form the exhibitor agrees to a listing term of three (3) consecutive editions. Cancellation after signature incurs the full listing fee.
"""))

    T(key="X23", lang="ru", cat="X", btype="unknown", genuine=False, kind="scam:crypto_escrow",
      why="Monthly volumes paid only in USDT through the buyer's own 'escrow platform', where the supplier must "
          "first make a 300 USDT 'wallet verification' deposit; Telegram contact.",
      email="procurement@emirates-horizon-trade.com", company="Horizon Trade FZE", country="AE",
      website="https://emirates-horizon-trade.com",
      subject="Закупка свечей и ваз – оплата в USDT",
      links=[dict(url="https://horizonpay-otc.io/merchant/signup?inv=HT7731", text="Регистрация поставщика")],
      body=B("""
Добрый день!

Мы торговая компания Horizon Trade FZE (Дубай), работаем с клиентами из стран СНГ. Интересует регулярная закупка: ароматические свечи – 6 000 шт., вазы керамические – 4 000 шт., искусственные цветы – 10 000 шт. в месяц.

Из-за ограничений банков оплату производим только в USDT (TRC-20). Для безопасности обеих сторон все сделки проходят через наш гарант-сервис – эскроу-платформу HorizonPay OTC: мы депонируем 100% суммы заказа, а вы получаете средства сразу после отгрузки.

Чтобы получить платёж, вам нужно зарегистрироваться на платформе как поставщик и пройти верификацию кошелька (разовый депозит 300 USDT, возвращается вместе с первой оплатой). Ссылка для регистрации: https://horizonpay-otc.io/merchant/signup?inv=HT7731

Пришлите, пожалуйста, прайс и PI на первую партию, чтобы мы разместили средства на эскроу уже на этой неделе.

С уважением,
Руслан Ахмедов
Horizon Trade FZE
Telegram: @horizon_trade_ruslan
"""))

    T(key="X25", lang="nl", cat="X", btype="unknown", genuine=False, kind="scam:fake_audit_fee",
      why="First PO 'released' only after a social audit by the buyer's own auditor, USD 1,180 prepaid by the "
          "supplier, existing BSCI/Sedex refused, booking link.",
      email="s.dewit@vanderberg-wonen.nl", company="Van der Berg Wonen B.V.", country="NL",
      website="https://vanderberg-wonen.nl",
      subject="Inkooporder – voorwaarde: sociale audit via onze auditpartner",
      links=[dict(url="https://eurotrust-audits.com/book?client=VDBW&ref=NB-EB-26", text="Plan de audit")],
      body=B("""
Beste leverancier,

Van der Berg Wonen (56 winkels in Nederland en België) wil een eerste inkooporder plaatsen voor keramische vazen en geurkaarsen, totaal ca. 62.000 USD. De order kan direct worden vrijgegeven zodra uw fabriek is goedgekeurd.

- Keramische vazen, 4 modellen – 6.000 st
- Geurkaarsen in glas, 3 geuren – 9.000 st

Vanwege onze MVO-richtlijnen moet elke nieuwe fabriek vooraf een sociale en kwaliteitsaudit ondergaan door onze vaste auditpartner EuroTrust Compliance Audits. Bestaande certificaten (BSCI, Sedex, ISO) kunnen wij helaas niet accepteren. De auditkosten (USD 1.180) zijn voor rekening van de leverancier en moeten vóór de auditdatum worden voldaan. De audit kan al binnen 5 werkdagen plaatsvinden.

Plan de audit via: https://eurotrust-audits.com/book?client=VDBW&ref=NB-EB-26

Na een positief rapport ontvangt u binnen 48 uur de PO en 30% aanbetaling.

Met vriendelijke groet,
Sander de Wit
Category Manager Wonen
Van der Berg Wonen B.V.
Energieweg 22, 3542 DZ Utrecht
+31 30 711 4620
"""))

    T(key="X26", lang="en", cat="X", btype="unknown", genuine=False, kind="scam:visa_invitation",
      why="Promise of three containers, but the real ask is a stamped invitation letter to the Chinese embassy "
          "for a three-week 'factory visit' visa; Gmail, no website, passport scans attached.",
      email="maplecrestimports.ca@gmail.com", company="Maple Crest Imports Ltd.", country="CA", website="",
      subject="Factory visit and invitation letter request",
      attachments=[dict(filename="passport_S_Brooks.jpg", content_type="image/jpeg"),
                   dict(filename="passport_L_Moreau.jpg", content_type="image/jpeg")],
      body=B("""
Dear Sir/Ma,

Good day. We are Maple Crest Imports Ltd., an importer of home decor and gift items based in Toronto, Canada. We have seen your products and we are interested to place an order of three (3) 40ft containers of ceramic vases, candles and artificial flowers.

Before we make payment, our CEO and Procurement Officer would like to visit your factory in Ningbo to inspect production and discuss long term partnership. To enable us apply for the Chinese business visa (M visa), kindly send us an official invitation letter on your company letterhead with stamp, addressed to the Chinese Embassy, with the following details (passport copies attached):

1. Mr. Samuel Brooks - CEO
2. Mrs. Linda Moreau - Procurement Officer

Duration of visit: 3 weeks. We will bear all our travel costs.

We look forward to your urgent response so we can proceed with the visa application.

Best regards,
Samuel Brooks
CEO, Maple Crest Imports Ltd.
Toronto, Ontario
"""))


# ================================================================ output
def toml_str(v):
    return json.dumps(v, ensure_ascii=False)


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join("%s = %s" % (k, toml_val(x)) for k, x in v.items()) + "}"
    raise TypeError(v)


def write_txt(t, fid):
    fm = [("id", fid), ("language", t["lang"]), ("email", t["email"]), ("company", t["company"]),
          ("country", t["country"]), ("website", t["website"]), ("subject", t["subject"]),
          ("expected_category", t["cat"]), ("expected_buyer_type", t["btype"]), ("is_genuine", t["genuine"]),
          ("kind", t["kind"])]
    if t.get("attachments"):
        fm.append(("attachments", t["attachments"]))
    if t.get("links"):
        fm.append(("links", t["links"]))
    lines = ["+++"] + ["%s = %s" % (k, toml_val(v)) for k, v in fm]
    if t.get("platform"):
        lines += ["", "[platform]"] + ["%s = %s" % (k, toml_val(v)) for k, v in t["platform"].items()]
    lines.append("+++")
    with open(os.path.join(OUT, fid + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n" + t["body"])


def main():
    define_emls()
    define_txts()
    items = [("eml", m) for m in EMLS] + [("txt", t) for t in TXTS]
    order = list(range(len(items)))
    random.Random(SEED + 60).shuffle(order)
    for old in os.listdir(OUT):
        if re.fullmatch(r"b6_\d\d\.(eml|txt)", old):
            os.remove(os.path.join(OUT, old))
    labels = []
    for n, idx in enumerate(order, 1):
        ext, it = items[idx]
        fid = "b6_%02d" % n
        if ext == "eml":
            data = build_eml(it)
            with open(os.path.join(OUT, fid + ".eml"), "wb") as f:
                f.write(data)
        else:
            write_txt(it, fid)
        labels.append(dict(file=fid + "." + ext, expected_category=it["cat"], expected_buyer_type=it["btype"],
                           is_genuine=it["genuine"], kind=it["kind"], language=it["lang"], why=it["why"]))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d files (%d eml, %d txt)" % (len(labels), len(EMLS), len(TXTS)))


if __name__ == "__main__":
    main()
