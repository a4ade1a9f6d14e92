"""The participation report's place in the Wagtail admin: its URLs under /admin/participation/,
the log of its exports, targets and complaint figures, and a menu item for holders of courses.view_participation_report
(officials and coordinators)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from . import statistics_views, views
from .exports_admin import ReportExportPermissionPolicy, ReportExportViewSet
from .indicators_admin import ComplaintFigureViewSet, TargetViewSet
from .models import ReportExport

register_permission_policy(ReportExport, ReportExportPermissionPolicy(ReportExport))


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_learning_statistics")


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_participation_report")


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("participation/", views.report, name="participation_report"),
        path("participation/export/", views.export, name="participation_report_export"),
        path("participation/pack/", views.report_pack, name="participation_report_pack"),
        path(
            "participation/modules/<id:module_id>/",
            views.module_participants,
            name="participation_report_module",
        ),
        path(
            "participation/sessions/<id:session_id>/",
            views.session_participants,
            name="participation_report_session",
        ),
        path(
            "participation/comments/",
            views.feedback_comments,
            name="participation_report_comments",
        ),
        path("learning-statistics/", statistics_views.index, name="learning_statistics"),
        path(
            "learning-statistics/<id:module_id>/",
            statistics_views.module,
            name="learning_statistics_module",
        ),
        path(
            "learning-statistics/<id:module_id>/csv/",
            statistics_views.module_csv,
            name="learning_statistics_csv",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_export_viewset():
    return ReportExportViewSet()


@hooks.register("register_admin_viewset")
def register_indicator_viewsets():
    return [TargetViewSet(), ComplaintFigureViewSet()]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Participation report"), reverse("participation_report"), icon_name="table", order=420
    )


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Learning statistics"), reverse("learning_statistics"), icon_name="table", order=430
    )
