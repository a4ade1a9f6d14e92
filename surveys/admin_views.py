"""The SKM in the Wagtail admin: results for officials and coordinators, typing in paper
questionnaires, and the survey's links and printable posters for the service counters."""

import csv

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from cms.pdf import public_url, qr_svg
from cms.suppression import THRESHOLD

from . import services
from .forms import PaperSurveyForm
from .models import SurveyPeriod
from .results import period_results, respondent_profile
from .skm import CATEGORIES, ELEMENTS, REGULATION

RESULTS = "surveys.view_survey_results"
PAPER = "surveys.enter_paper_response"


def _check(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _context(title: str, icon: str = "table", **extra) -> dict:
    return {"page_title": title, "header_title": title, "header_icon": icon, **extra}


class PeriodChoiceForm(forms.Form):
    period = forms.ModelChoiceField(
        label=gettext_lazy("Survey period"), queryset=SurveyPeriod.objects.all(), required=False
    )


def _chosen_period(request) -> tuple[PeriodChoiceForm, SurveyPeriod | None]:
    """The period asked for, else the latest one that has started, else the latest one."""
    form = PeriodChoiceForm(request.GET)
    chosen = form.cleaned_data["period"] if form.is_valid() else None
    if chosen is None:
        started = SurveyPeriod.objects.filter(starts_on__lte=timezone.localdate())
        chosen = started.first() or SurveyPeriod.objects.first()
        form = PeriodChoiceForm(initial={"period": chosen})
    return form, chosen


@require_GET
def results(request):
    _check(request, RESULTS)
    form, period = _chosen_period(request)
    context = _context(
        _("Satisfaction survey (SKM) results"),
        form=form,
        results=period_results(period) if period else None,
        profile=respondent_profile(period) if period else [],
        categories=CATEGORIES,
        regulation=REGULATION,
        threshold=THRESHOLD,
    )
    return render(request, "surveys/admin/results.html", context)


@require_GET
def results_csv(request, period_id: int):
    """The aggregate table as CSV: the same suppressed figures as the screen, nothing per person."""
    _check(request, RESULTS)
    period = get_object_or_404(SurveyPeriod, pk=period_id)
    found = period_results(period)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"skm-{slugify(period.name) or period.pk}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Service"),
            _("Respondents"),
            *(f"{element.code} {element.name}" for element in ELEMENTS),
            _("IKM (25–100)"),
            _("Quality category"),
            _("People served"),
            _("Minimum sample (Krejcie and Morgan)"),
        ]
    )
    for row in [*found.services, found.overall]:
        writer.writerow(_csv_row(row))
    return response


def _csv_row(row) -> list:
    hidden = [""] * len(ELEMENTS)
    respondents = _("hidden") if row.withheld else row.respondents.shown
    averages = [number_format(a, 2) for a in row.averages] if row.shown else hidden
    index = number_format(row.index.converted, 2) if row.index else ""
    category = f"{row.index.category.letter} {row.index.category.name}" if row.index else ""
    return [
        row.service.name,
        respondents,
        *averages,
        index,
        category,
        row.people_served or "",
        row.minimum_sample or "",
    ]


@require_http_methods(["GET", "POST"])
def paper_entry(request):
    _check(request, PAPER)
    periods = SurveyPeriod.objects.filter(starts_on__lte=timezone.localdate())
    data = request.POST if request.method == "POST" else None
    initial = {"period": periods.first(), "service": request.GET.get("service", "")}
    form = PaperSurveyForm(data, periods=periods, initial=initial)
    if data is not None and form.is_valid():
        period, service = form.cleaned_data["period"], form.cleaned_data["service"]
        try:
            services.record_paper_answer(
                period, service, form.answers(), form.details(), request.user
            )
        except services.PeriodClosed:
            form.add_error("period", _("This period has not started yet."))
        else:
            messages.success(
                request,
                _("Saved: a questionnaire for %(service)s in %(period)s. Type in the next one.")
                % {"service": service.name, "period": period.name},
            )
            query = f"?service={service.key}"
            return redirect(reverse("surveys_paper") + query)
    context = _context(_("Paper SKM questionnaires"), icon="doc-full", form=form, periods=periods)
    return render(request, "surveys/admin/paper.html", context)


@require_GET
def links(request):
    """The open and coming periods, with each service's address and poster."""
    _check(request, PAPER)
    periods = SurveyPeriod.objects.filter(ends_on__gte=timezone.localdate()).order_by("starts_on")
    context = _context(
        _("SKM links and posters"),
        icon="link",
        periods=list(periods),
        services=services.surveyed_services(),
    )
    return render(request, "surveys/admin/links.html", context)


@require_GET
def poster(request, period_id: int, service: str):
    """An A4 page to print for the service counter: the QR code of the survey's address."""
    _check(request, PAPER)
    period = get_object_or_404(SurveyPeriod, pk=period_id)
    found = services.find_service(service)
    if found is None:
        raise Http404
    url = public_url(reverse("surveys:answer", args=[period.pk, found.key]))
    context = {
        "period": period,
        "service": found,
        "url": url,
        "qr_svg": mark_safe(qr_svg(url)),  # noqa: S308 - segno's own markup
    }
    return render(request, "surveys/admin/poster.html", context)
