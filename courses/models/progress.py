"""What each learner has done. Plain models, never pages: history stays when content changes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="unique_enrolment")]
        indexes = [
            models.Index(fields=["module", "completed_at"]),
            # The participation report counts enrolments and completions by date range.
            models.Index(fields=["enrolled_at"]),
            models.Index(fields=["completed_at"]),
        ]

    def __str__(self):
        return f"{self.user} → {self.module_id}"


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="completions"
    )
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="unique_lesson_completion")
        ]

    def __str__(self):
        return f"{self.user} ✓ {self.lesson_id}"


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    answers = models.JSONField(
        _("answers"), help_text=_("Question id → list of chosen answer ids.")
    )
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    # One per rendered quiz form: the same form sent twice (a double tap, a resend on a slow
    # connection) is one attempt. Empty for attempts stored before it existed.
    submission = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        indexes = [models.Index(fields=["user", "lesson", "passed"])]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "submission"], name="one_attempt_per_quiz_submission"
            )
        ]
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.user} {self.lesson_id}: {self.score}%"
