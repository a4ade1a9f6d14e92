"""The index of PermenPANRB No. 14 Tahun 2017: weights, conversion, categories, sample size."""

from decimal import Decimal

import pytest
from django.utils import translation

from surveys import ikm
from surveys.skm import CATEGORIES, ELEMENTS, WEIGHT


def test_nine_elements_weigh_the_same():
    assert len(ELEMENTS) == 9
    assert [element.code for element in ELEMENTS] == [f"U{n}" for n in range(1, 10)]
    assert round(WEIGHT, 3) == Decimal("0.111")
    assert all(len(element.answers) == 4 for element in ELEMENTS)


def test_a_worked_example_by_the_regulations_formula():
    """Averages per element (NRR) of a service:
    U1 3,20  U2 3,10  U3 2,90  U4 4,00  U5 3,30  U6 3,40  U7 3,60  U8 2,80  U9 3,00.
    By hand: Σ NRR = 29,30; × 1/9 = 3,2556 (nilai indeks); × 25 = 81,39 → B, Baik
    (76,61–88,30). With the regulation's rounded weight 0,111: 29,30 × 0,111 × 25 = 81,31,
    the same category."""
    averages = [
        Decimal(a) for a in ("3.2", "3.1", "2.9", "4.0", "3.3", "3.4", "3.6", "2.8", "3.0")
    ]
    result = ikm.index(averages)
    assert round(result.on_scale, 4) == Decimal("3.2556")
    assert result.converted == Decimal("81.39")
    with translation.override("id"):
        assert (result.category.letter, str(result.category.name)) == ("B", "Baik")


def test_the_ends_of_the_scale():
    assert ikm.index([Decimal(4)] * 9).converted == Decimal("100.00")
    assert ikm.index([Decimal(1)] * 9).converted == Decimal("25.00")


@pytest.mark.parametrize(
    ("converted", "letter"),
    [
        ("100", "A"),
        ("88.31", "A"),
        ("88.30", "B"),
        ("88.305", "A"),  # rounded to two decimals first, as the intervals are given
        ("76.61", "B"),
        ("76.60", "C"),
        ("65.00", "C"),
        ("64.99", "D"),
        ("25", "D"),
    ],
)
def test_the_categories_at_their_limits(converted, letter):
    assert ikm.category(Decimal(converted)).letter == letter


def test_the_intervals_on_the_1_to_4_scale_are_the_regulations():
    """Nilai interval: 3,5324–4,00 A; 3,0644–3,532 B; 2,60–3,064 C; 1,00–2,5996 D."""
    on_scale = {c.letter: (c.lowest_on_scale, c.highest_on_scale) for c in CATEGORIES}
    assert on_scale == {
        "A": (Decimal("3.5324"), Decimal("4")),
        "B": (Decimal("3.0644"), Decimal("3.532")),
        "C": (Decimal("2.6"), Decimal("3.064")),
        "D": (Decimal("1"), Decimal("2.5996")),
    }


@pytest.mark.parametrize(
    "averages",
    [[Decimal(3)] * 8, [Decimal(3)] * 10, [Decimal(0)] * 9, [Decimal(5)] * 9],
)
def test_averages_that_cannot_come_from_the_questionnaire_are_refused(averages):
    with pytest.raises(ValueError):
        ikm.index(averages)


# Rows of Krejcie and Morgan's table (population → sample), as the regulation's appendix has it.
@pytest.mark.parametrize(
    ("population", "sample"),
    [
        (10, 10),
        (50, 44),
        (100, 80),
        (200, 132),
        (500, 217),
        (1000, 278),
        (3000, 341),
        (10000, 370),
        (75000, 382),
        (1000000, 384),
    ],
)
def test_the_minimum_sample_follows_krejcie_and_morgan(population, sample):
    assert ikm.minimum_sample(population) == sample


def test_no_sample_for_no_population():
    with pytest.raises(ValueError):
        ikm.minimum_sample(0)
