from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import (
    report_admin,  # noqa: F401  (registers the report)
    session_admin,  # noqa: F401  (registers the session admin)
)
from .models import Enrolment, LessonCompletion, LessonPage, ModulePage, QuizAttempt, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


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
