"""Grouped rules of the permission table for Wagtail's and allauth's own URLs, and the
placeholder arguments they are requested with: real objects of the world, so that a refusal
comes from a permission check and not from a missing object."""

from .permission_outcomes import NO_ACCESS, REACHABLE, READ_ONLY, Pattern, Rule, admin

SITE_ADMINISTRATION = (
    "wagtailusers_users",
    "wagtailusers_groups",
    "wagtailsites",
    "wagtaillocales",
    "wagtailadmin_workflows",
    "wagtailadmin_collections",
    "wagtailredirects",
    "wagtailsettings",
)
# Views Wagtail opens to every admin user: they show titles of pages, images, documents and
# workflow tasks, or confirm an action whose own view checks permissions.
READABLE_BY_ANY_ADMIN_NAMESPACES = (
    "wagtailadmin_api",
    "wagtailimages_chooser",
    "wagtaildocs_chooser",
    "wagtailembeds",
    "wagtailadmin_editing_sessions",
)
READABLE_BY_ANY_ADMIN_NAMES = (
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_anchor_link",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    "wagtailadmin_block_preview",
    "wagtailadmin_workflows:task_chooser",
    "wagtailadmin_workflows:task_chooser_results",
    "wagtailadmin_workflows:task_chooser_create",
    "wagtailadmin_workflows:task_chosen",
    "wagtailadmin_reports:site_history",  # lists only what the user has permissions on
    "wagtailadmin_reports:site_history_results",
    "wagtailadmin_pages:choose_parent",
    "wagtailadmin_pages:move_confirm",
    "wagtailadmin_pages:confirm_workflow_cancellation",
    "wagtailadmin_pages:revisions_index",  # a redirect to the page's history
    "wagtail_localize:javascript_catalog",  # the translation editor's words
    "wagtail_localize:translations_report",  # titles of translations and their progress
    "wagtail_localize:translations_report_results",
    "wagtail_localize:snippets_api_listing",  # names of snippets, for the translation editor
    "wagtail_localize:snippets_api_detail",
)
CONTENT_NAMESPACES = (
    "wagtailadmin_pages",
    "wagtailadmin_reports",
    "wagtailimages",
    "wagtaildocs",
    "simple_translation",
    "wagtail_localize",
)
CONTENT_NAMES = ("wagtailadmin_explore_results", "wagtail_bulk_action")


def _matching(namespaces=(), names=()):
    return lambda pattern: pattern.namespace.split(":")[0] in namespaces or pattern.name in names


RULES = [
    Rule(
        "Wagtail's choosers, admin API and confirmations: any admin user may read them",
        _matching(READABLE_BY_ANY_ADMIN_NAMESPACES, READABLE_BY_ANY_ADMIN_NAMES),
        admin(REACHABLE, REACHABLE, READ_ONLY),
    ),
    Rule(
        "Wagtail's site administration (users, groups, sites, locales, workflows, collections,"
        " redirects, settings): superusers only",
        _matching(SITE_ADMINISTRATION),
        admin(NO_ACCESS, NO_ACCESS, NO_ACCESS),
    ),
    Rule(
        "Wagtail's content editing (pages, images, documents, reports, translations, bulk"
        " actions): as Wagtail's page and collection permissions allow facilitators and"
        " coordinators; never officials",
        _matching(CONTENT_NAMESPACES, CONTENT_NAMES),
        admin(REACHABLE, REACHABLE, NO_ACCESS),
    ),
]

# Arguments for the URLs of the rules, by keyword; ARGS_BY_NAME overrides them for one URL.
PLACEHOLDERS = {
    "page_id": lambda w: w.quiz_lesson.pk,
    "parent_page_id": lambda w: w.module.pk,
    "page_to_move_id": lambda w: w.quiz_lesson.pk,
    "destination_id": lambda w: w.module.pk,
    "page_pk": lambda w: w.quiz_lesson.pk,
    "workflow_pk": lambda w: w.workflow.pk,
    "revision_id": lambda w: w.revision.pk,
    "revision_id_a": lambda w: "earliest",
    "revision_id_b": lambda w: "latest",
    "task_state_id": lambda w: w.task_state.pk,
    "workflow_state_id": lambda w: w.task_state.workflow_state.pk,
    "task_id": lambda w: w.task.pk,
    "action_name": lambda w: "approve",
    "action": lambda w: "delete",
    "content_type_app_name": lambda w: "courses",
    "content_type_model_name": lambda w: "lessonpage",
    "app_label": lambda w: "courses",
    "model_name": lambda w: "topic",
    "app_name": lambda w: "cms",
    "object_id": lambda w: str(w.topic.pk),
    "session_id": lambda w: 1,
    "image_id": lambda w: w.image.pk,
    "filter_spec": lambda w: "original",
    "document_id": lambda w: w.document.pk,
    "doc_id": lambda w: w.document.pk,
    "uploaded_file_id": lambda w: 1,
    "redirect_id": lambda w: w.redirect.pk,
    "collection_id": lambda w: w.collection.pk,
    "uidb64": lambda w: "MQ",
    "token": lambda w: "set-password",
    "key": lambda w: "no-such-key",
    "uidb36": lambda w: "1",
    "translation_id": lambda w: w.translation.pk,
    "translation_source_id": lambda w: w.translation.source_id,
    "string_segment_id": lambda w: w.translation.source.stringsegment_set.first().pk,
    "overridable_segment_id": lambda w: 1,
    "mode": lambda w: "no-such-mode",
    "pk": lambda w: None,  # replaced by PK_BY_NAMESPACE
}

PK_BY_NAMESPACE = {
    "wagtailusers_users": lambda w: w.users["resident"].pk,
    "wagtailusers_groups": lambda w: w.group.pk,
    "wagtailsites": lambda w: w.site.pk,
    "wagtaillocales": lambda w: w.locale.pk,
    "wagtailadmin_workflows": lambda w: w.workflow.pk,
    "wagtailadmin_collections": lambda w: w.collection.pk,
    "wagtailsettings": lambda w: w.site.pk,
    "wagtailadmin_pages": lambda w: w.quiz_lesson.pk,
    "wagtailadmin_api:pages": lambda w: w.quiz_lesson.pk,
    "wagtailadmin_api:images": lambda w: w.image.pk,
    "wagtailadmin_api:documents": lambda w: w.document.pk,
    "wagtailimages_chooser": lambda w: w.image.pk,
    "wagtaildocs_chooser": lambda w: w.document.pk,
    "simple_translation": lambda w: w.topic.pk,
    "wagtail_localize": lambda w: w.topic.pk,
}

ARGS_BY_NAME = {
    "wagtailadmin_workflows:edit_task": lambda w: {"pk": w.task.pk},
    "wagtailadmin_workflows:disable_task": lambda w: {"pk": w.task.pk},
    "wagtailadmin_workflows:enable_task": lambda w: {"pk": w.task.pk},
    "wagtailadmin_workflows:add_task": lambda w: {
        "app_label": "wagtailcore",
        "model_name": "groupapprovaltask",
    },
    "wagtailsettings:edit": lambda w: {"app_name": "cms", "model_name": "kelurahansettings"},
    "wagtailsettings:preview_on_edit": lambda w: {
        "app_name": "cms",
        "model_name": "kelurahansettings",
    },
    "wagtail_bulk_action": lambda w: {
        "app_label": "wagtailcore",
        "model_name": "page",
        "action": "delete",
    },
    "wagtailadmin_pages:choose_parent": lambda w: {
        "app_label": "courses",
        "model_name": "lessonpage",
    },
    "wagtailadmin_pages:workflow_preview": lambda w: {"page_id": w.draft.pk, "task_id": w.task.pk},
    "wagtailadmin_pages:collect_workflow_action_data": lambda w: {
        "page_id": w.draft.pk,
        "action_name": "approve",
        "task_state_id": w.task_state.pk,
    },
    "wagtailadmin_pages:confirm_workflow_cancellation": lambda w: {"page_id": w.draft.pk},
    "wagtailadmin_pages:workflow_history_detail": lambda w: {
        "page_id": w.draft.pk,
        "workflow_state_id": w.task_state.workflow_state.pk,
    },
    "wagtailadmin_tag_model_autocomplete": lambda w: {
        "app_name": "wagtailimages",
        "model_name": "image",
    },
}


def placeholder_args(pattern: Pattern, world) -> dict:
    args = {name: PLACEHOLDERS[name](world) for name in pattern.kwargs}
    if "pk" in args:
        namespace = pattern.namespace
        pk = PK_BY_NAMESPACE.get(namespace) or PK_BY_NAMESPACE[namespace.split(":")[0]]
        args["pk"] = pk(world)
    return {**args, **ARGS_BY_NAME.get(pattern.name, lambda w: {})(world)}


# Wagtail 8.0 answers a POST without a URL here with a 500 (its form lets the field be
# missing); the matrix sends what the chooser's form sends.
DATA_BY_NAME = {
    "wagtailadmin_choose_page_external_link": {"external-link-chooser-url": "https://example.org"},
}


def placeholder_data(pattern: Pattern) -> dict:
    return DATA_BY_NAME.get(pattern.name, {})
