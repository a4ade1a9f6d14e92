"""The participation report's filters, read from the query string. A bad value never breaks the
page: that filter is left out and the official is told why, in plain words."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from cms import ids
from cms.services import kelurahan_settings
from courses.learning.models import ModulePage, Topic

JAKARTA = ZoneInfo("Asia/Jakarta")
ONLINE = "online"
IN_PERSON = "in_person"
PARAMETERS = ("start", "end", "module", "topic", "rw", "kind")
#: No valid filter value is longer; a longer one is cut so links back to the report stay short.
MAX_VALUE_LENGTH = 40


@dataclass(frozen=True)
class ReportFilters:
    """What the report counts. Dates are whole days in Jakarta, both ends included."""

    start: date | None = None
    end: date | None = None
    module_id: int | None = None
    topic_id: int | None = None
    rw: int | None = None
    kind: str | None = None

    @classmethod
    def from_query(cls, query) -> tuple["ReportFilters", dict[str, str]]:
        form = FilterForm(query)
        return form.filters(), form.plain_errors()

    @property
    def start_at(self) -> datetime | None:
        return datetime.combine(self.start, time.min, JAKARTA) if self.start else None

    @property
    def end_at(self) -> datetime | None:
        """The first moment after the period (midnight after the end day)."""
        if self.end is None:
            return None
        return datetime.combine(self.end + timedelta(days=1), time.min, JAKARTA)

    @property
    def online(self) -> bool:
        return self.kind != IN_PERSON

    @property
    def in_person(self) -> bool:
        return self.kind != ONLINE

    def as_query(self) -> dict[str, str]:
        """The filters as query parameters (empty ones left out): for links and the export log."""
        values = {
            "start": self.start and self.start.isoformat(),
            "end": self.end and self.end.isoformat(),
            "module": self.module_id,
            "topic": self.topic_id,
            "rw": self.rw,
            "kind": self.kind,
        }
        return {name: str(value) for name, value in values.items() if value}

    @property
    def querystring(self) -> str:
        return urlencode(self.as_query())


def filter_query(query: QueryDict) -> QueryDict:
    """Only the filters of a query string, each value cut to MAX_VALUE_LENGTH, and `kind` only
    as the online/in-person filter (exports also use it for what to export)."""
    kept = QueryDict(mutable=True)
    for name in PARAMETERS:
        values = [value[:MAX_VALUE_LENGTH] for value in query.getlist(name)]
        if name == "kind":
            values = [value for value in values if value in (ONLINE, IN_PERSON)]
        if values:
            kept[name] = values[0]
    return kept


#: The days a period may start and end on: wide enough for any report, narrow enough that the
#: midnight after the end day is a moment Python can hold.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)
DAY_RANGE_MESSAGE = _("Choose a day from 2000 to 2099.")
DAY_RANGE = [
    MinValueValidator(FIRST_DAY, DAY_RANGE_MESSAGE),
    MaxValueValidator(LAST_DAY, DAY_RANGE_MESSAGE),
]


class FilterForm(forms.Form):
    start = forms.DateField(
        label=_("From (first day)"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=DAY_RANGE,
        error_messages={"invalid": _("Enter the first day as a date, for example 2025-01-31.")},
    )
    end = forms.DateField(
        label=_("Until (last day)"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=DAY_RANGE,
        error_messages={"invalid": _("Enter the last day as a date, for example 2025-12-31.")},
    )
    module = ids.ModelChoiceField(
        label=_("Module"),
        queryset=ModulePage.objects.order_by("title"),
        required=False,
        empty_label=_("All modules"),
        error_messages={"invalid_choice": _("There is no such module. Choose one from the list.")},
    )
    topic = ids.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
            "name"
        ),
        required=False,
        empty_label=_("All topics"),
        error_messages={"invalid_choice": _("There is no such topic. Choose one from the list.")},
    )
    rw = forms.TypedChoiceField(label="RW", required=False, coerce=int, empty_value=None)
    kind = forms.ChoiceField(
        label=_("Kind of learning"),
        required=False,
        choices=[
            ("", _("Online and in person")),
            (ONLINE, _("Online modules only")),
            (IN_PERSON, _("In-person sessions only")),
        ],
        error_messages={"invalid_choice": _("Choose online modules or in-person sessions.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        count = kelurahan_settings().rw_count
        self.fields["rw"].choices = [("", _("All RWs"))] + [
            (number, f"RW {number:02d}") for number in range(1, count + 1)
        ]
        self.fields["rw"].error_messages["invalid_choice"] = _(
            "Choose an RW from 1 to %(count)s."
        ) % {"count": count}

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error(
                "end", _("The last day is before the first day, so no period is applied.")
            )
            data.pop("start", None)
        return data

    def filters(self) -> ReportFilters:
        """The valid filters; invalid ones are left out."""
        self.is_valid()  # runs the checks: invalid fields are missing from cleaned_data
        data = getattr(self, "cleaned_data", {})
        module, topic = data.get("module"), data.get("topic")
        return ReportFilters(
            start=data.get("start"),
            end=data.get("end"),
            module_id=module.pk if module else None,
            topic_id=topic.pk if topic else None,
            rw=data.get("rw"),
            kind=data.get("kind") or None,
        )

    def plain_errors(self) -> dict[str, str]:
        return {name: " ".join(messages) for name, messages in self.errors.items()}
