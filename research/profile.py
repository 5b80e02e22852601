"""Our seller profile, read from TOML (see profiles/*.toml for the format)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from research.errors import InputError
from research.settings import PROJECT_ROOT
from research.types import ProductLine, SellerProfile

PROFILES_DIR = PROJECT_ROOT / "profiles"


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value or ())


def _by_language(value: Any) -> tuple[str, ...]:
    """A flat list, or a table of lists per language (``{ de = [...], zh = [...] }``)."""
    if isinstance(value, dict):
        return tuple(s for v in value.values() for s in _strings(v))
    return _strings(value)


def _line(raw: dict[str, Any]) -> ProductLine:
    return ProductLine(
        name=str(raw["name"]),
        keywords=_by_language(raw.get("keywords")),
        synonyms=_by_language(raw.get("synonyms")),
        hs_codes=_strings(raw.get("hs_codes")),
        moq=str(raw.get("moq", "")),
    )


# What a table of the wrong shape raises as it is read ("company = 3", "product_lines = [1]").
_SHAPE_ERRORS = (KeyError, TypeError, AttributeError, ValueError)


def parse_profile(data: dict[str, Any], name: str = "profile", base: Path | None = None) -> SellerProfile:
    """The profile in ``data`` (a parsed TOML file or the page's form); InputError when it has the wrong shape."""
    try:
        return _parse(data, name, base)
    except _SHAPE_ERRORS as exc:
        raise InputError(str(exc), code="input.bad_profile", path=name, detail=_shape_detail(exc)) from exc


def _shape_detail(exc: Exception) -> str:
    return f"{exc.__class__.__name__}: {exc}" if isinstance(exc, KeyError) else str(exc)


def _parse(data: dict[str, Any], name: str, base: Path | None) -> SellerProfile:
    company = data.get("company", {})
    markets = data.get("markets", {})
    return SellerProfile(
        name=str(company.get("profile_name", name)),
        company=str(company.get("name", "")),
        product_lines=tuple(_line(p) for p in data.get("product_lines", [])),
        certifications=_strings(company.get("certifications")),
        target_markets=tuple(m.upper() for m in _strings(markets.get("target"))),
        excluded_markets=tuple(m.upper() for m in _strings(markets.get("excluded"))),
        moq=str(company.get("moq", "")),
        customs_columns={str(k): str(v) for k, v in _customs(data).get("columns", {}).items()},
        customs_csv=_customs_csv(data, base),
        languages=_languages(data.get("product_lines", [])),
        terms={str(k): str(v) for k, v in data.get("terms", {}).items() if str(v).strip()},
    )


def _languages(lines: list[dict[str, Any]]) -> tuple[str, ...]:
    """ "en" for plain keyword lists, plus every language a keywords or synonyms table names."""
    found = {"en"}
    for raw in lines:
        for key in ("keywords", "synonyms"):
            if isinstance(raw.get(key), dict):
                found |= {str(lang).lower() for lang in raw[key]}
    return tuple(sorted(found))


def _customs(data: dict[str, Any]) -> dict[str, Any]:
    # [customs] with `csv` and a `columns` table; the older flat [customs_columns] still reads.
    table = dict(data.get("customs", {}))
    if "customs_columns" in data:
        table.setdefault("columns", data["customs_columns"])
    return table


def _customs_csv(data: dict[str, Any], base: Path | None) -> str:
    path = str(_customs(data).get("csv", "")).strip()
    if path and base is not None and not Path(path).is_absolute():
        path = str(base / path)  # relative to the profile file
    return path


def load_profile(path: str | Path | None) -> SellerProfile:
    """A profile by path, or by name from profiles/; the empty default profile when None."""
    if path is None or str(path) == "":
        return SellerProfile()
    p = Path(path)
    if not p.exists() and (PROFILES_DIR / f"{p.name}.toml").exists():
        p = PROFILES_DIR / f"{p.name}.toml"
    if not p.is_file():
        raise InputError(str(p), code="input.unknown_profile", path=str(p))
    try:
        return _parse(tomllib.loads(p.read_text(encoding="utf-8")), p.stem, p.parent)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, *_SHAPE_ERRORS) as exc:
        raise InputError(str(exc), code="input.bad_profile", path=str(p), detail=_shape_detail(exc)) from exc


def list_profiles() -> list[Path]:
    return sorted(PROFILES_DIR.glob("*.toml"))
