"""Learning content and each learner's progress: topics, the module catalogue, modules and lessons
(Wagtail pages), and enrolments, lesson completions and quiz attempts (plain models, never
pages: history stays when content changes)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from cms.permissions import holders_of

from .blocks import LessonStreamBlock, QuestionBlock

#: The most attempts one grant may add.
MAX_EXTRA_ATTEMPTS = 10


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


def _facilitator_choices():
    """Staff who run workshop sessions: facilitators and coordinators."""
    return {"pk__in": holders_of("courses.run_session").values("pk")}


class ModuleIndexPage(Page):
    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.ModulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("module catalogue")

    def get_context(self, request, *args, **kwargs):
        from .contexts import catalogue_context  # it reads these models: a cycle at import

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class ModulePage(Page):
    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    topic = models.ForeignKey(
        "courses.Topic",
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("topic"),
    )
    summary = models.TextField(_("summary"), max_length=400)
    learning_objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective"), max_length=200))],
        blank=True,
        verbose_name=_("learning objectives"),
        help_text=_("What a learner can do after this module. Start each with a verb."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(6000)],
    )
    level = models.CharField(_("level"), max_length=20, choices=Level, default=Level.BEGINNER)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
    )
    facilitators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="facilitated_modules",
        limit_choices_to=_facilitator_choices,
        verbose_name=_("facilitators"),
    )
    requires_attendance = models.BooleanField(
        _("requires attending a session"),
        default=False,
        help_text=_(
            "Blended module: learners must also attend an in-person session to complete it."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("topic"),
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("level"),
                FieldPanel("requires_attendance"),
            ],
            heading=_("About the module"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("facilitators"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
    ]

    parent_page_types = ["courses.ModuleIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        from .contexts import module_page_context  # it reads these models: a cycle at import

        context = super().get_context(request, *args, **kwargs)
        context.update(module_page_context(self, request.user))
        return context


class LessonPage(Page):
    class ShowAnswers(models.TextChoices):
        NEVER = "never", _("Never")
        AFTER_PASSING = "after_passing", _("After the learner passes")
        AFTER_LAST_ATTEMPT = (
            "after_last_attempt",
            _("After the learner passes or has used the last allowed attempt"),
        )
        ALWAYS = "always", _("After every attempt")

    introduction = models.TextField(_("introduction"), max_length=400, blank=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("body"))
    quiz = StreamField(
        [("question", QuestionBlock())],
        blank=True,
        verbose_name=_("quiz"),
        help_text=_("Optional. With a quiz, the lesson is complete when the learner passes it."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    show_answers = models.CharField(
        _("show correct answers and explanations"),
        max_length=20,
        choices=ShowAnswers,
        default=ShowAnswers.AFTER_PASSING,
        help_text=_(
            "Until then the learner sees only the score, so a failed attempt does not give "
            "the answers away."
        ),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Leave empty to allow as many attempts as the learner needs."),
    )
    wait_minutes = models.PositiveIntegerField(
        _("waiting time between attempts (minutes)"),
        default=10,
        validators=[MaxValueValidator(7 * 24 * 60)],
        help_text=_("After an attempt that did not pass, the learner waits this long."),
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Leave empty to ask every question. With a number, the questions above are a bank "
            "and each attempt draws this many of them at random."
        ),
    )
    shuffle_questions = models.BooleanField(_("shuffle the questions"), default=True)
    shuffle_choices = models.BooleanField(_("shuffle the answers of each question"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("quiz"),
                FieldPanel("pass_mark"),
                FieldPanel("show_answers"),
                FieldPanel("max_attempts"),
                FieldPanel("wait_minutes"),
                FieldPanel("questions_per_attempt"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_choices"),
            ],
            heading=_("Quiz"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def clean(self):
        super().clean()
        if self.questions_per_attempt and self.questions_per_attempt > len(self.quiz):
            raise ValidationError(
                {
                    "questions_per_attempt": _(
                        "The quiz has %(count)d question(s): ask at most that many per attempt."
                    )
                    % {"count": len(self.quiz)}
                }
            )

    @property
    def has_quiz(self) -> bool:
        return bool(self.quiz)

    def is_open_to_visitors(self) -> bool:
        """Anyone may read a module's first lesson; the others are for people signed in."""
        return not self.get_prev_siblings().live().type(LessonPage).exists()

    def serve(self, request, *args, **kwargs):
        """Visitors asking for a lesson not open to them are asked to sign up, and come back
        here afterwards."""
        if not request.user.is_authenticated and not self.is_open_to_visitors():
            signup = reverse("account_signup")
            return redirect(f"{signup}?{urlencode({'next': self.get_url(request)})}")
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_open_to_visitors() else []

    def get_context(self, request, *args, **kwargs):
        from .contexts import lesson_page_context  # it reads these models: a cycle at import

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_page_context(self, request))
        return context


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
            # The learning statistics read a module's learners of a period from the index alone.
            models.Index(fields=["module", "enrolled_at", "user"]),
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
        # The learning statistics count a module's completions from the index alone.
        indexes = [models.Index(fields=["lesson", "user"])]

    def __str__(self):
        return f"{self.user} ✓ {self.lesson_id}"


class QuizAttempt(models.Model):
    """One graded attempt at a lesson's quiz. `number` counts a learner's attempts at a quiz
    from 1; that it is unique per learner and quiz is what keeps the attempt limit and the
    waiting time under concurrent submissions (see services.submit_quiz)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    question_ids = models.JSONField(
        _("questions asked"),
        default=list,
        blank=True,
        help_text=_(
            "The questions drawn for this attempt, in the order shown; empty for attempts made "
            "before question banks (they were asked every question)."
        ),
    )
    answers = models.JSONField(
        _("answers"), help_text=_("Question id → list of chosen answer ids.")
    )
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        indexes = [
            models.Index(fields=["user", "lesson", "passed"]),
            # The learning statistics count a quiz's attempts from the index alone.
            models.Index(fields=["lesson", "user", "passed"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "number"], name="one_quiz_attempt_per_number"
            )
        ]
        permissions = [
            (
                "view_learning_statistics",
                "Can see the learning statistics of the modules they facilitate",
            ),
            ("view_all_learning_statistics", "Can see the learning statistics of every module"),
        ]
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.user} {self.lesson_id} #{self.number}: {self.score}%"


class AttemptGrant(models.Model):
    """More attempts at a quiz, or its waiting time ended, for one learner, given in the admin
    by a facilitator of the module or a coordinator. The row is the log: who, when and why."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="attempt_grants",
        verbose_name=_("resident"),
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.CASCADE,
        related_name="attempt_grants",
        verbose_name=_("quiz"),
    )
    extra_attempts = models.PositiveSmallIntegerField(
        _("extra attempts"), default=0, validators=[MaxValueValidator(MAX_EXTRA_ATTEMPTS)]
    )
    ends_wait = models.BooleanField(_("waiting time ended"), default=False)
    reason = models.TextField(_("reason"), max_length=500)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("granted by"),
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        verbose_name = _("attempt grant")
        verbose_name_plural = _("attempt grants")
        ordering = ["-granted_at"]
        indexes = [models.Index(fields=["user", "lesson"])]
        permissions = [
            (
                "grant_quiz_attempts",
                "Can give residents more quiz attempts in the modules they facilitate",
            ),
            ("grant_all_quiz_attempts", "Can give residents more quiz attempts in every module"),
        ]

    def __str__(self):
        return f"{self.user} {self.lesson_id} +{self.extra_attempts}"
