"""Account holders a mail gives for the seller to pay: read by the label before a colon and the account's shape."""

from __future__ import annotations

from research.extract.payee import is_ours, payees


def test_holders_are_read_with_their_line_in_the_order_of_the_mail() -> None:
    text = (
        "Pay the sample fee here:\n"
        "Beneficiary: Harbour Crest Freight Ltd\n"
        "IBAN: GB29 NWBK 6016 1331 9268 19\n\n"
        "Or to our agent:\n"
        "  - Kontoinhaber: Kanzlei Reuter - Treuhandkonto\n"
        "  - Konto: 1234 5678 90\n"
    )
    found = payees(text)
    assert [p.holder for p in found] == ["Harbour Crest Freight Ltd", "Kanzlei Reuter - Treuhandkonto"]
    assert found[0].line == "Beneficiary: Harbour Crest Freight Ltd"


def test_a_holder_needs_an_account_near_it_and_a_label_before_a_colon() -> None:
    assert payees("Beneficiary: Casa Nova Home SL\nPlease issue the L/C in this name.") == []
    assert payees("The beneficiary of the L/C is our company.\nIBAN GB29 NWBK 6016 1331 9268 19") == []
    far = "Beneficiary: Casa Nova\n" + "\n".join(["text"] * 6) + "\nAccount: 1234 5678 90"
    assert payees(far) == []


def test_the_sellers_own_name_however_written_is_ours() -> None:
    seller = "Ningbo Everbright Home Decor Co., Ltd."
    assert is_ours("NINGBO EVERBRIGHT HOME DECOR CO., LTD", seller)
    assert is_ours("Everbright Home Decor", seller)
    assert not is_ours("Ningbo Yongxin Cargo Agency", seller)
    assert not is_ours("Home Decor Trading Ltd", seller)
    assert not is_ours("Everbright Home Decor", "")
