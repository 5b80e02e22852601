"""Official registers' answers read into one record shape (facts.RegisterRecord). Pure.

Shapes from each API's published documentation: EU VIES REST (checkVatNumber), GLEIF API v1
(lei-records, JSON:API), France's recherche-entreprises search, Brønnøysund Enhetsregisteret
(enheter), Czech ARES REST (ekonomicke-subjekty), Poland's VAT white list (wl-api search/nip) and
UK Companies House (company profile).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from research.facts import RegisterRecord

# VIES userError values that mean "ask again later", not "no such number".
_VIES_UNKNOWN = {
    "MS_UNAVAILABLE": "registers.vies_member_state_unavailable",
    "TIMEOUT": "registers.vies_member_state_unavailable",
    "MS_MAX_CONCURRENT_REQ": "registers.vies_busy",
    "GLOBAL_MAX_CONCURRENT_REQ": "registers.vies_busy",
    "SERVICE_UNAVAILABLE": "registers.vies_busy",
}
_HIDDEN = {"", "---", "n/a"}  # what VIES sends when a member state does not share names (Germany, Spain)


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _date(value: Any) -> str | None:
    text = _text(value)
    return text[:10] if len(text) >= 10 and text[4] == "-" else None


def _join(*parts: Any) -> str:
    return ", ".join(p for p in (_text(x) for x in parts) if p)


def unknown(register: str, number: str, reason: str) -> RegisterRecord:
    return {"register": register, "number": number, "status": "unknown", "reason": reason}


def not_found(register: str, number: str, url: str = "") -> RegisterRecord:
    return {"register": register, "number": number, "status": "not_found", "url": url}


def vies(status: int, body: Any, number: str) -> RegisterRecord:
    if not isinstance(body, Mapping):
        return unknown("vies", number, "registers.bad_answer")
    error = _text(body.get("userError")).upper()
    if error in _VIES_UNKNOWN:
        return unknown("vies", number, _VIES_UNKNOWN[error])
    if not body.get("isValid"):
        return not_found("vies", number, "https://ec.europa.eu/taxation_customs/vies/")
    name, address = _text(body.get("name")), _text(body.get("address"))
    return {
        "register": "vies",
        "number": number,
        "status": "found",
        "name": "" if name.lower() in _HIDDEN else name,
        "address": "" if address.lower() in _HIDDEN else address,
        "country": number[:2].replace("EL", "GR"),
        "active": True,
        "legal_status": "VAT valid",
        "url": "https://ec.europa.eu/taxation_customs/vies/",
    }


def _gleif_address(entity: Mapping[str, Any]) -> tuple[str, str]:
    addr = entity.get("legalAddress") or {}
    lines = addr.get("addressLines") or []
    return _join(*lines, addr.get("postalCode"), addr.get("city"), addr.get("country")), _text(addr.get("country"))


def gleif(status: int, body: Any, number: str, parent: Any = None) -> RegisterRecord:
    url = f"https://search.gleif.org/#/record/{number}"
    if status == 404:
        return not_found("gleif", number, url)
    data = body.get("data") if isinstance(body, Mapping) else None
    attrs = data.get("attributes") if isinstance(data, Mapping) else None
    if not isinstance(attrs, Mapping):
        return unknown("gleif", number, "registers.bad_answer")
    entity = attrs.get("entity") or {}
    registration = attrs.get("registration") or {}
    address, country = _gleif_address(entity)
    record: RegisterRecord = {
        "register": "gleif",
        "number": number,
        "status": "found",
        "name": _text((entity.get("legalName") or {}).get("name")),
        "address": address,
        "country": country,
        "registered": _date(entity.get("creationDate")) or _date(registration.get("initialRegistrationDate")),
        "active": _text(entity.get("status")).upper() == "ACTIVE",
        "legal_status": f"{_text(entity.get('status'))} / {_text(registration.get('status'))}",
        "parent": None,
        "url": url,
    }
    if isinstance(parent, Mapping) and isinstance(parent.get("data"), Mapping):
        p_entity = (parent["data"].get("attributes") or {}).get("entity") or {}
        record["parent"] = _text((p_entity.get("legalName") or {}).get("name")) or None
    return record


def france(status: int, body: Any, number: str) -> RegisterRecord:
    siren = number[:9]
    url = f"https://annuaire-entreprises.data.gouv.fr/entreprise/{siren}"
    results = body.get("results") if isinstance(body, Mapping) else None
    if not isinstance(results, list):
        return unknown("fr", siren, "registers.bad_answer")
    hit = next((r for r in results if isinstance(r, Mapping) and _text(r.get("siren")) == siren), None)
    if hit is None:
        return not_found("fr", siren, url)
    seat = hit.get("siege") or {}
    return {
        "register": "fr",
        "number": siren,
        "status": "found",
        "name": _text(hit.get("nom_raison_sociale") or hit.get("nom_complet")),
        "address": _text(seat.get("adresse")),
        "country": "FR",
        "registered": _date(hit.get("date_creation")),
        "active": _text(hit.get("etat_administratif")) == "A",
        "legal_status": "active" if _text(hit.get("etat_administratif")) == "A" else "ceased",
        "url": url,
    }


def norway(status: int, body: Any, number: str) -> RegisterRecord:
    url = f"https://virksomhet.brreg.no/oppslag/enheter/{number}"
    if status == 404:
        return not_found("no", number, url)
    if not isinstance(body, Mapping):
        return unknown("no", number, "registers.bad_answer")
    addr = body.get("forretningsadresse") or body.get("postadresse") or {}
    ended = bool(body.get("slettedato") or body.get("konkurs") or body.get("underAvvikling") or status == 410)
    return {
        "register": "no",
        "number": number,
        "status": "found",
        "name": _text(body.get("navn")),
        "address": _join(*(addr.get("adresse") or []), addr.get("postnummer"), addr.get("poststed"), addr.get("land")),
        "country": _text(addr.get("landkode")) or "NO",
        "registered": _date(body.get("stiftelsesdato")) or _date(body.get("registreringsdatoEnhetsregisteret")),
        "active": not ended,
        "legal_status": _text((body.get("organisasjonsform") or {}).get("beskrivelse")),
        "url": url,
    }


def czechia(status: int, body: Any, number: str) -> RegisterRecord:
    url = f"https://ares.gov.cz/ekonomicke-subjekty?ico={number}"
    if status == 404:
        return not_found("cz", number, url)
    if not isinstance(body, Mapping) or not body.get("ico"):
        return unknown("cz", number, "registers.bad_answer")
    seat = body.get("sidlo") or {}
    return {
        "register": "cz",
        "number": number,
        "status": "found",
        "name": _text(body.get("obchodniJmeno")),
        "address": _text(seat.get("textovaAdresa")),
        "country": _text(seat.get("kodStatu")) or "CZ",
        "registered": _date(body.get("datumVzniku")),
        "active": not body.get("datumZaniku"),
        "legal_status": "dissolved" if body.get("datumZaniku") else "active",
        "url": url,
    }


def poland(status: int, body: Any, number: str) -> RegisterRecord:
    url = "https://www.podatki.gov.pl/wykaz-podatnikow-vat-wyszukiwarka"
    result = body.get("result") if isinstance(body, Mapping) else None
    if status == 400 or (isinstance(result, Mapping) and result.get("subject") is None):
        return not_found("pl", number, url)
    subject = result.get("subject") if isinstance(result, Mapping) else None
    if not isinstance(subject, Mapping):
        return unknown("pl", number, "registers.bad_answer")
    vat = _text(subject.get("statusVat"))
    return {
        "register": "pl",
        "number": number,
        "status": "found",
        "name": _text(subject.get("name")),
        "address": _text(subject.get("workingAddress") or subject.get("residenceAddress")),
        "country": "PL",
        "registered": _date(subject.get("registrationLegalDate")),
        "active": vat in ("Czynny", "Zwolniony") and not subject.get("removalDate"),
        "legal_status": f"VAT: {vat}" if vat else "",
        "url": url,
    }


def united_kingdom(status: int, body: Any, number: str) -> RegisterRecord:
    url = f"https://find-and-update.company-information.service.gov.uk/company/{number}"
    if status == 404:
        return not_found("uk", number, url)
    if status in (401, 403):
        return unknown("uk", number, "registers.uk_key_refused")
    if not isinstance(body, Mapping) or not body.get("company_number"):
        return unknown("uk", number, "registers.bad_answer")
    addr = body.get("registered_office_address") or {}
    parts = ("address_line_1", "address_line_2", "locality", "postal_code", "country")
    return {
        "register": "uk",
        "number": number,
        "status": "found",
        "name": _text(body.get("company_name")),
        "address": _join(*(addr.get(p) for p in parts)),
        "country": "GB",
        "registered": _date(body.get("date_of_creation")),
        "active": _text(body.get("company_status")) == "active",
        "legal_status": _text(body.get("company_status")),
        "url": url,
    }


PARSERS: dict[str, Callable[[int, Any, str], RegisterRecord]] = {
    "vies": vies,
    "gleif": gleif,
    "fr": france,
    "no": norway,
    "cz": czechia,
    "pl": poland,
    "uk": united_kingdom,
}
