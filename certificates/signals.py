from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import CertificateTemplate
from .services import default_template_saved


@receiver(post_save, sender=CertificateTemplate)
def template_saved(sender, instance: CertificateTemplate, **kwargs):
    if instance.is_default:
        transaction.on_commit(lambda: default_template_saved.send(sender=CertificateTemplate))
