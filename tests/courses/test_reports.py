"""The participation report's numbers, on a small data set where every number is known."""

from datetime import date, datetime
from types import SimpleNamespace

import pytest
from django.utils import translation

from certificates import services as certificates
from cms.models import Profile
from courses.models import Attendance, Enrolment, Feedback, Registration, Topic, WorkshopSession
from courses.reports.filters import JAKARTA
from courses.reports.report import SUPPRESSION_THRESHOLD, ReportFilters, build_report

from ..factories import ProfileFactory, WorkshopSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


MARCH = ReportFilters(start=date(2025, 3, 1), end=date(2025, 3, 31))


def at(day: str, hour: int = 10) -> datetime:
    """A moment in Jakarta: at("2025-03-10", 9)."""
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), JAKARTA).replace(
        hour=hour
    )


def person(rw=5, age_band="", gender="", **fields):
    consent = bool(age_band or gender)
    return ProfileFactory(
        rw=rw, demographics_consent=consent, age_band=age_band, gender=gender, **fields
    ).user


def enrol(user, module, on: str, completed: str | None = None) -> Enrolment:
    enrolment = Enrolment.objects.create(user=user, module=module)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        enrolled_at=at(on), completed_at=completed and at(completed)
    )
    return enrolment


def session(module=None, on="2025-03-10", hour=10, status=WorkshopSession.Status.HELD, **fields):
    starts_at = at(on, hour)
    return WorkshopSessionFactory(module=module, starts_at=starts_at, status=status, **fields)


def attend(session, user=None, *, name="", rw=None, registration=None) -> Attendance:
    if registration:
        Registration.objects.create(session=session, user=user, status=registration)
    return Attendance.objects.create(
        session=session, user=user, walk_in_name=name, walk_in_rw=rw, method="facilitator"
    )


def certificate_for(on: str, *, user=None, module=None, attendance=None):
    if attendance is not None:
        certificate = certificates.issue_for_attendance(attendance)
    else:
        certificate = certificates.issue_for_completion(user, module)
    type(certificate).objects.filter(pk=certificate.pk).update(issued_at=at(on))
    return certificate


def feedback(user, on: str, ratings=(4, 4, 4), skipped=False, **fields) -> Feedback:
    satisfaction, usefulness, clarity = (None, None, None) if skipped else ratings
    item = Feedback.objects.create(
        user=user,
        skipped=skipped,
        satisfaction=satisfaction,
        usefulness=usefulness,
        clarity=clarity,
        **fields,
    )
    Feedback.objects.filter(pk=item.pk).update(submitted_at=at(on))
    return item


def build_march(make_module, official):
    """Two modules, five residents, four sessions (one cancelled, one in April by Jakarta time
    though still March in UTC) and walk-ins; see each test for what should count."""
    advokasi = Topic.objects.get(slug="advokasi", locale__language_code="id")
    a = make_module(lessons=1, quiz=False, title="Anggaran Desa")
    b = make_module(lessons=1, quiz=False, title="Advokasi Warga", topic=advokasi)
    r1 = person(rw=1, age_band=Profile.AgeBand.FROM_25, gender=Profile.Gender.FEMALE)
    r2, r4, r5 = person(rw=1), person(rw=2), person(rw=1)
    r3 = person(rw=2, age_band=Profile.AgeBand.FROM_35, gender=Profile.Gender.MALE)
    enrol(r1, a, "2025-03-05", completed="2025-03-20")
    enrol(r2, a, "2025-03-06")
    enrol(r3, b, "2025-02-10", completed="2025-03-02")
    enrol(r5, a, "2025-04-02")
    s1 = session(a, "2025-03-10")
    s2 = session(None, "2025-03-31", hour=19)
    s3 = session(a, "2025-04-01", hour=6)  # 2025-03-31 23:00 UTC
    session(b, "2025-03-15", status=WorkshopSession.Status.CANCELLED)
    session(b, "2025-03-20", status=WorkshopSession.Status.SCHEDULED)
    attend(s1, r1, registration=Registration.Status.REGISTERED)
    r4_at_s1 = attend(s1, r4)
    budi = attend(s1, name="Budi Santoso", rw=3)
    attend(s2, name="budi santoso", rw=3)
    attend(s2, name="Budi Santoso", rw=4)
    attend(s2, r2, registration=Registration.Status.CANCELLED)
    attend(s3, r5, registration=Registration.Status.REGISTERED)
    certificate_for("2025-03-20", user=r1, module=a)
    certificate_for("2025-03-02", user=r3, module=b)
    certificate_for("2025-03-10", attendance=budi)
    certificate_for("2025-04-02", user=r5, module=a)
    revoked = certificate_for("2025-03-10", attendance=r4_at_s1)
    certificates.revoke(revoked, reason="Salah orang", by=official)
    feedback(r1, "2025-03-21", (5, 4, 3), module=a)
    feedback(r3, "2025-03-03", (3, 4, 5), module=b)
    feedback(r1, "2025-03-11", (4, 4, 4), session=s1)
    feedback(r4, "2025-03-11", skipped=True, session=s1)
    return SimpleNamespace(a=a, b=b, s1=s1, s2=s2, s3=s3, topic=advokasi)


def numbers(report) -> dict:
    return {
        "residents": report.residents_reached,
        "walk_ins": report.walk_ins_reached,
        "enrolments": report.enrolments,
        "completions": report.completions,
        "sessions": report.sessions_held,
        "registered": report.attendance_registered,
        "walked_in": report.attendance_walk_in,
        "certificates": report.certificates,
    }


def table(rows) -> dict:
    return {row.label: (row.reached.value, row.completions.value) for row in rows}


def test_every_number_for_a_month(march):
    report = build_report(MARCH)
    assert numbers(report) == {
        "residents": 3,  # r1, r2 enrolled; r4 came to a session; r2 came too
        "walk_ins": 2,  # Budi of RW 3 twice (any case), Budi of RW 4
        "enrolments": 2,
        "completions": 2,  # r3 enrolled in February
        "sessions": 2,  # not the one at 06:00 on 1 April in Jakarta, nor the cancelled one
        "registered": 1,
        "walked_in": 5,  # a cancelled registration is a walk-in
        "certificates": 3,  # not April's, not the revoked one
    }
    assert report.people_reached == 5
    assert report.completion_rate == 0.5
    assert report.satisfaction.answers == 3  # skipped feedback is not an answer
    assert report.satisfaction.hidden


def test_monthly_trend_fills_quiet_months(march):
    report = build_report(ReportFilters())
    assert [
        (row.month, row.enrolments, row.completions, row.attendance) for row in report.months
    ] == [
        (date(2025, 2, 1), 1, 0, 0),
        (date(2025, 3, 1), 2, 2, 6),
        (date(2025, 4, 1), 1, 0, 1),
    ]


def test_no_period_counts_everything(march):
    report = build_report(ReportFilters())
    assert (report.residents_reached, report.enrolments, report.sessions_held) == (5, 4, 3)


def test_period_follows_jakarta_days(march):
    report = build_report(ReportFilters(start=date(2025, 4, 1), end=date(2025, 4, 1)))
    assert (report.sessions_held, report.attendance_registered) == (1, 1)
    assert report.enrolments == 0


def test_breakdowns_by_rw_age_band_and_gender(march):
    report = build_report(MARCH)
    by_rw = table(report.by_rw)
    assert by_rw["RW 01"] == (2, 1)
    assert by_rw["RW 02"] == (1, 1)
    assert by_rw["RW 03"] == (1, 0) and by_rw["RW 04"] == (1, 0)
    assert by_rw["RW 10"] == (0, 0)  # every RW of the kelurahan is listed
    assert "RW not given" not in by_rw
    assert table(report.by_age_band)["25–34"] == (1, 1)
    assert table(report.by_age_band)["35–44"] == (0, 1)
    assert table(report.by_age_band)["Not shared"] == (4, 0)
    assert table(report.by_gender) == {"Female": (1, 1), "Male": (0, 1), "Not shared": (4, 0)}


def test_breakdown_by_module(march):
    rows = build_report(MARCH).by_module
    assert table(rows) == {
        "Advokasi Warga": (0, 1),
        "Anggaran Desa": (4, 1),  # r1, r2 enrolled; r4 and Budi came to its session
        "Sessions without a module": (3, 0),
    }
    assert rows[1].module_id == march.a.pk and rows[2].module_id is None


def test_recent_sessions_with_attendance(march):
    rows = build_report(MARCH).sessions
    assert [(row.pk, row.attendance.value) for row in rows] == [(march.s2.pk, 3), (march.s1.pk, 3)]


def test_module_filter(march):
    report = build_report(ReportFilters(start=MARCH.start, end=MARCH.end, module_id=march.a.pk))
    assert numbers(report) == {
        "residents": 3,
        "walk_ins": 1,
        "enrolments": 2,
        "completions": 1,
        "sessions": 1,
        "registered": 1,
        "walked_in": 2,
        "certificates": 2,
    }
    assert report.satisfaction.answers == 2


def test_topic_filter_matches_the_topic_in_every_language(march):
    english = Topic.objects.get(
        translation_key=march.topic.translation_key, locale__language_code="en"
    )
    for topic in (march.topic, english):
        report = build_report(ReportFilters(start=MARCH.start, end=MARCH.end, topic_id=topic.pk))
        assert (report.enrolments, report.completions, report.sessions_held) == (0, 1, 0)
        assert report.certificates == 1


@pytest.mark.parametrize(
    ("rw", "expected"),
    [
        (1, {"residents": 2, "walk_ins": 0, "enrolments": 2, "completions": 1, "sessions": 2,
             "registered": 1, "walked_in": 1, "certificates": 1}),
        (3, {"residents": 0, "walk_ins": 1, "enrolments": 0, "completions": 0, "sessions": 2,
             "registered": 0, "walked_in": 2, "certificates": 1}),
    ],
)  # fmt: skip
def test_rw_filter_counts_residents_by_profile_and_walk_ins_as_recorded(march, rw, expected):
    report = build_report(ReportFilters(start=MARCH.start, end=MARCH.end, rw=rw))
    assert numbers(report) == expected
    assert [row.label for row in report.by_rw] == [f"RW {rw:02d}"]


def test_online_filter(march):
    report = build_report(ReportFilters(start=MARCH.start, end=MARCH.end, kind="online"))
    assert numbers(report) == {
        "residents": 2,
        "walk_ins": 0,
        "enrolments": 2,
        "completions": 2,
        "sessions": 0,
        "registered": 0,
        "walked_in": 0,
        "certificates": 2,
    }
    assert report.satisfaction.answers == 2


def test_in_person_filter(march):
    report = build_report(ReportFilters(start=MARCH.start, end=MARCH.end, kind="in_person"))
    assert numbers(report) == {
        "residents": 3,
        "walk_ins": 2,
        "enrolments": 0,
        "completions": 0,
        "sessions": 2,
        "registered": 1,
        "walked_in": 5,
        "certificates": 1,
    }
    assert table(report.by_module)["Anggaran Desa"] == (3, 0)
    assert report.satisfaction.answers == 1


def test_average_ratings_need_five_answers(make_module):
    module = make_module(lessons=1, quiz=False)
    for number in range(SUPPRESSION_THRESHOLD - 1):
        feedback(person(), "2025-03-03", (5, 4, 2 + number % 2), module=module)
    assert build_report(MARCH).satisfaction.hidden
    feedback(person(), "2025-03-04", (3, 4, 3), module=module)
    report = build_report(MARCH)
    assert not report.satisfaction.hidden
    assert (report.satisfaction.value, report.usefulness.value) == (4.6, 4.0)
    assert report.clarity.value == pytest.approx(2.6)


def test_empty_report(home_page):
    report = build_report(ReportFilters())
    assert report.people_reached == 0 and report.months == []
    assert report.completion_rate is None and report.satisfaction.value is None
