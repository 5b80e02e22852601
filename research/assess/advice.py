"""What the rep should do next, and links for their own checks."""

from __future__ import annotations

from urllib.parse import quote_plus

from research.types import Advice, Category, Inquiry

_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "A": ("advice.reply_fast", "advice.full_quote"),
    "B": ("advice.price_list", "advice.follow_up"),
    "C": ("advice.short_reply",),
    "X": ("advice.do_not_engage", "advice.no_links"),
}

_SEARCHES = (
    ("advice.link.google", "https://www.google.com/search?q={q}"),
    ("advice.link.bing", "https://www.bing.com/search?q={q}"),
    ("advice.link.baidu", "https://www.baidu.com/s?wd={q}"),
    ("advice.link.linkedin", "https://www.linkedin.com/search/results/companies/?keywords={q}"),
    ("advice.link.facebook", "https://www.facebook.com/search/top/?q={q}"),
    ("advice.link.importyeti", "https://www.importyeti.com/search?q={q}"),
    ("advice.link.panjiva", "https://panjiva.com/search?q={q}"),
)


def check_links(inquiry: Inquiry) -> list[Advice]:
    """Search links that open on the rep's machine; nothing is fetched by us."""
    # Company name first; else the address itself, whose search often finds scam reports.
    name = inquiry.company.strip() or inquiry.email.strip() or inquiry.website.strip()
    if not name:
        return []
    q = quote_plus(name)
    return [Advice(code, "link", {"query": name}, url.format(q=q)) for code, url in _SEARCHES]


def advice(category: Category, inquiry: Inquiry) -> tuple[Advice, ...]:
    steps = [Advice(code, "reply") for code in _BY_CATEGORY[category]]
    return tuple(steps + check_links(inquiry))
