"""One error tree for the whole library.

Every error a rep may see carries a stable ``code`` and ``params`` so the
message can be rendered from the zh/en catalogs instead of a hard-coded text.
"""

from __future__ import annotations

from typing import Any


class ResearchError(Exception):
    """Base of every error raised on purpose by the library."""

    code = "error.internal"

    def __init__(self, detail: str = "", /, *, code: str | None = None, **params: Any) -> None:
        super().__init__(detail or (code or self.code))
        self.detail = detail
        if code is not None:
            self.code = code
        self.params = params

    def message_params(self) -> dict[str, Any]:
        """Params for the catalog message; ``detail`` defaults to the technical text."""
        return {"detail": self.detail, **self.params}


class InputError(ResearchError):
    """The rep's input cannot be used; the message says what to fix."""

    code = "input.invalid"


class ConfigError(ResearchError):
    """A settings file or environment variable is wrong."""

    code = "config.invalid"


class StoreError(ResearchError):
    """The history database cannot be reached or used (the team's PostgreSQL is down, say)."""

    code = "store.unavailable"


class NetError(ResearchError):
    """Anything that went wrong talking to the network."""

    code = "net.error"


class FetchError(NetError):
    code = "net.fetch_failed"


class BlockedAddressError(FetchError):
    """The target resolves to an address we refuse to connect to (SSRF guard)."""

    code = "net.blocked_address"


class DnsError(NetError):
    code = "net.dns_failed"


class WhoisError(NetError):
    code = "net.whois_failed"
