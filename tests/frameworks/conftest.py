"""Shared fixtures for the framework tests."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["it", "en"])
def lang(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test using it runs once per course language, with SMM_COURSE_LANG set."""
    monkeypatch.setenv("SMM_COURSE_LANG", request.param)
    return request.param
