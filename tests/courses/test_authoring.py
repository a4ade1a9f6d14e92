import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from courses.learning import services
from courses.learning.blocks import QuestionBlock
from courses.models import LessonPage, ModulePage, Topic

from ..helpers import lessons_of

pytestmark = pytest.mark.django_db


def _add_url(parent, model):
    return reverse("wagtailadmin_pages:add", args=["courses", model, parent.pk])


def _lesson_form(title, quiz):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "introduction": "",
            "body": streamfield([]),
            "quiz": streamfield(quiz),
            "pass_mark": 70,
            "show_answers": "after_passing",
            "wait_minutes": 10,
            "shuffle_questions": "on",
            "comments": inline_formset([]),
        }
    )


def _question(kind, answers):
    return (
        "question",
        {
            "question": "Apa itu musrenbang?",
            "kind": kind,
            "situation": "",
            "choices": streamfield(
                [
                    ("item", {"text": text, "correct": correct, "feedback": ""})
                    for text, correct in answers
                ]
            ),
            "explanation": "",
        },
    )


def test_facilitator_authors_a_module_with_a_lesson_as_drafts(client, catalogue, facilitator):
    client.force_login(facilitator)
    module_form = nested_form_data(
        {
            "title": "Anggaran RW",
            "slug": "anggaran-rw",
            "topic": Topic.objects.get(slug="anggaran", locale__language_code="id").pk,
            "summary": "Belajar anggaran.",
            "learning_objectives": streamfield([("objective", "Membaca anggaran")]),
            "estimated_minutes": 60,
            "level": "beginner",
            "comments": inline_formset([]),
        }
    )
    response = client.post(
        _add_url(catalogue, "modulepage"), {**module_form, "action-publish": "1"}
    )
    assert response.status_code == 302
    module = ModulePage.objects.get(slug="anggaran-rw")
    assert not module.live

    response = client.post(
        _add_url(module, "lessonpage"),
        _lesson_form(
            "Membaca APBD", [_question("single", [("Musyawarah warga", True), ("Pasar", False)])]
        ),
    )
    assert response.status_code == 302
    lesson = LessonPage.objects.child_of(module).get()
    assert lesson.has_quiz
    assert (lesson.show_answers, lesson.wait_minutes, lesson.max_attempts) == (
        "after_passing",
        10,
        None,
    )
    assert lesson.shuffle_questions and not lesson.shuffle_choices


def test_page_types_go_only_where_they_belong(client, home_page, module, coordinator):
    client.force_login(coordinator)
    for parent, model in [
        (home_page, "lessonpage"),
        (home_page, "modulepage"),
        (lessons_of(module)[0], "lessonpage"),
    ]:
        response = client.post(_add_url(parent, model), _lesson_form("Salah tempat", []))
        assert response.status_code in {302, 403}
    assert not LessonPage.objects.filter(title="Salah tempat").exists()


@pytest.mark.parametrize(
    ("kind", "answers", "message"),
    [
        ("single", [("A", False), ("B", False)], "Tandai setidaknya satu jawaban sebagai benar."),
        ("single", [("A", True), ("B", True)], "Pertanyaan ini punya satu jawaban benar"),
    ],
)
def test_a_question_needs_a_valid_set_of_correct_answers(kind, answers, message):
    block = QuestionBlock()
    value = block.to_python(
        {
            "question": "Q?",
            "kind": kind,
            "choices": [
                {"type": "item", "value": {"text": t, "correct": c}, "id": t} for t, c in answers
            ],
            "explanation": "",
        }
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert message in str(error.value.non_block_errors)


def test_multiple_choice_question_may_have_several_correct_answers():
    block = QuestionBlock()
    value = block.to_python(
        {
            "question": "Q?",
            "kind": "multiple",
            "choices": [
                {"type": "item", "value": {"text": t, "correct": True}, "id": t} for t in "AB"
            ],
            "explanation": "",
        }
    )
    assert block.clean(value)["kind"] == "multiple"


def test_a_module_with_learner_history_cannot_be_deleted(client, module, resident, coordinator):
    services.enrol(resident, module)
    client.force_login(coordinator)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[module.pk]))
    assert response.status_code == 302
    assert ModulePage.objects.filter(pk=module.pk).exists()


def test_a_module_without_learners_can_be_deleted(client, module, coordinator):
    client.force_login(coordinator)
    client.post(reverse("wagtailadmin_pages:delete", args=[module.pk]))
    assert not ModulePage.objects.filter(pk=module.pk).exists()


def test_editors_can_preview_modules_and_lessons(module):
    for page in [module, *lessons_of(module)]:
        assert page.make_preview_request().status_code == 200
