"""Settings: defaults, then a TOML file, then ``RESEARCH_*`` environment variables.

The same code runs against the internet, an intranet or the test lab; only
server addresses, ports and limits differ, and they all live here.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from research.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "RESEARCH_"
HostPort = tuple[str, int]


@dataclass(frozen=True)
class Settings:
    # Network endpoints; empty nameservers means the system's resolver configuration.
    nameservers: tuple[HostPort, ...] = ()
    # A WHOIS relay asked for everything, referrals included; unset, the registry's own server.
    whois_server: HostPort | None = None
    # The port named WHOIS servers (registries, referrals) are asked on; a lab maps 43 elsewhere.
    whois_port: int = 43
    # RDAP, asked when WHOIS gives nothing usable; rdap.org redirects to the registry's own server.
    rdap_base: str = "https://rdap.org/"
    http_ports: Mapping[int, int] = field(default_factory=dict)
    allow_private_networks: bool = False
    # Networks allowed even when private networks are not, e.g. an intranet's range
    # or a test lab's loopback: "127.0.0.0/8,10.20.0.0/16".
    private_allowlist: tuple[str, ...] = ()
    ca_bundle: str = ""
    offline: bool = False
    # Time limits, in seconds.
    deadline_s: float = 20.0
    enricher_timeout_s: float = 15.0
    website_budget_s: float = 12.0
    page_timeout_s: float = 8.0
    connect_timeout_s: float = 4.0
    dns_timeout_s: float = 3.0
    whois_timeout_s: float = 8.0
    # Size limits.
    max_page_bytes: int = 3_000_000
    max_redirects: int = 5
    max_pages: int = 8
    max_connections_per_site: int = 4
    # WHOIS questions in flight at once per server (registries throttle or ban eager clients).
    max_whois_per_server: int = 8
    max_whois_bytes: int = 256_000
    user_agent: str = "BuyerResearch/0.1 (supplier due-diligence; polite crawler)"
    # Cache.
    cache_enabled: bool = True
    cache_dir: Path = PROJECT_ROOT / "cache"
    ttl_dns_s: int = 6 * 3600
    ttl_whois_s: int = 7 * 86400
    ttl_http_s: int = 86400
    lang: str = "zh"
    # A manager's edited copy of research/data/scoring.toml (weights, red flags, category thresholds).
    scoring_file: str = ""
    # Bill-of-lading CSV (customs records); the profile's [customs] csv wins when both are set.
    customs_csv: str = ""
    # The seller profile used when none is chosen (a name in profiles/ or a path): RESEARCH_PROFILE.
    profile: str = ""
    # Proof of identity (README "Hosts the tool may contact"). Each source is off when its base URL is
    # empty; every one is asked through the guarded fetcher, cached, and unknown when it does not answer.
    vies_base: str = "https://ec.europa.eu/taxation_customs/vies/rest-api/"
    gleif_base: str = "https://api.gleif.org/api/v1/"
    fr_register_base: str = "https://recherche-entreprises.api.gouv.fr/"
    no_register_base: str = "https://data.brreg.no/enhetsregisteret/api/"
    cz_register_base: str = "https://ares.gov.cz/ekonomicke-subjekty-v-be/rest/"
    pl_register_base: str = "https://wl-api.mf.gov.pl/api/"
    companies_house_base: str = "https://api.company-information.service.gov.uk/"
    companies_house_key: str = ""  # UK Companies House answers only with a (free) key
    wayback_base: str = "https://web.archive.org/"
    nominatim_base: str = "https://nominatim.openstreetmap.org/"
    nominatim_interval_s: float = 1.0  # Nominatim's usage policy: at most one request a second
    # Sanctions lists fetched by `python -m research lists update`; an empty URL leaves that list out.
    sanctions_ofac_url: str = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML"
    sanctions_eu_url: str = (
        "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"
    )
    sanctions_un_url: str = "https://scsanctions.un.org/resources/xml/en/consolidated.xml"
    sanctions_uk_url: str = "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml"
    sanctions_screening: bool = True
    lists_timeout_s: float = 120.0
    max_list_bytes: int = 80_000_000
    ttl_register_s: int = 7 * 86400
    ttl_archive_s: int = 30 * 86400
    ttl_geocode_s: int = 90 * 86400
    # A team server (README "Team server"): the shared history, cache and approvals on PostgreSQL
    # (postgresql://user:password@host/db), the batch queue on Redis, and nobody on the page without
    # signing in. Empty: one rep's SQLite file under cache_dir, no sign-in.
    database_url: str = ""
    redis_url: str = ""
    team: bool = False  # sign-in even without a database_url (a shared SQLite on one machine)
    users_file: str = ""  # local accounts (TOML, argon2 hashes) for a company without an identity provider

    @property
    def team_mode(self) -> bool:
        """Sign-in required: a shared database, or asked for."""
        return self.team or bool(self.database_url)

    @property
    def cache_path(self) -> Path:
        return self.cache_dir / "research.sqlite3"

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def http_port(self, port: int) -> int:
        """Where a lab serves what would be ``port`` on the internet."""
        return self.http_ports.get(port, port)


def _host_port(text: str, default_port: int) -> HostPort:
    text = text.strip()
    if text.startswith("["):  # [::1]:53
        host, _, rest = text[1:].partition("]")
        port = rest.lstrip(":")
    elif text.count(":") == 1:
        host, _, port = text.partition(":")
    else:  # bare IPv4, hostname or IPv6 without port
        host, port = text, ""
    if not host:
        raise ConfigError(f"missing host in {text!r}", code="config.bad_host", value=text)
    try:
        return host, int(port) if port else default_port
    except ValueError as exc:
        raise ConfigError(f"bad port in {text!r}", code="config.bad_port", value=text) from exc


def _nameservers(value: Any) -> tuple[HostPort, ...]:
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(_host_port(str(i), 53) for i in items if str(i).strip())


def _whois_server(value: Any) -> HostPort | None:
    return _host_port(str(value), 43) if str(value).strip() else None


def _http_ports(value: Any) -> dict[int, int]:
    if isinstance(value, Mapping):
        pairs = [(str(k), str(v)) for k, v in value.items()]
    else:
        pairs = [tuple(p.split("=", 1)) for p in str(value).split(",") if p.strip()]  # type: ignore[misc]
    try:
        return {int(k): int(v) for k, v in pairs}
    except ValueError as exc:
        raise ConfigError(f"bad port map {value!r}", code="config.bad_port", value=value) from exc


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a yes/no value: {value!r}")


def _networks(value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value)
    try:
        return tuple(str(ipaddress.ip_network(str(i).strip(), strict=False)) for i in items if str(i).strip())
    except ValueError as exc:
        raise ConfigError(str(exc), code="config.bad_value", key="private_allowlist", value=value) from exc


_SPECIAL: dict[str, Callable[[Any], Any]] = {
    "private_allowlist": _networks,
    "nameservers": _nameservers,
    "whois_server": _whois_server,
    "http_ports": _http_ports,
}
_BY_TYPE: dict[str, Callable[[Any], Any]] = {
    "bool": _bool,
    "int": int,
    "float": float,
    "str": str,
    "Path": lambda v: Path(str(v)).expanduser(),
}


def _convert(name: str, type_name: str, value: Any) -> Any:
    conv = _SPECIAL.get(name) or _BY_TYPE.get(type_name)
    if conv is None:
        raise ConfigError(f"cannot set {name}", code="config.unknown_key", key=name)
    try:
        return conv(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{name}: {exc}", code="config.bad_value", key=name, value=value) from exc


def _types() -> dict[str, str]:
    return {f.name: str(f.type) for f in fields(Settings)}


def _from_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(str(path), code="config.missing_file", path=str(path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}", code="config.bad_file", path=str(path)) from exc
    section: dict[str, Any] = data.get("research", data)
    return section


def load_settings(config: str | Path | None = None, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Defaults < TOML file < environment < explicit overrides (e.g. CLI flags)."""
    env = os.environ if env is None else env
    types = _types()
    raw: dict[str, Any] = {}
    config = config or env.get(ENV_PREFIX + "CONFIG")
    if config:
        raw.update(_from_toml(Path(config)))
    for name in types:
        if (value := env.get(ENV_PREFIX + name.upper())) is not None:
            raw[name] = value
    unknown = sorted(set(raw) - set(types))
    if unknown:
        raise ConfigError(", ".join(unknown), code="config.unknown_key", key=", ".join(unknown))
    values = {k: _convert(k, types[k], v) for k, v in raw.items()}
    values.update(overrides)
    return Settings(**values)
