from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class KelurahanSettings(BaseSiteSetting):
    kelurahan_name = models.CharField(
        _("kelurahan name"), max_length=120, default="Kelurahan Tanjung Barat"
    )
    region = models.CharField(
        _("district and city"),
        max_length=160,
        blank=True,
        default="Kecamatan Jagakarsa, Jakarta Selatan",
    )
    address = models.TextField(_("office address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.CharField(
        _("office hours"),
        max_length=160,
        blank=True,
        help_text=_("In Bahasa Indonesia, for example: Senin–Jumat 08.00–16.00"),
    )
    office_hours_en = models.CharField(
        _("office hours in English"),
        max_length=160,
        blank=True,
        help_text=_(
            "Shown on the English pages, for example: Monday–Friday 8:00–16:00. "
            "Left empty, they show the Indonesian text."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rw_count = models.PositiveSmallIntegerField(
        _("number of RWs"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(99)],
        help_text=_("Residents choose their RW from 1 up to this number."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("kelurahan_name"),
                FieldPanel("region"),
                FieldPanel("logo"),
                FieldPanel("rw_count"),
            ],
            heading=_("Kelurahan"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("office_hours"),
                FieldPanel("office_hours_en"),
            ],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("kelurahan settings")

    @property
    def localized_office_hours(self) -> str:
        """The office hours in the reader's language, when the kelurahan wrote them in it."""
        if get_language() == "en" and self.office_hours_en:
            return self.office_hours_en
        return self.office_hours
