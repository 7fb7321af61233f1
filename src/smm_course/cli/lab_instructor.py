"""Server extension of the instructor's mode: nbgrader's pages without the exchange's tools.

Enabled by `smm-course start --instructor` with
`--ServerApp.jpserver_extensions=smm_course.cli.lab_instructor=True`: the Formgrader, Create
Assignment and Validate stay; Assignment List and Courses, which need nbgrader's exchange,
are left off the pages (their server extensions are off too, see smm_course.cli.start).
"""

from __future__ import annotations

from typing import Any

from smm_course.cli.lab import HIDDEN_FROM_INSTRUCTORS, hide_on_pages


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "smm_course.cli.lab_instructor"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    hide_on_pages(serverapp, HIDDEN_FROM_INSTRUCTORS)
