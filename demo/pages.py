from contextlib import contextmanager

from wagtail.models import Page
from wagtail.signals import page_published

from cms.models import GuidePage
from cms.signals import guide_published


def publish_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@contextmanager
def brochures_left_for_first_download():
    """Guides published without rendering their brochures, which their download renders the
    first time (cms.brochures.current_brochure): rendering the demo's seven took half of
    load_demo's time, before `make run` could serve its first page."""
    page_published.disconnect(guide_published, sender=GuidePage)
    try:
        yield
    finally:
        page_published.connect(guide_published, sender=GuidePage)
