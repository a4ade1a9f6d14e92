import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import PreviewableMixin
from wagtail.search import index

ACCENT_COLOUR = r"\A#[0-9a-fA-F]{6}\Z"
#: Template texts are short: the certificate's middle has room for a few lines only.
BODY_MAX_LENGTH = 600
PLACEHOLDER_HELP = _(
    "You can use {name}, {module} and {date}; they are filled in for each certificate."
)
ATTENDANCE_PLACEHOLDER_HELP = _(
    "For attending an in-person session. You can use {name}, {module} (the session's title) "
    "and {date}."
)


class CertificateTemplate(PreviewableMixin, index.Indexed, models.Model):
    """What a certificate says and who signs it. Coordinators edit these in the admin."""

    name = models.CharField(_("name"), max_length=100, help_text=_("Only shown in the admin."))
    heading = models.CharField(_("heading"), max_length=120, default="Sertifikat")
    body = models.TextField(
        _("body text"),
        max_length=BODY_MAX_LENGTH,
        default="Atas keberhasilannya menyelesaikan seluruh pelajaran dan kuis modul pelatihan {module} di Akademi Warga.",
        help_text=PLACEHOLDER_HELP,
    )
    attendance_body = models.TextField(
        _("body text for attendance"),
        max_length=BODY_MAX_LENGTH,
        default="Atas kehadiran dan partisipasinya dalam lokakarya {module} di Akademi Warga pada {date}.",
        help_text=ATTENDANCE_PLACEHOLDER_HELP,
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=120)
    signatory_title = models.CharField(_("signatory's title"), max_length=160)
    signature_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("signature image"),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_("Leave empty to use the kelurahan's logo."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#0b6e4f",
        validators=[RegexValidator(ACCENT_COLOUR, _("Use a colour like #0b6e4f."))],
    )
    is_default = models.BooleanField(_("default template"), default=False)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("heading"), FieldPanel("body"), FieldPanel("attendance_body")],
            heading=_("Text"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signatory_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signature_image"),
            ],
            heading=_("Signatory"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("accent_colour"), FieldPanel("is_default")],
            heading=_("Look"),
        ),
    ]
    # The admin's list sorts search results by its columns, or by pk for an unknown column.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        *(index.FilterField(name) for name in ("pk", "name", "signatory_name", "is_default")),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=models.Q(is_default=True),
                name="one_default_certificate_template",
            )
        ]

    def __str__(self):
        return self.name

    def serve_preview(self, request, mode_name):
        from .preview import preview_response  # it renders with this model: a cycle at import

        return preview_response(self)


def private_storage():
    """Certificate files are never public: only the download view serves them."""
    return storages["certificates"]


#: The revoke reason of a certificate whose holder deleted their account (stored as it is, shown
#: translated).
ACCOUNT_DELETED = "account deleted"


class CertificateQuerySet(models.QuerySet):
    def not_erased(self):
        return self.exclude(recipient_name="")

    def earned(self):
        """Valid certificates, and those revoked only because their holder deleted the account:
        the report counts what people earned, and deleting an account does not undo that."""
        return self.filter(
            models.Q(revoked_at__isnull=True)
            | models.Q(revoke_reason=ACCOUNT_DELETED, recipient_name="")
        )


class Certificate(models.Model):
    """An issued certificate. What it says is copied here when it is issued, so later edits to
    the profile, the module or the template never change it. Two states: valid or revoked.

    When its holder deletes their account the name and text are erased and the file removed
    (issuing always stores a name, so an empty one means erased); the code, what it was for and
    the date stay, so the verification page can still say what happened."""

    code = models.CharField(_("code"), max_length=32, unique=True, editable=False)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("recipient"),
        help_text=_("Empty for a walk-in without an account."),
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("module"),
    )
    session = models.ForeignKey(
        "courses.WorkshopSession",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("workshop session"),
    )
    attendance = models.OneToOneField(
        "courses.Attendance",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificate",
    )
    template = models.ForeignKey(CertificateTemplate, on_delete=models.PROTECT, related_name="+")
    recipient_name = models.CharField(_("recipient's name"), max_length=150)
    achievement = models.CharField(_("module or session"), max_length=255)
    completed_on = models.DateField(_("completed on"))
    heading = models.CharField(_("heading"), max_length=120)
    body = models.TextField(_("text"))
    signatory_name = models.CharField(_("signatory's name"), max_length=120)
    signatory_title = models.CharField(_("signatory's title"), max_length=160)
    issuer = models.CharField(_("issuer"), max_length=200)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoke_reason = models.TextField(_("reason for revoking"), blank=True)
    pdf = models.FileField(
        _("PDF"), upload_to="certificates/", storage=private_storage, blank=True, editable=False
    )
    # The Open Badges credential's subject: identifies the holder without their e-mail address.
    subject_uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    credential = models.JSONField(
        _("verifiable credential"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The signed Open Badges 3.0 credential, made in the background."),
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        # Django's own view_certificate lets its holder find every certificate and download its
        # PDF; revoking and reinstating need this one too.
        permissions = [("revoke_certificate", _("Can revoke and reinstate certificates"))]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "module"],
                condition=models.Q(module__isnull=False),
                name="one_certificate_per_module",
            ),
            models.UniqueConstraint(
                fields=["recipient", "session"],
                condition=models.Q(recipient__isnull=False, session__isnull=False),
                name="one_certificate_per_session",
            ),
        ]
        indexes = [models.Index(fields=["issued_at"])]

    def __str__(self):
        return " · ".join(part for part in (self.code, self.recipient_name) if part)

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None

    @property
    def code_groups(self) -> list[str]:
        return self.code.split("-")

    @property
    def is_erased(self) -> bool:
        return not self.recipient_name

    @property
    def revoke_reason_display(self) -> str:
        if self.revoke_reason == ACCOUNT_DELETED:
            return gettext("account deleted")
        return self.revoke_reason


class StatusList(models.Model):
    """One signed Bitstring Status List credential (certificates/open_badges/status_list.py):
    a bit per certificate, set when it is revoked. Re-signed whenever one of its certificates
    is revoked or reinstated."""

    number = models.PositiveIntegerField(unique=True)
    credential = models.JSONField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("status list")
        verbose_name_plural = _("status lists")

    def __str__(self):
        return f"status list {self.number}"
