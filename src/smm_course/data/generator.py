"""The seeded generator of every case-study table, and the command that rewrites the files."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

from smm_course.data import catalog, journeys, reviews, social
from smm_course.data.schema import TABLES, apply_schema, for_csv

DEFAULT_SEED = 2025
FILES_DIR = Path(__file__).with_name("files")


def generate(seed: int = DEFAULT_SEED) -> dict[str, pd.DataFrame]:
    """All case-study tables simulated from `seed`, keyed by table name, with documented dtypes."""
    rng = np.random.default_rng(seed)
    posts = social.social_posts(rng)
    funnel = social.funnel(rng, posts)
    raw = {
        "touchpoints": catalog.touchpoints_frame(),
        "social_posts": posts,
        "funnel": funnel,
        "reviews": reviews.reviews(rng),
        "channels": catalog.channels_frame(funnel, rng),
    }
    raw["journeys"] = journeys.journeys(rng, funnel)  # last: the other tables stay as they were
    return {name: apply_schema(name, raw[name]) for name in TABLES}


def to_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write `frame` as the UTF-8 CSV the loaders read (ISO dates, paths "A > B", no index)."""
    for_csv(frame).to_csv(path, index=False, date_format="%Y-%m-%d", lineterminator="\n")


def write_files(folder: Path | str = FILES_DIR, seed: int = DEFAULT_SEED) -> list[Path]:
    """Regenerate the shipped CSV files into `folder`; returns the paths written."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in generate(seed).items():
        path = target / f"{name}.csv"
        to_csv(frame, path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """`python -m smm_course.data [FOLDER]`: rewrite the case-study files."""
    from smm_course.i18n import t

    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else FILES_DIR
    paths = write_files(folder)
    print(t("data.written", count=len(paths), folder=str(folder)))
    return 0
