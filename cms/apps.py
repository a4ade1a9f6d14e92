from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        # Imported here, as in every AppConfig.ready(): models are not loaded when apps.py is.
        # ids: the <id:…> URL converter; page_cache_invalidation: its signal receivers.
        from . import ids, page_cache_invalidation, recovery, search, signals  # noqa: F401
        from .models import GuidePage

        search.register_group(GuidePage, _("Guides: rights and obligations"))
        recovery.register("partial files", recovery.remove_partial_files)
        recovery.register("interrupted tasks", recovery.requeue_interrupted_tasks)
