"""Hostile input from learners: quiz answers and the feedback survey."""

import pytest
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from cms.text import multi_line
from courses.learning import services
from courses.models import Feedback, QuizAttempt
from courses.workshops.feedback import Ratings, give_feedback

from ..helpers import lessons_of
from ..hostile import (
    assert_no_raw_markup,
    fresh_state,
    garbage_values,
    hostile_settings,
    hostile_text,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz_lesson(module, resident, client):
    client.force_login(resident)
    return lessons_of(module)[-1]


def quiz_posts(lesson):
    """Real question names with garbage answers, real answers, and made-up fields."""
    names = [f"q-{question.id}" for question in lesson.quiz]
    choices = [
        choice.id for question in lesson.quiz for choice in question.value["choices"].bound_blocks
    ]
    value = st.one_of(st.sampled_from(choices), garbage_values())
    field = st.one_of(st.sampled_from(names), hostile_text())
    return st.dictionaries(field, st.lists(value, max_size=4), max_size=5)


@hostile_settings(30)
@given(data=st.data())
def test_quiz_answers_are_graded_or_explained(client, quiz_lesson, data):
    answers = data.draw(quiz_posts(quiz_lesson))
    with fresh_state():
        response = client.post(f"/lessons/{quiz_lesson.pk}/quiz/", answers)
        html = assert_no_raw_markup(response)
        if response.status_code == 302:
            assert QuizAttempt.objects.filter(lesson=quiz_lesson).count() == 1
        elif response.status_code == 400:  # Django refuses a body it cannot parse
            assert QuizAttempt.objects.count() == 0
        else:
            assert response.status_code == 200
            assert QuizAttempt.objects.count() == 0
            assert 'class="errorlist' in html


@pytest.fixture
def completed(make_module, resident, client):
    module = make_module(lessons=1, quiz=False, title="Anggaran RW")
    services.complete_lesson(resident, module, lessons_of(module)[0])
    client.force_login(resident)
    return module


@hostile_settings(30)
@given(
    comment=hostile_text(),
    ratings=st.lists(
        st.one_of(st.integers(1, 5).map(str), garbage_values()), min_size=3, max_size=3
    ),
    share=st.sampled_from(["", "on", "<script>"]),
)
def test_feedback_is_saved_or_explained_and_shown_back_escaped(
    client, completed, resident, comment, ratings, share
):
    url = f"/learning/feedback/module/{completed.pk}/"
    with fresh_state():
        data = dict(zip(["satisfaction", "usefulness", "clarity"], ratings, strict=True))
        response = client.post(url, {**data, "comment": comment, "share_comment": share})
        html = assert_no_raw_markup(response)
        saved = Feedback.objects.filter(user=resident, module=completed).first()
        if response.status_code == 302:
            assert saved.comment == multi_line(comment)
            form = assert_no_raw_markup(client.get(url))
            assert escape(saved.comment) in form
        else:
            assert response.status_code == 200
            assert saved is None
            assert 'class="errorlist' in html


@hostile_settings(30)
@given(comment=hostile_text())
def test_coordinators_read_any_comment_escaped(client, completed, resident, coordinator, comment):
    with fresh_state():
        ratings = Ratings(satisfaction=4, usefulness=4, clarity=4, comment=comment)
        saved = give_feedback(resident, ratings, module=completed)
        assert saved.comment == multi_line(comment)
        client.force_login(coordinator)
        html = assert_no_raw_markup(client.get("/admin/participation/comments/"))
        if saved.comment:  # shown with its line breaks as <br>
            assert escape(saved.comment.splitlines()[0][:40]) in html
        client.force_login(resident)
