"""Platform buyer-card rules from practice."""

from __future__ import annotations

from research.enrich.platform import analyse, run
from research.types import Inquiry, PlatformStats
from tests.helpers import weight


def _platform(country: str = "", **kw: object) -> tuple[dict[str, object], set[str]]:
    facts, signals = analyse(Inquiry(email="a@b.com", country=country, platform=PlatformStats(**kw)))  # type: ignore[arg-type]
    return facts, {s.code for s in signals}


def test_verified_long_standing_account_that_rarely_writes_is_a_serious_buyer() -> None:
    _, codes = _platform(verified=True, account_age_years=6, inquiries_sent_90d=4, products_viewed_90d=12)
    assert {"platform.verified", "platform.long_standing", "platform.serious_buyer"} <= codes
    assert "platform.unclear_need" not in codes


def test_many_views_and_many_inquiries_mean_an_unclear_need_and_propose_products() -> None:
    facts, codes = _platform(verified=False, account_age_years=0.3, products_viewed_90d=85, inquiries_sent_90d=75)
    assert {"platform.unclear_need", "platform.new_account", "platform.not_verified"} <= codes
    assert "platform.serious_buyer" not in codes
    assert facts["advice_hints"] == ["propose_products"]


def test_ip_country_mismatch_is_a_low_weight_question() -> None:
    facts, signals = analyse(Inquiry(country="Sweden", platform=PlatformStats(ip_country="cn")))
    (sig,) = signals
    assert sig.code == "platform.ip_mismatch" and sig.params == {"ip_country": "CN", "country": "SE"}
    assert -5 <= weight(sig) < 0
    assert facts["advice_hints"] == ["ask_location"]
    assert analyse(Inquiry(country="SE", platform=PlatformStats(ip_country="SE")))[1] == []


async def test_no_platform_data_is_skipped_not_judged() -> None:
    f = await run(Inquiry(email="a@b.com"), None)  # type: ignore[arg-type]
    assert f.status == "skipped" and f.signals == ()
