"""The buyer's company and contact names screened against the official sanctions lists on disk.

The lists are downloaded by ``python -m research lists update`` (research/net/lists.py); this check
reads them locally, so it runs offline too. A hit (the same name, of the same kind of party) is a
veto with the list, entry and programme as evidence; a near miss is shown for the rep to judge.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from research.enrich.base import Enricher, finding, signal
from research.extract.company_names import tokens
from research.facts import SanctionMatch, SanctionsFacts, SanctionsList, facts_of
from research.net.lists import Candidate, ListsDb, db_path
from research.threads import run_in_thread
from research.types import Evidence, Finding, Inquiry, Signal

if TYPE_CHECKING:
    from research.context import Context

SOURCE = "sanctions"
# token_sort_ratio of the normalised names: a hit is the same name; a near miss one a rep should look at.
_HIT = {"organization": 95.0, "person": 97.0}
_NEAR = {"organization": 88.0, "person": 90.0}
_STALE_DAYS = 31
_MAX_MATCHES = 8


def names(inquiry: Inquiry, ctx: Context) -> list[tuple[str, str]]:
    """(name, person|organization) to screen: the company and contact the mail names, the registered
    names the registers returned and the organisation in the website's certificate."""
    out = [(inquiry.company, "organization"), (inquiry.display_name, "person")]
    out += [(r.get("name", ""), "organization") for r in facts_of(ctx.findings, "registers").get("records") or []]
    cert = facts_of(ctx.findings, "website").get("certificate") or {}
    out.append((cert.get("organization") or "", "organization"))
    seen: dict[str, tuple[str, str]] = {}
    for name, kind in out:
        words = tokens(name)
        if words and (len(words) >= 2 or len(words[0]) >= 5):
            seen.setdefault(" ".join(words), (name.strip(), kind))
    return list(seen.values())


def _match(c: Candidate, screened: str, kind: str) -> SanctionMatch:
    hit = c.score >= _HIT[kind] and c.entity == kind and (kind == "organization" or len(tokens(screened)) >= 2)
    return {
        "list": c.list,
        "entry": c.entry,
        "listed_name": c.listed_name,
        "screened": screened,
        "score": round(c.score, 1),
        "program": c.program,
        "listed_on": c.listed_on,
        "entity": c.entity,
        "hit": hit,
    }


def _screen(db: ListsDb, screened: list[tuple[str, str]]) -> list[SanctionMatch]:
    found: dict[tuple[str, str], SanctionMatch] = {}
    for name, kind in screened:
        for c in db.candidates(name, min(_NEAR.values())):
            if c.score >= _NEAR[kind]:
                m = _match(c, name, kind)
                key = (m["list"], m["entry"])
                if key not in found or (m["hit"], m["score"]) > (
                    found[key].get("hit", False),
                    found[key].get("score", 0.0),
                ):
                    found[key] = m
    return sorted(found.values(), key=lambda m: (not m.get("hit"), -m.get("score", 0.0)))[:_MAX_MATCHES]


def _read(ctx: Context, screened: list[tuple[str, str]]) -> tuple[list[SanctionsList], list[SanctionMatch]] | None:
    """The lists and the matches; None when the lists file was damaged (set aside, to be downloaded again)."""
    db = ListsDb(db_path(ctx.settings))
    if db.set_aside is not None:
        db.close()
        return None
    try:
        lists: list[SanctionsList] = [
            {"list": i.list, "date": i.published, "downloaded": i.downloaded, "entries": i.entries} for i in db.lists()
        ]
        return lists, (_screen(db, screened) if lists else [])
    finally:
        db.close()


def _signals(matches: list[SanctionMatch], lists: list[SanctionsList], today: date) -> list[Signal]:
    out = []
    for m in matches:
        ev = Evidence(
            "list",
            f"{m.get('list', '').upper()} {m.get('entry', '')}",
            f"{m.get('listed_name')} ({m.get('program')}, {m.get('listed_on') or '-'})",
        )
        params = {
            "list": {"code": f"list.{m.get('list')}"},
            "entry": m.get("entry", ""),
            "listed": m.get("listed_name", ""),
            "name": m.get("screened", ""),
            "program": m.get("program", ""),
            "score": m.get("score", 0),
        }
        out.append(signal(SOURCE, "sanctions.hit" if m.get("hit") else "sanctions.near_miss", ev, **params))
    # Fetched long ago, not published long ago: the UN list may go unchanged for months.
    oldest = min((date.fromisoformat(x["downloaded"]) for x in lists if x["downloaded"]), default=None)
    if oldest is not None and (today - oldest).days > _STALE_DAYS:
        ev = Evidence("list", "sanctions", ", ".join(f"{x['list']} {x['date']}" for x in lists))
        out.append(signal(SOURCE, "sanctions.lists_old", ev, date=oldest.isoformat(), days=(today - oldest).days))
    return out


async def run(inquiry: Inquiry, ctx: Context) -> Finding:
    if not ctx.settings.sanctions_screening:
        return finding(SOURCE, {}, status="skipped", reason="sanctions.off")
    screened = names(inquiry, ctx)
    if not db_path(ctx.settings).is_file():
        return finding(SOURCE, {"screened": [n for n, _ in screened]}, status="skipped", reason="sanctions.no_lists")
    read = await run_in_thread(_read, ctx, screened)
    if read is None:
        return finding(
            SOURCE, {"screened": [n for n, _ in screened]}, status="skipped", reason="sanctions.lists_damaged"
        )
    lists, matches = read
    facts: SanctionsFacts = {"screened": [n for n, _ in screened], "lists": lists, "matches": matches}
    if not lists:
        return finding(SOURCE, facts, status="skipped", reason="sanctions.no_lists")
    return finding(SOURCE, facts, _signals(matches, lists, ctx.now.date()))


ENRICHER = Enricher(SOURCE, run, network=False, needs=("website", "registers"))
