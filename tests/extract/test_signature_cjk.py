"""Japanese and Korean legal forms are written onto the company name without a space, as Chinese ones are."""

from __future__ import annotations

import pytest

from research.extract.signature import MAX_HOSTS, company_line, contact, websites


@pytest.mark.parametrize(
    "company",
    ["株式会社さくら", "さくら株式会社", "(株)さくらインテリア", "(주)한빛상사", "㈜한빛상사", "한빛상사 주식회사"],
)
def test_japanese_and_korean_legal_forms_without_spaces_mark_the_company(company: str) -> None:
    found = contact("こんにちは / 안녕하세요.\n\nよろしくお願いいたします。\n山田太郎\n" + company)
    assert (found.display_name, found.company) == ("山田太郎", company)


def test_a_title_before_a_glued_korean_legal_form_is_dropped() -> None:
    found = contact("안녕하세요.\n\n감사합니다.\n김민수\n구매팀장, (주)한빛상사")
    assert (found.display_name, found.company) == ("김민수", "(주)한빛상사")


def test_latin_legal_forms_still_need_a_word_boundary() -> None:
    assert company_line(["Kagoshima Trading Ltd"]) == "Kagoshima Trading Ltd"
    assert company_line(["Agnieszka Kowalska"]) == ""
    assert company_line(["Incense shop owner"]) == ""


def test_a_mail_of_thousands_of_links_names_the_signature_site_first() -> None:
    """Spam or a pasted log with 3,000 links: the signature's site leads, and only the first few hosts are
    looked at (each host is searched for in the whole text again: all of them took a minute)."""
    links = " ".join(f"https://shop{i}.example-{i % 50}.com/item/{i}" for i in range(3000))
    text = f"Please quote 500 vases.\n{links}\n\nBest regards\nAnna Berg\nNordhaus GmbH\nwww.nordhaus-deko.de\n"
    assert contact(text, email="anna@nordhaus-deko.de").website == "www.nordhaus-deko.de"
    assert len(websites(text)) <= MAX_HOSTS
