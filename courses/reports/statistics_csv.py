"""A module's learning statistics as CSV rows, the numbers suppressed as on the page."""

from django.utils.translation import gettext as _

from .learning_statistics import ModuleStatistics


def statistics_rows(statistics: ModuleStatistics) -> list[list]:
    rows = [
        [_("Section"), _("Item"), _("Measure"), _("Value")],
        [_("Funnel"), "", _("Enrolled"), statistics.enrolled.shown],
    ]
    for step in statistics.steps:
        title = step.lesson.title
        rows.append([_("Funnel"), title, _("Reached"), step.reached.shown])
        rows.append([_("Funnel"), title, _("Done"), step.done.shown])
        if step.passed is not None:
            rows.append([_("Funnel"), title, _("Quiz passed"), step.passed.shown])
    rows.append([_("Funnel"), "", _("Completed"), statistics.completed.shown])
    rows.append(
        [_("Time"), "", _("Median days to complete"), _or_dash(statistics.median_days_to_complete)]
    )
    for quiz in statistics.quizzes:
        title = quiz.lesson.title
        rows.append([_("Quiz"), title, _("Learners who tried"), quiz.learners.shown])
        rows.append(
            [_("Quiz"), title, _("Attempts per learner"), _or_dash(quiz.attempts_per_learner)]
        )
        for question in quiz.questions:
            item = f"{title}: {question.text}"
            rows.append(
                [
                    _("Question"),
                    item,
                    _("Right on the first attempt"),
                    _or_dash(question.right_first_time),
                ]
            )
            rows.append(
                [
                    _("Question"),
                    item,
                    _("Most chosen wrong answer"),
                    _or_dash(question.common_wrong_answer),
                ]
            )
            rows.append(
                [_("Question"), item, _("Discrimination index"), _or_dash(question.discrimination)]
            )
    return rows


def _or_dash(value) -> str:
    return "—" if value is None else str(value)
