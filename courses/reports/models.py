from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _


def private_storage():
    """Exports hold personal data: only the report's download view serves them."""
    return storages["reports"]


class ReportExport(models.Model):
    """One export of the participation report: the log of who exported what with which
    filter, and for XLSX (built in the background) the file itself."""

    class Kind(models.TextChoices):
        SUMMARY = "summary", _("Summary (numbers only)")
        PARTICIPANTS = "participants", _("Participant list (names)")

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"

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
