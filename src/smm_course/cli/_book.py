"""The learner's workbook for a command, with its warnings (a damaged file kept aside) printed."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from smm_course.workbook import Workbook


def open_workbook(path: str | None, stream: TextIO | None = None) -> Workbook:
    """Open the workbook at `path` (or the default one) and print what it had to repair."""
    from smm_course.workbook import Workbook

    book = Workbook.open(path)
    for warning in book.warnings:
        print(warning, file=stream or sys.stdout)
    return book
