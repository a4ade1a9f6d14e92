"""Survey periods of the SKM, the number of people each service served in a period (for the
minimum sample), and the answers: typed by residents on their phone or by staff from paper.
An answer names no person; the respondent's details are kept only with their consent."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from .skm import ELEMENTS, AgeGroup, Education, Occupation, Sex


class SurveyPeriod(ClusterableModel):
    name = models.CharField(
        _("name"), max_length=100, help_text=_("For example “SKM 2026 Semester II”.")
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))

    class Meta:
        verbose_name = _("survey period")
        verbose_name_plural = _("survey periods")
        ordering = ["-starts_on", "-pk"]
        permissions = [
            ("view_survey_results", _("Can read the results of the satisfaction survey (SKM)"))
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="survey_period_ends_after"
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot be before the first day.")})

    def is_open(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.starts_on <= today <= self.ends_on


class ServicePopulation(models.Model):
    """How many people a service served in the period: what the minimum sample depends on."""

    period = ParentalKey(SurveyPeriod, on_delete=models.CASCADE, related_name="populations")
    service_area = models.ForeignKey(
        "cms.ServiceArea",
        verbose_name=_("service"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Leave empty for the Akademi Warga training programme."),
    )
    people_served = models.PositiveIntegerField(
        _("people served"),
        validators=[MinValueValidator(1)],
        help_text=_("About how many people used this service in the period."),
    )

    class Meta:
        verbose_name = _("people served")
        verbose_name_plural = _("people served")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "service_area"], name="one_population_per_service"
            ),
            models.UniqueConstraint(
                fields=["period"],
                condition=Q(service_area=None),
                name="one_population_for_training",
            ),
        ]

    def __str__(self):
        return f"{self.period}: {self.people_served}"


def _answer_field(element):
    return models.PositiveSmallIntegerField(
        element.code, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )


class SurveyResponse(models.Model):
    class Channel(models.TextChoices):
        ONLINE = "online", _("Online")
        PAPER = "paper", _("Paper questionnaire")

    period = models.ForeignKey(SurveyPeriod, on_delete=models.PROTECT, related_name="responses")
    service_area = models.ForeignKey(
        "cms.ServiceArea", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )  # None: the training programme
    channel = models.CharField(max_length=10, choices=Channel)
    submitted_at = models.DateTimeField(default=timezone.now)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # A hash of the device's random cookie, the period and the service: one answer per device.
    device_key = models.CharField(max_length=64, blank=True, editable=False)
    details_consent = models.BooleanField(default=False)
    age_group = models.CharField(_("age"), max_length=10, choices=AgeGroup, blank=True)
    sex = models.CharField(_("sex"), max_length=10, choices=Sex, blank=True)
    education = models.CharField(
        _("highest education"), max_length=10, choices=Education, blank=True
    )
    occupation = models.CharField(
        _("main occupation"), max_length=10, choices=Occupation, blank=True
    )
    u1 = _answer_field(ELEMENTS[0])
    u2 = _answer_field(ELEMENTS[1])
    u3 = _answer_field(ELEMENTS[2])
    u4 = _answer_field(ELEMENTS[3])
    u5 = _answer_field(ELEMENTS[4])
    u6 = _answer_field(ELEMENTS[5])
    u7 = _answer_field(ELEMENTS[6])
    u8 = _answer_field(ELEMENTS[7])
    u9 = _answer_field(ELEMENTS[8])

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        permissions = [("enter_paper_response", _("Can type in paper SKM questionnaires"))]
        indexes = [models.Index(fields=["period", "service_area"], name="survey_resp_service")]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "device_key"],
                condition=~Q(device_key=""),
                name="one_answer_per_device",
            ),
            models.CheckConstraint(
                condition=Q(details_consent=True)
                | Q(age_group="", sex="", education="", occupation=""),
                name="survey_details_need_consent",
            ),
            *(
                models.CheckConstraint(
                    condition=Q(**{f"{element.field}__gte": 1, f"{element.field}__lte": 4}),
                    name=f"survey_{element.field}_on_scale",
                )
                for element in ELEMENTS
            ),
        ]

    def __str__(self):
        return f"{self.period} #{self.pk}"
