"""Course pictures drawn with matplotlib: each function returns a Figure (no pyplot state)."""

from smm_course.plots._style import OKABE_ITO, PALETTE, WIDTH_PX, save_figure
from smm_course.plots.attribution import attribution_figure
from smm_course.plots.canvas import canvas_figure
from smm_course.plots.channels import channel_heatmap_figure
from smm_course.plots.funnel import funnel_figure
from smm_course.plots.journey import journey_figure
from smm_course.plots.progress import progress_figure
from smm_course.plots.touchpoints import touchpoint_matrix_figure

__all__ = [
    "OKABE_ITO",
    "PALETTE",
    "WIDTH_PX",
    "attribution_figure",
    "canvas_figure",
    "channel_heatmap_figure",
    "funnel_figure",
    "journey_figure",
    "progress_figure",
    "save_figure",
    "touchpoint_matrix_figure",
]
