"""The admin's part of the permission table (see tests/permission_table.py): our own admin
views (print packs, the participation report, certificates, workshop sessions and attendance,
our snippets) and the Wagtail pages each staff role is meant to reach, or not. People without
admin access (anonymous, residents) are always sent to the admin's sign-in page."""

from django.urls import reverse

from .permission_outcomes import (
    ADMIN_DENIED,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    READ_ONLY,
    REDIRECT,
    SERVER_ERROR,
    STAFF_ONLY,
    Case,
    admin,
    everyone,
    hides,
    redirect_to,
    row,
    shows,
)
from .permission_world import PRIVATE_COMMENT, SHARED_COMMENT

SKM_ANSWERS = {f"u{n}": "3" for n in range(1, 10)}

TO_SIGN_IN = redirect_to("account_login", read_only=True)
TO_PASSWORD_RESET = redirect_to("account_reset_password", read_only=True)
ADMIN_USERS = admin(OK, OK, OK)
EDITORS = admin(OK, OK, ADMIN_DENIED)
COORDINATORS = admin(ADMIN_DENIED, OK, ADMIN_DENIED)
REPORT_READERS = admin(ADMIN_DENIED, OK, OK)
SESSION_RUNNERS = admin(OK, OK, ADMIN_DENIED)
STATISTICS_READERS = admin(OK, OK, ADMIN_DENIED)
ATTEMPT_GRANTERS = admin(OK, OK, ADMIN_DENIED)
SUPERUSERS = admin(ADMIN_DENIED, ADMIN_DENIED, ADMIN_DENIED)
POST_ONLY = admin(NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED)
# Wagtail lets every admin user open a snippet chooser (a list of names).
CHOOSERS = admin(OK, OK, READ_ONLY)
OTHERS_SESSION_LISTED = admin(
    hides(lambda w: w.others_session.title), shows(lambda w: w.others_session.title), ADMIN_DENIED
)


def _own_and_others_session(kwarg: str, own=SESSION_RUNNERS, **case):
    """A session's admin page: the facilitator runs `upcoming`, not `others_session`."""
    others = admin(ADMIN_DENIED, own[4], ADMIN_DENIED)
    return [
        Case(own, args=lambda w: {kwarg: w.upcoming.pk}, label="own session", **case),
        Case(others, args=lambda w: {kwarg: w.others_session.pk}, label="others'", **case),
    ]


def _own_and_others_module():
    return [
        Case(STATISTICS_READERS, args=lambda w: {"module_id": w.module.pk}, label="own module"),
        Case(
            admin(ADMIN_DENIED, OK, ADMIN_DENIED),
            args=lambda w: {"module_id": w.other_module.pk},
            label="another module",
        ),
    ]


def _sheet_button(data=lambda w: {}):
    """A button of the attendance sheet: POST only."""
    return [
        Case(POST_ONLY, args=case.args, post=case.get, data=data, label=case.label)
        for case in _own_and_others_session(
            "session_id", own=admin(REDIRECT, REDIRECT, ADMIN_DENIED)
        )
    ]


SNIPPET_VIEWS = ("list", "list_results", "add")
SNIPPET_OBJECT_VIEWS = ("edit", "delete", "usage", "history", "history_results", "copy")
CHOOSER_VIEWS = ("choose", "choose_results", "chosen", "chosen_multiple")


def _snippet(model: str, attr: str, editors, deleters=None, choosers=CHOOSERS) -> dict:
    """The entries of a snippet viewset and its chooser, with the world's object `attr`.
    Creating a snippet from the chooser needs the right to add one."""

    def case(expect, view):
        with_pk = view in SNIPPET_OBJECT_VIEWS or view == "chosen"
        return Case(expect, args=(lambda w: {"pk": getattr(w, attr).pk}) if with_pk else None)

    entries = {
        f"wagtailsnippets_{model}:{view}": case(
            deleters if view == "delete" and deleters else editors, view
        )
        for view in SNIPPET_VIEWS + SNIPPET_OBJECT_VIEWS
    }
    for view in CHOOSER_VIEWS:
        entries[f"wagtailsnippetchoosers_{model}:{view}"] = case(choosers, view)
    entries[f"wagtailsnippetchoosers_{model}:create"] = case(editors, "create")
    return entries


def _upload(kind: str):
    """A facilitator manages the images and documents they uploaded, coordinators all."""
    kwarg = f"{kind}_id"
    return [
        Case(EDITORS, args=lambda w: {kwarg: getattr(w, f"own_{kind}").pk}, label="own upload"),
        Case(COORDINATORS, args=lambda w: {kwarg: getattr(w, kind).pk}, label="coordinator's"),
    ]


def _survey_period(w) -> dict:
    return {"period_id": w.survey_period.pk}


def _viewset(name: str, attr: str, editors, deleters=None) -> dict:
    """The list, add and object views of a ModelViewSet, with the world's object `attr`."""
    entries = {f"{name}:{view}": Case(editors) for view in ("index", "index_results", "add")}
    for view in ("edit", "delete", "history", "history_results", "usage"):
        expect = deleters if view == "delete" and deleters else editors
        entries[f"{name}:{view}"] = Case(expect, args=lambda w: {"pk": getattr(w, attr).pk})
    return entries


def _export_link(w) -> str:
    return reverse("report_exports:download", args=[w.coordinator_export.pk])


OUR_ADMIN = {
    "print_packs": Case(COORDINATORS),
    "print_pack": Case(COORDINATORS, args=lambda w: {"area_id": w.service_area.pk}),
    "participation_report": Case(REPORT_READERS),
    # Every export is logged: only a POST starts one.
    "participation_report_export": Case(
        POST_ONLY, post=REPORT_READERS, data=lambda w: {"format": "csv", "kind": "summary"}
    ),
    # Making a pack logs its two exports: those who may export the report.
    "participation_report_pack": Case(
        REPORT_READERS,
        post=admin(ADMIN_DENIED, REDIRECT, REDIRECT),
        data=lambda w: {"year": "2025", "narrative": "Ringkasan."},
    ),
    "report_exports:index": Case(
        admin(ADMIN_DENIED, shows(_export_link), hides(_export_link)),
        label="someone else's export",
    ),
    "report_exports:index_results": Case(
        admin(ADMIN_DENIED, shows(_export_link), hides(_export_link)),
        label="someone else's export",
    ),
    "report_exports:download": [
        Case(REPORT_READERS, args=lambda w: {"pk": w.own_export.pk}, label="own export"),
        # Another's export is not found, rather than refused: officials are not told it exists.
        Case(
            admin(ADMIN_DENIED, OK, NOT_FOUND),
            args=lambda w: {"pk": w.coordinator_export.pk},
            label="another's",
        ),
    ],
    "report_exports:inspect": [
        Case(REPORT_READERS, args=lambda w: {"pk": w.own_export.pk}, label="own export"),
        Case(
            admin(ADMIN_DENIED, OK, NOT_FOUND),
            args=lambda w: {"pk": w.coordinator_export.pk},
            label="another's",
        ),
    ],
    "participation_report_module": Case(REPORT_READERS, args=lambda w: {"module_id": w.module.pk}),
    # The facilitator facilitates `module`, not `other_module`.
    "learning_statistics": Case(STATISTICS_READERS),
    "learning_statistics_module": _own_and_others_module(),
    "learning_statistics_csv": _own_and_others_module(),
    "quiz_attempt_grants": Case(ATTEMPT_GRANTERS),
    "participation_report_session": Case(REPORT_READERS, args=lambda w: {"session_id": w.held.pk}),
    "participation_report_comments": [
        Case(
            admin(
                ADMIN_DENIED, shows(lambda w: PRIVATE_COMMENT), hides(lambda w: PRIVATE_COMMENT)
            ),
            label="comment not shared",
        ),
        Case(
            admin(ADMIN_DENIED, shows(lambda w: SHARED_COMMENT), shows(lambda w: SHARED_COMMENT)),
            label="comment shared with officials",
        ),
    ],
    **_viewset("targets", "target", COORDINATORS),
    # Officials and coordinators enter complaint figures; only coordinators delete one.
    **_viewset("complaint_figures", "complaint_figure", REPORT_READERS, deleters=COORDINATORS),
    "certificates_admin:index": Case(COORDINATORS),
    "certificates_admin:index_results": Case(COORDINATORS),
    "certificates_admin:inspect": Case(COORDINATORS, args=lambda w: {"pk": w.certificate.pk}),
    "certificates_admin:revoke": Case(
        POST_ONLY,
        args=lambda w: {"pk": w.certificate.pk},
        post=admin(ADMIN_DENIED, REDIRECT, ADMIN_DENIED),
        data=lambda w: {"reason": "Data salah"},
    ),
    "certificates_admin:reinstate": Case(
        POST_ONLY,
        args=lambda w: {"pk": w.certificate.pk},
        post=admin(ADMIN_DENIED, REDIRECT, ADMIN_DENIED),
    ),
    "certificates_admin:module_zip": Case(COORDINATORS, args=lambda w: {"module_id": w.module.pk}),
    "workshop_sessions:index": Case(OTHERS_SESSION_LISTED),
    "workshop_sessions:index_results": Case(OTHERS_SESSION_LISTED),
    "workshop_sessions:add": Case(SESSION_RUNNERS),
    "workshop_sessions:edit": _own_and_others_session("pk"),
    "workshop_sessions:delete": Case(COORDINATORS, args=lambda w: {"pk": w.upcoming.pk}),
    "workshop_sessions:history": _own_and_others_session("pk"),
    "workshop_sessions:history_results": _own_and_others_session("pk"),
    "workshop_sessions:usage": _own_and_others_session("pk"),
    "workshop_sessions:attendance": _own_and_others_session("session_id"),
    "workshop_sessions:attendance_qr": _own_and_others_session("session_id"),
    "workshop_sessions:attendance_sign_in_sheet": _own_and_others_session("session_id"),
    "workshop_sessions:attendance_paper": [
        # `upcoming` has not started: back to the attendance sheet, which says so.
        *_own_and_others_session("session_id", own=admin(REDIRECT, REDIRECT, ADMIN_DENIED)),
        Case(SESSION_RUNNERS, args=lambda w: {"session_id": w.held.pk}, label="held session"),
    ],
    "workshop_sessions:attendance_check_in": _sheet_button(
        data=lambda w: {"registration": w.upcoming.registrations.get().pk}
    ),
    "workshop_sessions:attendance_walk_in": _sheet_button(
        data=lambda w: {"name": "Pak Joko", "rw": "2"}
    ),
    "workshop_sessions:attendance_held": _sheet_button(),
    "workshop_sessions:attendance_certificates": _sheet_button(),
    "workshop_sessions:attendance_certificate": [
        Case(
            SESSION_RUNNERS,
            args=lambda w: {"session_id": w.held.pk, "attendance_id": w.walk_in.pk},
            label="walk-in of own session",
        ),
        Case(
            admin(NOT_FOUND, NOT_FOUND, ADMIN_DENIED),
            args=lambda w: {"session_id": w.upcoming.pk, "attendance_id": w.walk_in.pk},
            label="attendance of another session",
        ),
    ],
    # the satisfaction survey (SKM)
    "surveys_results": Case(REPORT_READERS),
    "surveys_results_csv": Case(REPORT_READERS, args=_survey_period),
    "surveys_paper": Case(
        SESSION_RUNNERS,
        post=admin(REDIRECT, REDIRECT, ADMIN_DENIED),
        data=lambda w: {"period": w.survey_period.pk, "service": "pelatihan", **SKM_ANSWERS},
    ),
    "surveys_links": Case(SESSION_RUNNERS),
    "surveys_poster": Case(
        SESSION_RUNNERS, args=lambda w: {"period_id": w.survey_period.pk, "service": "pelatihan"}
    ),
    "survey_periods:index": Case(COORDINATORS),
    "survey_periods:index_results": Case(COORDINATORS),
    "survey_periods:add": Case(COORDINATORS),
    **{
        f"survey_periods:{view}": Case(COORDINATORS, args=lambda w: {"pk": w.survey_period.pk})
        for view in ("edit", "delete", "history", "history_results", "usage")
    },
    **_snippet("courses_topic", "topic", EDITORS, deleters=SUPERUSERS),
    **_snippet("cms_servicearea", "service_area", EDITORS, deleters=SUPERUSERS),
    **_snippet(
        "certificates_certificatetemplate",
        "template",
        COORDINATORS,
        choosers=admin(READ_ONLY, OK, READ_ONLY),
    ),
    "wagtailsnippets_certificates_certificatetemplate:preview_on_add": Case(COORDINATORS),
    "wagtailsnippets_certificates_certificatetemplate:preview_on_edit": Case(
        COORDINATORS, args=lambda w: {"pk": w.template.pk}
    ),
}

WAGTAIL_ADMIN = {
    "wagtailadmin_home": Case(ADMIN_USERS),
    "wagtailadmin_account": Case(ADMIN_USERS),
    "wagtailadmin_dismissibles": Case(ADMIN_USERS),
    "wagtailsnippets:index": Case(EDITORS),
    "wagtailadmin_explore_root": Case(EDITORS),
    "wagtailadmin_explore": Case(EDITORS, args=lambda w: {"parent_page_id": w.module.pk}),
    "wagtailadmin_pages:edit": Case(EDITORS, args=lambda w: {"page_id": w.quiz_lesson.pk}),
    "wagtailadmin_pages:add": Case(
        EDITORS,
        args=lambda w: {
            "content_type_app_name": "courses",
            "content_type_model_name": "lessonpage",
            "parent_page_id": w.module.pk,
        },
    ),
    "wagtailadmin_pages:unpublish": Case(
        COORDINATORS, args=lambda w: {"page_id": w.quiz_lesson.pk}
    ),
    "wagtailadmin_pages:workflow_action": Case(
        COORDINATORS,
        args=lambda w: {
            "page_id": w.draft.pk,
            "action_name": "approve",
            "task_state_id": w.task_state.pk,
        },
    ),
    "wagtailimages:edit": _upload("image"),
    "wagtailimages:delete": _upload("image"),
    "wagtaildocs:edit": _upload("document"),
    "wagtaildocs:delete": _upload("document"),
    "admin/test404/": Case(ADMIN_USERS, url=lambda w: "/admin/test404/"),
    "admin/^.*/$": Case(
        admin(NOT_FOUND, NOT_FOUND, NOT_FOUND), url=lambda w: "/admin/nothing-here/"
    ),
    # Wagtail's deliberate error, for checking error reports; staff only.
    "wagtailadmin_error_test": Case(admin(SERVER_ERROR, SERVER_ERROR, SERVER_ERROR)),
    # Wagtail's sign-in, sign-out and password reset pages hand over to allauth's.
    "admin_login_to_allauth": Case(everyone(TO_SIGN_IN)),
    "wagtailadmin_login": Case(everyone(TO_SIGN_IN)),
    "admin_logout": Case(row(REDIRECT, OK, OK, OK, OK, OK)),
    "wagtailadmin_logout": Case(row(REDIRECT, OK, OK, OK, OK, OK)),
    "admin_password_reset_to_allauth": Case(
        everyone(TO_PASSWORD_RESET), url=lambda w: "/admin/password_reset/"
    ),
    "wagtailadmin_password_reset": Case(everyone(TO_PASSWORD_RESET)),
    "wagtailadmin_password_reset_done": Case(everyone(TO_PASSWORD_RESET)),
    "wagtailadmin_password_reset_confirm": Case(
        everyone(TO_PASSWORD_RESET), args=lambda w: {"uidb64": "MQ", "token": "no-such-token"}
    ),
    "wagtailadmin_password_reset_complete": Case(everyone(TO_PASSWORD_RESET)),
    "wagtailadmin_sprite": Case(row(OK, STAFF_ONLY, STAFF_ONLY, OK, OK, OK)),
    "wagtailadmin_javascript_catalog": Case(row(OK, STAFF_ONLY, STAFF_ONLY, OK, OK, OK)),
}

ADMIN = {**OUR_ADMIN, **WAGTAIL_ADMIN}
