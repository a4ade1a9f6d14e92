"""The public SKM pages: the list of open surveys and the questionnaire, answered without an
account. The questionnaire's address (and the poster's QR code) names the period and service."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from cms.ratelimit import allow

from . import services
from .device import device_token, remember_device
from .forms import SurveyForm
from .models import SurveyPeriod

# Per client address: a counter's Wi-Fi puts many residents behind one address.
ANSWERS_PER_HOUR = 60


@require_GET
def survey_index(request):
    periods = list(services.open_periods())
    context = {"periods": periods, "services": services.surveyed_services() if periods else []}
    return render(request, "surveys/index.html", context)


@never_cache  # what it shows depends on the device's cookie
@require_http_methods(["GET", "POST"])
def answer(request, period_id: int, service: str):
    period = get_object_or_404(SurveyPeriod, pk=period_id)
    found = services.find_service(service)
    if found is None:
        raise Http404
    context = {"period": period, "service": found}
    if not period.is_open():
        return render(request, "surveys/closed.html", context)
    token = device_token(request)
    if token and services.has_answered(token, period, found):
        return render(request, "surveys/answered.html", context)
    form = SurveyForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not allow(
            request, "skm-answer", limit=ANSWERS_PER_HOUR, period=3600, if_cache_down=True
        ):
            return render(request, "surveys/limited.html", context, status=429)
        if form.is_valid() and token is None:
            form.add_error(
                None,
                _(
                    "Your browser did not keep this page's cookie, which lets each phone answer "
                    "once. Allow cookies for this site and press “Send my answers” again."
                ),
            )
        elif form.is_valid():
            try:
                services.record_online_answer(period, found, form.answers(), form.details(), token)
            except services.AlreadyAnswered:
                pass  # a second tap of "send": the first answer counts
            except services.PeriodClosed:
                return render(request, "surveys/closed.html", context)
            return redirect(request.path)
    response = render(request, "surveys/answer.html", {**context, "form": form})
    if token is None:
        remember_device(response)
    return response
