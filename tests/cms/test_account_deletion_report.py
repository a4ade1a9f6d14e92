"""Deleting accounts leaves every number of the participation report as it was: the people still
took part; only who they were is gone."""

from dataclasses import replace

import pytest
from django.utils import translation

from cms import data_rights
from cms.models import Profile
from courses.reports.participants import participants
from courses.reports.report import ReportFilters, build_report
from courses.reports.scope import Scope

from ..courses.test_reports import MARCH, build_march, numbers, table

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def snapshot(filters: ReportFilters) -> dict:
    report = build_report(filters)
    return {
        **numbers(report),
        "completion_rate": report.completion_rate,
        "ratings": [(a.value, a.answers) for a in (report.satisfaction, report.usefulness)],
        "clarity": (report.clarity.value, report.clarity.answers),
        "months": report.months,
        "by_rw": table(report.by_rw),
        "by_module": table(report.by_module),
        "sessions": [(row.title, row.attendance.value) for row in report.sessions],
        "people_by_age_band": sum(row.reached.value for row in report.by_age_band),
        "people_by_gender": sum(row.reached.value for row in report.by_gender),
        "participant_rows": participants(Scope(filters)).count(),
    }


def test_the_report_is_the_same_before_and_after_deleting_accounts(make_module, official):
    march = build_march(make_module, official)
    # r1 has everything (a completion, a registered attendance, a certificate, two ratings,
    # age band and gender); r4 came unregistered, skipped feedback, had a revoked certificate.
    r1 = Profile.objects.get(age_band=Profile.AgeBand.FROM_25).user
    r4 = Profile.objects.get(rw=2, age_band="").user
    views = [
        MARCH,
        ReportFilters(),
        replace(MARCH, rw=1),
        replace(MARCH, module_id=march.a.pk),
    ]
    before = [snapshot(filters) for filters in views]

    data_rights.delete_account(r1)
    data_rights.delete_account(r4)

    assert [snapshot(filters) for filters in views] == before
    assert (before[0]["residents"], before[0]["certificates"]) == (3, 3)


def test_the_deleted_persons_age_band_and_gender_move_to_not_shared(make_module, official):
    build_march(make_module, official)
    r1 = Profile.objects.get(age_band=Profile.AgeBand.FROM_25).user
    data_rights.delete_account(r1)
    by_age_band = table(build_report(MARCH).by_age_band)
    assert by_age_band["25–34"] == (0, 0)
    assert by_age_band["Not shared"][0] == 5  # r1, r2, r4 and two walk-ins
