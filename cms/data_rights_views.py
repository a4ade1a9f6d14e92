"""The pages for a resident's data rights: their data (page and JSON download), deleting their
account, and the privacy notice."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from . import data_rights
from .forms import DeleteAccountForm, confirmation_word
from .permissions import is_staff_member
from .personal_data import sources as personal_data_sources
from .ratelimit import allow

DELETE_ATTEMPTS_PER_HOUR = 10


@require_GET
def privacy(request):
    return render(request, "cms/privacy.html")


@never_cache
@require_GET
@login_required
def my_data(request):
    context = {
        "data": data_rights.personal_data(request.user),
        "source_templates": [source.template for source in personal_data_sources()],
    }
    return render(request, "cms/my_data.html", context)


@never_cache
@require_GET
@login_required
def my_data_download(request):
    data = data_rights.personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="data-saya-{day}.json"'
    return response


@never_cache
@require_GET
@login_required
def delete_account(request):
    form = DeleteAccountForm(user=request.user)
    return _delete_page(request, form)


@never_cache
@require_POST
@login_required
def delete_account_confirm(request):
    if is_staff_member(request.user):
        raise PermissionDenied
    # Closed while the cache is down: the form checks the password, and uncounted it would let
    # whoever holds a stolen session guess it.
    allowed = allow(
        request, "account-delete", limit=DELETE_ATTEMPTS_PER_HOUR, period=3600, if_cache_down=False
    )
    if not allowed:
        messages.error(request, _("Too many attempts. Please try again in an hour."))
        return _delete_page(request, DeleteAccountForm(user=request.user), status=429)
    form = DeleteAccountForm(request.POST, user=request.user)
    if not form.is_valid():
        return _delete_page(request, form, status=400)
    data_rights.delete_account(request.user)
    logout(request)
    messages.success(request, _("Your account and your personal data have been deleted."))
    return redirect("/")


def _delete_page(request, form, status: int = 200):
    context = {
        "form": form,
        "is_staff_member": is_staff_member(request.user),
        "confirmation_word": confirmation_word(),
    }
    return render(request, "cms/delete_account.html", context, status=status)
