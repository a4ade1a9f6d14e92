"""The rules of the SKM: which services are surveyed, which periods are open, and recording an
answer (one per device per service and period, all or nothing)."""

import hashlib
import hmac
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.models import ServiceArea

from .models import SurveyPeriod, SurveyResponse
from .skm import ELEMENT_FIELDS, RESPONDENT_DETAILS

TRAINING_KEY = "pelatihan"
AREA_PREFIX = "layanan-"


class AlreadyAnswered(Exception):
    """This device has answered for this service in this period."""


class PeriodClosed(Exception):
    """Residents answer only while the period runs (staff may type in paper answers later)."""


@dataclass(frozen=True)
class Service:
    """A surveyed service: a service area of the guides, or the training programme (area None)."""

    area_id: int | None
    name: str
    slug: str = ""

    @property
    def key(self) -> str:
        """The service's part of the survey's address."""
        return f"{AREA_PREFIX}{self.slug}" if self.area_id else TRAINING_KEY


def training_programme() -> Service:
    return Service(None, str(_("Akademi Warga training programme")))


def surveyed_services() -> list[Service]:
    """The training programme, then the service areas of the guides (in the site's default
    language, which the answers refer to), by name."""
    areas = ServiceArea.objects.filter(locale=Locale.get_default()).order_by("name")
    return [training_programme()] + [Service(a.pk, a.name, a.slug) for a in areas]


def find_service(key: str) -> Service | None:
    if key == TRAINING_KEY:
        return training_programme()
    if not key.startswith(AREA_PREFIX):
        return None
    slug = key.removeprefix(AREA_PREFIX)
    area = ServiceArea.objects.filter(locale=Locale.get_default(), slug=slug).first()
    return Service(area.pk, area.name, area.slug) if area else None


def open_periods(today=None):
    today = today or timezone.localdate()
    return SurveyPeriod.objects.filter(starts_on__lte=today, ends_on__gte=today)


def device_key(device_token: str, period: SurveyPeriod, service: Service) -> str:
    """What is stored of the device's random cookie: a keyed hash, different for every period
    and service, so the stored value cannot be tied back to the cookie or across services."""
    message = f"{device_token}:{period.pk}:{service.key}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def has_answered(device_token: str, period: SurveyPeriod, service: Service) -> bool:
    key = device_key(device_token, period, service)
    return SurveyResponse.objects.filter(period=period, device_key=key).exists()


def record_online_answer(
    period: SurveyPeriod, service: Service, answers: dict, details: dict, device_token: str
) -> SurveyResponse:
    """A resident's answer from the survey page. Raises PeriodClosed, AlreadyAnswered."""
    if not period.is_open():
        raise PeriodClosed
    return _record(
        period,
        service,
        answers,
        details,
        channel=SurveyResponse.Channel.ONLINE,
        device_key=device_key(device_token, period, service),
    )


def record_paper_answer(
    period: SurveyPeriod, service: Service, answers: dict, details: dict, entered_by
) -> SurveyResponse:
    """A paper questionnaire typed in by staff: any period that has started."""
    if period.starts_on > timezone.localdate():
        raise PeriodClosed
    return _record(
        period,
        service,
        answers,
        details,
        channel=SurveyResponse.Channel.PAPER,
        entered_by=entered_by,
    )


def _record(period, service, answers: dict, details: dict, **fields) -> SurveyResponse:
    """`answers`: 1–4 for every element; `details`: the respondent's details, kept only with
    `details["consent"]`."""
    consent = bool(details.get("consent"))
    kept = {name: (details.get(name) or "") if consent else "" for name in RESPONDENT_DETAILS}
    response = SurveyResponse(
        period=period,
        service_area_id=service.area_id,
        details_consent=consent and any(kept.values()),
        **{name: answers[name] for name in ELEMENT_FIELDS},
        **kept,
        **fields,
    )
    # Answers on 1–4 and known details; the keys are the caller's own objects.
    response.clean_fields(exclude=["period", "service_area", "entered_by"])
    try:
        with transaction.atomic():
            response.save()
    except IntegrityError as error:
        # Two taps of "send", or two tabs: the unique key lets one through.
        if fields.get("device_key"):
            raise AlreadyAnswered from error
        raise
    return response
