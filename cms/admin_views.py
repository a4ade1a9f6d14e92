"""Coordinators' print packs: every live guide of a service area in one PDF."""

from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from .brochures import render_brochures
from .models import GuidePage, ServiceArea


@permission_required("cms.download_print_pack", raise_exception=True)
def print_packs(request):
    live = Q(guides__live=True)
    areas = ServiceArea.objects.annotate(guide_count=Count("guides", filter=live)).select_related(
        "locale"
    )
    context = {"page_title": _("Print packs"), "header_icon": "print", "areas": areas}
    return render(request, "cms/admin/print_packs.html", context)


@permission_required("cms.download_print_pack", raise_exception=True)
def print_pack(request, area_id: int):
    area = get_object_or_404(ServiceArea, pk=area_id)
    guides = list(
        GuidePage.objects.live().filter(service_area=area).select_related("service_area")
    )
    response = HttpResponse(render_brochures(guides), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="paket-cetak-{area.slug}.pdf"'
    return response
