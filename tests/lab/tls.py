"""The lab's certificate authority: one CA, a certificate per SNI name on demand.

Site certificates are domain-validated, as most are on the internet (the host name only); a name
listed in ``tls.toml`` gets an organisation-validated one instead, with its O and C in the subject.
"""

from __future__ import annotations

import datetime
import ssl
import tempfile
import threading
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# Served when the client sends no SNI or a name the lab does not host, so that
# client sees a certificate that does not match, as it would on the internet.
FALLBACK_NAME = "unknown.lab.invalid"
TLS_FILE = Path(__file__).resolve().parent / "tls.toml"


def load_organizations(path: Path = TLS_FILE) -> dict[str, dict[str, str]]:
    """Host name -> {organization, country} for organisation-validated certificates."""
    return tomllib.loads(path.read_text("utf-8")) if path.is_file() else {}


class LabCA:
    """Issues ``name`` + ``*.name`` certificates lazily, so new fixture sites need no setup."""

    def __init__(
        self, knows: Callable[[str], bool], organizations: Mapping[str, Mapping[str, str]] | None = None
    ) -> None:
        self._ca = trustme.CA(organization_name="Buyer Research Test Lab")
        self._knows = knows
        self._organizations = dict(organizations if organizations is not None else load_organizations())
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

    def _leaf(self, name: str) -> tuple[bytes, bytes]:
        """A server certificate for name and *.name signed by the lab CA; O and C only for listed names."""
        ca_key = serialization.load_pem_private_key(self._ca.private_key_pem.bytes(), None)
        ca_cert = x509.load_pem_x509_certificate(self._ca.cert_pem.bytes())
        key = ec.generate_private_key(ec.SECP256R1())
        org = self._organizations.get(name, {})
        attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
        if org.get("organization"):
            attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org["organization"]))
        if org.get("country"):
            attrs.append(x509.NameAttribute(NameOID.COUNTRY_NAME, org["country"]))
        now = datetime.datetime.now(datetime.UTC)
        ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name(attrs))
            .issuer_name(ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name), x509.DNSName("*." + name)]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())  # type: ignore[arg-type]
        )
        key_pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return cert.public_bytes(serialization.Encoding.PEM), key_pem

    def _context_for(self, name: str) -> ssl.SSLContext:
        with self._lock:
            if name not in self._contexts:
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                ctx.minimum_version = ssl.TLSVersion.TLSv1_2
                cert, key = self._leaf(name)
                with tempfile.TemporaryDirectory(prefix="lab-tls-") as tmp:
                    Path(tmp, "cert.pem").write_bytes(cert)
                    Path(tmp, "key.pem").write_bytes(key)
                    ctx.load_cert_chain(str(Path(tmp, "cert.pem")), str(Path(tmp, "key.pem")))
                self._contexts[name] = ctx
            return self._contexts[name]

    def _on_sni(self, sock: ssl.SSLSocket | ssl.SSLObject, server_name: str | None, _: ssl.SSLContext) -> None:
        name = (server_name or "").rstrip(".").lower()
        if name and self._knows(name):
            sock.context = self._context_for(name)
        return None
