"""Wagtail finds an app's admin hooks here; each sub-package keeps its own in its admin.py."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .learning import admin as learning_admin  # noqa: F401
from .reports import admin as reports_admin  # noqa: F401
from .workshops import admin as workshops_admin  # noqa: F401


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
