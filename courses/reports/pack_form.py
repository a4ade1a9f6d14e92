"""What an official chooses for a report pack: a year, or a first and a last month, and the
narrative. Every mistake is told in plain words next to its field."""

import calendar
from datetime import date

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from cms.text import multi_line

from .filters import FIRST_DAY, LAST_DAY, ReportFilters
from .models import NARRATIVE_LENGTH

MONTH_RANGE_MESSAGE = _("Choose a month from 2000 to 2099.")
MONTH_RANGE = [
    MinValueValidator(FIRST_DAY, MONTH_RANGE_MESSAGE),
    MaxValueValidator(LAST_DAY, MONTH_RANGE_MESSAGE),
]


def month_field(label, example: str) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        validators=MONTH_RANGE,
        error_messages={
            "invalid": _("Enter a month as year and month, for example %(example)s.")
            % {"example": example}
        },
    )


class PackForm(forms.Form):
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=FIRST_DAY.year,
        max_value=LAST_DAY.year,
        error_messages={
            "invalid": _("Enter a year, for example 2026."),
            "min_value": _("Choose a year from 2000 to 2099."),
            "max_value": _("Choose a year from 2000 to 2099."),
        },
        help_text=_("A whole year; or leave it empty and choose the months below."),
    )
    start_month = month_field(_("First month"), "2026-01")
    end_month = month_field(_("Last month"), "2026-06")
    narrative = forms.CharField(
        label=_("Narrative"),
        required=False,
        max_length=NARRATIVE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_(
            "A few paragraphs for the lurah, the camat or the province: what went well, what "
            "did not, what comes next. Leave an empty line between paragraphs. It is kept with "
            "the pack, so the next one starts from it."
        ),
        error_messages={
            "max_length": _(
                "The narrative is %(show_value)s characters long: shorten it to "
                "%(limit_value)s at most."
            )
        },
    )

    def clean_narrative(self) -> str:
        return multi_line(self.cleaned_data["narrative"])

    def clean(self):
        data = super().clean()
        year, first, last = data.get("year"), data.get("start_month"), data.get("end_month")
        if self.errors:
            return data
        if year and (first or last):
            raise forms.ValidationError(
                _("Choose a year, or a first and a last month, not both."), code="both"
            )
        if not year and not (first and last):
            raise forms.ValidationError(
                _("Choose a year, or a first and a last month."), code="no_period"
            )
        if first and last and last < first:
            self.add_error("end_month", _("The last month is before the first month."))
        return data

    def filters(self) -> ReportFilters:
        """The pack's period, once the form is valid."""
        data = self.cleaned_data
        if data.get("year"):
            return ReportFilters(start=date(data["year"], 1, 1), end=date(data["year"], 12, 31))
        last = data["end_month"]
        end = last.replace(day=calendar.monthrange(last.year, last.month)[1])
        return ReportFilters(start=data["start_month"], end=end)
