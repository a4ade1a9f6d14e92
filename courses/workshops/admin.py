"""Workshop sessions in the Wagtail admin: facilitators and coordinators plan them here and open
each session's attendance sheet (see attendance_views.py). Coordinators see every session,
facilitators the sessions they run."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from cms.admin_listing import BoundedSearchMixin
from cms.permissions import holders_of
from cms.text import one_line
from courses.learning.models import ModulePage

from .attendance_views import urlpatterns as attendance_urlpatterns
from .models import Registration, WorkshopSession
from .permissions import may_run, sessions_run_by
from .services import fill_from_waiting_list

# The phone's own date and time picker: easier with a thumb than Wagtail's, and every control
# in it has a name for screen readers.
NATIVE_DATE_TIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class SessionForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        modules = ModulePage.objects.live()
        if self.instance.module_id:  # keep a module that was unpublished since
            modules = modules | ModulePage.objects.filter(pk=self.instance.module_id)
        self.fields["module"].queryset = modules.select_related("locale").order_by("title")
        self.fields["module"].label_from_instance = lambda module: (
            f"{module.title} ({module.locale.get_display_name()})"
        )
        staff = holders_of("courses.run_session")
        self.fields["facilitators"].queryset = staff.select_related("profile").order_by("email")
        self.fields["facilitators"].label_from_instance = staff_label
        if not self.instance.pk and self.for_user:
            self.initial.setdefault("facilitators", [self.for_user.pk])

    def clean_title(self):
        return one_line(self.cleaned_data["title"])

    def clean_venue(self):
        return one_line(self.cleaned_data["venue"])

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("The session must end after it starts."))
        held = cleaned.get("status") == WorkshopSession.Status.HELD
        if held and starts_at and starts_at > timezone.now():
            self.add_error("status", _("A session can be held only once it has started."))
        return cleaned


def staff_label(user) -> str:
    profile = getattr(user, "profile", None)
    name = (profile and profile.full_name) or user.get_full_name()
    return f"{name} ({user.email})" if name else user.email


class SessionIndexView(BoundedSearchMixin, generic.IndexView):
    def get_base_queryset(self):
        sessions = sessions_run_by(self.request.user, super().get_base_queryset())
        return sessions.annotate(
            registered=Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.REGISTERED),
                distinct=True,
            ),
            attended=Count("attendances", distinct=True),
        )


class RunnersOnlyMixin:
    """A session's own pages (edit, history, usage) open for the people who may run it."""

    def get_object(self, *args, **kwargs):
        session = super().get_object(*args, **kwargs)
        if not may_run(self.request.user, session):
            raise PermissionDenied
        return session


class SessionEditView(RunnersOnlyMixin, generic.EditView):
    @cached_property
    def header_buttons(self):
        sheet = reverse("workshop_sessions:attendance", args=[self.object.pk])
        return [HeaderButton(_("Attendance"), url=sheet, icon_name="list-ul")]

    def save_instance(self):
        session = super().save_instance()
        promoted = fill_from_waiting_list(session)
        if promoted:
            messages.info(
                self.request,
                ngettext(
                    "%(count)d person moved up from the waiting list.",
                    "%(count)d people moved up from the waiting list.",
                    len(promoted),
                )
                % {"count": len(promoted)},
            )
        return session


class SessionDeleteView(generic.DeleteView):
    """A session with recorded attendance is part of the participation record: it stays."""

    def dispatch(self, request, *args, **kwargs):
        if self.user_has_permission("delete") and self.object.attendances.exists():
            messages.error(
                request,
                gettext("Attendance has been recorded for this session, so it cannot be deleted."),
            )
            return redirect(self.edit_url_name, self.object.pk)
        return super().dispatch(request, *args, **kwargs)


class SessionHistoryView(RunnersOnlyMixin, generic.HistoryView):
    pass


class SessionUsageView(RunnersOnlyMixin, generic.UsageView):
    pass


class WorkshopSessionViewSet(ModelViewSet):
    model = WorkshopSession
    pk_path_converter = "id"  # cms/ids.py: a too-large id is a 404, not a 500
    name = "workshop_sessions"
    url_prefix = "sessions"
    icon = "date"
    menu_label = _("Workshop sessions")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = SessionIndexView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    history_view_class = SessionHistoryView
    usage_view_class = SessionUsageView
    copy_view_enabled = False
    ordering = "-starts_at"
    list_filter = ["status", "event_type", "starts_at"]
    search_fields = ["title", "venue"]
    search_backend_name = None
    list_display = [
        "title",
        "starts_at",
        "venue",
        "status",
        Column(
            "registered",
            label=_("Registered / capacity"),
            accessor=lambda session: f"{session.registered} / {session.capacity}",
        ),
        TitleColumn(
            "attended",
            label=_("Attendance"),
            accessor=lambda session: (
                ngettext("%(count)d checked in", "%(count)d checked in", session.attended)
                % {"count": session.attended}
            ),
            get_url=lambda session: reverse("workshop_sessions:attendance", args=[session.pk]),
        ),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("event_type"),
            FieldPanel("module", widget=forms.Select),
            FieldRowPanel(
                [
                    FieldPanel("starts_at", widget=NATIVE_DATE_TIME),
                    FieldPanel("ends_at", widget=NATIVE_DATE_TIME),
                ]
            ),
            FieldPanel("venue"),
            FieldPanel("capacity"),
            FieldPanel("facilitators", widget=forms.CheckboxSelectMultiple),
            FieldPanel("status"),
        ],
        base_form_class=SessionForm,
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + attendance_urlpatterns


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return WorkshopSessionViewSet()
