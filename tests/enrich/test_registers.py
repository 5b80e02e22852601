"""Company numbers asked of the official registers on the lab (their real host names and answer shapes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from research import research
from research.enrich import registers, website
from research.facts import facts_of
from research.types import Inquiry, Report
from tests.assess.lab_buyers import LAB_BUYERS
from tests.helpers import lab_settings
from tests.lab.lab import Lab

CHECKS = (website.ENRICHER, registers.ENRICHER)


def _run(lab: Lab, tmp_path: Path, inquiry: Inquiry, **settings: object) -> Report:
    return research(inquiry, None, lab_settings(lab, tmp_path, **settings), save=False, enrichers=CHECKS)


def _codes(report: Report) -> list[str]:
    return [s.code for s in report.signals if s.source == "registers"]


def test_the_vat_number_on_the_imprint_is_asked_of_vies(lab: Lab, tmp_path: Path) -> None:
    buyer = next(b for b in LAB_BUYERS if b.site == "nordhaus-moebel.de")
    report = _run(lab, tmp_path, buyer.inquiry)
    facts = facts_of(report.findings, "registers")
    assert [i["number"] for i in facts["identifiers"]] == ["DE118273647"]
    (record,) = facts["records"]
    # Germany shares no names through VIES: found, the name is not compared.
    assert (record["register"], record["status"], record["name_match"]) == ("vies", "found", None)
    assert _codes(report) == ["registers.found"]
    assert any(h.host == "ec.europa.eu" and h.path.endswith("/ms/DE/vat/118273647") for h in lab.http_log)


def test_a_signature_vat_number_confirmed_by_vies_and_the_french_register(lab: Lab, tmp_path: Path) -> None:
    mail = Inquiry(
        email="achats@maisonvert.fr",
        company="Maison Vert SAS",
        body="Bonjour,\nnous cherchons des pots en céramique.\n\nMaison Vert SAS\nTVA intracom. FR40303265045",
    )
    report = _run(lab, tmp_path, mail)
    records = {r["register"]: r for r in facts_of(report.findings, "registers")["records"]}
    assert records["vies"]["name"] == "SAS MAISON VERT"
    assert (records["fr"]["name"], records["fr"]["registered"]) == ("MAISON VERT", "1992-04-01")
    assert "registers.match" in _codes(report) and "registers.established" in _codes(report)


def test_a_number_of_another_company_is_a_red_flag(lab: Lab, tmp_path: Path) -> None:
    mail = Inquiry(
        email="buyer@gmail.com", company="Baltic Home Supplies", body="Baltic Home Supplies\nNIP: 526-000-12-46"
    )
    report = _run(lab, tmp_path, mail)
    flagged = [s for s in report.signals if s.code == "registers.name_differs"]
    assert flagged and flagged[0].red_flag and flagged[0].params["name"].startswith("DOM I OGRÓD")


def test_a_member_state_that_does_not_answer_costs_nothing(lab: Lab, tmp_path: Path) -> None:
    report = _run(lab, tmp_path, Inquiry(email="ufficio@gmail.com", body="Casa Rossa srl\nP.IVA IT00743110157"))
    found = report.finding("registers")
    assert found is not None and (found.status, found.reason) == ("partial", "registers.some_unknown")
    unknown = [s for s in report.signals if s.code == "registers.unknown"]
    assert unknown and unknown[0].weight == 0
    assert unknown[0].params["why"] == {"code": "registers.vies_member_state_unavailable"}


def test_a_malformed_number_is_a_red_flag_and_not_asked(lab: Lab, tmp_path: Path) -> None:
    before = len(lab.http_log)
    report = _run(lab, tmp_path, Inquiry(email="a@gmail.com", body="Nordhaus Möbel GmbH, USt-IdNr.: DE118273645"))
    assert "registers.id_malformed" in _codes(report)
    assert not any(h.host == "ec.europa.eu" for h in lab.http_log[before:])


def test_companies_house_only_with_a_key_and_with_it_in_the_request(lab: Lab, tmp_path: Path) -> None:
    mail = Inquiry(
        email="kestrel.homewares@gmail.com",
        company="Kestrel Homewares Ltd",
        body="Kestrel Homewares Ltd, since 1998\nRegistered in England and Wales No. 04567890",
    )
    without = _run(lab, tmp_path / "a", mail)
    (record,) = facts_of(without.findings, "registers")["records"]
    assert record["reason"] == "registers.uk_needs_key"
    before = len(lab.http_log)
    keyed = _run(lab, tmp_path / "b", mail, companies_house_key="lab-key")
    assert "registers.match_unlinked" in _codes(keyed)  # the company exists; a Gmail sender is not tied to it
    hit = next(h for h in lab.http_log[before:] if h.host == "api.company-information.service.gov.uk")
    assert dict(hit.headers)["Authorization"] == "Basic bGFiLWtleTo="  # the key as user name, no password


@pytest.mark.parametrize(
    ("text", "register", "name"),
    [
        ("LEI: 529900T8BM49AURSDO55", "gleif", "HARBORLINE IMPORTS LLC"),
        ("Org.nr. 923 609 016 MVA", "no", "NORDLYS INTERIØR AS"),
        ("IČO: 27082440", "cz", "Lípa Domov s.r.o."),
    ],
)
def test_other_registers_answer_by_number(lab: Lab, tmp_path: Path, text: str, register: str, name: str) -> None:
    report = _run(lab, tmp_path, Inquiry(email="x@gmail.com", body=f"Regards\n{text}"))
    (record,) = facts_of(report.findings, "registers")["records"]
    assert (record["register"], record["status"], record["name"]) == (register, "found", name)
    if register == "gleif":
        assert record["parent"] == "HARBORLINE HOLDINGS INC."


def test_a_register_turned_off_is_not_asked(lab: Lab, tmp_path: Path) -> None:
    report = _run(lab, tmp_path, Inquiry(email="x@gmail.com", body="IČO: 27082440"), cz_register_base="")
    (record,) = facts_of(report.findings, "registers")["records"]
    assert (record["status"], record["reason"]) == ("unknown", "registers.off")


def test_answers_are_cached_with_their_date(lab: Lab, tmp_path: Path) -> None:
    mail = Inquiry(email="x@gmail.com", body="IČO: 27082440")
    _run(lab, tmp_path, mail)
    before = len(lab.http_log)
    again = _run(lab, tmp_path, mail)
    assert not any(h.host == "ares.gov.cz" for h in lab.http_log[before:])
    assert facts_of(again.findings, "registers")["records"][0]["checked"]


@pytest.mark.parametrize(
    ("registered", "claimed", "code"),
    [
        ("2026-01-10", 1998, "registers.younger_than_claimed"),  # "since 1998", registered this year
        ("2026-01-10", None, "registers.recent"),
        ("2009-05-01", 1987, "registers.established"),  # re-registered long ago: no question
    ],
)
def test_the_registration_date_against_the_claimed_founding(registered: str, claimed: int | None, code: str) -> None:
    from datetime import date

    record = {"register": "uk", "number": "04567890", "status": "found", "name": "X Ltd", "registered": registered}
    (found,) = registers._date_signals(record, claimed, date(2026, 3, 2))  # type: ignore[arg-type]
    assert found.code == code
