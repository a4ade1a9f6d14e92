"""Targets (coordinators: courses.add/change_target) and complaint figures (officials and
coordinators: courses.add/change_complaintfigure) in the Wagtail admin. The report shows them;
these screens are only for entering them. Wagtail's permission policy checks each view."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from cms.text import one_line

from .indicators import first_of_month, resolved_within_received
from .models import ComplaintFigure, Target

NATIVE_DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# A browser without a month picker shows a text box: both forms are accepted.
MONTH = forms.DateInput(attrs={"type": "month", "placeholder": "2026-01"}, format="%Y-%m")


class TargetForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start", "end"):
            self.fields[name].input_formats = ["%Y-%m-%d"]

    def clean_name(self):
        return one_line(self.cleaned_data["name"])

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The last day is before the first day."))
        return cleaned


class ComplaintFigureForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["month"].input_formats = ["%Y-%m", "%Y-%m-%d"]
        self.fields["month"].error_messages["invalid"] = _(
            "Enter the month as year and month, for example 2026-01."
        )

    def clean_month(self):
        return first_of_month(self.cleaned_data["month"])

    def clean(self):
        cleaned = super().clean()
        if not resolved_within_received(cleaned.get("received"), cleaned.get("resolved")):
            self.add_error("resolved", _("More complaints resolved than received."))
        return cleaned


class TargetViewSet(ModelViewSet):
    model = Target
    pk_path_converter = "id"  # cms/ids.py: a too-large id is a 404, not a 500
    name = "targets"
    url_prefix = "participation/targets"
    icon = "crosshairs"
    menu_label = _("Targets")
    menu_order = 430
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["name", "start", "end", "residents_reached", "sessions_held", "completions"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldRowPanel(
                [FieldPanel("start", widget=NATIVE_DATE), FieldPanel("end", widget=NATIVE_DATE)]
            ),
            FieldPanel("residents_reached"),
            FieldPanel("sessions_held"),
            FieldPanel("completions"),
            FieldPanel("ikm"),
        ],
        base_form_class=TargetForm,
    )


class ComplaintFigureViewSet(ModelViewSet):
    model = ComplaintFigure
    pk_path_converter = "id"
    name = "complaint_figures"
    url_prefix = "participation/complaints"
    icon = "mail"
    menu_label = _("Complaint figures")
    menu_order = 440
    add_to_admin_menu = True
    copy_view_enabled = False
    list_filter = ["channel"]
    list_display = ["__str__", "received", "resolved", "median_days"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("month", widget=MONTH), FieldPanel("channel")]),
            FieldRowPanel(
                [FieldPanel("received"), FieldPanel("resolved"), FieldPanel("median_days")]
            ),
        ],
        base_form_class=ComplaintFigureForm,
    )
