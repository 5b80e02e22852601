"""Company numbers read in signatures and imprints, checked offline by python-stdnum."""

from __future__ import annotations

import pytest

from research.extract.identifiers import find, kinds


@pytest.mark.parametrize(
    ("text", "kind", "number"),
    [
        ("USt-IdNr.: DE118273647", "eu_vat", "DE118273647"),
        ("VAT No: FR40303265045", "eu_vat", "FR40303265045"),
        ("Pacific Trade Supply Pty Ltd · ABN 51 824 753 556", "au_abn", "51824753556"),
        ("Registered in England and Wales No. 04567890", "gb_company", "04567890"),
        ("SIREN 303 265 045 RCS Lyon", "fr_siren", "303265045"),
        ("NIP: 526-000-12-46", "pl_nip", "5260001246"),
        ("IČO: 27082440", "cz_ico", "27082440"),
        ("Org.nr. 923 609 016 MVA", "no_orgnr", "923609016"),
        ("LEI: 529900T8BM49AURSDO55", "lei", "529900T8BM49AURSDO55"),
        ("统一社会信用代码：91350100M000100Y43", "cn_uscc", "91350100M000100Y43"),
        ("GSTIN: 27AAPFU0939F1ZV", "in_gstin", "27AAPFU0939F1ZV"),
        ("CNPJ 00.000.000/0001-91", "br_cnpj", "00000000000191"),
    ],
)
def test_a_written_number_is_read_and_holds(text: str, kind: str, number: str) -> None:
    (found,) = find(text)
    assert (found.kind, found.number, found.valid) == (kind, number, True)
    assert number[:6] in found.snippet.replace(" ", "").replace(".", "").replace("-", "") or found.snippet


def test_a_wrong_check_digit_after_its_label_is_malformed() -> None:
    (found,) = find("Nordhaus Möbel GmbH · USt-IdNr.: DE118273645")
    assert (found.valid, found.error) == (False, "checksum")


def test_a_bare_shape_that_fails_is_a_part_number_not_a_vat_number() -> None:
    assert find("Part no. DE123456789X, 40 pcs; model IT12345678901") == []


def test_a_labelled_number_needs_its_label_close() -> None:
    assert find("SIREN of our parent is on request. Order 303265045 ships Monday") == []


def test_every_kind_has_a_stdnum_check_or_is_format_only() -> None:
    assert {"eu_vat", "lei", "gb_company", "fr_siren", "pl_nip", "cz_ico", "no_orgnr", "cn_uscc"} <= set(kinds())
