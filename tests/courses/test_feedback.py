"""The survey after a module or a session: once, optional, editable for a week."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from courses.learning import services as learning
from courses.models import Feedback
from courses.workshops import feedback
from courses.workshops import services as sessions

from ..factories import WorkshopSessionFactory
from ..helpers import lessons_of

pytestmark = pytest.mark.django_db

GOOD = feedback.Ratings(satisfaction=5, usefulness=4, clarity=3, comment="Sangat membantu")


@pytest.fixture
def completed(make_module, resident):
    module = make_module(lessons=1, quiz=False)
    learning.complete_lesson(resident, module, lessons_of(module)[0])
    return module


def test_a_completed_module_asks_for_feedback_until_answered(completed, resident):
    assert feedback.pending_feedback(resident)["modules"] == [completed]

    saved = feedback.give_feedback(resident, GOOD, module=completed)

    assert (saved.satisfaction, saved.usefulness, saved.clarity) == (5, 4, 3)
    assert feedback.pending_feedback(resident)["modules"] == []


def test_skipping_is_remembered_and_answers_can_follow_within_the_week(completed, resident):
    skipped = feedback.skip_feedback(resident, module=completed)
    assert skipped.skipped and skipped.satisfaction is None
    assert feedback.pending_feedback(resident)["modules"] == []

    answered = feedback.give_feedback(resident, GOOD, module=completed)

    assert answered.pk == skipped.pk and not answered.skipped
    assert feedback.skip_feedback(resident, module=completed).satisfaction == 5


def test_feedback_is_editable_for_a_week_then_fixed(completed, resident):
    feedback.give_feedback(resident, GOOD, module=completed)
    edited = feedback.give_feedback(
        resident, feedback.Ratings(satisfaction=2, usefulness=2, clarity=2), module=completed
    )
    assert edited.satisfaction == 2 and edited.comment == ""
    Feedback.objects.update(submitted_at=timezone.now() - timedelta(days=8))

    with pytest.raises(feedback.FeedbackClosed):
        feedback.give_feedback(resident, GOOD, module=completed)
    assert Feedback.objects.get().satisfaction == 2


def test_only_those_who_completed_or_attended_are_asked(module, resident):
    with pytest.raises(feedback.NotEligible):
        feedback.give_feedback(resident, GOOD, module=module)
    with pytest.raises(feedback.NotEligible):
        feedback.skip_feedback(resident, session=WorkshopSessionFactory())
    assert not Feedback.objects.exists()


def test_attending_a_session_asks_about_the_session(resident):
    session = WorkshopSessionFactory(in_progress=True)
    sessions.check_in(session, resident, method="self")
    assert feedback.pending_feedback(resident)["sessions"] == [session]

    feedback.give_feedback(resident, GOOD, session=session)
    assert feedback.pending_feedback(resident)["sessions"] == []


def test_a_comment_is_shared_with_officials_only_if_there_is_one_and_the_resident_agreed(
    completed, resident
):
    silent = feedback.Ratings(satisfaction=4, usefulness=4, clarity=4, share_comment=True)
    assert not feedback.give_feedback(resident, silent, module=completed).share_comment


def test_the_database_refuses_half_answered_feedback(completed, resident):
    with pytest.raises(IntegrityError):
        Feedback.objects.create(user=resident, module=completed, satisfaction=5)
