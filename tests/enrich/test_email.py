from __future__ import annotations

import pytest

from research.enrich.email import classify_address, run
from research.types import Inquiry


@pytest.mark.parametrize(
    "address",
    ["li.wei@qq.com", "a@163.com", "ivan@yandex.ru", "x@bk.ru", "kim@naver.com", "raj@rediffmail.com", "j@gmail.com"],
)
def test_free_mail_providers_worldwide(address: str) -> None:
    facts = classify_address(address)
    assert facts["free_mail"] and not facts["disposable"]


def test_disposable_domain_comes_from_the_maintained_list() -> None:
    assert classify_address("buyer@mailinator.com")["disposable"]


def test_role_and_corporate() -> None:
    facts = classify_address("Purchasing@Harborline-Imports.com")
    assert facts["role"] and not facts["free_mail"] and facts["domain"] == "harborline-imports.com"


def test_idn_domain_is_shown_in_unicode() -> None:
    facts = classify_address("info@bücher.de")
    assert facts["valid"] and facts["domain"] == "xn--bcher-kva.de" and facts["domain_unicode"] == "bücher.de"


def test_invalid_address_is_a_fact_not_a_crash() -> None:
    facts = classify_address("not-an-address@")
    assert facts["valid"] is False and facts["error"]


async def test_reply_to_on_another_domain_is_a_red_flag() -> None:
    f = await run(Inquiry(email="ivanov@bk.ru", reply_to="Sinara <sinara@list.ru>"), None)  # type: ignore[arg-type]
    codes = [s.code for s in f.signals]
    assert codes == ["email.free_mail", "email.reply_to_differs"]
    assert f.signals[1].evidence[0].kind == "header"


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("sales.cn@acme.de", True),
        ("purchase-dept@acme.de", True),
        ("info+shop@acme.de", True),
        ("li.wei@acme.de", False),
    ],
)
def test_role_addresses(address: str, role: bool) -> None:
    assert classify_address(address)["role"] is role


@pytest.mark.parametrize(
    "address",
    [
        "a@vip.163.com",
        "b@yeah.net",
        "c@mail.ru",
        "d@list.ru",
        "e@hanmail.net",
        "f@yandex.com.tr",
        "g@bol.com.br",
        "h@prodigy.net.mx",
        "i@maktoob.com",
        "j@tut.by",
        "k@rediff.com",
        "l@walla.co.il",
        "m@yahoo.com.ar",
    ],
)
def test_free_mail_providers_by_region(address: str) -> None:
    facts = classify_address(address)
    assert facts["free_mail"] and facts["free_provider"] == address.split("@")[1]
