from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


def _rating(label):
    return models.PositiveSmallIntegerField(
        label, null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )


class Feedback(models.Model):
    """A resident's short survey after completing a module or attending a session. Asked once:
    skipping is stored too (with no ratings), so the question is not asked again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback"
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    session = models.ForeignKey(
        "courses.WorkshopSession",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    skipped = models.BooleanField(default=False)
    satisfaction = _rating(_("satisfaction"))
    usefulness = _rating(_("usefulness"))
    clarity = _rating(_("clarity"))
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    share_comment = models.BooleanField(
        _("officials may read my comment"),
        default=False,
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(module__isnull=False, session__isnull=True)
                | models.Q(module__isnull=True, session__isnull=False),
                name="feedback_on_module_or_session",
            ),
            models.CheckConstraint(
                condition=models.Q(skipped=True)
                | models.Q(
                    satisfaction__isnull=False, usefulness__isnull=False, clarity__isnull=False
                ),
                name="feedback_answered_or_skipped",
            ),
            models.UniqueConstraint(
                fields=["user", "module"],
                condition=models.Q(module__isnull=False),
                name="one_feedback_per_module",
            ),
            models.UniqueConstraint(
                fields=["user", "session"],
                condition=models.Q(session__isnull=False),
                name="one_feedback_per_session",
            ),
        ]
        indexes = [models.Index(fields=["submitted_at"])]

    def __str__(self):
        return f"{self.user} · {self.module_id or self.session_id}"
