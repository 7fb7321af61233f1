"""Every test asking for `path` runs once per lesson notebook (lessons/NN_*.ipynb)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lessons.helpers import LESSON_PATHS


@pytest.fixture(params=LESSON_PATHS, ids=[p.stem for p in LESSON_PATHS])
def path(request: pytest.FixtureRequest) -> Path:
    """One lesson notebook."""
    return request.param
