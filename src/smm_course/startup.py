"""Process start-up tweaks for the course's own long-running processes."""

from __future__ import annotations

import sys


def skip_unused_iri_grammar() -> None:
    """Keep jsonschema from loading rfc3987_syntax, whose grammar costs ~2 s of CPU."""
    # jsonschema (under nbformat and jupyter_server) imports rfc3987_syntax when installed,
    # and that module builds an Earley parser at import time. It serves only the optional
    # "iri" format check, which no schema used here has; without it jsonschema skips that
    # check. Called by the CLI, the Jupyter server launcher and the grading workers, before
    # anything imports jsonschema; left alone when something already imported the module.
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
