"""The permission table: for every URL the project defines, what each role gets.

TABLE maps a URL name (or the route of a pattern without a name) to a Case, or to a list of
Cases with labels when the URL is requested with several objects. Each Case has a row of six
outcomes, one per role in this order: anonymous, resident, other resident, facilitator,
coordinator, official. The resident owns every learner object of the world
(tests/permission_world.py); "other resident" asks for the same URLs and must never get them.

This module holds the public site and the accounts pages; the admin is in
tests/permission_table_admin.py. Wagtail's own admin URLs not listed there are covered by
the grouped RULES of tests/permission_rules.py."""

import json

from django.urls import reverse

from certificates.models import Certificate
from courses.workshops import services as sessions

from .factories import DEFAULT_PASSWORD
from .helpers import as_post, right_answers
from .permission_outcomes import (
    BAD_REQUEST,
    LOGIN,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    REDIRECT,
    SIGNUP,
    Case,
    everyone,
    hides,
    redirect_to,
    row,
    shows,
    status,
    writes_nothing,
)
from .permission_table_admin import ADMIN, SKM_ANSWERS
from .permission_world import SECRET

SIGNED_IN = row(LOGIN, OK, OK, OK, OK, OK)
# Sign-in and sign-up pages: signed-in people go on, residents to My learning, staff to the admin.
MY_LEARNING = redirect_to("courses:my_learning")
SIGNED_OUT = row(OK, MY_LEARNING, MY_LEARNING, *[redirect_to("wagtailadmin_home")] * 3)
POST_ONLY = everyone(NOT_ALLOWED)
REAUTHENTICATE = redirect_to("account_reauthenticate")
MFA_OWNER = row(LOGIN, REAUTHENTICATE, *[NOT_FOUND] * 4)
ANY_SIGNED_IN_POSTS = row(LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT)
OWNER_ONLY = row(LOGIN, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)
QUIZ_RESULT = 'id="quiz-result"'


def _own(marker, anonymous=LOGIN):
    """A page that shows the resident their own object, and nobody else."""
    return row(anonymous, shows(marker), hides(marker), OK, OK, OK)


def _page(path, expect, label, query=""):
    return Case(expect, url=path, query=query, label=label)


def _check_in(session_attr: str):
    """The check-in URL of the upcoming session with the QR code of `session_attr`."""
    return lambda w: {
        "session_id": w.upcoming.pk,
        "token": sessions.check_in_token(getattr(w, session_attr)),
    }


def _walk_in_certificate_code(w) -> dict:
    return {"code": Certificate.objects.get(attendance=w.walk_in).code}


PAGES = [
    _page(lambda w: "/", everyone(OK), "home"),
    _page(lambda w: "/en/", everyone(OK), "English home"),
    _page(lambda w: w.module.get_parent().url, everyone(OK), "catalogue"),
    _page(lambda w: w.module.url, _own(lambda w: "badge--done", anonymous=OK), "module"),
    _page(lambda w: w.first_lesson.url, everyone(OK), "first lesson"),
    _page(lambda w: w.quiz_lesson.url, row(SIGNUP, OK, OK, OK, OK, OK), "later lesson"),
    _page(
        lambda w: w.quiz_lesson.url,
        row(SIGNUP, shows(lambda w: QUIZ_RESULT), *[hides(lambda w: QUIZ_RESULT)] * 4),
        "quiz attempt",
        query=lambda w: f"attempt={w.attempt.pk}",
    ),
    _page(lambda w: w.guide.get_parent().url, everyone(OK), "guide index"),
    _page(lambda w: w.guide.url, everyone(OK), "guide"),
    _page(lambda w: w.private_page.url, everyone(hides(lambda w: SECRET)), "password-protected"),
    _page(lambda w: f"/{w.draft.slug}/", everyone(NOT_FOUND), "draft"),
    _page(lambda w: "/no-such-page/", everyone(NOT_FOUND), "missing"),
]

SITE = {
    "healthz": Case(everyone(OK)),
    "robots_txt": Case(everyone(OK)),
    "favicon": Case(everyone(REDIRECT)),
    "sitemap": Case(everyone(shows(lambda w: w.guide.url))),
    "wagtail_serve": PAGES,
    "search": [
        Case(everyone(shows(lambda w: w.module.url)), query="q=anggaran", label="a module"),
        Case(everyone(hides(lambda w: f"/{w.draft.slug}/")), query="q=draf", label="a draft"),
    ],
    "guide_brochure": Case(everyone(OK), args=lambda w: {"guide_id": w.guide.pk}),
    "wagtailcore_authenticate_with_password": Case(
        everyone(OK),
        args=lambda w: {
            "page_view_restriction_id": w.restriction.pk,
            "page_id": w.private_page.pk,
        },
    ),
    "wagtailcore_login": Case(everyone(redirect_to("account_login", read_only=True))),
    "frontend_login_to_allauth": Case(everyone(redirect_to("account_login", read_only=True))),
    "privacy": Case(everyone(OK)),
    "wagtaildocs_serve": [
        Case(everyone(REDIRECT), url=lambda w: w.document.url, label="public document"),
        Case(everyone(OK), url=lambda w: w.private_document.url, label="password-protected"),
    ],
    "wagtaildocs_authenticate_with_password": Case(
        everyone(OK), args=lambda w: {"restriction_id": w.collection_restriction.pk}
    ),
    # learning
    "courses:my_learning": Case(_own(lambda w: w.module.title)),
    "courses:enrol": Case(
        POST_ONLY, args=lambda w: {"module_id": w.module.pk}, post=ANY_SIGNED_IN_POSTS
    ),
    "courses:complete_lesson": Case(
        POST_ONLY, args=lambda w: {"lesson_id": w.first_lesson.pk}, post=ANY_SIGNED_IN_POSTS
    ),
    "courses:submit_quiz": Case(
        POST_ONLY,
        args=lambda w: {"lesson_id": w.quiz_lesson.pk},
        post=ANY_SIGNED_IN_POSTS,
        data=lambda w: as_post(right_answers(w.quiz_lesson)),
    ),
    "courses:module_feedback": Case(OWNER_ONLY, args=lambda w: {"module_id": w.module.pk}),
    "courses:session_feedback": Case(OWNER_ONLY, args=lambda w: {"session_id": w.held.pk}),
    # workshops
    "courses:session_list": Case(everyone(OK)),
    "courses:session_detail": Case(
        _own(lambda w: reverse("courses:session_cancel", args=[w.upcoming.pk]), anonymous=OK),
        args=lambda w: {"session_id": w.upcoming.pk},
    ),
    "courses:session_calendar": Case(everyone(OK), args=lambda w: {"session_id": w.upcoming.pk}),
    "courses:session_register": Case(
        POST_ONLY, args=lambda w: {"session_id": w.upcoming.pk}, post=ANY_SIGNED_IN_POSTS
    ),
    "courses:session_cancel": Case(
        POST_ONLY,
        args=lambda w: {"session_id": w.upcoming.pk},
        # Only the resident is registered: nobody else's cancel changes anything.
        post=row(LOGIN, REDIRECT, *[writes_nothing(REDIRECT)] * 4),
    ),
    "courses:session_check_in": [
        Case(SIGNED_IN, args=_check_in("upcoming"), post=SIGNED_IN, label="code on the screen"),
        Case(
            row(LOGIN, *[BAD_REQUEST] * 5),
            args=_check_in("held"),
            label="another session's code",
        ),
    ],
    # the satisfaction survey (SKM): anyone answers, without an account; a POST without the
    # device's cookie is refused with a message
    "surveys:index": Case(everyone(OK)),
    "surveys:answer": Case(
        everyone(OK),
        args=lambda w: {"period_id": w.survey_period.pk, "service": "pelatihan"},
        post=everyone(writes_nothing(OK)),
        data=lambda w: SKM_ANSWERS,
    ),
    # certificates
    "certificates:mine": Case(_own(lambda w: w.certificate.code)),
    "certificates:verify_form": Case(everyone(OK)),
    "certificates:verify": Case(everyone(OK), args=lambda w: {"code": w.certificate.code}),
    # anyone checks a credential; checking one writes nothing
    "certificates:verify_credential": Case(
        everyone(OK),
        post=everyone(writes_nothing(OK)),
        data=lambda w: {
            "text": json.dumps(Certificate.objects.get(pk=w.certificate.pk).credential)
        },
    ),
    "certificates:download": [
        Case(
            row(LOGIN, OK, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND),
            args=lambda w: {"code": w.certificate.code},
            label="resident's certificate",
        ),
        Case(
            row(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND),
            args=_walk_in_certificate_code,
            label="walk-in's certificate",
        ),
    ],
    # what verifiers of the Open Badges credentials fetch: public, like the verification page
    "credentials:did": Case(everyone(OK)),
    "credentials:issuer": Case(everyone(OK)),
    "credentials:status_list": [
        Case(everyone(OK), args=lambda w: {"number": 0}, label="the first list"),
        Case(everyone(NOT_FOUND), args=lambda w: {"number": 99}, label="a list of nothing"),
    ],
    "credentials:credential": Case(everyone(OK), args=lambda w: {"code": w.certificate.code}),
}

ACCOUNTS = {
    "profile": Case(SIGNED_IN),
    "my_data": Case(_own(lambda w: w.certificate.code)),
    "my_data_download": Case(_own(lambda w: w.certificate.code)),
    "delete_account": Case(SIGNED_IN),
    "delete_account_confirm": Case(
        POST_ONLY,
        # Each deletes their own account (rolled back after the test); staff may not.
        post=row(LOGIN, REDIRECT, REDIRECT, *[status(403, read_only=True)] * 3),
        data=lambda w: {"password": DEFAULT_PASSWORD},
    ),
    # Two-factor sign-in: only the resident has an authenticator app and recovery codes. Seeing
    # or changing them asks to sign in again first (the matrix's sessions are not fresh).
    "mfa_index": Case(SIGNED_IN),
    "mfa_authenticate": Case(everyone(REDIRECT)),  # no sign-in waiting for its second step
    "mfa_reauthenticate": Case(row(LOGIN, OK, *[REDIRECT] * 4)),
    "mfa_activate_totp": Case(row(LOGIN, REDIRECT, *[REAUTHENTICATE] * 4)),
    "mfa_deactivate_totp": Case(MFA_OWNER),
    "mfa_view_recovery_codes": Case(MFA_OWNER),
    "mfa_generate_recovery_codes": Case(row(LOGIN, *[REAUTHENTICATE] * 5)),
    "mfa_download_recovery_codes": Case(MFA_OWNER),
    "account_login": Case(SIGNED_OUT),
    "account_signup": Case(SIGNED_OUT),
    "account_request_login_code": Case(SIGNED_OUT),
    "account_confirm_login_code": Case(everyone(REDIRECT)),  # no code was asked for
    "account_logout": Case(row(REDIRECT, OK, OK, OK, OK, OK)),
    "account_inactive": Case(everyone(OK)),
    "account_reauthenticate": Case(SIGNED_IN),
    "account_request_reauthentication_code": Case(SIGNED_IN),
    "account_confirm_reauthentication_code": Case(row(LOGIN, *[REDIRECT] * 5)),  # no code
    "account_email": Case(SIGNED_IN),
    "account_email_verification_sent": Case(everyone(OK)),
    # Sends only to an address waiting for confirmation: none of the matrix's accounts has one.
    "resend_confirmation": Case(POST_ONLY, post=everyone(writes_nothing(REDIRECT))),
    "account_confirm_email": Case(everyone(OK), args=lambda w: {"key": "no-such-key"}),
    "account_change_password": Case(SIGNED_IN),
    "account_set_password": Case(row(LOGIN, *[REDIRECT] * 5)),  # they have a password
    "account_reset_password": Case(everyone(OK)),
    "account_reset_password_done": Case(everyone(OK)),
    "account_reset_password_from_key": Case(
        everyone(OK), args=lambda w: {"uidb36": "1", "key": "no-such-key"}
    ),
    "account_reset_password_from_key_done": Case(everyone(OK)),
}

TABLE = {**SITE, **ACCOUNTS, **ADMIN}
