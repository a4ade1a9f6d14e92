"""Tools the generator's parts share: time that grows, batched writes, weighted choices."""

import bisect
import itertools
import math
import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.db import models, reset_queries

BATCH_SIZE = 5000
DAY = timedelta(days=1)


class Timeline:
    """The last `months` months up to `now`, with activity growing over time: the density
    rises linearly to `growth` + 1 times its start value (4x by default)."""

    def __init__(self, now: datetime, months: int, rng: random.Random, growth: float = 3.0):
        self.now = now
        self.start = now - timedelta(days=round(months * 30.44))
        self.span = self.now - self.start
        self.rng = rng
        self.growth = growth

    def moment(self) -> datetime:
        """A random time in the window (inverse of the linear density's distribution)."""
        g, u = self.growth, self.rng.random()
        position = (math.sqrt(1 + 2 * g * u * (1 + g / 2)) - 1) / g
        return self.start + self.span * position

    def after(self, moment: datetime, skew: float = 2.0) -> datetime:
        """A time between `moment` and now, most often soon after `moment`."""
        return moment + (self.now - moment) * self.rng.random() ** skew

    def not_after_now(self, moment: datetime) -> datetime:
        return min(moment, self.now)


class Picker:
    """Weighted choice among `items`, fast enough to call hundreds of thousands of times."""

    def __init__(self, items: Sequence, weights: Sequence[float], rng: random.Random):
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(weights))
        self.rng = rng

    def __call__(self):
        position = self.rng.random() * self.cumulative[-1]
        return self.items[bisect.bisect_right(self.cumulative, position)]


class Writer:
    """Buffers model instances and writes them with bulk_create (no signals, no save())."""

    def __init__(self, model: type[models.Model], batch_size: int = BATCH_SIZE):
        self.model = model
        self.batch_size = batch_size
        self.pending: list[models.Model] = []
        self.count = 0

    def add(self, instance: models.Model) -> None:
        self.pending.append(instance)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> list[models.Model]:
        written = self.model.objects.bulk_create(self.pending, batch_size=self.batch_size)
        self.count += len(written)
        self.pending = []
        reset_queries()  # with DEBUG on, Django would keep every INSERT's SQL in memory
        return written


def write_all(model: type[models.Model], instances: list[models.Model]) -> list[models.Model]:
    """Write a list and return it with primary keys (PostgreSQL and SQLite return them)."""
    written = []
    for start in range(0, len(instances), BATCH_SIZE):
        written += model.objects.bulk_create(instances[start : start + BATCH_SIZE])
        reset_queries()
    return written


@contextmanager
def explicit_timestamps(*model_classes: type[models.Model]) -> Iterator[None]:
    """Let the generator set `auto_now`/`auto_now_add` fields itself (enrolled_at, issued_at,
    submitted_at…), which bulk_create would otherwise overwrite with the current time. The
    fields are restored afterwards, also on error."""
    fields = [
        field
        for model in model_classes
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


class Progress:
    """Prints one line per step: what was written and how long it took."""

    def __init__(self, log: Callable[[str], None]):
        self.log = log
        self.started = time.perf_counter()
        self.step_started = self.started
        self.counts: dict[str, int] = {}

    def done(self, label: str, count: int) -> None:
        now = time.perf_counter()
        self.counts[label] = self.counts.get(label, 0) + count
        self.log(f"  {label:<24} {count:>10,}  {now - self.step_started:7.1f} s")
        self.step_started = now

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started
