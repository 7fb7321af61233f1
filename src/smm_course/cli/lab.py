"""`python -m smm_course.cli.lab ARGS`: JupyterLab, started the way `smm-course start` wants.

Same as `python -m jupyterlab ARGS`, with `smm_course` imported first so its start-up
speed-up (see smm_course/__init__.py) also applies to the server process.
"""

from __future__ import annotations

import sys


def main() -> int:
    """Run JupyterLab with the command-line arguments of this process."""
    from jupyterlab.labapp import main as lab_main

    return lab_main() or 0


if __name__ == "__main__":
    sys.exit(main())
