"""Extra quiz attempts in the Wagtail admin: the form that gives them and the log of those given
in the modules one may grant in."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .grant_forms import AttemptGrantForm
from .grants import NotEnrolled, grant_attempts, granting_quizzes, visible_grants

#: The newest grants listed under the form.
LOG_LENGTH = 50


def attempt_grants(request):
    if not request.user.has_perm("courses.grant_quiz_attempts"):
        raise PermissionDenied
    form = AttemptGrantForm(granting_quizzes(request.user), request.POST or None)
    if request.method == "POST" and form.is_valid():
        module, lesson = form.module_and_lesson
        try:
            grant_attempts(
                form.learner,
                module,
                lesson,
                by=request.user,
                extra_attempts=form.cleaned_data["extra_attempts"],
                ends_wait=form.cleaned_data["ends_wait"],
                reason=form.cleaned_data["reason"],
            )
        except NotEnrolled:
            form.add_error("email", _("This resident has not enrolled in the quiz's module."))
        else:
            messages.success(request, _("The resident can try the quiz again."))
            return redirect("quiz_attempt_grants")
    title = _("Extra quiz attempts")
    context = {
        "page_title": title,
        "header_title": title,
        "header_icon": "history",
        "form": form,
        "grants": visible_grants(request.user)[:LOG_LENGTH],
    }
    return render(request, "courses/admin/attempt_grants.html", context)
