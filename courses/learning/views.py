from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .attempts import quiz_status, refusal_message, stored_attempt
from .contexts import dashboard_context
from .models import LessonPage, ModulePage
from .progress import module_progress
from .quiz import QuizForm, attempt_questions, submitted_number


def _live_lesson(lesson_id: int) -> tuple[ModulePage, LessonPage]:
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    module = (
        ModulePage.objects.live().public().filter(path=lesson.path[: -LessonPage.steplen]).first()
    )
    if module is None:
        raise Http404
    return module, lesson


@require_POST
@login_required
def enrol(request, module_id: int):
    module = get_object_or_404(ModulePage.objects.live().public(), pk=module_id)
    services.enrol(request.user, module)
    target = module_progress(request.user, module).resume_lesson or module
    return redirect(target.get_url(request))


@require_POST
@login_required
def complete_lesson(request, lesson_id: int):
    module, lesson = _live_lesson(lesson_id)
    try:
        outcome = services.complete_lesson(request.user, module, lesson)
    except services.QuizRequired:
        messages.error(request, _("This lesson is completed by passing its quiz."))
        return redirect(lesson.get_url(request))
    if outcome.module_completed_now:
        messages.success(request, _("Congratulations! You have completed this module."))
        return redirect("courses:module_feedback", module_id=module.pk)
    following = lesson.get_next_siblings().live().public().type(LessonPage).first()
    return redirect((following or module).get_url(request))


@require_POST
@login_required
def submit_quiz(request, lesson_id: int):
    module, lesson = _live_lesson(lesson_id)
    if not lesson.has_quiz:
        raise Http404
    sent = stored_attempt(request.user, lesson, submitted_number(request.POST))
    if sent is not None:  # the same form again: show what it stored the first time
        return redirect(_result_url(request, lesson, sent))
    status = quiz_status(request.user, lesson)
    if not status.can_start:
        return _refused(request, lesson, status)
    form = QuizForm(
        attempt_questions(lesson, request.user.pk, status.next_number),
        status.next_number,
        request.POST,
    )
    if not form.is_valid():
        context = {**lesson.get_context(request), "quiz_form": form}
        return TemplateResponse(request, lesson.get_template(request), context)
    try:
        attempt = services.submit_quiz(
            request.user, module, lesson, form.answers(), status.next_number
        )
    except services.AttemptRefused as refused:
        return _refused(request, lesson, refused.status)
    return redirect(_result_url(request, lesson, attempt))


def _result_url(request, lesson: LessonPage, attempt) -> str:
    return f"{lesson.get_url(request)}?attempt={attempt.pk}#quiz-result"


def _refused(request, lesson: LessonPage, status):
    messages.error(request, refusal_message(status))
    return redirect(f"{lesson.get_url(request)}#quiz")


@login_required
def my_learning(request):
    return render(request, "courses/my_learning.html", dashboard_context(request.user))
