"""The lab's certificate authority: one CA, a certificate per SNI name on demand."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from pathlib import Path

import trustme

# Served when the client sends no SNI or a name the lab does not host, so that
# client sees a certificate that does not match, as it would on the internet.
FALLBACK_NAME = "unknown.lab.invalid"


class LabCA:
    """Issues ``name`` + ``*.name`` certificates lazily, so new fixture sites need no setup."""

    def __init__(self, knows: Callable[[str], bool]) -> None:
        self._ca = trustme.CA(organization_name="Buyer Research Test Lab")
        self._knows = knows
        self._contexts: dict[str, ssl.SSLContext] = {}
        self._lock = threading.Lock()
        self.server_context = self._context_for(FALLBACK_NAME)
        self.server_context.sni_callback = self._on_sni

    def write_pem(self, path: Path) -> Path:
        self._ca.cert_pem.write_to_path(str(path))
        return path

    def issue_pem(self, *names: str) -> tuple[bytes, bytes]:
        """(certificate chain, private key) in PEM for ``names`` (host names or IP literals), for a
        server that reads files (Dovecot) rather than an ``ssl.SSLContext``."""
        leaf = self._ca.issue_cert(*names)
        return b"".join(pem.bytes() for pem in leaf.cert_chain_pems), leaf.private_key_pem.bytes()

    def _context_for(self, name: str) -> ssl.SSLContext:
        with self._lock:
            if name not in self._contexts:
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                ctx.minimum_version = ssl.TLSVersion.TLSv1_2
                self._ca.issue_cert(name, "*." + name).configure_cert(ctx)
                self._contexts[name] = ctx
            return self._contexts[name]

    def _on_sni(self, sock: ssl.SSLSocket | ssl.SSLObject, server_name: str | None, _: ssl.SSLContext) -> None:
        name = (server_name or "").rstrip(".").lower()
        if name and self._knows(name):
            sock.context = self._context_for(name)
        return None
