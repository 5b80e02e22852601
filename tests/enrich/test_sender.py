"""The sender check on .eml files built here, signed for real with the lab's DKIM keys, and on the
real scam mails: what the headers alone say, offline and online against the lab's DNS."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import compat32
from email.utils import parseaddr
from pathlib import Path

import dkim
import pytest

from research import research_async
from research.context import open_context
from research.enrich import email, sender
from research.enrich.sender_identity import auth_results
from research.inputs import from_eml_bytes, from_text
from research.render.i18n import t
from research.types import Finding, Inquiry
from tests.conftest import SHARED_DATA
from tests.helpers import lab_settings, weight
from tests.lab.lab import Lab

KEYS = Path(__file__).resolve().parents[1] / "lab" / "dkim"
SELLER_MX = "from {name} ({name} [{ip}]) by mx.seller.cn (Postfix) with ESMTPS id 4XyZ; Tue, 22 Oct 2024 10:01:02 +0800"


def build(
    sender_addr: str,
    *,
    hops: tuple[str, ...],
    reply_to: str = "",
    message_id: str = "",
    sign: str = "",
    body: str = "Please quote 2,000 pcs of item 4471, FOB Ningbo.\r\n",
    extra: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """An .eml as the rep's server stores it: the sender's headers (signed by ``sign``'s lab key),
    then the Received lines the servers on the way put on top."""
    domain = sender_addr.rpartition("@")[2].strip(">")
    lines = [
        f"From: {sender_addr}",
        "To: sales@seller.cn",
        "Subject: Purchase order request",
        "Date: Tue, 22 Oct 2024 10:00:00 +0800",
        f"Message-ID: {message_id or f'<20241022.1234@{domain}>'}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        *(f"{k}: {v}" for k, v in extra),
    ]
    if reply_to:
        lines.insert(1, f"Reply-To: {reply_to}")
    message = ("\r\n".join(lines) + "\r\n\r\n" + body).encode()
    if sign:
        key = (KEYS / f"{sign}.pem").read_bytes()
        message = (
            dkim.sign(message, b"lab2026", sign.encode(), key, include_headers=[b"from", b"subject", b"to"]) + message
        )
    received = "".join(f"Received: {h}\r\n" for h in hops)
    return received.encode() + message


async def _check(lab: Lab, tmp_path: Path, inquiry: Inquiry, offline: bool = False) -> Finding:
    async with open_context(lab_settings(lab, tmp_path, offline=offline)) as ctx:
        return await sender.run(inquiry, ctx)


def _codes(f: Finding) -> set[str]:
    return {s.code for s in f.signals}


def _hop(name: str, ip: str) -> str:
    return SELLER_MX.format(name=name, ip=ip)


GENUINE_HOPS = (_hop("mail.nordwind-handel.de", "85.10.196.20"),)


async def test_genuine_signed_mail_from_the_companys_own_server(lab: Lab, tmp_path: Path) -> None:
    raw = build("Jan Becker <j.becker@nordwind-handel.de>", hops=GENUINE_HOPS, sign="nordwind-handel.de")
    f = await _check(lab, tmp_path, from_eml_bytes(raw))
    assert f.status == "ok" and f.facts["origin"]["ip"] == "85.10.196.20"
    assert f.facts["origin"]["country"] == "DE" and f.facts["spf"]["result"] == "pass"
    assert f.facts["dkim"] == [
        {"domain": "nordwind-handel.de", "selector": "lab2026", "result": "pass", "aligned": True}
    ]
    assert {"sender.spf_pass", "sender.dkim_pass", "sender.origin"} <= _codes(f)
    assert not [s.code for s in f.signals if weight(s) < 0]
    dkim_pass = next(s for s in f.signals if s.code == "sender.dkim_pass")
    assert dkim_pass.evidence[0].ref == "lab2026._domainkey.nordwind-handel.de TXT"
    assert dkim_pass.evidence[0].snippet.startswith("v=DKIM1; k=rsa; p=")


async def test_spf_follows_includes_through_our_resolver(lab: Lab, tmp_path: Path) -> None:
    """88.198.10.7 is allowed only by the included _spf record: pyspf's lookups reach the lab's DNS."""
    raw = build("j.becker@nordwind-handel.de", hops=(_hop("out2.nordwind-handel.de", "88.198.10.7"),))
    f = await _check(lab, tmp_path, from_eml_bytes(raw))
    assert f.facts["spf"]["result"] == "pass"
    assert any("_spf.nordwind-handel.de" in q for q in map(str, lab.dns_log))


async def test_a_changed_body_breaks_the_signature(lab: Lab, tmp_path: Path) -> None:
    raw = build("j.becker@nordwind-handel.de", hops=GENUINE_HOPS, sign="nordwind-handel.de")
    tampered = raw.replace(b"FOB Ningbo", b"FOB Lagos, pay to the new account")
    f = await _check(lab, tmp_path, from_eml_bytes(tampered))
    assert "sender.dkim_fail" in _codes(f) and f.facts["dkim"][0]["result"] == "fail"


async def test_spf_fail_for_a_server_the_domain_does_not_list(lab: Lab, tmp_path: Path) -> None:
    raw = build("j.becker@nordwind-handel.de", hops=(_hop("mail.nordwind-handel.de", "62.171.130.5"),))
    f = await _check(lab, tmp_path, from_eml_bytes(raw))
    spf_fail = next(s for s in f.signals if s.code == "sender.spf_fail")
    assert spf_fail.evidence[0].kind == "dns" and "ip4:85.10.196.0/24" in spf_fail.evidence[0].snippet
    assert weight(spf_fail) <= -15 and "62.171.130.5" in t(spf_fail.code, "en", spf_fail.params)


# The typical miss: the retailer's real domain in From, a rented server, replies elsewhere.
IMPERSONATION = (
    _hop("vmi123456.contaboserver.net", "62.171.130.5"),
    "from localhost (localhost [127.0.0.1]) by vmi123456.contaboserver.net (Postfix) with ESMTPA id 1",
)


async def test_a_famous_retailers_domain_sent_from_a_rented_server_is_a_veto(lab: Lab, tmp_path: Path) -> None:
    raw = build(
        "Walmart Procurement <procurement@walmart.com>",
        hops=IMPERSONATION,
        reply_to="walmart.procurement@walmart-trade.com",
        message_id="<5f2a@vmi123456.contaboserver.net>",
    )
    f = await _check(lab, tmp_path, from_eml_bytes(raw), offline=True)
    codes = _codes(f)
    assert {"sender.hosting_origin", "sender.reply_to_lookalike", "sender.message_id_differs"} <= codes
    doubt = next(s for s in f.signals if s.code == "sender.brand_identity_doubt")
    assert f.facts["brand"] == "Walmart" and doubt.params["how"] == "domain"
    assert {"hosting", "reply_to_other_domain", "dkim_missing", "message_id"} <= set(f.facts["inconsistencies"])
    assert "Contabo" in t(
        "sender.hosting_origin", "en", next(s for s in f.signals if s.code == "sender.hosting_origin").params
    )
    assert t(doubt.code, "zh", doubt.params).startswith("自称是 Walmart")
    assert "it left a rented server" in t(doubt.code, "en", doubt.params)


async def test_the_veto_makes_it_x_although_the_domain_is_the_brands(lab: Lab, tmp_path: Path) -> None:
    raw = build("procurement@walmart.com", hops=IMPERSONATION, reply_to="walmart.buyer@gmail.com")
    inquiry = from_eml_bytes(raw)
    report = await research_async(
        inquiry, settings=lab_settings(lab, tmp_path, offline=True), enrichers=(email.ENRICHER, sender.ENRICHER)
    )
    assert report.verdict.category == "X" and report.verdict.rule == "veto"
    assert "sender.brand_identity_doubt" in {r.code for r in report.verdict.reasons}


async def test_the_brands_own_signed_mail_is_not_doubted(lab: Lab, tmp_path: Path) -> None:
    raw = build("buyer.team@walmart.com", hops=(_hop("mx-out1.walmart.com", "161.170.230.15"),), sign="walmart.com")
    f = await _check(lab, tmp_path, from_eml_bytes(raw))
    assert {"sender.spf_pass", "sender.dkim_pass"} <= _codes(f)
    assert f.facts["brand"] == "Walmart" and f.facts["inconsistencies"] == []
    assert "sender.brand_identity_doubt" not in _codes(f)


async def test_the_brands_domain_from_an_address_its_spf_forbids(lab: Lab, tmp_path: Path) -> None:
    raw = build("buyer.team@walmart.com", hops=(_hop("mail.walmart.com", "45.77.12.34"),), sign="walmart.com")
    f = await _check(lab, tmp_path, from_eml_bytes(raw))
    assert "sender.spf_fail" in _codes(f) and "spf_fail" in f.facts["inconsistencies"]
    assert "sender.brand_identity_doubt" in _codes(f)


async def test_offline_the_route_is_read_and_authentication_is_said_to_be_skipped(lab: Lab, tmp_path: Path) -> None:
    raw = build("j.becker@nordwind-handel.de", hops=GENUINE_HOPS, sign="nordwind-handel.de")
    f = await _check(lab, tmp_path, from_eml_bytes(raw), offline=True)
    assert f.status == "partial" and f.reason == "sender.offline_auth"
    assert f.facts["skipped"] == ["sender.offline_auth"] and "spf" not in f.facts
    assert not {c for c in _codes(f) if c.startswith(("sender.spf", "sender.dkim"))}
    assert t(f.reason, "en") == "SPF and DKIM not checked (offline mode)"


async def test_pasted_text_has_no_route_to_check(lab: Lab, tmp_path: Path) -> None:
    inquiry = from_text("From: buyer@walmart.com\nSubject: PO\n\nPlease quote 500 pcs.")
    f = await _check(lab, tmp_path, inquiry)
    assert f.status == "skipped" and f.reason == "sender.no_headers" and f.signals == ()


async def test_without_the_messages_bytes_dkim_is_skipped_with_a_reason(lab: Lab, tmp_path: Path) -> None:
    raw = build("j.becker@nordwind-handel.de", hops=GENUINE_HOPS, sign="nordwind-handel.de")
    msg = message_from_bytes(raw, policy=compat32)
    inquiry = Inquiry(email="j.becker@nordwind-handel.de", headers=tuple((k, str(v)) for k, v in msg.items()))
    f = await _check(lab, tmp_path, inquiry)
    assert f.status == "partial" and f.reason == "sender.dkim_no_raw_message"
    assert f.facts["spf"]["result"] == "pass"  # SPF needs only the headers


async def test_free_mail_that_did_not_leave_its_provider(lab: Lab, tmp_path: Path) -> None:
    webmail = (
        _hop("host-7.static.arubacloud.com", "217.61.96.201"),
        "from webmail.example ([127.0.0.1]) by host-7.static.arubacloud.com with ESMTPA",
    )
    forged = from_eml_bytes(build("Li Wei <liwei.buyer@gmail.com>", hops=webmail, message_id="<x1@mail.qeaudio.ga>"))
    f = await _check(lab, tmp_path, forged, offline=True)
    assert {"sender.free_mail_not_from_provider", "sender.hosting_origin", "sender.message_id_differs"} <= _codes(f)
    gmail = (_hop("mail-sor-f41.google.com", "209.85.220.41"),)
    real = from_eml_bytes(build("liwei.buyer@gmail.com", hops=gmail, message_id="<CAB12@mail.gmail.com>"))
    g = await _check(lab, tmp_path, real, offline=True)
    assert _codes(g) == {"sender.origin"} and g.facts["origin"]["mail_service"] == "Google Workspace"


async def test_webmail_clients_country_against_the_stated_one(lab: Lab, tmp_path: Path) -> None:
    hops = (_hop("sonic301-20.consmr.mail.ir2.yahoo.com", "77.238.176.97"),)
    raw = build("j.brown@yahoo.co.uk", hops=hops, extra=(("X-Originating-IP", "[114.88.0.1]"),))
    inquiry = from_eml_bytes(raw, country="United Kingdom")
    f = await _check(lab, tmp_path, inquiry, offline=True)
    assert f.facts["client_ip"] == "114.88.0.1" and f.facts["client_country"] == "CN"
    differs = next(s for s in f.signals if s.code == "sender.origin_country_differs")
    assert differs.params["country"] == "CN" and differs.params["stated"] == "GB"
    assert differs.evidence[0].ref == "X-Originating-IP" and "iptocc" in differs.evidence[0].snippet


FORGED = (
    ("Authentication-Results", "mx.seller.cn; spf=softfail smtp.mailfrom=costco.com; dkim=none; dmarc=fail"),
    ("Return-Path", "<bounce@mailer-ru.xyz>"),
    ("Received", "from vps-2231.cheap-host.xyz (vps-2231.cheap-host.xyz [45.8.1.2]) by mx.seller.cn"),
    ("Reply-To", "costco.buyer@outlook.com"),
)
GENUINE = (
    ("Authentication-Results", "mx.seller.cn; spf=pass smtp.mailfrom=harborline-imports.com; dkim=pass; dmarc=pass"),
    ("Return-Path", "<karen@harborline-imports.com>"),
    ("Received", "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx.seller.cn"),
)


async def test_headers_of_a_forged_message(lab: Lab, tmp_path: Path) -> None:
    f = await _check(lab, tmp_path, Inquiry(email="buyer@costco.com", headers=FORGED), offline=True)
    codes = _codes(f)
    assert {"sender.auth_failed", "sender.return_path_differs", "sender.sending_host_differs"} <= codes
    failed = next(s for s in f.signals if s.code == "sender.auth_failed")
    assert failed.params["failed"] == ["spf", "dmarc"] and failed.evidence[0].kind == "header"
    assert f.facts["brand"] == "Costco" and "sender.brand_identity_doubt" in codes
    assert f.facts["inconsistencies"][0] == "reply_to_free_mail"


async def test_headers_of_a_genuine_message_hosted_at_google(lab: Lab, tmp_path: Path) -> None:
    f = await _check(lab, tmp_path, Inquiry(email="karen@harborline-imports.com", headers=GENUINE), offline=True)
    codes = _codes(f)
    assert "sender.auth_passed" in codes
    assert not {"sender.auth_failed", "sender.return_path_differs", "sender.sending_host_differs"} & codes


def test_authentication_results_are_read() -> None:
    assert auth_results("x; spf=pass; dkim=fail header.d=a.com; dmarc=fail") == {
        "spf": "pass",
        "dkim": "fail",
        "dmarc": "fail",
    }


async def test_list_mail_return_path_is_the_lists_not_the_senders(lab: Lab, tmp_path: Path) -> None:
    headers = (
        ("Return-Path", "<linux-i2c-owner@vger.kernel.org>"),
        ("List-Id", "<linux-i2c.vger.kernel.org>"),
        ("Received", "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx.seller.cn"),
    )
    f = await _check(lab, tmp_path, Inquiry(email="karen@harborline-imports.com", headers=headers), offline=True)
    assert "sender.return_path_differs" not in _codes(f)


async def test_only_the_receiving_servers_own_results_count(lab: Lab, tmp_path: Path) -> None:
    """A "dmarc=pass" written further down by another server may be the sender's own forgery."""
    headers = (
        ("Authentication-Results", "mx.seller.cn; spf=fail smtp.mailfrom=costco.com"),
        ("Authentication-Results", "evil.example; dmarc=pass; dkim=pass"),
        ("Received", "from mail.costco.com (mail.costco.com [161.170.230.15]) by mx.seller.cn"),
    )
    f = await _check(lab, tmp_path, Inquiry(email="buyer@costco.com", headers=headers), offline=True)
    assert "sender.auth_failed" in _codes(f) and "sender.auth_passed" not in _codes(f)


REAL = SHARED_DATA / "inquiries" / "real"


def _real_inquiry(path: Path) -> Inquiry:
    msg = message_from_bytes(path.read_bytes(), policy=compat32)
    name, address = parseaddr(str(msg.get("From", "")))
    headers = tuple((k, str(v)) for k, v in msg.items())
    return Inquiry(email=address, display_name=name, headers=headers, raw=path.read_bytes())


@pytest.mark.skipif(not REAL.is_dir(), reason="shared real inquiries not available")
async def test_real_scam_mails_are_betrayed_by_their_headers(lab: Lab, tmp_path: Path) -> None:
    """Real fake-buyer mails (public list archives), headers only, offline: the sender check alone
    warns on most, with the email check's Reply-To on nearly all, and every free-mail sender that
    did not go through its provider's servers is caught."""
    files = sorted(REAL.glob("*.eml"))
    alone, warned, free_forged = 0, 0, []
    for path in files:
        inquiry = _real_inquiry(path)
        f = await _check(lab, tmp_path, inquiry, offline=True)
        e = await email.run(inquiry, None)  # type: ignore[arg-type]
        alone += any(weight(s) < 0 for s in f.signals)
        warned += any(weight(s) < 0 for s in (*f.signals, *e.signals) if s.code != "email.free_mail")
        origin = f.facts["origin"] or {}
        if inquiry.email.endswith(("@gmail.com", "@bk.ru", "@mail.ru", "@list.ru")) and not origin.get("mail_service"):
            free_forged.append("sender.free_mail_not_from_provider" in _codes(f))
    assert len(files) >= 20 and alone >= len(files) - 4 and warned >= len(files) - 1
    assert len(free_forged) >= 8 and all(free_forged)
