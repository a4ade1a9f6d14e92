"""The report's own records: its exports (the report pack among them), the targets it compares
with, and the complaint figures officials enter."""

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.complaint_channels import OFFICIAL_CHANNELS


def private_storage():
    """Exports hold personal data: only the report's download view serves them."""
    return storages["reports"]


#: A few paragraphs: the narrative of a report pack fits on about a page.
NARRATIVE_LENGTH = 4000


class ReportExport(models.Model):
    """One export of the participation report: the log of who exported what with which
    filter, and for XLSX and PDF (built in the background) the file itself. A report pack
    keeps the narrative its official wrote, for the next pack to start from."""

    class Kind(models.TextChoices):
        SUMMARY = "summary", _("Summary (numbers only)")
        PARTICIPANTS = "participants", _("Participant list (names)")
        PACK = "pack", _("Report pack")

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"
        PDF = "pdf", "PDF"

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind)
    format = models.CharField(_("format"), max_length=4, choices=Format)
    filters = models.JSONField(_("filters"), default=dict)
    narrative = models.TextField(_("narrative"), blank=True, max_length=NARRATIVE_LENGTH)
    status = models.CharField(_("status"), max_length=8, choices=Status, default=Status.PENDING)
    file = models.FileField(
        upload_to="exports/%Y/%m/", storage=private_storage, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("report export")
        verbose_name_plural = _("report exports")
        ordering = ["-requested_at"]
        # Django's own view_reportexport lets its holder see and download everyone's exports;
        # without it, only one's own.
        permissions = [
            ("view_participation_report", _("Can read the participation report")),
            ("export_participation", _("Can export the participation report")),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.format} · {self.requested_at:%Y-%m-%d %H:%M}"

    @property
    def contains_personal_data(self) -> bool:
        return self.kind == self.Kind.PARTICIPANTS


class Target(models.Model):
    """What the kelurahan aims for in a period, set by coordinators. The report compares the
    first three with what it counts for the same period; the IKM (the satisfaction index of
    the public-service survey, 25–100) is stored for the survey's results to be compared with."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For example: 2026, or First half of 2026.")
    )
    start = models.DateField(_("first day"))
    end = models.DateField(_("last day"))
    residents_reached = models.PositiveIntegerField(_("people reached"), null=True, blank=True)
    sessions_held = models.PositiveIntegerField(_("sessions held"), null=True, blank=True)
    completions = models.PositiveIntegerField(_("module completions"), null=True, blank=True)
    ikm = models.DecimalField(
        _("IKM (satisfaction index)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(25), MaxValueValidator(100)],
        help_text=_("From 25 to 100, as the public-service satisfaction survey computes it."),
    )

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["-start", "-end"]
        constraints = [
            models.UniqueConstraint(
                fields=["start", "end"],
                name="one_target_per_period",
                violation_error_message=_("There are targets for this period already."),
            ),
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="target_ends_after_start",
                violation_error_message=_("The last day is before the first day."),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.start:%Y-%m-%d} – {self.end:%Y-%m-%d})"


#: More than any channel receives in a month for one kelurahan: a typing mistake.
MOST_COMPLAINTS = 100_000


class ComplaintFigure(models.Model):
    """A month's complaints through one channel, as that channel's own dashboard shows them:
    how many came in, how many were resolved, and the median days to resolve. Numbers only:
    no complaint, name or text is stored."""

    class Channel(models.TextChoices):
        JAKI_CRM = (
            "jaki_crm",
            f"{OFFICIAL_CHANNELS['jaki'].name} / {OFFICIAL_CHANNELS['crm'].name}",
        )
        LAPOR = "lapor", OFFICIAL_CHANNELS["lapor"].name
        IN_PERSON = "in_person", _("In person at the office")

    month = models.DateField(_("month"), help_text=_("Stored as the first day of the month."))
    channel = models.CharField(_("channel"), max_length=10, choices=Channel)
    received = models.PositiveIntegerField(
        _("complaints received"), validators=[MaxValueValidator(MOST_COMPLAINTS)]
    )
    resolved = models.PositiveIntegerField(
        _("complaints resolved"), validators=[MaxValueValidator(MOST_COMPLAINTS)]
    )
    median_days = models.DecimalField(
        _("median days to resolve"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty if the channel does not show it."),
    )

    class Meta:
        verbose_name = _("complaint figure")
        verbose_name_plural = _("complaint figures")
        ordering = ["-month", "channel"]
        constraints = [
            models.UniqueConstraint(
                fields=["month", "channel"],
                name="one_complaint_figure_per_month_and_channel",
                violation_error_message=_(
                    "This month already has figures for this channel: change those instead."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(resolved__lte=models.F("received")),
                name="complaints_resolved_not_more_than_received",
                violation_error_message=_("More complaints resolved than received."),
            ),
            models.CheckConstraint(
                condition=models.Q(median_days__isnull=True) | models.Q(median_days__gte=0),
                name="complaint_median_days_not_negative",
                violation_error_message=_("The median days cannot be negative."),
            ),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} · {self.get_channel_display()}"
