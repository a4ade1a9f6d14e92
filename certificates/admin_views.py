"""Coordinators' certificate pages in the Wagtail admin: find, revoke or reinstate, and download
all certificates of a module as one ZIP."""

import io
import zipfile

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms import roles
from cms.text import one_line

from . import services
from .forms import RevokeForm
from .models import Certificate


def certificate_list(request):
    roles.require_role(request, roles.COORDINATOR)
    query = one_line(request.GET.get("q", ""))[:100]
    certificates = Certificate.objects.select_related("module")
    if query:
        certificates = certificates.filter(
            Q(code__icontains=query)
            | Q(recipient_name__icontains=query)
            | Q(achievement__icontains=query)
        )
    page = Paginator(certificates, 50).get_page(request.GET.get("p"))
    modules = (
        Certificate.objects.filter(module__isnull=False)
        .values_list("module_id", "achievement")
        .distinct()
        .order_by("achievement")
    )
    context = {
        "page_title": _("Certificates"),
        "header_icon": "doc-full",
        "page": page,
        "query": query,
    }
    return render(request, "certificates/admin/list.html", {**context, "modules": modules})


def certificate_detail(request, pk: int):
    roles.require_role(request, roles.COORDINATOR)
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm()
    context = {
        "page_title": certificate.code,
        "header_icon": "doc-full",
        "certificate": certificate,
    }
    return render(request, "certificates/admin/detail.html", {**context, "form": form})


@require_POST
def revoke(request, pk: int):
    roles.require_role(request, roles.COORDINATOR)
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST)
    if not form.is_valid():
        context = {
            "page_title": certificate.code,
            "header_icon": "doc-full",
            "certificate": certificate,
        }
        return render(request, "certificates/admin/detail.html", {**context, "form": form})
    services.revoke(certificate, reason=form.cleaned_data["reason"], by=request.user)
    messages.success(request, _("Certificate %(code)s is revoked.") % {"code": certificate.code})
    return redirect("certificates_admin:detail", pk)


@require_POST
def reinstate(request, pk: int):
    roles.require_role(request, roles.COORDINATOR)
    certificate = get_object_or_404(Certificate, pk=pk)
    try:
        services.reinstate(certificate, by=request.user)
    except services.ErasedCertificate:
        messages.error(request, _("Its holder deleted their account: it stays revoked."))
        return redirect("certificates_admin:detail", pk)
    messages.success(
        request, _("Certificate %(code)s is valid again.") % {"code": certificate.code}
    )
    return redirect("certificates_admin:detail", pk)


def module_zip(request, module_id: int):
    roles.require_role(request, roles.COORDINATOR)
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
