"""Register answers read into one record; 'try later' is unknown, never 'not found'."""

from __future__ import annotations

import json
from pathlib import Path

from research.extract import registers

SITES = Path(__file__).resolve().parent.parent / "lab" / "sites"
VIES = "ec.europa.eu/taxation_customs/vies/rest-api/ms"


def _json(path: str) -> object:
    return json.loads((SITES / path).read_text("utf-8"))


def test_vies_member_state_unavailable_is_unknown_not_invalid() -> None:
    body = _json(f"{VIES}/IT/vat/00743110157")
    record = registers.vies(200, body, "IT00743110157")
    assert (record["status"], record["reason"]) == ("unknown", "registers.vies_member_state_unavailable")


def test_vies_invalid_is_not_found_and_hidden_names_are_empty() -> None:
    assert registers.vies(200, _json(f"{VIES}/NL/vat/004495445B01"), "NL004495445B01")["status"] == "not_found"
    found = registers.vies(200, _json(f"{VIES}/DE/vat/118273647"), "DE118273647")
    assert (found["status"], found["name"], found["address"]) == ("found", "", "")


def test_gleif_record_with_parent() -> None:
    lei = "529900T8BM49AURSDO55"
    record = registers.gleif(
        200, _json(f"api.gleif.org/records/{lei}.json"), lei, _json(f"api.gleif.org/records/{lei}-parent.json")
    )
    assert record["name"] == "HARBORLINE IMPORTS LLC"
    assert (record["registered"], record["active"], record["parent"]) == (
        "1998-03-02",
        True,
        "HARBORLINE HOLDINGS INC.",
    )
    assert registers.gleif(404, None, lei)["status"] == "not_found"


def test_national_registers() -> None:
    fr = registers.france(200, _json("recherche-entreprises.api.gouv.fr/search/303265045.json"), "303265045")
    assert (fr["name"], fr["registered"], fr["active"]) == ("MAISON VERT", "1992-04-01", True)
    assert (
        registers.france(200, _json("recherche-entreprises.api.gouv.fr/search/none.json"), "303265045")["status"]
        == "not_found"
    )
    no = registers.norway(200, _json("data.brreg.no/enhetsregisteret/api/enheter/923609016"), "923609016")
    assert (no["name"], no["registered"], no["address"]) == (
        "NORDLYS INTERIØR AS",
        "2019-10-21",
        "Schweigaards gate 34, 0191, OSLO, Norge",
    )
    cz = registers.czechia(
        200, _json("ares.gov.cz/ekonomicke-subjekty-v-be/rest/ekonomicke-subjekty/27082440"), "27082440"
    )
    assert (cz["name"], cz["registered"]) == ("Lípa Domov s.r.o.", "2003-08-26")
    pl = registers.poland(200, _json("wl-api.mf.gov.pl/api/search/nip/5260001246"), "5260001246")
    assert (pl["active"], pl["registered"]) == (True, "2006-05-15")
    assert (
        registers.poland(200, _json("wl-api.mf.gov.pl/api/search/nip/1234563218"), "1234563218")["status"]
        == "not_found"
    )
    uk = registers.united_kingdom(200, _json("api.company-information.service.gov.uk/company/04567890"), "04567890")
    assert (uk["name"], uk["registered"], uk["active"]) == ("KESTREL HOMEWARES LIMITED", "2025-11-20", True)
    assert registers.united_kingdom(401, None, "04567890")["reason"] == "registers.uk_key_refused"
