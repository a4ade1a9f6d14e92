"""The arithmetic of the Indeks Kepuasan Masyarakat (IKM) as PermenPANRB No. 14 Tahun 2017
sets it out (see surveys/skm.py), and the minimum sample it cites. Plain functions on numbers:
no database."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .skm import CATEGORIES, CONVERSION, ELEMENTS, WEIGHT, Category

TWO_PLACES = Decimal("0.01")

# Krejcie, R. V. & Morgan, D. W. (1970), "Determining sample size for research activities",
# Educational and Psychological Measurement 30, 607–610: the table the regulation refers to is
# this formula (chi-square 3.841 for one degree of freedom at 95 %, P = 0.5, margin 0.05),
# rounded to the nearest whole person. It gives every row of the table (10 → 10 … 75 000 → 382,
# 1 000 000 → 384) and, between rows, the value the table leaves out.
CHI_SQUARE = Decimal("3.841")
PROPORTION = Decimal("0.5")
MARGIN = Decimal("0.05")


@dataclass(frozen=True)
class Index:
    on_scale: Decimal  # the weighted sum of the element averages, 1–4 (nilai indeks)
    converted: Decimal  # × 25, on 25–100, rounded to two decimals (nilai konversi)
    category: Category


def element_average(total: int, respondents: int) -> Decimal:
    """NRR per unsur: the sum of the answers (1–4) to one element over the respondents."""
    return Decimal(total) / Decimal(respondents)


def index(averages: Sequence[Decimal]) -> Index:
    """IKM = Σ (NRR of each element × 1/9), then × 25. Exact 1/9 is used: the regulation's
    rounded 0,111 would put a perfect 4 at 99,9 instead of 100."""
    if len(averages) != len(ELEMENTS):
        raise ValueError(f"One average per element is needed, {len(ELEMENTS)} in all.")
    if any(not 1 <= average <= 4 for average in averages):
        raise ValueError("An element's average lies between 1 and 4.")
    on_scale = sum((Decimal(average) * WEIGHT for average in averages), Decimal(0))
    converted = (on_scale * CONVERSION).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)
    return Index(on_scale, converted, category(converted))


def category(converted: Decimal) -> Category:
    """The quality category (mutu pelayanan) of an index on 25–100."""
    rounded = Decimal(converted).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)
    return next(item for item in CATEGORIES if rounded >= item.lowest)


def minimum_sample(population: int) -> int:
    """How many respondents Krejcie and Morgan's table asks for, for this many service users
    in the period (10 → 10, 100 → 80, 1 000 → 278, 1 000 000 → 384)."""
    if population < 1:
        raise ValueError("The population is at least one person.")
    n = Decimal(population)
    spread = CHI_SQUARE * PROPORTION * (1 - PROPORTION)
    size = n * spread / (MARGIN * MARGIN * (n - 1) + spread)
    return int(size.quantize(Decimal(1), rounding=ROUND_HALF_UP))
