"""Shared fixtures: where ../shared is, and the marker that skips without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSNORM_SHARED", ROOT.parent / "shared"))

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip tests marked ``shared`` when ../shared is absent, saying why."""
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(
        reason=f"development data not found at {SHARED} (set NEWSNORM_SHARED to its folder)"
    )
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder (tests using it carry the ``shared`` marker)."""
    return SHARED
