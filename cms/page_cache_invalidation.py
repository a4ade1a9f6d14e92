"""When a write may change an anonymous page: a new page-cache generation (cms/page_cache.py)
at once and again after the transaction commits. The second is the one that counts: a page
rendered between the two read the data from before the commit, and is stored under the first
new generation, which the second one leaves behind. The first one makes a rollback-only test
transaction (where nothing commits) see the change, as the site does.

Every model counts unless listed in NEVER_SHOWN: records of one person's own learning and
account, and what Wagtail and Django write for themselves (search index, logs, renditions
made while a page renders). A model added later invalidates until someone lists it here, which
costs cache hits, never correctness."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import page_cache

NEVER_SHOWN = frozenset(
    {
        "sessions.session",
        "account.emailaddress",
        "account.emailconfirmation",
        "mfa.authenticator",
        "cms.sentemail",
        "cms.guidebrochure",  # the PDF itself; the guide page always links its view
        "certificates.certificate",
        "courses.enrolment",
        "courses.lessoncompletion",
        "courses.quizattempt",
        "courses.feedback",  # read by officials only
        "courses.attendance",
        "courses.reportexport",
        "courses.target",  # targets and complaint figures: the admin's report only
        "courses.complaintfigure",
        "surveys.surveyresponse",  # read by officials only
        "django_tasks_database.dbtaskresult",
        "wagtailimages.rendition",
        "wagtailembeds.embed",
        "wagtailsearch.indexentry",
        "wagtailsearch.sqliteftsindexentry",
        "wagtailcore.referenceindex",
        "wagtailcore.revision",  # a draft; publishing saves the page
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.taskstate",
        "wagtailcore.workflowstate",
        "wagtailcore.pagesubscription",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailadmin.editingsession",
        "wagtailusers.userprofile",
    }
)
#: Saves that touch only these fields change no page (a sign-in updates last_login).
UNSHOWN_FIELDS = frozenset({"last_login"})


def _changed(sender) -> None:
    if sender._meta.label_lower not in NEVER_SHOWN:
        _bump_now_and_on_commit()


def _bump_now_and_on_commit() -> None:
    page_cache.bump()
    transaction.on_commit(page_cache.bump)


@receiver(post_save, dispatch_uid="page_cache_saved")
def saved(sender, update_fields=None, **kwargs):
    if update_fields is None or not set(update_fields) <= UNSHOWN_FIELDS:
        _changed(sender)


@receiver(post_delete, dispatch_uid="page_cache_deleted")
def deleted(sender, **kwargs):
    _changed(sender)


@receiver(m2m_changed, dispatch_uid="page_cache_m2m_changed")
def related_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        _changed(sender)


@receiver(page_published, dispatch_uid="page_cache_published")
@receiver(page_unpublished, dispatch_uid="page_cache_unpublished")
@receiver(post_page_move, dispatch_uid="page_cache_moved")
def page_changed(sender, **kwargs):
    # Each also saves the page; a move rewrites its descendants' paths without saving them.
    _bump_now_and_on_commit()
