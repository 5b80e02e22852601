"""A lab root with many buyer domains, for benchmarks and batch tests that need more than the fixtures.

    with synthetic_root(100) as root, Lab(root=root, latency_s=0.1) as lab:
        domains = buyer_domains(root)

Each generated domain is a copy of one of the lab's real buyer sites (pages, DNS records,
WHOIS answer) under a new name, with every mention of the old name rewritten, so a check
sees a coherent buyer: its own website, mail servers and registration. The rest of the
lab (zones, sites, WHOIS) stays as it is, linked in, so every fixture still answers.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.lab.lab import LAB_ROOT

# Buyer sites with a home page, an about or contact page and their own MX: the common case.
TEMPLATES = (
    "harborline-imports.com",
    "brightnest-home.com",
    "vantoro-outdoor.com",
    "maisonvert.fr",
    "nordhaus-moebel.de",
    "casa-bonita.es",
    "alnoor-trading.ae",
)
_WHOIS_TEMPLATE = "harborline-imports.com"
_LIST = "_synthetic.txt"
_ORG = re.compile(r"Registrant Organization: .*")


def _name(template: str, i: int) -> str:
    label, _, tld = template.partition(".")
    return f"{label}-{i:03d}.{tld}"


def _zone_text(zones: dict[str, dict[str, object]], template: str, name: str) -> str:
    """The template's records (its own, www., _dmarc. ...) under the new name, as TOML."""
    lines = []
    for owner, records in zones.items():
        if owner != template and not owner.endswith("." + template):
            continue
        lines.append(f'["{owner[: -len(template)] + name}"]')
        for rtype, value in records.items():
            text = json.dumps(value, ensure_ascii=False).replace(template, name)  # JSON lists are TOML
            lines.append(f"{rtype} = {text}")
        lines.append("")
    return "\n".join(lines)


def _all_zones(root: Path) -> dict[str, dict[str, object]]:
    zones: dict[str, dict[str, object]] = {}
    for path in [root / "zones.toml", *sorted((root / "zones.d").glob("*.toml"))]:
        zones.update(tomllib.loads(path.read_text("utf-8")))
    return zones


def _copy_site(src: Path, dst: Path, template: str, name: str) -> None:
    for path in src.rglob("*"):
        target = dst / path.relative_to(src)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        data = path.read_bytes()
        if path.suffix in (".html", ".xml", ".txt", ".toml"):
            data = data.replace(template.encode(), name.encode())
        target.write_bytes(data)


def _whois(base: Path, template: str, name: str) -> str:
    """The template's own WHOIS answer, else the long-established one, renamed."""
    source = template if (base / "whois" / f"{template}.txt").is_file() else _WHOIS_TEMPLATE
    text = (base / "whois" / f"{source}.txt").read_text("utf-8")
    text = text.replace(source.upper(), name.upper()).replace(source, name)
    company = name.split(".")[0].replace("-", " ").title()
    return _ORG.sub(f"Registrant Organization: {company} Ltd", text)


@contextmanager
def synthetic_root(count: int, base: Path = LAB_ROOT) -> Iterator[Path]:
    """A temporary lab root: the real lab plus ``count`` generated buyer domains."""
    with tempfile.TemporaryDirectory(prefix="research-synthetic-lab-") as tmp:
        root = Path(tmp)
        shutil.copy(base / "zones.toml", root / "zones.toml")
        shutil.copytree(base / "zones.d", root / "zones.d")
        shutil.copytree(base / "whois", root / "whois")
        (root / "sites").mkdir()
        for site in (base / "sites").iterdir():
            (root / "sites" / site.name).symlink_to(site, target_is_directory=True)
        zones = _all_zones(base)
        names, zone_parts = [], []
        for i in range(count):
            template = TEMPLATES[i % len(TEMPLATES)]
            name = _name(template, i)
            names.append(name)
            zone_parts.append(_zone_text(zones, template, name))
            _copy_site(base / "sites" / template, root / "sites" / name, template, name)
            (root / "whois" / f"{name}.txt").write_text(_whois(base, template, name), "utf-8")
        (root / "zones.d" / "synthetic.toml").write_text("\n".join(zone_parts), "utf-8")
        (root / _LIST).write_text("\n".join(names) + "\n", "utf-8")
        yield root


def buyer_domains(root: Path) -> list[str]:
    """The generated domains of a ``synthetic_root``, in order."""
    return (root / _LIST).read_text("utf-8").split()
