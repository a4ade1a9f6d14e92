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
