import json

from django import forms
from django.utils.translation import gettext_lazy as _

from . import codes


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Certificate code"),
        max_length=64,
        help_text=_(
            "It is printed at the bottom of the certificate, for example TJB-7K3Q-9XWD-M2PA-4RZC."
        ),
        error_messages={"required": _("Type the code printed on the certificate.")},
        widget=forms.TextInput(
            attrs={"autocapitalize": "characters", "autocomplete": "off", "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        try:
            return codes.normalise(self.cleaned_data["code"])
        except codes.TypoInCode as error:
            raise forms.ValidationError(
                _(
                    "This code has a typing mistake: one character is wrong or two are swapped. "
                    "Please check it."
                )
            ) from error
        except codes.InvalidCode as error:
            raise forms.ValidationError(
                _(
                    "A code has 16 letters and numbers after the prefix, like TJB-7K3Q-9XWD-M2PA-4RZC."
                )
            ) from error


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the public verification page."),
    )


#: Our credentials are a few kilobytes; anything far larger is not one.
CREDENTIAL_MAX_BYTES = 64 * 1024


class CredentialForm(forms.Form):
    """A verifiable credential to check, pasted as text or uploaded as a .json file."""

    text = forms.CharField(
        label=_("Paste the credential"),
        required=False,
        max_length=CREDENTIAL_MAX_BYTES,
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false", "autocomplete": "off"}),
        error_messages={"max_length": _("This is too long to be a credential.")},
    )
    file = forms.FileField(
        label=_("Or choose its file (.json)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )

    def clean(self):
        text, upload = self.cleaned_data.get("text"), self.cleaned_data.get("file")
        if self.errors:
            return self.cleaned_data
        if not text and not upload:
            raise forms.ValidationError(_("Paste the credential or choose its file."))
        if text and upload:
            raise forms.ValidationError(_("Paste the credential or choose its file, not both."))
        if upload:
            text = self._read(upload)
        try:
            credential = json.loads(text)
        except ValueError as error:
            raise forms.ValidationError(
                _("This is not a credential: it is not valid JSON. Paste the whole file.")
            ) from error
        if not isinstance(credential, dict):
            raise forms.ValidationError(_("This is not a credential: it is not a JSON object."))
        self.cleaned_data["credential"] = credential
        return self.cleaned_data

    def _read(self, upload) -> str:
        if upload.size > CREDENTIAL_MAX_BYTES:
            raise forms.ValidationError(_("This file is too large to be a credential."))
        try:
            return upload.read().decode("utf-8")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _("This file is not a credential: it is not a text file.")
            ) from error
