"""smm-course: a Jupyter course kit for social-media-marketing strategy."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("smm-course")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
