from __future__ import annotations

from pathlib import Path

import pytest

from research.errors import ConfigError
from research.settings import load_settings


def test_environment_names_outside_tools_rely_on() -> None:
    s = load_settings(
        env={
            "RESEARCH_NAMESERVERS": "127.0.0.1:15353, [::1]:5353, 9.9.9.9",
            "RESEARCH_WHOIS_SERVER": "127.0.0.1:4343",
            "RESEARCH_ALLOW_PRIVATE_NETWORKS": "1",
            "RESEARCH_CACHE_DIR": "/tmp/x-cache",
            "RESEARCH_HTTP_PORTS": "80=18080,443=18443",
        }
    )
    assert s.nameservers == (("127.0.0.1", 15353), ("::1", 5353), ("9.9.9.9", 53))
    assert s.whois_server == ("127.0.0.1", 4343)
    assert s.allow_private_networks is True
    assert s.cache_dir == Path("/tmp/x-cache")
    assert s.http_port(80) == 18080 and s.http_port(443) == 18443 and s.http_port(8080) == 8080


def test_defaults_are_safe() -> None:
    s = load_settings(env={})
    assert s.allow_private_networks is False and s.deadline_s == 20 and s.max_redirects == 5
    assert s.max_page_bytes == 3_000_000 and s.whois_server is None and s.lang == "zh"


def test_toml_file_then_environment_then_flags(tmp_path: Path) -> None:
    cfg = tmp_path / "r.toml"
    cfg.write_text('[research]\ndeadline_s = 9\nnameservers = ["10.1.1.1"]\nlang = "en"\n', encoding="utf-8")
    s = load_settings(cfg, env={"RESEARCH_DEADLINE_S": "7"}, offline=True)
    assert s.deadline_s == 7 and s.nameservers == (("10.1.1.1", 53),) and s.lang == "en" and s.offline


@pytest.mark.parametrize(
    ("env", "code"),
    [
        ({"RESEARCH_ALLOW_PRIVATE_NETWORKS": "maybe"}, "config.bad_value"),
        ({"RESEARCH_HTTP_PORTS": "80:18080"}, "config.bad_port"),
        ({"RESEARCH_NAMESERVERS": "127.0.0.1:dns"}, "config.bad_port"),
        ({"RESEARCH_DEADLINE_S": "soon"}, "config.bad_value"),
        ({"RESEARCH_CONFIG": "/nonexistent/settings.toml"}, "config.missing_file"),
    ],
)
def test_bad_settings_say_what_is_wrong(env: dict[str, str], code: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings(env=env)
    assert err.value.code == code


def test_unknown_key_in_file_is_an_error(tmp_path: Path) -> None:
    cfg = tmp_path / "r.toml"
    cfg.write_text("deadline = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(cfg, env={})
    assert err.value.code == "config.unknown_key"
