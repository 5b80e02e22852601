"""An httpx client for tests of the lab itself: every name goes to loopback.

The product reaches the lab through its own resolver and port map (``Lab.env()``).
A test of the lab has neither, so this transport does their job: it sends each
request to 127.0.0.1 on the lab's port for that scheme while the Host header and
the TLS SNI keep the fixture name, so the lab's virtual hosts and per-name
certificates are exercised as on the internet.
"""

from __future__ import annotations

import ipaddress
import ssl
from typing import Any

import httpx

from tests.lab.lab import LOOPBACK, Lab

DEFAULT_TIMEOUT_S = 5.0


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class LoopbackTransport(httpx.BaseTransport):
    def __init__(self, lab: Lab, verify: ssl.SSLContext) -> None:
        self.lab = lab
        # No keep-alive: pooled connections are keyed by address, and one opened
        # with one SNI name must not carry a request for another.
        limits = httpx.Limits(max_keepalive_connections=0)
        self.inner = httpx.HTTPTransport(verify=verify, limits=limits, trust_env=False)

    def _port(self, url: httpx.URL) -> int:
        mapped = {80: self.lab.http_port, 443: self.lab.https_port}
        port = url.port or (443 if url.scheme == "https" else 80)
        return mapped.get(port, port)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        # Redirect targets such as 169.254.169.254 are answered here, never dialled.
        if _is_ip(host) and not ipaddress.ip_address(host).is_loopback:
            raise httpx.ConnectError(f"lab client refuses non-loopback address {host}", request=request)
        extensions = dict(request.extensions)
        if not _is_ip(host):
            extensions["sni_hostname"] = host
        loopback = httpx.Request(
            request.method,
            request.url.copy_with(host=LOOPBACK, port=self._port(request.url)),
            headers=request.headers,  # Host still names the fixture site
            stream=request.stream,
            extensions=extensions,
        )
        return self.inner.handle_request(loopback)

    def close(self) -> None:
        self.inner.close()


def lab_ssl_context(lab: Lab) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(lab.ca_file))


def lab_client(lab: Lab, **kwargs: Any) -> httpx.Client:
    """``with lab_client(lab) as c: c.get("https://harborline-imports.com/about")``."""
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT_S)
    transport = LoopbackTransport(lab, lab_ssl_context(lab))
    return httpx.Client(transport=transport, trust_env=False, **kwargs)
