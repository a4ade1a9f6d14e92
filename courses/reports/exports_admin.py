"""The log of report exports in the Wagtail admin (/admin/participation/exports/): whoever may
export the report sees and downloads their own exports; holders of courses.view_reportexport
(coordinators) everyone's. Exports are made from the report, never added or edited here."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import ReportExport
from .rows import file_name

NAME = "report_exports"


class ReportExportPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "view":
            return user.has_perm("courses.export_participation") or super().user_has_permission(
                user, "view"
            )
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "view" and not super().user_has_permission(user, "view"):
            return self.user_has_permission(user, "view") and instance.requested_by_id == user.pk
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        exports = ReportExport.objects.all()
        if super().user_has_permission(user, "view"):
            return exports
        if "view" in actions and self.user_has_permission(user, "view"):
            return exports.filter(requested_by=user)
        return exports.none()


def _filters(export: ReportExport) -> str:
    return ", ".join(f"{name}={value}" for name, value in export.filters.items()) or _("none")


def _file(export: ReportExport) -> str:
    if export.format == ReportExport.Format.CSV:
        return _("Downloaded straight away")
    return export.get_status_display()


class DownloadColumn(Column):
    cell_template_name = "courses/reports/export_file_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        ready = instance.status == ReportExport.Status.READY and instance.file
        context["download_url"] = reverse(f"{NAME}:download", args=[instance.pk]) if ready else ""
        return context


class ExportIndexView(generic.IndexView):
    def get_base_queryset(self):
        policy = self.permission_policy
        exports = policy.instances_user_has_permission_for(self.request.user, "view")
        return exports.select_related("requested_by")

    @property
    def columns(self):
        columns = super().columns
        if not self.request.user.has_perm("courses.view_reportexport"):
            columns = [column for column in columns if column.name != "requested_by"]
        return columns


class ExportInspectView(generic.InspectView):
    fields = ["requested_at", "requested_by", "kind", "format", "status"]

    def get_object(self, queryset=None):
        if not self.user_has_permission("view"):
            raise PermissionDenied  # before looking: those who may not export learn nothing
        exports = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "view"
        )
        return get_object_or_404(exports, pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["fields"].append({"label": _("Filters"), "value": _filters(self.object)})
        return context


class ExportDownloadView(ExportInspectView):
    def get(self, request, *args, **kwargs):
        export = self.object
        if export.status != ReportExport.Status.READY or not export.file:
            raise Http404
        return FileResponse(export.file.open("rb"), as_attachment=True, filename=file_name(export))


class ReportExportViewSet(ModelViewSet):
    model = ReportExport
    pk_path_converter = "id"  # cms/ids.py: a too-large id is a 404, not a 500
    name = NAME
    url_prefix = "participation/exports"
    icon = "download"
    add_to_admin_menu = False
    index_view_class = ExportIndexView
    inspect_view_class = ExportInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_filter = ["kind", "format", "status", "requested_at"]
    ordering = ["-requested_at", "-pk"]
    list_display = [
        "__str__",
        Column("requested_by", label=gettext_lazy("Requested by")),
        Column("filters", label=gettext_lazy("Filters"), accessor=_filters),
        DownloadColumn("file", label=gettext_lazy("File"), accessor=_file),
    ]

    @property
    def download_view(self):
        return self.construct_view(ExportDownloadView, **self.get_inspect_view_kwargs())

    def get_urlpatterns(self):
        """The list, and each export's file at the address it has always had; not the add,
        edit and delete views of a ModelViewSet."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<id:pk>/", self.download_view, name="download"),
            path("<id:pk>/details/", self.inspect_view, name="inspect"),
        ]
