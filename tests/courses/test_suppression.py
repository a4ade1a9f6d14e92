"""Small-cell suppression on its own: which numbers hide, how, and which second cell hides so
that the first cannot be worked out from a total."""

from datetime import date

import pytest

from cms.suppression import (
    COMPLEMENT_MARK,
    SMALL_MARK,
    Cell,
    average_shown,
    is_small,
    protect,
    protect_columns,
    share,
)
from courses.reports.charts import line_chart


@pytest.mark.parametrize(("count", "small"), [(0, False), (1, True), (4, True), (5, False)])
def test_one_to_four_people_are_small(count, small):
    assert is_small(count) is small


def test_cells_show_the_number_or_a_mark():
    assert Cell(0).shown == 0 and Cell(7).shown == 7 and Cell(7).number == 7
    assert Cell(3).shown == SMALL_MARK == "<5" and Cell(3).number is None
    assert Cell(40, complement=True).shown == COMPLEMENT_MARK and Cell(40, True).suppressed


def test_one_small_cell_under_a_shown_total_hides_the_smallest_other():
    cells = protect([12, 3, 9, 30])
    assert [cell.shown for cell in cells] == [12, "<5", "x", 30]


def test_the_second_cell_has_people_in_it_if_one_can():
    assert [cell.shown for cell in protect([0, 2, 8, 0])] == [0, "<5", "x", 0]
    assert [cell.shown for cell in protect([2, 0])] == ["<5", "x"]


def test_no_second_cell_without_a_shown_total_or_with_two_hidden_already():
    assert [cell.shown for cell in protect([12, 3, 9], total_shown=False)] == [12, "<5", 9]
    assert [cell.shown for cell in protect([12, 3, 1, 9])] == [12, "<5", "<5", 9]
    assert [cell.shown for cell in protect([12, 9])] == [12, 9]
    assert [cell.shown for cell in protect([3])] == ["<5"]


def test_columns_are_protected_one_by_one():
    rows = protect_columns([(10, 2), (3, 20), (30, 40)], [True, False])
    assert [[cell.shown for cell in row] for row in rows] == [
        ["x", "<5"],
        ["<5", 20],
        [30, 40],
    ]
    assert protect_columns([], [True]) == []


def test_a_share_is_hidden_when_its_part_or_rest_is_a_few_people():
    assert share(5, 10) == 0.5 and share(0, 10) == 0 and share(10, 10) == 1
    assert share(2, 10) is None  # tells the 2
    assert share(8, 10) is None  # tells the 2 who did not
    assert share(0, 0) is None


def test_averages_need_five_answers():
    assert not average_shown(4) and average_shown(5)


def test_a_hidden_month_leaves_a_gap_in_its_line():
    months = [date(2025, month, 1) for month in range(1, 6)]
    chart = line_chart("t", "d", months, {"A": [9, None, 7, 8, None]})
    (line,) = chart.lines
    assert [point.value for point in line.points] == [9, 7, 8]
    assert len(line.segments) == 2 and line.segments[0].count(",") == 1
