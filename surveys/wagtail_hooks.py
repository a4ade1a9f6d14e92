"""The SKM's place in the Wagtail admin: survey periods (coordinators), results (officials and
coordinators), paper questionnaires, links and posters (facilitators and coordinators)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from cms.admin_menu import PermissionMenuItem

from . import admin_views
from .models import SurveyPeriod


class PeriodDeleteView(generic.DeleteView):
    """A period that has answers is part of the record: it stays."""

    def dispatch(self, request, *args, **kwargs):
        if self.user_has_permission("delete") and self.object.responses.exists():
            messages.error(request, gettext("This period has answers, so it cannot be deleted."))
            return redirect(self.edit_url_name, self.object.pk)
        return super().dispatch(request, *args, **kwargs)


class SurveyPeriodViewSet(ModelViewSet):
    model = SurveyPeriod
    pk_path_converter = "id"
    name = "survey_periods"
    url_prefix = "skm/periods"
    icon = "date"
    menu_label = _("Survey periods")
    add_to_admin_menu = False
    delete_view_class = PeriodDeleteView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["name", "starts_on", "ends_on"]
    search_fields = ["name"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
            InlinePanel(
                "populations",
                label=_("People served per service"),
                help_text=_(
                    "Optional: how many people each service served in the period. The results "
                    "then show the minimum number of respondents the regulation asks for."
                ),
                panels=[FieldPanel("service_area"), FieldPanel("people_served")],
            ),
        ]
    )


survey_periods = SurveyPeriodViewSet()


@hooks.register("register_admin_viewset")
def register_period_viewset():
    return survey_periods


@hooks.register("register_admin_urls")
def register_survey_urls():
    return [
        path("skm/", admin_views.results, name="surveys_results"),
        path("skm/<id:period_id>/csv/", admin_views.results_csv, name="surveys_results_csv"),
        path("skm/paper/", admin_views.paper_entry, name="surveys_paper"),
        path("skm/links/", admin_views.links, name="surveys_links"),
        path(
            "skm/links/<id:period_id>/<slug:service>/poster/",
            admin_views.poster,
            name="surveys_poster",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_survey_menu():
    items = [
        PermissionMenuItem(
            _("Results"),
            reverse("surveys_results"),
            icon_name="table",
            order=10,
            permission=admin_views.RESULTS,
        ),
        PermissionMenuItem(
            _("Paper questionnaires"),
            reverse("surveys_paper"),
            icon_name="doc-full",
            order=20,
            permission=admin_views.PAPER,
        ),
        PermissionMenuItem(
            _("Links and posters"),
            reverse("surveys_links"),
            icon_name="link",
            order=30,
            permission=admin_views.PAPER,
        ),
        PermissionMenuItem(
            _("Survey periods"),
            reverse("survey_periods:index"),
            icon_name="date",
            order=40,
            permission="surveys.view_surveyperiod",
        ),
    ]
    return SubmenuMenuItem(
        _("Satisfaction survey"), Menu(items=items), icon_name="pick", order=430
    )
