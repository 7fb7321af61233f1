"""Seasonal demand of an artisan chocolate maker: Christmas, San Valentino, Easter, summer dip."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from smm_course.data.schema import YEAR

EASTER = dt.date(2025, 4, 20)
VALENTINE = dt.date(2025, 2, 14)
CHRISTMAS = dt.date(2025, 12, 25)

# Baseline interest in chocolate by month (1 = an ordinary month).
MONTH_DEMAND = {
    1: 0.85,
    2: 1.05,
    3: 1.0,
    4: 1.05,
    5: 0.9,
    6: 0.72,
    7: 0.6,
    8: 0.58,
    9: 0.92,
    10: 1.05,
    11: 1.35,
    12: 1.6,
}


def days(year: int = YEAR) -> pd.DatetimeIndex:
    """Every day of the course's year."""
    return pd.date_range(f"{year}-01-01", f"{year}-12-31", freq="D")


def daily_demand(dates: pd.DatetimeIndex) -> np.ndarray:
    """Demand multiplier for each date: the month level plus the gift-giving windows."""
    out = np.array([MONTH_DEMAND[d.month] for d in dates], dtype=float)
    for i, day in enumerate(dates.date):
        if VALENTINE - dt.timedelta(days=12) <= day <= VALENTINE:
            out[i] *= 1.55
        if EASTER - dt.timedelta(days=21) <= day <= EASTER:
            out[i] *= 1.5
        if CHRISTMAS - dt.timedelta(days=24) <= day < CHRISTMAS:
            out[i] *= 1.3
        elif day >= CHRISTMAS:
            out[i] *= 0.7
    return out


def monthly_demand(year: int = YEAR) -> pd.Series:
    """Average daily demand of each month (index 1..12)."""
    dates = days(year)
    return pd.Series(daily_demand(dates), index=dates.month).groupby(level=0).mean()


def occasion(day: dt.date) -> str | None:
    """The gift occasion a post on `day` would talk about, if any."""
    if VALENTINE - dt.timedelta(days=14) <= day <= VALENTINE:
        return "San Valentino"
    if EASTER - dt.timedelta(days=28) <= day <= EASTER:
        return "Pasqua"
    if dt.date(day.year, 11, 15) <= day < CHRISTMAS:
        return "Natale"
    return None
