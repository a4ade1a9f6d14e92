"""The SKM results of a period, per service and for all services together: the average of
every element, the index (IKM) and its category, the number of respondents and the minimum
sample. Three queries whatever the number of answers. A service with fewer than
THRESHOLD (cms.suppression) respondents shows "<5" and no averages or index. When the services hidden
so add up to 1–4 respondents, the total for all services would give them away by subtraction:
the smallest shown service is then withheld too (complementary suppression).

`period_results(period)`, `respondent_profile(period)` and `index_between(first, last)` are
what other screens and documents (the participation report's targets, the report pack) call."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Sum
from django.utils.translation import gettext as _

from cms.suppression import THRESHOLD, Cell, is_small

from . import ikm
from .models import ServicePopulation, SurveyPeriod, SurveyResponse
from .services import Service, surveyed_services
from .skm import ELEMENT_FIELDS, ELEMENTS, RESPONDENT_DETAILS


@dataclass(frozen=True)
class ServiceResult:
    service: Service
    respondents: Cell
    withheld: bool  # hidden although large enough, so that a smaller group cannot be worked out
    averages: tuple[Decimal, ...] | None  # one per element, in the order of ELEMENTS
    index: ikm.Index | None
    people_served: int | None  # as entered for the period; None when not known
    minimum_sample: int | None

    @property
    def shown(self) -> bool:
        """Whether there are enough respondents to show averages and the index."""
        return self.averages is not None


@dataclass(frozen=True)
class PeriodResults:
    period: SurveyPeriod
    services: list[ServiceResult]
    overall: ServiceResult  # every service together: the unit's index for the period

    def by_element(self) -> list[tuple]:
        """(element, [average per service, then for all services; None where hidden])."""
        rows = [*self.services, self.overall]
        return [
            (element, [row.averages[i] if row.shown else None for row in rows])
            for i, element in enumerate(ELEMENTS)
        ]


def period_results(period: SurveyPeriod) -> PeriodResults:
    totals = {
        row["service_area"]: row
        for row in SurveyResponse.objects.filter(period=period)
        .values("service_area")
        .annotate(respondents=Count("pk"), **{f: Sum(f) for f in ELEMENT_FIELDS})
        .order_by()
    }
    served = {
        row.service_area_id: row.people_served
        for row in ServicePopulation.objects.filter(period=period)
    }
    services = surveyed_services()
    counts = {
        s.area_id: totals[s.area_id]["respondents"] if s.area_id in totals else 0 for s in services
    }
    withheld = _complement(counts)
    rows = [
        _result(
            service,
            totals.get(service.area_id),
            served.get(service.area_id),
            withheld=service.area_id in withheld,
        )
        for service in services
    ]
    everyone = {"respondents": sum(row["respondents"] for row in totals.values())}
    for field in ELEMENT_FIELDS:
        everyone[field] = sum(row[field] for row in totals.values())
    all_served = (
        sum(served.values()) if served and len(served) == len(services) else None
    )  # only when every service's number is known
    overall = _result(Service(None, _("All services")), everyone, all_served)
    return PeriodResults(period, rows, overall)


def _complement(counts: dict) -> set:
    """The services to withhold besides the small ones, so that the hidden answers together
    are none or at least THRESHOLD."""
    hidden = sum(n for n in counts.values() if is_small(n))
    if not is_small(hidden):
        return set()
    shown = [(n, key) for key, n in counts.items() if n and not is_small(n)]
    return {min(shown, key=lambda item: item[0])[1]} if shown else set()


def _result(
    service: Service, totals: dict | None, people_served: int | None, withheld: bool = False
) -> ServiceResult:
    respondents = totals["respondents"] if totals else 0
    minimum = ikm.minimum_sample(people_served) if people_served else None
    cell = Cell(respondents, complement=withheld)
    if not respondents or cell.suppressed:
        return ServiceResult(service, cell, withheld, None, None, people_served, minimum)
    averages = tuple(ikm.element_average(totals[f], respondents) for f in ELEMENT_FIELDS)
    index = ikm.index(averages)
    return ServiceResult(service, cell, False, averages, index, people_served, minimum)


@dataclass(frozen=True)
class ProfileRow:
    label: str
    respondents: Cell
    withheld: bool


@dataclass(frozen=True)
class ProfileTable:
    """The respondents of a period by one of their details, with those who gave none."""

    name: str
    rows: list[ProfileRow]


def respondent_profile(period: SurveyPeriod) -> list[ProfileTable]:
    """Respondents by age group, sex, education and occupation: counts only, small groups
    shown as "<5" with their complement, as in the results. One query per detail."""
    responses = SurveyResponse.objects.filter(period=period)
    tables = []
    for name in RESPONDENT_DETAILS:
        field = SurveyResponse._meta.get_field(name)
        counts = dict(responses.values_list(name).annotate(n=Count("pk")).order_by())
        choices = [*field.choices, ("", _("Not given"))]
        by_key = {key: counts.get(key, 0) for key, _label in choices}
        withheld = _complement(by_key)
        rows = [
            ProfileRow(str(label), Cell(by_key[key], complement=key in withheld), key in withheld)
            for key, label in choices
        ]
        tables.append(ProfileTable(str(field.verbose_name), rows))
    return tables


def index_between(first_day, last_day) -> ikm.Index | None:
    """The unit's index over every answer of the survey periods that lie within the two days
    (all services together), or None with fewer than THRESHOLD respondents, or when it would
    give away the periods whose results are hidden: if those hold 1 to THRESHOLD - 1
    respondents beside a period that is shown, the shown period's index subtracted from this
    one would be theirs. One query."""
    per_period = list(
        SurveyResponse.objects.filter(
            period__starts_on__gte=first_day, period__ends_on__lte=last_day
        )
        .values("period")
        .annotate(respondents=Count("pk"), **{f: Sum(f) for f in ELEMENT_FIELDS})
        .order_by()
    )
    respondents = sum(row["respondents"] for row in per_period)
    hidden = sum(row["respondents"] for row in per_period if row["respondents"] < THRESHOLD)
    if respondents < THRESHOLD or (0 < hidden < THRESHOLD and hidden < respondents):
        return None
    return ikm.index(
        [
            ikm.element_average(sum(row[f] for row in per_period), respondents)
            for f in ELEMENT_FIELDS
        ]
    )
