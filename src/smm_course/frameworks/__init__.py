"""The marketing frameworks of the course: canonical content, no widgets and no I/O."""

from smm_course.frameworks import (
    attribution,
    bmc,
    business,
    campaign,
    case_solutions,
    channels,
    concepts,
    journey,
    measurement,
    own_examples,
    race,
    sostac,
    touchpoints,
    zmot,
)

__all__ = [
    "attribution",
    "bmc",
    "business",
    "campaign",
    "case_solutions",
    "channels",
    "concepts",
    "journey",
    "measurement",
    "own_examples",
    "race",
    "sostac",
    "touchpoints",
    "zmot",
]
