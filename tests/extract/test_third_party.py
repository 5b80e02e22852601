"""Third parties named by their service in their domain: who a fee scam has the seller pay."""

from __future__ import annotations

from research.extract.third_party import service_contacts


def test_an_office_named_by_its_service_at_another_domain_is_found_with_the_word() -> None:
    text = (
        "Contact kelvin.ho@veritrace-inspection.com for the audit, or register at "
        "https://secure-tradeescrow.net/seller/register. Test reports from info@ctpchile-lab.com."
    )
    found = dict(service_contacts(text, "oakridgeimportgroup.com"))
    assert found == {
        "kelvin.ho@veritrace-inspection.com": "inspection",
        "https://secure-tradeescrow.net": "escrow",
        "info@ctpchile-lab.com": "lab",
    }


def test_the_senders_own_domain_free_mail_and_words_inside_other_names_are_not_offices() -> None:
    text = (
        "Our compliance desk: compliance@harborline-imports.com. Write to me at certificates.dept@gmail.com. "
        "Our Alabama store: manager@alabamahomegoods.com. Forwarder: bookings@oceanlink-logistics.com."
    )
    # "lab" inside "alabamahomegoods" is no lab: a short word counts only as a whole part of the name.
    assert service_contacts(text, "harborline-imports.com") == []


def test_an_office_after_a_wall_of_letters_is_still_found() -> None:
    # A 100 KB word without "@" was scanned for an address from each of its letters: minutes for one mail.
    text = "Fee USD 680. " + "a" * 100_000 + " Pay kelvin.ho@veritrace-inspection.com."
    assert service_contacts(text, "oakridgeimportgroup.com") == [("kelvin.ho@veritrace-inspection.com", "inspection")]
