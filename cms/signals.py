from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import GuidePage
from .tasks import render_guide_brochure


@receiver(page_published, sender=GuidePage)
def guide_published(sender, instance: GuidePage, **kwargs):
    transaction.on_commit(lambda: render_guide_brochure.enqueue(instance.pk))
