"""The marketing frameworks of the course: canonical content, no widgets and no I/O."""

from smm_course.frameworks import (
    attribution,
    bmc,
    campaign,
    channels,
    concepts,
    journey,
    race,
    sostac,
    touchpoints,
    zmot,
)

__all__ = [
    "attribution",
    "bmc",
    "campaign",
    "channels",
    "concepts",
    "journey",
    "race",
    "sostac",
    "touchpoints",
    "zmot",
]
