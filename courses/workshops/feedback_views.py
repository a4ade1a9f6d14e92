"""The optional survey after a completed module or an attended session: answer, edit for a
week, or skip. Skipping never affects a certificate."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.learning.models import ModulePage

from . import feedback
from .feedback_forms import FeedbackForm
from .models import WorkshopSession


@require_http_methods(["GET", "POST"])
@login_required
def module_feedback(request, module_id: int):
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    return _feedback(request, {"module": module}, title=module.title)


@require_http_methods(["GET", "POST"])
@login_required
def session_feedback(request, session_id: int):
    session = get_object_or_404(WorkshopSession, pk=session_id)
    return _feedback(request, {"session": session}, title=session.title)


def _feedback(request, subject: dict, *, title: str):
    if not feedback.is_eligible(request.user, **subject):
        raise Http404
    existing = feedback.existing_feedback(request.user, **subject)
    closed = existing is not None and not feedback.is_editable(existing)
    data = request.POST if request.method == "POST" and not closed else None
    form = FeedbackForm(data, initial=FeedbackForm.initial_from(existing))
    try:
        if data is not None and "skip" in data:
            feedback.skip_feedback(request.user, **subject)
            messages.success(request, _("No problem. We will not ask about this again."))
            return redirect("courses:my_learning")
        if data is not None and form.is_valid():
            feedback.give_feedback(request.user, form.ratings(), **subject)
            messages.success(request, _("Thank you! Your answers help us improve the training."))
            return redirect("courses:my_learning")
    except feedback.FeedbackClosed:
        closed = True
    if closed:
        form = FeedbackForm(initial=FeedbackForm.initial_from(existing))
        form.disable()
    context = {
        "form": form,
        "title": title,
        "existing": existing,
        "closed": closed,
        "editable_until": existing and existing.submitted_at + feedback.EDITABLE_FOR,
    }
    return render(request, "courses/feedback_form.html", context)
