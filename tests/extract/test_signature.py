"""Who signed the mail: the country of an address line, read as a rep would."""

from __future__ import annotations

import pytest

from research.extract.signature import contact, quoted_senders


@pytest.mark.parametrize(
    ("last_line", "phone"),
    [
        ("Charlotte, NC", "+1 704-555-0186"),  # North Carolina, not New Caledonia
        ("Adelaide, SA", "+61 8 5550 1234"),  # South Australia, not Saudi Arabia
        ("Regina, SK", "+1 306-555-0142"),  # Saskatchewan, not Slovakia
    ],
)
def test_a_state_after_a_city_is_not_read_as_the_country_sharing_its_code(last_line: str, phone: str) -> None:
    # Unknown is honest (the market check then reads the website and the domain); New Caledonia was wrong.
    text = f"Please quote 1,000 pcs.\n\nBest regards,\nRobert Kimball\nOakridge Import Group LLC\n{last_line}\n{phone}"
    assert contact(text, "r.kimball@oakridgeimportgroup.com").country == ""


def test_a_country_at_the_end_of_an_address_line_is_still_read() -> None:
    text = "Best regards,\nAnna Weber\nWeber Wohnen GmbH\nHauptstr. 5, 20095 Hamburg, Germany\n+49 40 5550 1234"
    assert contact(text, "a.weber@weber-wohnen.de").country == "DE"


def test_a_paste_of_one_long_word_still_gives_the_signers_address() -> None:
    # The address pattern starts only where a local part can: a 40 KB word took 8 s to read before.
    text = "x" * 40_000 + "\n\nBest regards,\nAnna Weber\nanna@weber-wohnen.de"
    assert contact(text, "").email == "anna@weber-wohnen.de"


def test_the_quoted_senders_are_those_below_the_newest_message() -> None:
    thread = (
        "Thanks, see below.\nAnna\n\n-----Oorspronkelijk bericht-----\n"
        "Van: Vivian Zhao <vivian.zhao@nbeverbright.example>\n"
        "Verzonden: dinsdag 13 mei 2025 09:27\nAan: anna@buyer.example\n\nDear Anna, our quotation: ..."
    )
    assert quoted_senders(thread) == ["vivian.zhao@nbeverbright.example", "anna@buyer.example"]
    outlook = (
        "Our counter-offer below.\n\nFrom: Grace <grace@seller.example>\nSent: Monday\nSubject: Quote\n\nPrices ..."
    )
    assert quoted_senders(outlook) == ["grace@seller.example"]
    assert quoted_senders("Please quote 500 vases. Contact: buyer@shop.example") == []
