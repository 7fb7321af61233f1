"""`python -m smm_course.cli.lab ARGS`: JupyterLab, started the way `smm-course start` wants.

Same as `python -m jupyterlab ARGS`, with the start-up speed-up of
`smm_course.startup` applied to the server process first. The module is also the server
extension of the learner's mode: enabled with
`--ServerApp.jpserver_extensions=smm_course.cli.lab=True`, it keeps nbgrader's JupyterLab
extension off the pages that server sends (JupyterLab and Notebook 7).
`smm_course.cli.lab_instructor` does the same for the instructor's mode with
`HIDDEN_FROM_INSTRUCTORS`.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = [
    "HIDDEN_FROM_INSTRUCTORS",
    "HIDDEN_FROM_LEARNERS",
    "disable_extensions",
    "hide_on_pages",
    "main",
]

# nbgrader's menu, Formgrader, Create Assignment, Assignment/Course List and Validate.
HIDDEN_FROM_LEARNERS = ("@jupyter/nbgrader",)
# On one machine the instructor uses no exchange: Assignment List and Courses would only say
# "The exchange directory does not exist" and "Error fetching courses!".
HIDDEN_FROM_INSTRUCTORS = ("@jupyter/nbgrader:assignment-list", "@jupyter/nbgrader:course-list")


def disable_extensions(page_config: dict[str, Any], hidden: tuple[str, ...]) -> dict[str, Any]:
    """The page configuration with the JupyterLab extensions (or plugins) `hidden` disabled."""
    disabled = page_config.get("disabledExtensions") or []
    names = (
        list(disabled) if not isinstance(disabled, dict) else [k for k, v in disabled.items() if v]
    )
    page_config["disabledExtensions"] = names + [n for n in hidden if n not in names]
    return page_config


def hide_on_pages(serverapp: Any, hidden: tuple[str, ...]) -> None:
    """Disable the JupyterLab extensions (or plugins) `hidden` on every page `serverapp` sends."""
    settings = serverapp.web_app.settings
    previous = settings.get("page_config_hook")

    def hook(handler: Any, page_config: dict[str, Any]) -> dict[str, Any]:
        if previous is not None:
            page_config = previous(handler, page_config)
        return disable_extensions(page_config, hidden)

    settings["page_config_hook"] = hook


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "smm_course.cli.lab"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    hide_on_pages(serverapp, HIDDEN_FROM_LEARNERS)


def main() -> int:
    """Run JupyterLab with the command-line arguments of this process."""
    from smm_course.startup import skip_unused_iri_grammar

    skip_unused_iri_grammar()
    from jupyterlab.labapp import main as lab_main

    return lab_main() or 0


if __name__ == "__main__":
    sys.exit(main())
