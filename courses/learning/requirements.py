"""What a module asks of a learner before it counts as completed, said before they start."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import LessonPage, ModulePage


def completion_requirements(module: ModulePage, lessons: list[LessonPage]) -> str:
    """E.g. "To complete this module: finish 5 lessons and pass 2 quizzes (pass mark 70%)."
    Empty for a module without lessons."""
    if not lessons:
        return ""
    steps = [
        ngettext("finish %(count)d lesson", "finish %(count)d lessons", len(lessons))
        % {"count": len(lessons)}
    ]
    marks = sorted({lesson.pass_mark for lesson in lessons if lesson.has_quiz})
    quizzes = sum(1 for lesson in lessons if lesson.has_quiz)
    if quizzes:
        mark = f"{marks[0]}%" if len(marks) == 1 else f"{marks[0]}–{marks[-1]}%"
        steps.append(
            ngettext(
                "pass %(count)d quiz (pass mark %(mark)s)",
                "pass %(count)d quizzes (pass mark %(mark)s)",
                quizzes,
            )
            % {"count": quizzes, "mark": mark}
        )
    if module.requires_attendance:
        steps.append(_("attend one in-person session"))
    listed = (
        steps[0]
        if len(steps) == 1
        else _("%(first)s and %(last)s")
        % {
            "first": ", ".join(steps[:-1]),
            "last": steps[-1],
        }
    )
    return _("To complete this module: %(steps)s.") % {"steps": listed}
