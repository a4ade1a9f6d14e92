"""The small-cell rule for every figure about people that leaves the site: a group of fewer
than SUPPRESSION_THRESHOLD people shows as "<5", so nobody can be singled out. The
participation report and the satisfaction survey (SKM) results both follow it."""

from dataclasses import dataclass

SUPPRESSION_THRESHOLD = 5


@dataclass(frozen=True)
class Cell:
    """A number of people in a table cell."""

    value: int

    @property
    def suppressed(self) -> bool:
        return self.value < SUPPRESSION_THRESHOLD

    @property
    def shown(self) -> int | str:
        """The number, or "<5" when it is too small to show."""
        return f"<{SUPPRESSION_THRESHOLD}" if self.suppressed else self.value

    def __str__(self) -> str:
        return str(self.shown)
