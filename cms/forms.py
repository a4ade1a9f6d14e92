from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Profile
from .text import one_line


class ProfileForm(forms.Form):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_("Write it exactly as it should be printed on your certificates."),
        error_messages={"required": _("Please write your name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    rw = forms.TypedChoiceField(
        label="RW",
        coerce=int,
        error_messages={
            "required": _("Choose your RW."),
            "invalid_choice": _("Choose one of the RWs in the list."),
        },
    )
    rt = forms.IntegerField(
        label="RT",
        min_value=1,
        max_value=99,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Write your RT number."),
            "min_value": _("RT numbers go from 1 to 99."),
            "max_value": _("RT numbers go from 1 to 99."),
            "invalid": _("Write your RT as a number, for example 3."),
        },
    )
    preferred_language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    workshop_emails = forms.BooleanField(
        label=_("Send me e-mails about workshops and certificates"),
        required=False,
        help_text=_(
            "Registration, waiting list, a reminder the day before, certificate ready. E-mails "
            "about your account (confirming your address, a new password) always come."
        ),
    )
    demographics_consent = forms.BooleanField(
        label=_("I agree to share my age band and gender"),
        required=False,
        help_text=_(
            "Optional. The kelurahan uses them only in totals, to see which groups take part. "
            "To withdraw your agreement, untick the box and save: both are erased at once."
        ),
    )
    age_band = forms.ChoiceField(
        label=_("Age band"),
        choices=[("", _("Prefer not to say")), *Profile.AgeBand.choices],
        required=False,
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        choices=[("", _("Prefer not to say")), *Profile.Gender.choices],
        required=False,
    )

    def __init__(self, *args, rw_count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rw"].choices = [
            ("", _("Choose your RW")),
            *((n, f"RW {n:02d}") for n in range(1, rw_count + 1)),
        ]

    def clean_full_name(self):
        name = one_line(self.cleaned_data["full_name"])
        if not name:
            raise forms.ValidationError(self.fields["full_name"].error_messages["required"])
        return name

    def clean(self):
        cleaned = super().clean()
        consent = cleaned.get("demographics_consent")
        if not consent and (cleaned.get("age_band") or cleaned.get("gender")):
            raise forms.ValidationError(
                _("To share your age band or gender, first tick the box that says you agree.")
            )
        return cleaned


class DeleteAccountForm(forms.Form):
    """Confirming with the password; an account without one (made by staff, signed in with an
    e-mailed code) types the confirmation word instead."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Write your password to confirm.")},
    )
    confirmation = forms.CharField(
        label=_("Type the word DELETE"),
        error_messages={"required": _("Type the word DELETE to confirm.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        del self.fields["confirmation" if user.has_usable_password() else "password"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password. Please try again."))
        return password

    def clean_confirmation(self):
        word = self.cleaned_data["confirmation"]
        if word.strip().upper() != confirmation_word():
            raise forms.ValidationError(_("Type the word DELETE to confirm."))
        return word


def confirmation_word() -> str:
    # Translators: the word a person types to confirm deleting their account, in capitals.
    return gettext("DELETE")


class ResendConfirmationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
