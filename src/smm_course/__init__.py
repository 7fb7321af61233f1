"""smm-course: a Jupyter course kit for social-media-marketing strategy."""

import sys

# Kept static (not read from package metadata) so `import smm_course` stays fast.
__version__ = "0.1.0"

# jsonschema (under nbformat and jupyter_server) loads rfc3987_syntax when installed, and
# that module builds an Earley parser at import: about 2 s of CPU in every process that
# reads a notebook (each grading worker, the course's Jupyter server). It serves only the
# optional "iri" format check, which no schema used here has; without the module jsonschema
# skips that check. Left alone when something already imported it.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

__all__ = ["__version__"]
