from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Training modules")

    def ready(self):
        # Imported here, as in every AppConfig.ready(): models are not loaded when apps.py is.
        from cms import personal_data, recovery, search

        from . import personal_data as learner_data
        from . import recovery as courses_recovery
        from .learning import signals  # noqa: F401
        from .learning.contexts import topic_links
        from .models import LessonPage, ModulePage

        personal_data.register(
            personal_data.Source(
                name="courses",
                records=learner_data.learning_records,
                erase=learner_data.erase_personal_data,
                template="courses/my_data.html",
            )
        )
        search.register_group(ModulePage, _("Training modules"))
        search.register_group(LessonPage, _("Lessons"))
        search.register_suggestions(_("Training topics"), topic_links)
        recovery.register("postponed certificates", courses_recovery.issue_postponed_certificates)
        recovery.register("exports", courses_recovery.build_pending_exports)
        recovery.register("session reminders", courses_recovery.send_due_reminders)
