"""Measurements collected over the run, printed at its end (see conftest.py)."""

AUDITED: set[tuple[str, str]] = set()  # (path, language) of every page axe checked
WEIGHTS: dict[str, int] = {}  # bytes of HTML, CSS and JavaScript transferred, by page
