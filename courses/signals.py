from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_unpublished

from .models import LessonPage
from .tasks import recheck_module_completion


@receiver(page_unpublished, sender=LessonPage)
def lesson_unpublished(sender, instance: LessonPage, **kwargs):
    module = instance.get_parent()
    transaction.on_commit(lambda: recheck_module_completion.enqueue(module.pk))
