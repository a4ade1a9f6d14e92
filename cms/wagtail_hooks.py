from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, translation_views
from .admin_api import ReviewedPagesAdminAPIViewSet
from .admin_menu import PermissionMenuItem
from .models import ServiceArea


class ServiceAreaViewSet(SnippetViewSet):
    model = ServiceArea
    icon = "folder-open-inverse"
    menu_label = _("Service areas")
    list_display = ["name", "slug"]


register_snippet(ServiceAreaViewSet)


@hooks.register("construct_admin_api")
def review_copies_for_translation(router):
    router.register_endpoint("pages", ReviewedPagesAdminAPIViewSet)


@hooks.register("register_admin_urls")
def register_print_pack_urls():
    return [
        path("print-packs/", admin_views.print_packs, name="print_packs"),
        path("print-packs/<id:area_id>/", admin_views.print_pack, name="print_pack"),
    ]


@hooks.register("register_admin_urls")
def register_translation_review_urls():
    return [
        path(
            "translations/<id:translation_id>/submit-for-review/",
            translation_views.submit_translation_for_review,
            name="submit_translation_for_review",
        ),
        # Before wagtail-localize's own views at these addresses (cms's hooks run first),
        # which would let anyone who may translate or edit publish without review.
        path(
            "localize/page/<id:page_id>/convert_to_alias/",
            translation_views.convert_to_alias,
            name="convert_to_alias_reviewed",
        ),
        path(
            "localize/update/<id:translation_source_id>/",
            translation_views.ReviewedUpdateTranslationsView.as_view(),
            name="update_translations_reviewed",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_print_packs_menu_item():
    return PermissionMenuItem(
        _("Print packs"),
        reverse("print_packs"),
        icon_name="print",
        order=410,
        permission="cms.download_print_pack",
    )


@hooks.register("register_admin_menu_item")
def register_two_factor_menu_item():
    return MenuItem(_("Two-factor sign-in"), reverse("mfa_index"), icon_name="key", order=9000)


@hooks.register("register_account_menu_item")
def change_password_item(request):
    """Passwords and e-mail addresses are changed through allauth (WAGTAIL_*_MANAGEMENT_ENABLED
    is off), so that its rate limits, notifications and e-mail verification apply."""
    return {
        "url": reverse("account_change_password"),
        "label": _("Change password"),
        "help_text": _("You are asked for your current password first."),
    }


@hooks.register("register_account_menu_item")
def change_email_item(request):
    return {
        "url": reverse("account_email"),
        "label": _("Change e-mail address"),
        "help_text": _("The new address is confirmed by e-mail before you can sign in with it."),
    }


@hooks.register("insert_editor_js")
def accessible_names_js():
    return format_html('<script src="{}" defer></script>', static("js/editor-accessible-names.js"))


@hooks.register("insert_editor_js")
def readability_hint_js():
    messages = {
        "measured": gettext(
            "Readability: about %(words)s words per sentence, %(letters)s letters per word."
        ),
        "long_sentences": gettext("Try shorter sentences: %(target)s words or fewer."),
        "long_words": gettext("Try shorter, everyday words."),
        "good": gettext("Easy to read."),
    }
    return format_html(
        '{}<script src="{}" defer></script>',
        json_script(messages, "readability-hint-messages"),
        static("js/readability-hint.js"),
    )
