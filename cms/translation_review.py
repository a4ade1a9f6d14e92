"""Translations go through the same review as every page.

wagtail-localize's editor offers only "Publish", to those who may publish: a facilitator's
translation is saved as a draft and submitted to the page's workflow here, and a coordinator
approves (and so publishes) it on Wagtail's review screens. A translation is out of date when
its source was published after the translation last took the source's text in."""

from django.db import transaction
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


class NoWorkflow(Exception):
    """The page has no review workflow to submit to."""


def is_out_of_date(translation: Translation, source: Page) -> bool:
    published = source.last_published_at
    return published is not None and published > translation.source.last_updated_at


@transaction.atomic
def submit_for_review(translation: Translation, user) -> Page:
    """Save the translation as a new draft of its page and put that draft up for review."""
    page = translation.get_target_instance()
    workflow = page.get_workflow()
    if workflow is None:
        raise NoWorkflow
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        if state is not None:  # in review already: the reviewer now reviews this draft
            state.cancel(user=user)
        workflow.start(page, user)
    return page


def may_publish_translations(source, user) -> bool:
    """Whether `user` may publish every existing translation of `source` at once."""
    translations = source.translations.filter(enabled=True).select_related("target_locale")
    for translation in translations:
        try:
            target = translation.get_target_instance()
        except Page.DoesNotExist:
            continue
        if isinstance(target, Page) and not target.permissions_for_user(user).can_publish():
            return False
    return True
