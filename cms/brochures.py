"""Printable A5 brochures of guides. A brochure is rendered once per published revision and
kept; publishing a new revision renders it again."""

from dataclasses import dataclass, replace
from datetime import date

from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from .models import GuideBrochure, GuidePage
from .pdf import html_to_pdf, layout, public_url, qr_svg
from .services import kelurahan_settings

STYLESHEET = "css/brochure.css"


@dataclass(frozen=True)
class BrochureGuide:
    """What the brochure template shows of one guide."""

    title: str
    summary: str
    service_area_name: str
    rights: list[str]
    obligations: list[str]
    steps: list[object]
    documents: list[str]
    fee: str
    service_time: str
    office_name: str
    office_address: str
    office_hours: str
    office_contact: str
    complaint: str
    url: str
    qr_svg: SafeString
    last_reviewed: date | None
    reviewer: str
    layout: str = "split"


def brochure_guide(guide: GuidePage) -> BrochureGuide:
    url = public_url(guide.url or "/")
    return BrochureGuide(
        title=guide.title,
        summary=guide.summary,
        service_area_name=guide.service_area.name if guide.service_area else "",
        rights=[block.value for block in guide.rights],
        obligations=[block.value for block in guide.obligations],
        steps=[block.value for block in guide.steps],
        documents=[block.value for block in guide.documents],
        fee=guide.fee,
        service_time=guide.service_time,
        office_name=guide.office_name,
        office_address=guide.office_address,
        office_hours=guide.office_hours,
        office_contact=guide.office_contact,
        complaint=guide.complaint,
        url=url,
        qr_svg=mark_safe(qr_svg(url)),  # noqa: S308 - segno's own markup
        last_reviewed=guide.last_reviewed,
        reviewer=guide.reviewer,
    )


def render_brochures(guides: list[GuidePage]) -> bytes:
    """One PDF with one sheet (two A5 pages) per guide; a print pack when there are several.

    The front (summary, rights, obligations, documents) and the back (steps, where to go, how to
    complain) each get their own page when they fit ("split"); a guide whose front is too long
    flows over both pages instead, so its text is never cut."""
    kelurahan = kelurahan_settings()
    logo = (
        kelurahan.logo.get_rendition("max-300x300|format-png").url
        if kelurahan.logo
        else static("img/logo.svg")
    )
    context = {
        "kelurahan_name": kelurahan.kelurahan_name,
        "logo_url": logo,
    }
    with translation.override(guides[0].locale.language_code if guides else None):
        fitted = [_fitting_sheet(brochure_guide(guide), context) for guide in guides]
        if len(fitted) == 1 and fitted[0][1]:
            return fitted[0][1].write_pdf()  # one guide whose split layout fits: laid out already
        sheets = [sheet for sheet, _laid_out in fitted]
        html = render_to_string("cms/guide_brochure.html", {**context, "guides": sheets})
    return html_to_pdf(html, stylesheet=STYLESHEET)


def _fitting_sheet(guide: BrochureGuide, context: dict):
    """The guide's sheet, with the document laid out to check it when the split layout fits."""
    split = layout(
        render_to_string("cms/guide_brochure.html", {**context, "guides": [guide]}),
        stylesheet=STYLESHEET,
    )
    if len(split.pages) <= 2:
        return guide, split
    return replace(guide, layout="flow"), None


def current_brochure(guide: GuidePage) -> GuideBrochure:
    """The brochure of the guide's live revision, rendering it if it is missing or stale."""
    revision = guide.live_revision_id or 0  # pages made in code may have no revision
    brochure = GuideBrochure.objects.filter(guide=guide).first()
    if brochure and brochure.revision_id == revision and brochure.pdf:
        return brochure
    pdf = render_brochures([guide])
    with transaction.atomic():
        brochure, _created = GuideBrochure.objects.select_for_update().get_or_create(
            guide=guide, defaults={"revision_id": revision}
        )
        brochure.revision_id = revision
        brochure.pdf.save(f"{guide.slug}-{revision}.pdf", ContentFile(pdf), save=True)
    return brochure
