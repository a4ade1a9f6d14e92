"""The benchmark's data generator: the numbers asked for, and data the app could have made."""

from collections import Counter
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count, F
from django.utils import timezone

from certificates.models import Certificate
from cms.models import Profile, User
from courses.learning.progress import lessons_by_module
from courses.models import (
    Attendance,
    ComplaintFigure,
    Enrolment,
    Feedback,
    LessonCompletion,
    LessonPage,
    ModulePage,
    QuizAttempt,
    Registration,
    Target,
    WorkshopSession,
)
from demo import participation
from demo.participation import Sizes
from demo.participation.content import GENERAL_SESSIONS
from demo.participation.people import DOMAIN
from surveys.models import SurveyPeriod, SurveyResponse

pytestmark = pytest.mark.django_db

SIZES = {
    "residents": 50,
    "completions": 300,
    "sessions": 5,
    "attendances": 40,
    "survey_answers": 60,
    "modules": 3,
}


def generate(**options):
    out = StringIO()
    call_command("generate_participation_data", **{**SIZES, "seed": 1, **options}, stdout=out)
    return out.getvalue()


@pytest.fixture
def generated(make_module):
    make_module(lessons=3, quiz=True)
    make_module(lessons=2, quiz=False, requires_attendance=True)
    return generate()  # and a third module, made by the generator


@pytest.fixture
def lessons(generated):
    return {
        module_id: [lesson.pk for lesson in module_lessons]
        for module_id, module_lessons in lessons_by_module(ModulePage.objects.live()).items()
    }


def residents():
    return User.objects.filter(email__startswith="r1.warga", email__endswith=DOMAIN)


def test_the_sizes_asked_for(generated):
    assert residents().count() == 50
    assert LessonCompletion.objects.count() == 300
    assert WorkshopSession.objects.count() == 5
    assert Attendance.objects.count() == 40
    assert ModulePage.objects.live().count() == 3
    assert ModulePage.objects.filter(requires_attendance=True).count() == 1
    assert SurveyResponse.objects.count() == 60
    assert "Done in" in generated


def test_survey_answers_fall_in_half_year_periods_up_to_today(generated):
    today = timezone.localdate()
    periods = SurveyPeriod.objects.all()
    assert {(p.starts_on.day, p.starts_on.month in (1, 7)) for p in periods} == {(1, True)}
    assert periods.filter(starts_on__lte=today, ends_on__gte=today).count() == 1
    assert not SurveyResponse.objects.filter(submitted_at__gt=timezone.now() + timedelta(days=1))


def test_residents_have_complete_profiles_and_demographics_only_with_consent(generated):
    profiles = Profile.objects.filter(user__in=residents())
    assert profiles.count() == 50
    assert not profiles.filter(rw__isnull=True).exists()
    assert set(profiles.values_list("rw", flat=True)) <= set(range(1, 11))
    assert not profiles.filter(demographics_consent=False).exclude(age_band="", gender="").exists()
    assert profiles.filter(demographics_consent=True).exclude(age_band="").exists()


def test_lessons_done_belong_to_modules_the_learner_enrolled_in(lessons):
    module_of = {lesson: module for module, ids in lessons.items() for lesson in ids}
    enrolled = set(Enrolment.objects.values_list("user_id", "module_id"))
    done = list(LessonCompletion.objects.values_list("user_id", "lesson_id"))
    assert len(done) == len(set(done))
    assert {(user, module_of[lesson]) for user, lesson in done} <= enrolled


def test_completed_enrolments_have_every_lesson_passed_quizzes_and_a_certificate(lessons):
    done = set(LessonCompletion.objects.values_list("user_id", "lesson_id"))
    passed = set(QuizAttempt.objects.filter(passed=True).values_list("user_id", "lesson_id"))
    quiz_lessons = {lesson.pk for lesson in LessonPage.objects.all() if lesson.has_quiz}
    assert quiz_lessons
    assert {key for key in done if key[1] in quiz_lessons} <= passed
    completed = Enrolment.objects.filter(completed_at__isnull=False).select_related("module")
    assert completed.exists()
    for enrolment in completed:
        assert {(enrolment.user_id, pk) for pk in lessons[enrolment.module_id]} <= done
        assert enrolment.enrolled_at <= enrolment.completed_at <= timezone.now()
        if enrolment.module.requires_attendance:
            assert Attendance.objects.filter(
                user=enrolment.user_id, session__module=enrolment.module_id
            ).exists()
    module_certificates = set(
        Certificate.objects.filter(module__isnull=False).values_list("recipient_id", "module_id")
    )
    assert module_certificates == {(e.user_id, e.module_id) for e in completed}
    assert not Enrolment.objects.filter(enrolled_at__lt=F("user__date_joined")).exists()


def test_unfinished_enrolments_of_online_modules_miss_a_lesson(lessons):
    done = set(LessonCompletion.objects.values_list("user_id", "lesson_id"))
    unfinished = Enrolment.objects.filter(
        completed_at__isnull=True, module__requires_attendance=False
    )
    for enrolment in unfinished:
        assert not {(enrolment.user_id, pk) for pk in lessons[enrolment.module_id]} <= done


def test_sessions_attendance_and_registrations_fit_the_room(generated):
    now = timezone.now()
    for session in WorkshopSession.objects.annotate(
        came=Count("attendances", distinct=True)
    ).prefetch_related("registrations", "facilitators"):
        registered = [
            r for r in session.registrations.all() if r.status == Registration.Status.REGISTERED
        ]
        assert session.came <= session.capacity
        assert len(registered) <= session.capacity
        assert session.facilitators.exists()
        if session.starts_at > now:
            assert session.status in {"scheduled", "cancelled"} and session.came == 0
        elif session.status == WorkshopSession.Status.HELD:
            assert session.came > 0
        else:
            assert session.came == 0


def test_sessions_of_modules_are_training_and_others_typed_by_their_title(generated):
    sessions = WorkshopSession.objects.all()
    assert not sessions.filter(module__isnull=False).exclude(event_type="pelatihan").exists()
    types = dict(GENERAL_SESSIONS)
    for session in sessions.filter(module__isnull=True):
        assert session.event_type == types[session.title]


def test_sessions_without_a_module_take_the_titles_in_turn_so_every_type_is_there(make_module):
    make_module(lessons=2, quiz=False)
    generate(sessions=60, attendances=0, modules=1)
    titles = Counter(WorkshopSession.objects.filter(module__isnull=True).values_list("title"))
    uses = [titles[(title,)] for title, _type in GENERAL_SESSIONS]
    assert max(uses) - min(uses) <= 1 and min(uses) >= 1


def test_complaint_figures_for_each_whole_month_and_a_target_for_each_year(generated):
    today = timezone.localdate()
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    months = sorted(set(ComplaintFigure.objects.values_list("month", flat=True)))
    assert ComplaintFigure.objects.count() == len(months) * len(ComplaintFigure.Channel)
    assert len(months) in (23, 24) and months[-1] == last_month
    assert all(month.day == 1 for month in months)
    targets = Target.objects.order_by("start")
    assert [target.start.year for target in targets] == list(range(today.year - 2, today.year + 1))
    assert all(target.residents_reached and target.sessions_held for target in targets)


def test_a_labelled_data_set_is_made_once_and_is_no_numbered_run(make_module):
    make_module(lessons=2, quiz=False)
    sizes = Sizes(residents=10, completions=20, sessions=2, attendances=5, modules=1)
    participation.generate(sizes, label="demo", log=lambda _line: None)
    with pytest.raises(participation.AlreadyGenerated):
        participation.generate(sizes, label="demo", force=True, log=lambda _line: None)
    assert User.objects.filter(email__startswith="demo.warga").count() == 10
    generate()
    assert residents().count() == 50


def test_walk_ins_have_a_name_and_an_rw_and_residents_had_an_account(generated):
    walk_ins = Attendance.objects.filter(user__isnull=True)
    assert walk_ins.exists()
    assert not walk_ins.filter(walk_in_name="").exists()
    assert set(walk_ins.values_list("walk_in_rw", flat=True)) <= set(range(1, 11))
    assert not Attendance.objects.filter(
        user__isnull=False, checked_in_at__lt=F("user__date_joined")
    ).exists()


def test_attendance_certificates_belong_to_the_attendance(generated):
    certificates = Certificate.objects.filter(attendance__isnull=False)
    assert not certificates.exclude(session=F("attendance__session")).exists()
    assert not certificates.filter(module__isnull=False).exists()
    for certificate in certificates.select_related("attendance__user__profile"):
        assert certificate.recipient_id == certificate.attendance.user_id
        assert certificate.recipient_name == certificate.attendance.display_name


def test_feedback_comes_from_people_who_finished_or_came(generated):
    completed = set(
        Enrolment.objects.filter(completed_at__isnull=False).values_list("user_id", "module_id")
    )
    came = set(Attendance.objects.values_list("user_id", "session_id"))
    assert Feedback.objects.exists()
    for feedback in Feedback.objects.all():
        if feedback.module_id:
            assert (feedback.user_id, feedback.module_id) in completed
        else:
            assert (feedback.user_id, feedback.session_id) in came
        assert feedback.skipped == (feedback.satisfaction is None)
        assert feedback.comment or not feedback.share_comment


def test_refuses_a_second_data_set_unless_forced_or_reused(generated):
    with pytest.raises(CommandError, match="--force"):
        generate()
    assert "reusing it" in generate(reuse=True)
    assert residents().count() == 50

    generate(force=True, sessions=1, attendances=0)
    assert User.objects.filter(email__startswith="r2.warga").count() == 50
    assert LessonCompletion.objects.count() == 600


def test_needs_a_module_catalogue(db):
    with pytest.raises(CommandError, match="load_demo"):
        generate()


def test_rejects_negative_sizes(db):
    with pytest.raises(CommandError, match="negative"):
        generate(residents=-1)
