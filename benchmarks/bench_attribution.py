"""Attribution models on 10,000 journeys: median seconds of each model, conversions and revenue."""

from __future__ import annotations

import argparse

import pandas as pd
from _common import median, p95, print_table, timed

from smm_course import data
from smm_course.frameworks.attribution import AttributionModel, attribute

SIZE = 10_000


def sample(size: int = SIZE) -> pd.DataFrame:
    """`size` journeys drawn from the case study's year (with replacement, fixed seed)."""
    return data.journeys().sample(size, replace=True, random_state=1).reset_index(drop=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--size", type=int, default=SIZE)
    args = parser.parse_args()
    journeys = sample(args.size)
    rows = []
    for model in AttributionModel:
        for revenue in (False, True):
            call = lambda m=model, r=revenue: attribute(journeys, m, revenue=r)  # noqa: E731
            call()  # warm imports and caches
            times = timed(call, args.repeat)
            what = "revenue" if revenue else "conversions"
            rows.append((model.id, what, median(times) * 1000, p95(times) * 1000))
    print_table(
        f"Attribution models on {len(journeys):,} journeys (ms, {args.repeat} runs each)",
        ("model", "credits", "median ms", "p95 ms"),
        rows,
    )


if __name__ == "__main__":
    main()
