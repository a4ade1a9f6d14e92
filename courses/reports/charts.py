"""Server-drawn SVG charts for the admin: no JavaScript, readable on a cheap phone, and told
apart by line style and marker as well as colour. The template draws what `line_chart` lays
out; the page shows the same numbers in a table next to the chart. A value of None (a number
that may not be shown) leaves a gap in its line."""

import math
from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

WIDTH, HEIGHT = 720, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 40, 56, 40
#: Colour, dash pattern and marker per line: each at least 3:1 against white.
STYLES = [("#005a9c", "", "circle"), ("#a34700", "8 4", "square"), ("#1b7837", "2 4", "diamond")]


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    value: int


@dataclass(frozen=True)
class Line:
    label: str
    colour: str
    dash: str
    marker: str
    points: list[Point]
    legend_x: float
    breaks: tuple[int, ...] = ()  # indexes of the points that start a new segment

    @property
    def segments(self) -> list[str]:
        """The polylines to draw: the points between gaps."""
        edges = [0, *self.breaks, len(self.points)]
        return [
            " ".join(f"{point.x:.1f},{point.y:.1f}" for point in self.points[start:end])
            for start, end in zip(edges, edges[1:], strict=False)
            if end > start
        ]


@dataclass(frozen=True)
class Tick:
    position: float
    text: str


@dataclass(frozen=True)
class LineChart:
    title: str
    description: str
    lines: list[Line]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    top: int = TOP
    bottom_edge: int = HEIGHT - BOTTOM


def line_chart(
    title: str, description: str, months: list[date], series: dict[str, list[int | None]]
) -> LineChart:
    """One line per series over the months; the y axis starts at 0 and ends on a round number."""
    shown = [value for values in series.values() for value in values if value is not None]
    top = nice_ceiling(max(shown, default=0))
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_width / (len(months) - 1) if len(months) > 1 else 0
    start = LEFT if len(months) > 1 else LEFT + plot_width / 2

    def y_of(value: int) -> float:
        return TOP + plot_height * (1 - value / top)

    lines = []
    for position, ((label, values), (colour, dash, marker)) in enumerate(
        zip(series.items(), STYLES, strict=False)
    ):
        points, breaks, gap = [], [], False
        for index, value in enumerate(values):
            if value is None:
                gap = True
                continue
            if gap and points:
                breaks.append(len(points))
            gap = False
            points.append(Point(start + index * step, y_of(value), value))
        line = Line(label, colour, dash, marker, points, LEFT + position * 200, tuple(breaks))
        lines.append(line)
    every = math.ceil(len(months) / 8) or 1  # at most eight labels, so they never overlap
    x_ticks = [
        Tick(start + index * step, date_format(month, "M Y"))
        for index, month in enumerate(months)
        if index % every == 0
    ]
    y_ticks = [
        Tick(y_of(value), number_format(value, force_grouping=True))
        for value in range(0, top + 1, top // 4)
    ]
    return LineChart(title, description, lines, x_ticks, y_ticks)


def nice_ceiling(value: int) -> int:
    """The smallest round number (4 × 1, 2, 2.5 or 5 × a power of ten) at or above `value`, so
    the four grid lines fall on whole numbers."""
    if value <= 4:
        return 4
    magnitude = 10 ** math.floor(math.log10(value / 4))
    for factor in (1, 2, 2.5, 5):
        quarter = factor * magnitude
        if quarter == int(quarter) and 4 * quarter >= value:
            return int(4 * quarter)
    return 40 * magnitude


def trend_chart(report):
    """The monthly lines that match the kind filter, with gaps where a number is hidden; None
    without any activity."""
    rows, series = report.months, {}
    if not rows:
        return None
    if report.filters.online:
        series[_("Enrolments")] = [row.enrolments.number for row in rows]
        series[_("Completions")] = [row.completions.number for row in rows]
    if report.filters.in_person:
        series[_("Attendance")] = [row.attendance.number for row in rows]
    description = _(
        "Lines per month from %(first)s to %(last)s for: %(series)s. "
        "The table after the chart has the same numbers."
    ) % {
        "first": date_format(rows[0].month, "F Y"),
        "last": date_format(rows[-1].month, "F Y"),
        "series": ", ".join(series),
    }
    title = _("Participation per month")
    return line_chart(title, description, [row.month for row in rows], series)
