"""The sender's details in a pasted inquiry: labelled lines, the signature block, phones, sites. Pure.

The rep corrects what we guess, so a guess is only made on a clear sign
(a label, a legal form, a country name alone on a line) and never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import phonenumbers

from research.data.load import toml_table, word_list
from research.extract.countries import country_code, is_state_code
from research.extract.domains import registrable
from research.extract.text import CJK_CHARS, EMAIL

_SITE = re.compile(r"(?i)\b(?:https?://)?((?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,})(?:/[^\s<>\"')]*)?")
# Where a quoted earlier message starts: its signature is someone else's (often ours).
_QUOTE_START = re.compile(
    r"(?im)^(?:-{2,}\s*(?:original message|forwarded message|原始邮件|原始郵件|元のメッセージ|mensaje original|"
    r"message d'origine|ursprüngliche nachricht|исходное сообщение|oorspronkelijk bericht|doorgestuurd bericht|"
    r"messaggio originale|mensagem original|wiadomość oryginalna|orijinal ileti)\s*-{2,}|on .{5,80} wrote:|"
    r"el .{5,80} escribió:|le .{5,80} a écrit :|am .{5,80} schrieb .{0,60}:|>.*$|"
    # Outlook's header block of the quoted mail: "From: ...", then "Sent: ..." on the next line.
    r"(?:from|van|von|de|da|od|от|发件人|寄件者|差出人)\s*[:：].+\n\s*(?:sent|date|verzonden|gesendet|datum|"
    r"envoyé|enviado|fecha|inviato|data|wysłano|отправлено|发送时间|日期|送信日時)\s*[:：])"
)
_LABEL = re.compile(r"^\s*([^:：\n]{1,30}?)\s*[:：]\s*(.+?)\s*$")


@dataclass(frozen=True)
class Contact:
    email: str = ""
    display_name: str = ""
    company: str = ""
    phone: str = ""
    website: str = ""
    country: str = ""  # ISO 3166 alpha-2


@cache
def _labels() -> dict[str, str]:
    """Lower-case label -> field name."""
    table = toml_table("inquiry/fields.toml")["labels"]
    return {label.lower(): name for name, labels in table.items() for label in labels}


# Scripts without spaces between words, plus the enclosed forms ㈱ ㈜ of legal names.
_CJK_MARK = re.compile(f"[{CJK_CHARS}\u3200-\u32ff]")


@cache
def _company_mark() -> re.Pattern[str]:
    """A legal form as a whole word ("Ltd", "GmbH"); a Chinese, Japanese or Korean one anywhere in the line.

    "有限公司", "株式会社さくら", "さくら株式会社", "(주)한빛상사", "㈜한빛상사": these scripts put no
    space between the legal form and the name, so the form is found without word boundaries.
    """
    marks = sorted(toml_table("inquiry/fields.toml")["signature"]["company_marks"], key=len, reverse=True)
    spaced = "|".join(re.escape(m) for m in marks if not _CJK_MARK.search(m))
    glued = "|".join(re.escape(m) for m in marks if _CJK_MARK.search(m))
    return re.compile(rf"(?i)(?:^|[\s,(])(?:{spaced})\.?(?=$|[\s,)])|{glued}")


@cache
def _closings() -> tuple[str, ...]:
    return tuple(sorted(toml_table("inquiry/fields.toml")["signature"]["closings"], key=len, reverse=True))


def labelled(text: str) -> dict[str, str]:
    """Field -> value of lines like ``Company: Harborline Imports Ltd``; the first of each wins."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        if (m := _LABEL.match(line)) and (field := _labels().get(m.group(1).lower().strip("*- "))):
            out.setdefault(field, m.group(2).strip())
    return out


def signature_lines(text: str) -> list[str]:
    """Lines after the last closing word, or the last eight lines when there is none."""
    lines = [ln.strip() for ln in text.splitlines()]
    for i in range(len(lines) - 1, -1, -1):
        low = lines[i].lower().rstrip(",.!")
        if low and any(low == c or (low.startswith(c) and len(low) < len(c) + 12) for c in _closings()):
            return [ln for ln in lines[i + 1 : i + 12] if ln]
    return [ln for ln in lines[-8:] if ln]


@cache
def _job_title() -> re.Pattern[str]:
    words = sorted(toml_table("inquiry/fields.toml")["signature"]["job_titles"], key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _without_title(line: str) -> str:
    """'Purchasing Manager, Harborline Imports LLC' -> 'Harborline Imports LLC'."""
    parts = [p.strip(" ,;") for p in re.split(r"\s*(?:,|\||·|•|\s[-–—]\s|\sat\s|\s@\s)\s*", line) if p.strip(" ,;")]
    if len(parts) < 2:
        return line.strip(" ,;")
    kept = [p for p in parts if not (_job_title().search(p) and not _company_mark().search(p))]
    if not kept or len(kept) == len(parts):
        return line.strip(" ,;")  # nothing to drop: keep the sender's own punctuation
    return ", ".join(kept)


def company_line(lines: list[str]) -> str:
    for line in lines:
        if len(line) <= 80 and not EMAIL.search(line) and _company_mark().search(line):
            return _without_title(line)
    return ""


def name_line(lines: list[str]) -> str:
    """The first short line that looks like a person's name, right after the closing."""
    for line in lines[:2]:
        if 1 < len(line) <= 40 and not re.search(r"[\d@:/]", line) and not _company_mark().search(line):
            return line.strip(" ,")
    return ""


def phones(text: str, region: str | None = None) -> list[str]:
    """E.164 numbers found in the text; without a region only international (+) numbers count."""
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        found.append(phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
    return list(dict.fromkeys(found))


# Each host is then looked for again in the whole text; a mail of thousands of links (spam, a pasted
# log) took a minute before the check even started. A buyer names one site, not twenty.
MAX_HOSTS = 20


def websites(text: str) -> list[str]:
    """Host names of web addresses written in the text (e-mail domains excluded), the first MAX_HOSTS."""
    no_mail = EMAIL.sub(" ", text)
    hosts = [m.group(1).lower() for m in _SITE.finditer(no_mail) if "." in m.group(1)]
    first = list(dict.fromkeys(hosts))[:MAX_HOSTS]
    return [h for h in first if ("www." in h or _is_url(h, no_mail)) and not re.fullmatch(r"[\d.]+", h)]


def _is_url(host: str, text: str) -> bool:
    return bool(re.search(rf"(?i)https?://(?:www\.)?{re.escape(host.removeprefix('www.'))}", text))


def only_as_deep_link(host: str, text: str) -> bool:
    """A host seen in the body only inside links to a page (``https://x.top/login?id=...``) is a link the
    sender wants clicked, not a website they claim: phishing and "see our catalogue" links are like that."""
    bare = re.escape(host.removeprefix("www."))
    written = re.finditer(rf"(?i)(?:https?://)?(?:www\.)?{bare}(/[^\s<>\"')]*)?", text)
    return all(len((m.group(1) or "/").strip("/")) > 0 for m in written)


def country_in(lines: list[str]) -> str:
    """A country named alone on a line, or as the last part of an address line; not a state's
    abbreviation that is also a country's code ("Charlotte, NC" is North Carolina, not New Caledonia)."""
    for line in reversed(lines):
        for part in (line, line.rsplit(",", 1)[-1]):
            named = part.strip(" .")
            if is_state_code(named) and line.strip(" .") != named:
                continue
            if len(named) > 1 and (code := country_code(named, exact=True)):
                return code
    return ""


def _best_site(sites: list[str], email: str, free: frozenset[str]) -> str:
    mail_domain = registrable(email.rpartition("@")[2]) if email else ""
    usable = [s for s in sites if registrable(s) not in free]
    same = [s for s in usable if mail_domain and registrable(s) == mail_domain]
    return (same or usable or [""])[0]


def own_part(text: str) -> str:
    """The newest message of a pasted thread: everything before the first quoted one."""
    m = _QUOTE_START.search(text)
    return text[: m.start()] if m and m.start() > 0 else text


def contact(text: str, email: str = "") -> Contact:
    """Everything we can read about the sender from the text, each field possibly empty."""
    text = own_part(text)
    fields = labelled(text)
    sig = signature_lines(text)
    address = email or fields.get("email", "")
    if not EMAIL.fullmatch(address or ""):
        found = EMAIL.search(fields.get("email", "") or "\n".join(sig)) or EMAIL.search(text)
        address = found.group(0) if found else ""
    country = country_code(fields["country"]) or "" if fields.get("country") else country_in(sig)
    phone_text = fields.get("phone", "") or "\n".join(sig)
    numbers = phones(phone_text, country or None) or phones(text)
    written = list(dict.fromkeys(websites("\n".join(sig)) + websites(text)))
    claimed = [h for h in written if not only_as_deep_link(h, text)]
    sites = websites(fields.get("website", "")) + claimed
    return Contact(
        email=address,
        display_name=fields.get("name", "") or name_line(sig),
        company=fields.get("company", "") or company_line(sig),
        phone=numbers[0] if numbers else "",
        website=_best_site(sites, address, word_list("free_mail.txt")),
        country=country,
    )


def quoted_senders(text: str) -> list[str]:
    """The e-mail addresses in the quoted part of a thread (below its newest message): who wrote the mail the
    sender answers or forwards."""
    m = _QUOTE_START.search(text)
    if not m or m.start() == 0:
        return []
    return [a.group(0).lower() for a in EMAIL.finditer(text, m.start())]
