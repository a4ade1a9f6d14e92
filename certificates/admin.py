"""Certificates in the Wagtail admin, for holders of certificates.view_certificate
(coordinators): a list to search and filter, each certificate's page with its PDF and its
public verification page, revoking and reinstating (certificates.revoke_certificate), and all
certificates of a module as one ZIP. Certificates are issued, never written by hand: the list has
no add, edit or delete."""

import io
import zipfile

import django_filters
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from cms.admin_listing import BoundedSearchMixin

from . import services
from .forms import RevokeForm
from .models import Certificate

NAME = "certificates_admin"


def _modules_with_certificates():
    module_model = Certificate._meta.get_field("module").related_model
    return module_model.objects.filter(
        pk__in=Certificate.objects.filter(module__isnull=False).values("module")
    ).order_by("title")


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=[("valid", gettext_lazy("Valid")), ("revoked", gettext_lazy("Revoked"))],
        method="filter_status",
        empty_label=gettext_lazy("All"),
    )
    module = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Module"), queryset=lambda request: _modules_with_certificates()
    )

    class Meta:
        model = Certificate
        fields = ["status", "module", "completed_on"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(revoked_at__isnull=value == "valid")


class CertificateIndexView(BoundedSearchMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("module")

    @cached_property
    def header_buttons(self):
        """Filtered to a module: its certificates' PDFs as one ZIP."""
        module = self.filters.form.cleaned_data.get("module") if self.filters else None
        if module is None:
            return super().header_buttons
        url = reverse(f"{NAME}:module_zip", args=[module.pk])
        label = _("Download these certificates (ZIP)")
        return [*super().header_buttons, HeaderButton(label, url=url, icon_name="download")]


class CertificateInspectView(generic.InspectView):
    template_name = "certificates/admin/inspect.html"
    fields = ["recipient_name", "achievement", "completed_on", "issued_at", "issuer"]
    form = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.user_has_permission("revoke"):
            context["form"] = self.form or RevokeForm()
        return context

    def back_to_inspect(self):
        return redirect(f"{NAME}:inspect", self.object.pk)


class PostOnlyMixin:
    """A form's target: any other method is refused before permissions are looked at."""

    permission_required = "revoke"
    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return self.http_method_not_allowed(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)


class RevokeView(PostOnlyMixin, CertificateInspectView):
    """certificates.revoke_certificate; with a reason the public verification page shows."""

    def post(self, request, *args, **kwargs):
        self.form = RevokeForm(request.POST)
        if not self.form.is_valid():
            return self.render_to_response(self.get_context_data())
        services.revoke(self.object, reason=self.form.cleaned_data["reason"], by=request.user)
        messages.success(
            request, _("Certificate %(code)s is revoked.") % {"code": self.object.code}
        )
        return self.back_to_inspect()


class ReinstateView(PostOnlyMixin, CertificateInspectView):
    def post(self, request, *args, **kwargs):
        try:
            services.reinstate(self.object, by=request.user)
        except services.ErasedCertificate:
            messages.error(request, _("Its holder deleted their account: it stays revoked."))
            return self.back_to_inspect()
        messages.success(
            request, _("Certificate %(code)s is valid again.") % {"code": self.object.code}
        )
        return self.back_to_inspect()


def _status(certificate: Certificate) -> str:
    return _("Valid") if certificate.is_valid else _("Revoked")


class CertificateViewSet(ModelViewSet):
    model = Certificate
    pk_path_converter = "id"  # cms/ids.py: a too-large id is a 404, not a 500
    name = NAME
    url_prefix = "certificates"
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    menu_order = 400
    add_to_admin_menu = True
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = CertificateFilterSet
    search_fields = ["code", "recipient_name", "achievement"]
    search_backend_name = None
    ordering = "-issued_at"
    list_display = [
        "code",
        "recipient_name",
        "achievement",
        "completed_on",
        Column("status", label=gettext_lazy("Status"), accessor=_status),
    ]

    @property
    def revoke_view(self):
        return self.construct_view(RevokeView, **self.get_inspect_view_kwargs())

    @property
    def reinstate_view(self):
        return self.construct_view(ReinstateView, **self.get_inspect_view_kwargs())

    def get_urlpatterns(self):
        """The list and each certificate's page (at the addresses it has always had), revoking
        and the ZIP; not the add, edit and delete views of a ModelViewSet."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<id:pk>/", self.inspect_view, name="inspect"),
            path("<id:pk>/revoke/", self.revoke_view, name="revoke"),
            path("<id:pk>/reinstate/", self.reinstate_view, name="reinstate"),
            path("module/<id:module_id>/zip/", module_zip, name="module_zip"),
        ]


@permission_required("certificates.view_certificate", raise_exception=True)
def module_zip(request, module_id: int):
    ids = list(
        Certificate.objects.not_erased().filter(module_id=module_id).values_list("pk", flat=True)
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for pk in ids:
            certificate = services.ensure_pdf(pk)
            with certificate.pdf.open("rb") as pdf:
                archive.writestr(f"{certificate.code}.pdf", pdf.read())
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="sertifikat-modul-{module_id}.zip"'
    return response
