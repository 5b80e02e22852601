"""pytest fixtures for the lab; import them in a conftest or a test module:
``from tests.lab.fixtures import lab, lab_env  # noqa: F401``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.lab.lab import LAB_ROOT, Lab


@pytest.fixture(scope="session")
def lab() -> Iterator[Lab]:
    """One lab for the whole session: starting it issues a CA and binds four ports."""
    with Lab(root=LAB_ROOT) as started:
        yield started


@pytest.fixture
def lab_env(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> Lab:
    """The lab, with this test's environment pointing the product at it."""
    for name, value in lab.env().items():
        monkeypatch.setenv(name, value)
    return lab
