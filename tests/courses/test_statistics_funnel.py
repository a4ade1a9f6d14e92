"""The learning statistics' funnel leaves no small group to work out: random small funnels
(learners who stop anywhere, skip lessons, try and pass quizzes or not) are protected, and then
no shown count is 1 to 4, no two shown steps, one inside the other, differ by 1 to 4 people, and
no hidden count is pinned down between two equal shown ones. Pure functions: no database."""

from collections import Counter
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from cms.suppression import protect_nested
from courses.reports.learning_statistics import _protected_funnel

LESSONS = [SimpleNamespace(pk=pk, has_quiz=pk % 2 == 0) for pk in range(1, 5)]


@st.composite
def learner(draw):
    """How far one learner got: the furthest lesson, the lessons done and the quizzes tried
    and passed up to it (a passed quiz completes its lesson), and whether they completed."""
    furthest = draw(st.integers(0, len(LESSONS)))
    reached = LESSONS[:furthest]
    done = {lesson.pk for lesson in reached if draw(st.booleans())}
    tried = {lesson.pk for lesson in reached if lesson.has_quiz and draw(st.booleans())}
    passed = {pk for pk in tried if draw(st.booleans())}
    done |= passed
    quizzes = {lesson.pk for lesson in LESSONS if lesson.has_quiz}
    completed = done == {lesson.pk for lesson in LESSONS} and passed == quizzes
    return furthest, done, tried, passed, completed


def funnel_of(learners) -> dict:
    reached = Counter(step for furthest, *_ in learners for step in range(1, furthest + 1))
    done = Counter(pk for _f, done, *_ in learners for pk in done)
    tries = {
        lesson.pk: {
            "learners": sum(lesson.pk in tried for _f, _d, tried, _p, _c in learners),
            "passed": sum(lesson.pk in passed for _f, _d, _t, passed, _c in learners),
        }
        for lesson in LESSONS
        if lesson.has_quiz
    }
    totals = {"enrolled": len(learners), "completed": sum(c for *_, c in learners)}
    return _protected_funnel(LESSONS, totals, reached, done, tries)


def people(learners, key) -> set[int]:
    """Who is counted in the funnel's cell `key`."""
    if key == "enrolled":
        return set(range(len(learners)))
    if key == "completed":
        return {n for n, (*_, completed) in enumerate(learners) if completed}
    step, pk = key
    index = {"reached": 0, "done": 1, "tried": 2, "passed": 3}[step]
    return {
        n
        for n, learner in enumerate(learners)
        if (learner[0] >= pk if step == "reached" else pk in learner[index])
    }


def always_inside(inner, outer) -> bool:
    """Whether the people of `inner` are among those of `outer` by the rules of learning (not
    by chance), so that an outsider knows their difference is a group of people."""
    if inner == outer or outer == "enrolled":
        return inner != outer
    if inner == "enrolled" or outer == "completed":
        return False
    if inner == "completed":
        return outer[0] in ("reached", "done", "tried", "passed")
    (step, pk), (outer_step, outer_pk) = inner, outer
    if outer_step == "reached":
        return outer_pk <= pk and (step != "reached" or outer_pk < pk)
    return pk == outer_pk and step == "passed" and outer_step in ("done", "tried")


@settings(max_examples=300, deadline=None)
@given(st.lists(learner(), max_size=30))
def test_no_cell_of_a_small_funnel_can_be_worked_out(learners):
    funnel = funnel_of(learners)
    for key, cell in funnel.items():
        assert cell.value == len(people(learners, key)), key
        assert cell.shown not in range(1, 5), key
    shown = [key for key, cell in funnel.items() if not cell.suppressed]
    for outer in shown:
        for inner in shown:
            if always_inside(inner, outer):
                difference = funnel[outer].value - funnel[inner].value
                assert difference not in range(1, 5), (outer, inner)
    for key, cell in funnel.items():
        if cell.suppressed:
            above = {funnel[other].value for other in shown if always_inside(key, other)}
            below = {funnel[other].value for other in shown if always_inside(other, key)}
            assert cell.value not in above & below, key


def test_a_small_drop_between_two_steps_hides_the_later_one():
    cells = protect_nested([20, 18, 10, 9], [[], [0], [1], [2]])
    assert [cell.shown for cell in cells] == [20, "x", 10, "x"]


def test_steps_that_differ_by_zero_or_five_are_shown():
    cells = protect_nested([20, 20, 15, 0], [[], [0], [1], [2]])
    assert [cell.shown for cell in cells] == [20, 20, 15, 0]


def test_a_small_step_shows_as_under_five_and_is_no_reference():
    cells = protect_nested([20, 3, 2], [[], [0], [1]])
    assert [cell.shown for cell in cells] == [20, "<5", "<5"]
