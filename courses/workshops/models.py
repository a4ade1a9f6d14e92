"""In-person workshop sessions, who registered for them and who came, and the short feedback
survey after a module or a session. Plain models: a session is an event with a date, not content."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class WorkshopSession(index.Indexed, models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", _("Cancelled")

    class EventType(models.TextChoices):
        """What kind of event it is, so the report can tell them apart."""

        TRAINING = "pelatihan", _("Training workshop")
        SOSIALISASI = "sosialisasi", _("Sosialisasi (information session)")
        SEMINAR = "seminar", _("Seminar")
        FORUM_WARGA = "forum_warga", _("Forum warga (residents' forum)")
        REMBUK_RW = "rembuk_rw", _("Rembuk RW (neighbourhood deliberation)")
        OTHER = "lainnya", _("Other")

    title = models.CharField(_("title"), max_length=200)
    module = models.ForeignKey(
        "courses.ModulePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
        verbose_name=_("module"),
        help_text=_("For a blended module, attending this session counts towards completing it."),
    )
    event_type = models.CharField(
        _("type of event"), max_length=12, choices=EventType, default=EventType.TRAINING
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue = models.CharField(
        _("venue"), max_length=200, help_text=_("For example: Aula Kantor Kelurahan, Balai RW 05.")
    )
    capacity = models.PositiveSmallIntegerField(
        _("capacity"), validators=[MinValueValidator(1), MaxValueValidator(2000)]
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="facilitated_sessions",
        verbose_name=_("facilitators"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.SCHEDULED)
    created_at = models.DateTimeField(auto_now_add=True)

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("venue"),
        index.FilterField("status"),
        index.FilterField("starts_at"),
    ]

    class Meta:
        verbose_name = _("workshop session")
        verbose_name_plural = _("workshop sessions")
        ordering = ["starts_at"]
        permissions = [
            ("run_session", _("Can run the workshop sessions they are assigned to")),
            ("run_all_sessions", _("Can run every workshop session")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_start",
            )
        ]
        indexes = [models.Index(fields=["status", "starts_at"])]

    def __str__(self):
        return self.title

    @property
    def is_upcoming(self) -> bool:
        return self.status == self.Status.SCHEDULED and self.ends_at > timezone.now()


class Registration(models.Model):
    """A resident's place in a session, or on its waiting list. Cancelled registrations are
    kept so the report can tell registered from attended."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    session = models.ForeignKey(
        WorkshopSession, on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="registrations"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="unique_registration")
        ]
        indexes = [models.Index(fields=["session", "status", "created_at"])]

    def __str__(self):
        return f"{self.user} @ {self.session_id}: {self.status}"


class Attendance(models.Model):
    """One person in the room: a resident with an account, or a walk-in recorded by name and RW
    (residents without e-mail count too)."""

    class Method(models.TextChoices):
        FACILITATOR = "facilitator", _("Checked in by the facilitator")
        SELF = "self", _("Checked in with the QR code")
        PAPER = "paper", _("Typed in from the paper sheet")

    session = models.ForeignKey(
        WorkshopSession, on_delete=models.CASCADE, related_name="attendances"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    walk_in_name = models.CharField(_("name"), max_length=150, blank=True)
    walk_in_rw = models.PositiveSmallIntegerField(
        "RW", null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    walk_in_phone = models.CharField(_("phone (optional)"), max_length=20, blank=True)
    method = models.CharField(_("recorded by"), max_length=12, choices=Method)
    checked_in_at = models.DateTimeField(_("checked in at"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        ordering = ["checked_in_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=models.Q(user__isnull=False),
                name="one_attendance_per_resident",
            ),
            models.UniqueConstraint(
                Lower("walk_in_name"),
                "walk_in_rw",
                "session",
                condition=models.Q(user__isnull=True),
                name="one_attendance_per_walk_in",
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False)
                | (~models.Q(walk_in_name="") & models.Q(walk_in_rw__isnull=False)),
                name="walk_in_has_name_and_rw",
            ),
        ]
        indexes = [models.Index(fields=["checked_in_at"])]

    def __str__(self):
        return f"{self.display_name} @ {self.session_id}"

    @property
    def is_walk_in(self) -> bool:
        return self.user_id is None

    @property
    def display_name(self) -> str:
        if self.user_id is None:
            return self.walk_in_name
        profile = getattr(self.user, "profile", None)
        return (profile and profile.full_name) or str(self.user)


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
        permissions = [
            (
                "view_unshared_comments",
                _("Can read feedback comments that residents did not share with officials"),
            )
        ]
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
