"""Learning statistics in the Wagtail admin: the modules one may see, and a module's statistics
with a CSV download, for a period of enrolment."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cms.suppression import COMPLEMENT_MARK, THRESHOLD
from courses.learning.models import ModulePage

from .filters import ReportFilters
from .learning_statistics import module_statistics
from .statistics_access import may_see_statistics, statistics_modules
from .statistics_csv import statistics_rows


def _context(title: str, **extra) -> dict:
    return {"page_title": title, "header_title": title, "header_icon": "table", **extra}


def index(request):
    if not request.user.has_perm("courses.view_learning_statistics"):
        raise PermissionDenied
    context = _context(_("Learning statistics"), modules=statistics_modules(request.user))
    return render(request, "courses/reports/statistics_index.html", context)


def _statistics(request, module_id: int):
    module = get_object_or_404(ModulePage, pk=module_id)
    if not may_see_statistics(request.user, module):
        raise PermissionDenied
    filters, errors = ReportFilters.from_query(request.GET)
    return module_statistics(module, filters.start_at, filters.end_at), filters, errors


def module(request, module_id: int):
    statistics, filters, errors = _statistics(request, module_id)
    context = _context(
        _("Learning statistics: %(module)s") % {"module": statistics.module.title},
        statistics=statistics,
        filters=filters,
        errors=errors,
        threshold=THRESHOLD,
        complement_mark=COMPLEMENT_MARK,
    )
    return render(request, "courses/reports/statistics_module.html", context)


def module_csv(request, module_id: int):
    statistics, _filters, _errors = _statistics(request, module_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = slugify(statistics.module.title) or "module"
    response["Content-Disposition"] = f'attachment; filename="statistics-{name}.csv"'
    csv.writer(response).writerows(statistics_rows(statistics))
    return response
