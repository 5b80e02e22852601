"""Japanese and Korean legal forms are written onto the company name without a space, as Chinese ones are."""

from __future__ import annotations

import pytest

from research.extract.signature import company_line, contact


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
