"""Learning in the Wagtail admin: topics as snippets, extra quiz attempts for one learner, and
learners' history kept when someone tries to delete a module or lesson they worked on."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import grant_views
from .models import Enrolment, LessonCompletion, LessonPage, ModulePage, QuizAttempt, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = gettext_lazy("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


class AttemptGrantsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.grant_quiz_attempts")


@hooks.register("register_admin_urls")
def register_attempt_grant_urls():
    return [
        path("quiz-attempt-grants/", grant_views.attempt_grants, name="quiz_attempt_grants"),
    ]


@hooks.register("register_admin_menu_item")
def register_attempt_grants_menu_item():
    return AttemptGrantsMenuItem(
        gettext_lazy("Extra quiz attempts"),
        reverse("quiz_attempt_grants"),
        icon_name="history",
        order=435,
    )


@hooks.register("before_delete_page")
def keep_learner_history(request, page):
    """Deleting a module or lesson would delete learners' enrolments, completions and quiz
    attempts with it. Unpublishing hides it and keeps their history."""
    specific = page.specific_class
    if specific is ModulePage:
        has_history = Enrolment.objects.filter(module_id=page.pk).exists()
    elif specific is LessonPage:
        has_history = (
            LessonCompletion.objects.filter(lesson_id=page.pk).exists()
            or QuizAttempt.objects.filter(lesson_id=page.pk).exists()
        )
    else:
        return None
    if has_history:
        messages.error(
            request,
            _(
                "Learners have already worked on this page, so it cannot be deleted. Unpublish it instead."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
