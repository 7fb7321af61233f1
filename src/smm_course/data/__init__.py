"""The case study of the course, Cioccolateria Dolce Vetta: its data as pandas DataFrames.

Loaders read the files shipped with the package; `generate(seed)` simulates them again
(`python -m smm_course.data` rewrites the shipped files).
"""

from smm_course.data.company import COMPANY, Company
from smm_course.data.generator import DEFAULT_SEED, generate, write_files
from smm_course.data.journeys import CHANNEL_IDS as JOURNEY_CHANNELS
from smm_course.data.loaders import (
    channels,
    funnel,
    journeys,
    load,
    reviews,
    social_posts,
    stopwords_it,
    touchpoints,
)
from smm_course.data.schema import TABLES, path_text

__all__ = [
    "COMPANY",
    "DEFAULT_SEED",
    "JOURNEY_CHANNELS",
    "TABLES",
    "Company",
    "channels",
    "funnel",
    "generate",
    "journeys",
    "load",
    "path_text",
    "reviews",
    "social_posts",
    "stopwords_it",
    "touchpoints",
    "write_files",
]
