from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_unpublished

from certificates import services as certificates

from .models import LessonPage
from .tasks import issue_postponed_certificates, recheck_module_completion


@receiver(page_unpublished, sender=LessonPage)
def lesson_unpublished(sender, instance: LessonPage, **kwargs):
    module = instance.get_parent()
    transaction.on_commit(lambda: recheck_module_completion.enqueue(module.pk))


@receiver(certificates.default_template_saved)
def default_template_saved(sender, **kwargs):
    issue_postponed_certificates.enqueue()
