from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin


class Topic(TranslatableMixin, models.Model):
    """What a module is about (budget management, project management, policy advocacy…).
    A snippet, so coordinators and facilitators can add topics without a release."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in the catalogue's address, e.g. ?topik=anggaran."),
    )
    description = models.TextField(_("description"), blank=True, max_length=300)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name
