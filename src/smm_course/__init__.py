"""smm-course: a Jupyter course kit for social-media-marketing strategy."""

# Kept static (not read from package metadata) so `import smm_course` stays fast.
__version__ = "0.1.0"

__all__ = ["__version__"]
