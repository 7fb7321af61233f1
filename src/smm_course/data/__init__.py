"""The case study of the course, Cioccolateria Dolce Vetta: its data as pandas DataFrames.

Loaders read the files shipped with the package; `generate(seed)` simulates them again
(`python -m smm_course.data` rewrites the shipped files).
"""

from smm_course.data.company import COMPANY, Company
from smm_course.data.generator import DEFAULT_SEED, generate, write_files
from smm_course.data.loaders import (
    channels,
    funnel,
    load,
    reviews,
    social_posts,
    stopwords_it,
    touchpoints,
)
from smm_course.data.schema import TABLES

__all__ = [
    "COMPANY",
    "DEFAULT_SEED",
    "TABLES",
    "Company",
    "channels",
    "funnel",
    "generate",
    "load",
    "reviews",
    "social_posts",
    "stopwords_it",
    "touchpoints",
    "write_files",
]
