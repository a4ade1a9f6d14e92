from allauth.account.signals import email_confirmed, user_signed_up
from allauth.core import ratelimit
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from .email_addresses import release_claims
from .models import GuidePage
from .permissions import SHOWS_USERBAR, is_staff_member
from .tasks import render_guide_brochure


@receiver(page_published, sender=GuidePage)
def guide_published(sender, instance: GuidePage, **kwargs):
    transaction.on_commit(lambda: render_guide_brochure.enqueue(instance.pk))


@receiver(user_signed_up)
def address_signed_up_with(sender, request, user, **kwargs):
    if release_claims(user.email, owner=user):
        # The mail asking to confirm a claim started the address's cooldown, and its link no
        # longer works: the new account's own confirmation must not wait minutes behind it.
        ratelimit.clear(request, action="confirm_email", key=user.email.lower())


@receiver(email_confirmed)
def address_confirmed(sender, request, email_address, **kwargs):
    release_claims(email_address.email, owner=email_address.user)


@receiver(user_logged_in)
def note_whether_userbar_shows(sender, request, user, **kwargs):
    """Decided once, at sign-in: Wagtail's user bar would otherwise read the permissions of
    every signed-in resident on every page to find out that they may not edit it."""
    request.session[SHOWS_USERBAR] = is_staff_member(user)
