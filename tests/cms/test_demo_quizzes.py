"""The demo modules practise what issue 18 asks of assessment: every lesson ends with a short
check, and each module ends with a final quiz drawn from a bank with situation questions."""

import pytest

from courses.learning.blocks import QuestionBlock
from demo.module_content import MODULES

QUESTIONS = [
    pytest.param(module["title"], lesson["title"], question, id=question["question"][:40])
    for module in MODULES
    for lesson in module["lessons"]
    for question in lesson["quiz"]
]


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module["slug"])
def test_every_lesson_ends_with_a_check_of_two_to_four_questions(module):
    *lessons, _final = module["lessons"]
    assert len(lessons) >= 4
    for lesson in lessons:
        assert 2 <= len(lesson["quiz"]) <= 4, lesson["title"]
        assert lesson.get("questions_per_attempt") is None, lesson["title"]


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module["slug"])
def test_each_module_ends_with_a_final_quiz_drawn_from_a_bank(module):
    final = module["lessons"][-1]
    bank = final["quiz"]
    assert len(bank) >= 12
    assert sum(question["kind"] == QuestionBlock.SCENARIO for question in bank) >= 3
    assert 1 <= final["questions_per_attempt"] < len(bank)
    assert final["body"], "the journeys and readers expect some text above the quiz"


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module["slug"])
def test_question_texts_are_unique_within_a_module(module):
    """The browser journeys find a question's answers by its text, and so do facilitators in
    the learning statistics."""
    texts = [question["question"] for lesson in module["lessons"] for question in lesson["quiz"]]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(("module", "lesson", "question"), QUESTIONS)
def test_each_question_is_a_valid_block_with_feedback_on_every_choice(module, lesson, question):
    block = QuestionBlock()
    block.clean(block.to_python(question))  # lengths, and one right answer where one is asked
    correct = sum(choice["correct"] for choice in question["choices"])
    if question["kind"] in QuestionBlock.ONE_ANSWER:
        assert correct == 1
    else:
        assert question["kind"] == QuestionBlock.MULTIPLE
        assert 1 <= correct < len(question["choices"])
    assert len(question["choices"]) >= 3
    assert all(choice["feedback"].strip() for choice in question["choices"])
    texts = [choice["text"] for choice in question["choices"]]
    assert len(texts) == len(set(texts))
    assert question["explanation"].strip()
    assert bool(question["situation"]) == (question["kind"] == QuestionBlock.SCENARIO)
