"""Small-cell suppression: no number of people from 1 to THRESHOLD - 1 leaves the site, on a
page or in a file, and none can be worked out from the others.

- A count of people from 1 to 4 shows as "<5" (`SMALL_MARK`). Nobody (0) shows as 0.
- Complementary suppression: where the cells of a group (a column of a table, the parts of a
  figure) add up to a total that is shown, one hidden cell alone could be computed by
  subtracting the others from the total. Then the smallest other cell is hidden too, as "x"
  (`COMPLEMENT_MARK`, the convention of statistics offices for "hidden to protect another
  cell"). Where groups are nested (a funnel's steps), the difference between two shown
  counts is a group of people too, so it must not be small either (`protect_nested`).
- An average over fewer than THRESHOLD people is hidden, and so is a share whose part or
  remainder is a small number of people.

Plain functions over plain numbers, so every table that counts people is protected by the same
rules: the participation report (`courses/reports/protected.py` applies them) and the
satisfaction survey's results (`surveys/results.py`)."""

from collections.abc import Sequence
from dataclasses import dataclass, replace

THRESHOLD = 5
SMALL_MARK = f"<{THRESHOLD}"
COMPLEMENT_MARK = "x"


def is_small(count: int) -> bool:
    """A number of people too small to show: 1 to THRESHOLD - 1."""
    return 0 < count < THRESHOLD


@dataclass(frozen=True)
class Cell:
    """A number of people as it may be published."""

    value: int
    complement: bool = False  # hidden only so that a small cell cannot be worked out

    @property
    def small(self) -> bool:
        return is_small(self.value)

    @property
    def suppressed(self) -> bool:
        return self.small or self.complement

    @property
    def shown(self) -> int | str:
        """The number, or the mark that stands for it."""
        if self.small:
            return SMALL_MARK
        return COMPLEMENT_MARK if self.complement else self.value

    @property
    def number(self) -> int | None:
        """The number if it may be shown (for charts), else None."""
        return None if self.suppressed else self.value

    def __str__(self) -> str:
        return str(self.shown)


def protect(parts: Sequence[int | Cell], total_shown: bool = True) -> list[Cell]:
    """The cells of one group. When the group's total is shown and exactly one cell is hidden,
    the smallest other cell with people in it (else the smallest other) is hidden as well."""
    cells = [part if isinstance(part, Cell) else Cell(part) for part in parts]
    hidden = [index for index, cell in enumerate(cells) if cell.suppressed]
    if not total_shown or len(hidden) != 1:
        return cells
    others = [index for index in range(len(cells)) if index != hidden[0]]
    if not others:
        return cells
    second = min(others, key=lambda index: (cells[index].value == 0, cells[index].value, index))
    cells[second] = replace(cells[second], complement=True)
    return cells


def protect_columns(rows: Sequence[Sequence[int | Cell]], totals_shown: Sequence[bool]):
    """A table's cells, protected column by column (each column adds up to a shown total, or
    not); returns the rows of cells."""
    if not rows:
        return []
    columns = [
        protect([row[index] for row in rows], shown) for index, shown in enumerate(totals_shown)
    ]
    return [list(cells) for cells in zip(*columns, strict=True)]


def protect_nested(values: Sequence[int], parents: Sequence[Sequence[int]]) -> list[Cell]:
    """Counts of groups of people nested in one another, like the steps of a funnel: the people
    of `values[i]` are among those of each `values[p]` for p in `parents[i]` (indexes before i).
    A shown count and a shown count it is nested in (directly or further up) differ by the
    people in one and not the other, so that difference must not be a small number either:
    then the inner count is hidden too, as a complement. So no small group, and no hidden
    count, can be worked out by subtracting one shown count from another."""
    ancestors: list[set[int]] = []
    cells: list[Cell] = []
    for index, value in enumerate(values):
        ancestors.append({a for parent in parents[index] for a in (parent, *ancestors[parent])})
        cell = Cell(value)
        if not cell.small and any(
            is_small(cells[a].value - value) for a in ancestors[index] if not cells[a].suppressed
        ):
            cell = replace(cell, complement=True)
        cells.append(cell)
    return cells


def share(part: int, whole: int) -> float | None:
    """part / whole, or None if there is no whole, or if the part or the rest is a small
    number of people (a share of 2 in 10 tells the 2)."""
    if not whole or is_small(part) or is_small(whole - part):
        return None
    return part / whole


def average_shown(answers: int) -> bool:
    """An average is shown only over THRESHOLD answers or more."""
    return answers >= THRESHOLD
