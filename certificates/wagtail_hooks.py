from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.admin_menu import CoordinatorMenuItem

from . import admin_views
from .models import CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    list_display = ["name", "signatory_name", "is_default"]


register_snippet(CertificateTemplateViewSet)

admin_urls = (
    [
        path("", admin_views.certificate_list, name="list"),
        path("<int:pk>/", admin_views.certificate_detail, name="detail"),
        path("<int:pk>/revoke/", admin_views.revoke, name="revoke"),
        path("<int:pk>/reinstate/", admin_views.reinstate, name="reinstate"),
        path("module/<int:module_id>/zip/", admin_views.module_zip, name="module_zip"),
    ],
    "certificates_admin",
)


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return [path("certificates/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CoordinatorMenuItem(
        _("Certificates"), reverse("certificates_admin:list"), icon_name="doc-full", order=400
    )


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action(
        "certificates.revoke", _("Revoke certificate"), _("Certificate revoked")
    )
    actions.register_action(
        "certificates.reinstate", _("Reinstate certificate"), _("Certificate reinstated")
    )
