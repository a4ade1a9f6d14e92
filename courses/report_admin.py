"""The participation report's place in the Wagtail admin: its URLs under /admin/participation/
and a menu item only officials and coordinators (and superusers) see."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import report_views as views


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_read_reports(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("participation/", views.report, name="participation_report"),
        path("participation/export/", views.export, name="participation_report_export"),
        path("participation/exports/", views.exports, name="participation_report_exports"),
        path(
            "participation/exports/<int:pk>/",
            views.download,
            name="participation_report_export_download",
        ),
        path(
            "participation/modules/<int:module_id>/",
            views.module_participants,
            name="participation_report_module",
        ),
        path(
            "participation/sessions/<int:session_id>/",
            views.session_participants,
            name="participation_report_session",
        ),
        path(
            "participation/comments/",
            views.feedback_comments,
            name="participation_report_comments",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Participation report"), reverse("participation_report"), icon_name="table", order=420
    )
