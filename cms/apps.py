from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        # Imported here, as in every AppConfig.ready(): models are not loaded when apps.py is.
        from . import ids, recovery, search, signals  # noqa: F401  (ids: the <id:…> URL converter)
        from .models import GuidePage

        search.register_group(GuidePage, _("Guides: rights and obligations"))
        recovery.register("partial files", recovery.remove_partial_files)
        recovery.register("interrupted tasks", recovery.requeue_interrupted_tasks)
