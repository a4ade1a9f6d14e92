"""Forms of the facilitator's attendance sheet: a walk-in at the door, and the paper sign-in
sheet typed back after the session (every line checked before anything is stored)."""

import re
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db.models import Case, Value, When
from django.utils.translation import gettext_lazy as _

from cms import ids

from .models import Attendance, Registration, WorkshopSession
from .services import PaperSheetResult, normalise_name, record_paper_sheet

NAME_MAX_LENGTH = Attendance._meta.get_field("walk_in_name").max_length
PHONE_MAX_LENGTH = Attendance._meta.get_field("walk_in_phone").max_length
PHONE_PATTERN = re.compile(r"^[0-9+ ]+$")
_RW_PATTERN = re.compile(r"^(?:rw\s*)?(\d{1,3})$", re.IGNORECASE)

validate_phone = RegexValidator(
    PHONE_PATTERN, _("A phone number may only contain digits, + and spaces.")
)


def rw_choices(rw_count: int) -> list[tuple[str, str]]:
    return [("", _("Choose the RW")), *((str(rw), str(rw)) for rw in range(1, rw_count + 1))]


class WalkInForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=NAME_MAX_LENGTH)
    rw = forms.TypedChoiceField(
        label="RW",
        coerce=int,
        error_messages={"invalid_choice": _("Choose the RW from the list.")},
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=PHONE_MAX_LENGTH,
        validators=[validate_phone],
    )

    def __init__(self, *args, rw_count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rw"].choices = rw_choices(rw_count)
        self.fields["phone"].widget.attrs.update(inputmode="tel", autocomplete="off")
        self.fields["name"].widget.attrs.update(autocomplete="off")

    def clean_name(self):
        name = normalise_name(self.cleaned_data["name"])
        if not name:
            raise ValidationError(self.fields["name"].error_messages["required"])
        return name


@dataclass(frozen=True)
class WalkIn:
    name: str
    rw: int
    phone: str


def sheet_registrations(session: WorkshopSession):
    """The session's registrations as the sheet lists them: seats first, then the waiting
    list, each in the order people registered."""
    return (
        Registration.objects.filter(
            session=session,
            status__in=[Registration.Status.REGISTERED, Registration.Status.WAITLISTED],
        )
        .select_related("user__profile")
        .annotate(
            waiting=Case(
                When(status=Registration.Status.WAITLISTED, then=Value(1)), default=Value(0)
            )
        )
        .order_by("waiting", "created_at", "pk")
    )


def resident_name(user) -> str:
    profile = getattr(user, "profile", None)
    return (profile and profile.full_name) or str(user)


class RegistrationChoiceField(ids.ModelMultipleChoiceField):
    def label_from_instance(self, registration):
        label = resident_name(registration.user)
        profile = getattr(registration.user, "profile", None)
        if profile and profile.rw:
            label = f"{label} (RW {profile.rw})"
        if registration.status == Registration.Status.WAITLISTED:
            label = _("%(name)s, from the waiting list") % {"name": label}
        return label


class PaperSheetForm(forms.Form):
    registrations = RegistrationChoiceField(
        label=_("Registered residents who signed the sheet"),
        queryset=Registration.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _(
                "Someone you ticked is no longer on the list (perhaps they were checked in "
                "meanwhile). Please tick the residents again."
            )
        },
    )
    walk_ins = forms.CharField(
        label=_("Walk-ins"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "One walk-in per line: name, RW, phone (optional). "
            "For example: Siti Aminah, 5, 0812 3456 7890"
        ),
    )

    def __init__(self, *args, session: WorkshopSession, rw_count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.session = session
        self.rw_count = rw_count
        self.fields["registrations"].queryset = sheet_registrations(session).exclude(
            user__attendances__session=session
        )

    def clean_walk_ins(self) -> list[WalkIn]:
        walk_ins, errors = [], []
        for number, line in enumerate(self.cleaned_data["walk_ins"].splitlines(), start=1):
            if not line.strip():
                continue
            try:
                walk_ins.append(parse_walk_in(line, number, self.rw_count))
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        return walk_ins

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned["registrations"] and not cleaned["walk_ins"]:
            raise ValidationError(_("Tick at least one resident or type at least one walk-in."))
        return cleaned

    def save(self, *, by) -> PaperSheetResult:
        return record_paper_sheet(
            self.session,
            residents=[registration.user for registration in self.cleaned_data["registrations"]],
            walk_ins=[(item.name, item.rw, item.phone) for item in self.cleaned_data["walk_ins"]],
            by=by,
        )


def parse_walk_in(line: str, number: int, rw_count: int) -> WalkIn:
    """'name, RW, phone' with the phone optional; a name may itself contain commas. Errors
    name the line, in words a facilitator understands."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) >= 3 and _RW_PATTERN.match(parts[-2]):
        *name_parts, rw_text, phone = parts
    else:
        *name_parts, rw_text = parts
        phone = ""
    name = normalise_name(", ".join(name_parts))
    match = _RW_PATTERN.match(rw_text)
    rw = int(match.group(1)) if match else 0
    values = {
        "number": number,
        "max_rw": rw_count,
        "max_length": NAME_MAX_LENGTH,
        "max_phone": PHONE_MAX_LENGTH,
    }
    if len(parts) < 2:
        message = _(
            "Line %(number)s: write the name, then the RW, then the phone number if there is "
            "one, with commas between them."
        )
    elif not name:
        message = _("Line %(number)s: the name is missing.")
    elif len(name) > NAME_MAX_LENGTH:
        message = _("Line %(number)s: the name is longer than %(max_length)s characters.")
    elif not 1 <= rw <= rw_count:
        message = _("Line %(number)s: the RW must be a number from 1 to %(max_rw)s.")
    elif phone and (len(phone) > PHONE_MAX_LENGTH or not PHONE_PATTERN.match(phone)):
        message = _(
            "Line %(number)s: the phone number may only contain digits, + and spaces "
            "(at most %(max_phone)s characters)."
        )
    else:
        return WalkIn(name=name, rw=rw, phone=phone)
    raise ValidationError(message % values)


class CheckInForm(forms.Form):
    """The 'Check in' button of one row of the sheet."""

    registration = ids.ModelChoiceField(queryset=Registration.objects.none())

    def __init__(self, *args, session: WorkshopSession, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["registration"].queryset = sheet_registrations(session)
