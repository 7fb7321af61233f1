"""Every course picture shows as an image in Jupyter, even before pyplot was ever used."""

from __future__ import annotations

import pytest
from IPython.core.formatters import DisplayFormatter

from tests.plots.conftest import read_png_size
from tests.plots.test_figures import all_figures


@pytest.mark.parametrize(
    "name", ["canvas", "journey", "funnel", "touchpoints", "channels", "progress"]
)
def test_figure_displays_as_png_without_pyplot_formatter(
    name: str, sample_canvas, sample_journey, tmp_path
) -> None:
    # A fresh formatter knows nothing of matplotlib-inline: as a kernel before any `plt` call.
    data, _ = DisplayFormatter().format(all_figures(sample_canvas, sample_journey)[name])
    assert "image/png" in data, data.get("text/plain")
    png = tmp_path / "figure.png"
    png.write_bytes(data["image/png"])
    width, _ = read_png_size(png)
    assert width == 1280
