"""Template context for the catalogue, module, lesson and dashboard (*My learning*) pages."""

from django.utils.translation import gettext as _

from certificates.services import module_certificates
from cms import ids
from cms.localized import children_in_locale
from courses.workshops.feedback import existing_feedback, pending_feedback
from courses.workshops.listings import session_listings, upcoming_registrations, upcoming_sessions

from .attempts import quiz_status, wait_end_text
from .models import Enrolment, LessonPage, ModuleIndexPage, ModulePage, QuizAttempt
from .progress import ModuleProgress, module_progress, progress_for_modules
from .quiz import QuizForm, attempt_questions, grade
from .requirements import completion_requirements
from .services import attended_module_session

TOPIC_PARAMETER = "topik"
MODULE_PAGE_SESSIONS = 10


def catalogue_context(index: ModuleIndexPage, request) -> dict:
    modules = children_in_locale(
        index, ModulePage.objects.select_related("topic", "cover_image", "locale")
    )
    in_other_language = any(module.locale_id != index.locale_id for module in modules)
    topics = sorted(
        {module.topic for module in modules if module.topic}, key=lambda topic: topic.name
    )
    selected = request.GET.get(TOPIC_PARAMETER, "")
    if selected:
        modules = [module for module in modules if module.topic and module.topic.slug == selected]
    enrolments = _enrolments_by_module(request.user, modules)
    progress = progress_for_modules(request.user, modules, enrolments)
    return {
        "topics": topics,
        "selected_topic": selected,
        "topic_parameter": TOPIC_PARAMETER,
        "modules": [progress[module.pk] for module in modules],
        "modules_in_other_language": in_other_language,
    }


def topic_links(locale) -> list[tuple[str, str]]:
    """The topics of the catalogue's live modules in `locale`, each linking to the catalogue
    filtered by it (search suggests them when it finds nothing)."""
    catalogue = ModuleIndexPage.objects.live().filter(locale=locale).first()
    if catalogue is None:
        return []
    modules = ModulePage.objects.live().public().child_of(catalogue)
    topics = {module.topic for module in modules.select_related("topic") if module.topic}
    return sorted(
        (topic.name, f"{catalogue.url}?{TOPIC_PARAMETER}={topic.slug}") for topic in topics
    )


def module_page_context(module: ModulePage, user) -> dict:
    progress = module_progress(user, module)
    sessions = upcoming_sessions().filter(module=module)[:MODULE_PAGE_SESSIONS]
    return {
        "progress": progress,
        "completion_requirements": completion_requirements(module, progress.lessons),
        "sessions": session_listings(sessions, user),
        "attended_session": module.requires_attendance and attended_module_session(user, module),
        "related_guides": module.related_guides.live().public(),
        "lesson_states": [(lesson, progress.state_of(lesson)) for lesson in progress.lessons],
        "facilitator_names": [
            facilitator.profile.full_name or str(facilitator)
            for facilitator in module.facilitators.select_related("profile")
        ],
    }


def lesson_page_context(lesson: LessonPage, request) -> dict:
    module = ModulePage.objects.get(path=lesson.path[: -LessonPage.steplen])
    progress = module_progress(request.user, module)
    ids = [item.pk for item in progress.lessons]
    position = ids.index(lesson.pk) if lesson.pk in ids else None
    context = {
        "module": module,
        "progress": progress,
        "lesson_done": lesson.pk in progress.done_ids,
        "previous_lesson": progress.lessons[position - 1] if position else None,
        "next_lesson": progress.lessons[position + 1]
        if position is not None and position + 1 < len(ids)
        else None,
        "lesson_number": position + 1 if position is not None else None,
        "feedback_due": progress.is_complete
        and existing_feedback(request.user, module=module) is None,
    }
    if lesson.has_quiz:
        context.update(_quiz_context(lesson, request))
    return context


def _quiz_context(lesson: LessonPage, request) -> dict:
    user = request.user
    status = quiz_status(user, lesson)
    attempt = None
    attempt_id = ids.parse_id(request.GET.get("attempt", ""))
    if user.is_authenticated and attempt_id is not None:
        attempt = QuizAttempt.objects.filter(pk=attempt_id, user=user, lesson=lesson).first()
    form = None
    if user.is_authenticated and status.can_start:
        questions = attempt_questions(lesson, user.pk, status.next_number)
        form = QuizForm(questions, status.next_number)
    return {
        "quiz_status": status,
        "quiz_form": form,
        "quiz_attempt": attempt,
        "quiz_result": grade(lesson, attempt.answers, attempt.question_ids) if attempt else None,
        "quiz_wait_ends": wait_end_text(status) if status.next_attempt_at else None,
    }


def dashboard_context(user) -> dict:
    enrolments = {
        enrolment.module_id: enrolment
        for enrolment in Enrolment.objects.filter(user=user)
        .select_related("module")
        .order_by("-last_activity_at")
    }
    modules = [enrolment.module for enrolment in enrolments.values()]
    progress = progress_for_modules(user, modules, enrolments)
    ordered: list[ModuleProgress] = [progress[module.pk] for module in modules]
    certificates = module_certificates(user)
    return {
        "catalogue": None if enrolments else ModuleIndexPage.objects.live().first(),
        "in_progress": [item for item in ordered if not item.is_complete],
        "completed": [
            (item, certificates.get(item.module.pk)) for item in ordered if item.is_complete
        ],
        "pending_feedback": pending_feedback(user),
        "my_registrations": upcoming_registrations(user),
        "page_title": _("My learning"),
    }


def _enrolments_by_module(user, modules: list[ModulePage]) -> dict[int, Enrolment]:
    if not user.is_authenticated:
        return {}
    return {
        enrolment.module_id: enrolment
        for enrolment in Enrolment.objects.filter(user=user, module__in=modules)
    }
