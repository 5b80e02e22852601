"""Tests of the lab itself, over real loopback sockets, with ordinary clients.

The product's own resolver, fetcher and WHOIS client are tested elsewhere; here
dnspython, httpx, ssl and raw sockets check that the lab answers as the
internet would.
"""

# The session fixture ``lab`` is imported, and pytest hands it to tests as a parameter
# of the same name, which pyflakes reads as a redefinition.

from __future__ import annotations

import socket
import ssl
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import dns.flags
import dns.message
import dns.query
import dns.rcode
import dns.rdatatype
import dns.resolver
import httpx
import pytest

from tests.lab.client import lab_client, lab_ssl_context
from tests.lab.lab import Lab
from tests.lab.whois_server import query_domain, render

pytestmark = pytest.mark.timeout(60)

TIMEOUT_S = 3.0
HARBORLINE = "harborline-imports.com"
HOSTILE = "hostile-site.com"


# -- helpers ----------------------------------------------------------------------


def ask(lab: Lab, name: str, rdtype: str, tcp: bool = False, edns: int = -1) -> dns.message.Message:
    query = dns.message.make_query(name, rdtype, use_edns=edns)
    send = dns.query.tcp if tcp else dns.query.udp
    return send(query, "127.0.0.1", timeout=TIMEOUT_S, port=lab.dns_port)


def answers(reply: dns.message.Message) -> list[str]:
    return sorted(rd.to_text() for rrset in reply.answer for rd in rrset)


def whois(lab: Lab, line: str) -> str:
    with socket.create_connection(("127.0.0.1", lab.whois_port), timeout=TIMEOUT_S) as sock:
        sock.sendall(line.encode() + b"\r\n")
        chunks = iter(lambda: sock.recv(65536), b"")
        return b"".join(chunks).decode("utf-8")


def field(text: str, name: str) -> str:
    return next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.strip().startswith(name + ":"))


@pytest.fixture
def client(lab: Lab) -> Iterator[httpx.Client]:
    with lab_client(lab) as c:
        yield c


@pytest.fixture
def tiny_lab(tmp_path: Path) -> Iterator[Lab]:
    """A lab of its own: a site with no www record and a name too big for UDP."""
    many = ", ".join(f'"127.0.0.{i}"' for i in range(1, 61))
    zones = f'["plain-buyer.com"]\nA = ["127.0.0.1"]\n["big.plain-buyer.com"]\nA = [{many}]\n'
    (tmp_path / "zones.toml").write_text(zones, encoding="utf-8")
    (tmp_path / "sites" / "plain-buyer.com").mkdir(parents=True)
    (tmp_path / "sites" / "plain-buyer.com" / "index.html").write_text("<h1>Plain</h1>", encoding="utf-8")
    (tmp_path / "whois").mkdir()
    (tmp_path / "whois" / "_not_found.txt").write_text('No match for "{DOMAIN}".\n', encoding="utf-8")
    with Lab(root=tmp_path) as started:
        yield started


# -- DNS ------------------------------------------------------------------------------

TRANSPORTS = pytest.mark.parametrize("tcp", [False, True], ids=["udp", "tcp"])


@TRANSPORTS
def test_dns_a_record(lab: Lab, tcp: bool) -> None:
    reply = ask(lab, HARBORLINE, "A", tcp)
    assert reply.rcode() == dns.rcode.NOERROR
    assert answers(reply) == ["127.0.0.1"]
    assert reply.flags & dns.flags.RA


@TRANSPORTS
def test_dns_mx_spf_dmarc(lab: Lab, tcp: bool) -> None:
    mx = answers(ask(lab, "gmail.com", "MX", tcp))
    assert "5 gmail-smtp-in.l.google.com." in mx and len(mx) == 5
    txt = answers(ask(lab, HARBORLINE, "TXT", tcp))
    assert any(t.startswith('"v=spf1 include:_spf.google.com') for t in txt)
    dmarc = answers(ask(lab, "_dmarc." + HARBORLINE, "TXT", tcp))
    assert dmarc and "p=reject" in dmarc[0]


@TRANSPORTS
def test_dns_nxdomain_carries_soa(lab: Lab, tcp: bool) -> None:
    reply = ask(lab, "no-such-buyer-anywhere.com", "A", tcp)
    assert reply.rcode() == dns.rcode.NXDOMAIN
    assert not reply.answer
    assert reply.authority[0].rdtype == dns.rdatatype.SOA


@TRANSPORTS
def test_dns_nodata(lab: Lab, tcp: bool) -> None:
    for name, rdtype in [("gmail.com", "A"), ("no-website-corp.com", "A"), ("lab-test.com", "A")]:
        reply = ask(lab, name, rdtype, tcp)
        assert reply.rcode() == dns.rcode.NOERROR, name
        assert not reply.answer, name


@TRANSPORTS
def test_dns_null_mx(lab: Lab, tcp: bool) -> None:
    assert answers(ask(lab, "nullmx.com", "MX", tcp)) == ["0 ."]


@TRANSPORTS
def test_dns_long_txt_is_split_into_strings(lab: Lab, tcp: bool) -> None:
    reply = ask(lab, "google._domainkey." + HARBORLINE, "TXT", tcp)
    (rdata,) = [rd for rrset in reply.answer for rd in rrset]
    assert len(rdata.strings) == 2
    assert all(len(s) <= 255 for s in rdata.strings)
    joined = b"".join(rdata.strings).decode()
    assert joined.startswith("v=DKIM1; k=rsa; p=MIIB") and joined.endswith("IDAQAB")


def test_dns_names_are_case_insensitive_and_keep_the_asked_case(lab: Lab) -> None:
    reply = ask(lab, "HarborLine-Imports.COM", "A")
    assert answers(reply) == ["127.0.0.1"]
    assert reply.answer[0].name.to_text() == "HarborLine-Imports.COM."


def test_dns_wildcard_and_cname(lab: Lab) -> None:
    assert answers(ask(lab, "shop.deals.walmart-us.com", "A")) == ["127.0.0.1"]
    assert ask(lab, "walmart-us.com", "TXT").answer == []  # no SPF on the lookalike
    chain = ask(lab, "www." + HARBORLINE, "A").answer
    assert [rrset.rdtype for rrset in chain] == [dns.rdatatype.CNAME, dns.rdatatype.A]


def test_dns_refusable_targets(lab: Lab) -> None:
    assert answers(ask(lab, "private-target.com", "A")) == ["10.0.0.5"]
    assert answers(ask(lab, "metadata-target.com", "A")) == ["169.254.169.254"]
    assert answers(ask(lab, "cgnat-target.com", "A")) == ["100.64.1.1"]
    assert answers(ask(lab, "mapped-target.com", "AAAA")) == ["::ffff:127.0.0.1"]
    assert answers(ask(lab, "rebind.lab-test.com", "A")) == ["127.0.0.1"]


def test_dnspython_resolver_pointed_at_the_lab(lab: Lab) -> None:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.port = lab.dns_port
    mx = resolver.resolve(HARBORLINE, "MX", lifetime=TIMEOUT_S)
    assert sorted(r.preference for r in mx)[0] == 1
    with pytest.raises(dns.resolver.NXDOMAIN):
        resolver.resolve("unregistered-name.com", "A", lifetime=TIMEOUT_S)
    with pytest.raises(dns.resolver.NoAnswer):
        resolver.resolve("no-website-corp.com", "A", lifetime=TIMEOUT_S)


def test_dns_udp_truncates_without_edns_and_tcp_does_not(tiny_lab: Lab) -> None:
    udp = ask(tiny_lab, "big.plain-buyer.com", "A")
    assert udp.flags & dns.flags.TC and not udp.answer
    assert len(answers(ask(tiny_lab, "big.plain-buyer.com", "A", edns=0))) == 60
    assert len(answers(ask(tiny_lab, "big.plain-buyer.com", "A", tcp=True))) == 60


# -- HTTP(S) ---------------------------------------------------------------------


def test_http_vhost_serves_site_pages(client: httpx.Client) -> None:
    home = client.get(f"http://{HARBORLINE}/")
    assert home.status_code == 200
    assert home.headers["content-type"] == "text/html; charset=utf-8"
    assert '"@type": "Organization"' in home.text and 'href="/about"' in home.text
    about = client.get(f"http://{HARBORLINE}/about")
    assert "Established in 1998" in about.text and "35 employees" in about.text
    assert client.get(f"http://{HARBORLINE}/products.html").status_code == 200
    sitemap = client.get(f"http://{HARBORLINE}/sitemap.xml")
    assert sitemap.headers["content-type"] == "application/xml" and "<urlset" in sitemap.text
    robots = client.get(f"http://{HARBORLINE}/robots.txt")
    assert robots.headers["content-type"].startswith("text/plain") and "Sitemap:" in robots.text


def test_https_vhost_with_lab_ca(client: httpx.Client) -> None:
    contact = client.get(f"https://{HARBORLINE}/contact")
    assert contact.status_code == 200
    assert "+1 214-555-0147" in contact.text
    assert client.get("https://www.walmart-us.com/").text.count("Coming Soon") == 1


def test_https_sni_selects_certificate(lab: Lab) -> None:
    context = lab_ssl_context(lab)
    with (
        socket.create_connection(("127.0.0.1", lab.https_port), timeout=TIMEOUT_S) as raw,
        context.wrap_socket(raw, server_hostname="www." + HARBORLINE) as tls,
    ):
        san = cast(tuple[tuple[str, str], ...], (tls.getpeercert() or {}).get("subjectAltName", ()))
        names = [value for kind, value in san if kind == "DNS"]
        tls.sendall(f"GET / HTTP/1.1\r\nHost: www.{HARBORLINE}\r\nConnection: close\r\n\r\n".encode())
        head = tls.recv(4096)
    assert "www." + HARBORLINE in names
    assert head.startswith(b"HTTP/1.1 200 ")


def test_https_unknown_name_gets_a_certificate_that_fails(lab: Lab) -> None:
    context = lab_ssl_context(lab)
    with (
        socket.create_connection(("127.0.0.1", lab.https_port), timeout=TIMEOUT_S) as raw,
        pytest.raises(ssl.SSLCertVerificationError),
    ):
        context.wrap_socket(raw, server_hostname="not-in-the-lab.com")


def test_http_unknown_host_missing_page_and_hidden_files(client: httpx.Client) -> None:
    assert client.get("http://not-in-the-lab.com/").status_code == 421
    assert client.get(f"http://{HARBORLINE}/no-such-page").status_code == 404
    assert client.get(f"http://{HOSTILE}/_lab.toml").status_code == 404


def test_http_path_traversal_is_refused(lab: Lab) -> None:
    with socket.create_connection(("127.0.0.1", lab.http_port), timeout=TIMEOUT_S) as sock:
        sock.sendall(f"GET /../../zones.toml HTTP/1.1\r\nHost: {HARBORLINE}\r\nConnection: close\r\n\r\n".encode())
        head = sock.recv(4096)
    assert head.startswith(b"HTTP/1.1 404 ")


def test_http_www_needs_a_www_record(tiny_lab: Lab) -> None:
    with lab_client(tiny_lab) as c:
        assert c.get("http://plain-buyer.com/").status_code == 200
        assert c.get("http://www.plain-buyer.com/").status_code == 421


def test_http_head(client: httpx.Client) -> None:
    head = client.head(f"http://{HARBORLINE}/")
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) > 1000


def test_lab_url_carries_the_real_port(lab: Lab, client: httpx.Client) -> None:
    url = lab.url(HARBORLINE, "/about", https=True)
    assert url == f"https://{HARBORLINE}:{lab.https_port}/about"
    assert client.get(url).status_code == 200


# -- HTTP rules from _lab.toml ----------------------------------------------------


def test_rule_redirects(client: httpx.Client) -> None:
    old = client.get(f"http://{HOSTILE}/old")
    assert old.status_code == 301 and old.headers["location"] == "/"
    internal = client.get(f"http://{HOSTILE}/internal")
    assert internal.status_code == 302
    assert internal.headers["location"] == "http://169.254.169.254/latest/meta-data/"
    with pytest.raises(httpx.TooManyRedirects):
        client.get(f"http://{HOSTILE}/loop", follow_redirects=True)
    # The lab's test client never dials a non-loopback address, whatever a redirect says.
    with pytest.raises(httpx.ConnectError):
        client.get(f"http://{HOSTILE}/internal", follow_redirects=True)


def test_rule_gzip_bomb_is_small_on_the_wire(client: httpx.Client) -> None:
    with client.stream("GET", f"http://{HOSTILE}/bomb") as response:
        assert response.headers["content-encoding"] == "gzip"
        wire = b"".join(response.iter_raw())
    assert len(wire) < 1_000_000
    inflate = zlib.decompressobj(31)
    inflated = 0
    for start in range(0, len(wire), 4096):
        inflated += len(inflate.decompress(wire[start : start + 4096]))
    assert inflated >= 200 * 1024 * 1024


def test_rule_content_types(client: httpx.Client) -> None:
    blob = client.get(f"http://{HOSTILE}/bin")
    assert blob.headers["content-type"] == "application/octet-stream" and b"\x00" in blob.content
    gbk = client.get(f"http://{HOSTILE}/gbk")
    assert gbk.headers["content-type"] == "text/html"
    assert "深圳" in gbk.content.decode("gbk")
    with pytest.raises(UnicodeDecodeError):
        gbk.content.decode("utf-8")


def test_rule_status_and_headers(client: httpx.Client) -> None:
    assert client.get(f"http://{HOSTILE}/error").status_code == 500
    forbidden = client.get(f"http://{HOSTILE}/forbidden")
    assert forbidden.status_code == 403
    assert forbidden.headers.get_list("server") == ["cloudflare"]
    assert forbidden.headers["x-powered-by"] == "PHP/5.4.16"  # from the "/*" table


def test_rule_drip_is_slow(client: httpx.Client) -> None:
    received, started = 0, time.monotonic()
    with client.stream("GET", f"http://{HOSTILE}/slow") as response:
        for chunk in response.iter_raw():
            received += len(chunk)
            if time.monotonic() - started > 1.0:
                break
    assert 0 < received < 200


def test_rule_infinite_streams_until_the_client_leaves(client: httpx.Client) -> None:
    received = 0
    with client.stream("GET", f"http://{HOSTILE}/huge") as response:
        assert "content-length" not in response.headers
        for chunk in response.iter_raw():
            received += len(chunk)
            if received > 2_000_000:
                break
    assert received > 2_000_000
    assert client.get(f"http://{HOSTILE}/").status_code == 200  # the server is still fine


def test_rule_delay_and_drop(client: httpx.Client) -> None:
    with pytest.raises(httpx.ReadTimeout):
        client.get(f"http://{HOSTILE}/stall", timeout=0.5)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(f"http://{HOSTILE}/drop")


def test_stop_does_not_wait_for_open_streams() -> None:
    running = Lab()
    running.start()
    sock = socket.create_connection(("127.0.0.1", running.http_port), timeout=TIMEOUT_S)
    try:
        sock.sendall(f"GET /slow HTTP/1.1\r\nHost: {HOSTILE}\r\n\r\n".encode())
        assert sock.recv(100).startswith(b"HTTP/1.1 200")
        started = time.monotonic()
        running.stop()
        assert time.monotonic() - started < 3
    finally:
        sock.close()


# -- WHOIS -------------------------------------------------------------------------


def test_whois_registry_answer_with_referral(lab: Lab) -> None:
    text = whois(lab, HARBORLINE)
    assert field(text, "Creation Date") == "1998-03-12T05:00:00Z"
    assert field(text, "Registrar") == "GoDaddy.com, LLC"
    assert field(text, "Registrar WHOIS Server") == "whois.godaddy.com"
    assert field(text, "Registrant Organization") == "Harborline Imports LLC"
    assert field(text, "Registrant Country") == "US"
    expiry = datetime.strptime(field(text, "Registry Expiry Date"), "%Y-%m-%dT%H:%M:%SZ")
    assert expiry.replace(tzinfo=UTC) > datetime.now(UTC)
    assert "\r\n" in text


def test_whois_template_dates_are_relative_to_now(lab: Lab) -> None:
    text = whois(lab, "walmart-us.com")
    created = datetime.strptime(field(text, "Creation Date"), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - timedelta(days=14) - created) < timedelta(minutes=5)
    assert field(text, "Registrar") == "NameSilo, LLC"
    assert field(text, "Registrant Country") == "IS"


@pytest.mark.parametrize(
    "line",
    ["walmart-us.com", "domain walmart-us.com", "=WALMART-US.COM", "-T dn,ace walmart-us.com", "walmart-us.com/e"],
)
def test_whois_query_dialects(lab: Lab, line: str) -> None:
    assert query_domain(line) == "walmart-us.com"
    assert "Domain Name: WALMART-US.COM" in whois(lab, line)


def test_whois_not_found_and_rate_limit(lab: Lab) -> None:
    assert whois(lab, "never-registered-xyz.com").startswith('No match for "NEVER-REGISTERED-XYZ.COM".')
    assert whois(lab, "../zones.toml").startswith("No match for")
    assert whois(lab, "busy-registry-test.com").startswith("Query rate limit exceeded")
    assert "never-registered-xyz.com" in lab.whois_log


def test_whois_template_syntax() -> None:
    now = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    text = render("{now} {now-14d:%Y-%m-%d} {now+1y:%Y} {now+2h:%H} {domain} {DOMAIN} {other}", "a.com", now)
    assert text == "2024-05-01T09:30:00Z 2024-04-17 2025 11 a.com A.COM {other}"


# -- environment ----------------------------------------------------------------------


def test_env_is_what_settings_read(lab: Lab) -> None:
    env = lab.env()
    assert set(env) == {
        "RESEARCH_NAMESERVERS",
        "RESEARCH_WHOIS_SERVER",
        "RESEARCH_ALLOW_PRIVATE_NETWORKS",
        "RESEARCH_HTTP_PORTS",
        "RESEARCH_CA_BUNDLE",
        "RESEARCH_CACHE_DIR",
    }
    # Imported here: the research package is built alongside, and a module of it that
    # does not import yet must not stop the lab's own tests from being collected.
    settings_module = pytest.importorskip("research.settings", exc_type=ImportError)
    settings = settings_module.load_settings(env=env)
    assert settings.nameservers == (("127.0.0.1", lab.dns_port),)
    assert settings.whois_server == ("127.0.0.1", lab.whois_port)
    assert settings.http_port(80) == lab.http_port and settings.http_port(443) == lab.https_port
    assert settings.allow_private_networks
    assert Path(settings.ca_bundle).read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert settings.cache_dir.is_dir()
