"""Loads the demo rights-and-obligations guides (cms/guide_content.py) under the home page."""

from datetime import date

from wagtail.models import Locale, Page

from cms.models import GuideIndexPage, GuidePage, ServiceArea
from courses.models import ModulePage

from .guide_content import GUIDES, SERVICE_AREAS
from .pages import publish_child

INDEX = {
    "id": {
        "title": "Hak dan Kewajiban",
        "slug": "hak-dan-kewajiban",
        "introduction": "Panduan singkat tentang layanan publik: apa hak Anda, apa kewajiban Anda, "
        "langkah-langkahnya, dan ke mana mengadu jika layanan tidak diberikan.",
    },
    "en": {
        "title": "Rights and obligations",
        "slug": "rights-and-obligations",
        "introduction": "Short guides to public services: your rights, your obligations, the "
        "steps, and where to complain if the service is not given.",
    },
}
RELATED_MODULES = {
    "ikut-musrenbang-kelurahan": "pengelolaan-anggaran",
    "melaporkan-masalah-pengaduan": "advokasi-kebijakan",
}
REVIEWED_ON = date(2026, 11, 1)


def ensure_guides(home_id: Page, home_en: Page | None) -> tuple[GuideIndexPage, bool]:
    existing = GuideIndexPage.objects.child_of(home_id).first()
    if existing:
        return existing, False
    areas = _service_areas(SERVICE_AREAS, home_id.locale)
    index = publish_child(
        home_id, GuideIndexPage(**INDEX["id"], locale=home_id.locale, show_in_menus=True)
    )
    if home_en is not None:
        translation = GuideIndexPage(
            **INDEX["en"], locale=home_en.locale, translation_key=index.translation_key
        )
        publish_child(home_en, translation)
    for content in GUIDES:
        guide = publish_child(index, _guide(content, areas[content["service_area"]], index.locale))
        _relate(guide, RELATED_MODULES.get(content["slug"]))
    return index, True


def _service_areas(rows, indonesian: Locale) -> dict[str, ServiceArea]:
    english = Locale.objects.get(language_code="en")
    areas = {}
    for slug, name_id, name_en in rows:
        area, _ = ServiceArea.objects.get_or_create(
            slug=slug, locale=indonesian, defaults={"name": name_id}
        )
        ServiceArea.objects.get_or_create(
            slug=slug,
            locale=english,
            defaults={"name": name_en, "translation_key": area.translation_key},
        )
        areas[slug] = area
    return areas


def _guide(content: dict, area: ServiceArea, locale: Locale) -> GuidePage:
    return GuidePage(
        title=content["title"],
        slug=content["slug"],
        locale=locale,
        service_area=area,
        summary=content["summary"],
        rights=[("item", item) for item in content["rights"]],
        obligations=[("item", item) for item in content["obligations"]],
        steps=[("step", step) for step in content["steps"]],
        documents=[("item", item) for item in content["documents"]],
        fee=content["fee"],
        service_time=content["service_time"],
        office_name=content["office_name"],
        office_address=content["office_address"],
        office_hours=content["office_hours"],
        office_contact=content["office_contact"],
        complaint=content["complaint"],
        complaint_channels=content["complaint_channels"],
        last_reviewed=REVIEWED_ON,
        reviewer=content["reviewer"],
    )


def _relate(guide: GuidePage, module_slug: str | None) -> None:
    module = (
        ModulePage.objects.filter(slug=module_slug, locale=guide.locale).first()
        if module_slug
        else None
    )
    if module:
        guide.related_modules.add(module)
        guide.save_revision().publish()
