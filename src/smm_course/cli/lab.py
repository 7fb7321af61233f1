"""`python -m smm_course.cli.lab ARGS`: JupyterLab, started the way `smm-course start` wants.

Same as `python -m jupyterlab ARGS`, with the start-up speed-up of
`smm_course.startup` applied to the server process first.
"""

from __future__ import annotations

import sys


def main() -> int:
    """Run JupyterLab with the command-line arguments of this process."""
    from smm_course.startup import skip_unused_iri_grammar

    skip_unused_iri_grammar()
    from jupyterlab.labapp import main as lab_main

    return lab_main() or 0


if __name__ == "__main__":
    sys.exit(main())
