"""The website's TLS certificate as a fact: who the certificate authority says runs the site. Pure.

Domain-validated certificates (Let's Encrypt, most hosting) name only the host; organisation- and
extended-validated ones carry the organisation the authority checked (subject O and C).
"""

from __future__ import annotations

from collections.abc import Mapping

from research.facts import CertificateFact


def certificate_fact(fields: Mapping[str, str]) -> CertificateFact | None:
    """From the fetcher's flat fields (``subject_organizationName``, ``issuer_organizationName`` ...)."""
    if not fields:
        return None
    org = fields.get("subject_organizationName", "").strip() or None
    return {
        "organization": org,
        "country": fields.get("subject_countryName", "").strip() or None,
        "common_name": fields.get("subject_commonName", ""),
        "issuer": fields.get("issuer_organizationName", "") or fields.get("issuer_commonName", ""),
        "not_before": fields.get("notBefore", ""),
        "validation": "organization" if org else "domain",
    }
