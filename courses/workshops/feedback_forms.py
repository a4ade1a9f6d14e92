"""The short feedback survey: three ratings from 1 to 5, an optional comment, and whether
officials may read that comment."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .feedback import Ratings
from .models import Feedback

RATING_ERRORS = {
    "required": _("Choose one answer from 1 to 5."),
    "invalid_choice": _("Choose one answer from 1 to 5."),
}


def _rating(label, *scale):
    return forms.TypedChoiceField(
        label=label,
        coerce=int,
        choices=[
            (number, format_lazy("{} – {}", number, text))
            for number, text in enumerate(scale, start=1)
        ],
        widget=forms.RadioSelect,
        error_messages=RATING_ERRORS,
    )


class FeedbackForm(forms.Form):
    satisfaction = _rating(
        _("Overall, how satisfied are you?"),
        _("very unsatisfied"),
        _("unsatisfied"),
        _("neither satisfied nor unsatisfied"),
        _("satisfied"),
        _("very satisfied"),
    )
    usefulness = _rating(
        _("How useful is it for you and your neighbourhood?"),
        _("not useful at all"),
        _("of little use"),
        _("somewhat useful"),
        _("useful"),
        _("very useful"),
    )
    clarity = _rating(
        _("How clear were the explanations?"),
        _("very unclear"),
        _("unclear"),
        _("somewhat clear"),
        _("clear"),
        _("very clear"),
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What was good, what should be better? At most 2000 characters."),
        error_messages={
            "max_length": _("Please shorten your comment to at most 2000 characters.")
        },
    )
    share_comment = forms.BooleanField(
        label=_("Officials may read my comment"),
        required=False,
        help_text=_(
            "The training coordinators always read comments, without your name, to improve "
            "the training. Officials of the kelurahan read your comment, also without your "
            "name, only if you tick this box."
        ),
    )

    RATINGS = ("satisfaction", "usefulness", "clarity")

    @property
    def rating_fields(self) -> list:
        return [self[name] for name in self.RATINGS]

    @classmethod
    def initial_from(cls, feedback: Feedback | None) -> dict:
        if feedback is None or feedback.skipped:
            return {}
        return {name: getattr(feedback, name) for name in cls.base_fields}

    def disable(self) -> None:
        for field in self.fields.values():
            field.disabled = True

    def ratings(self) -> Ratings:
        return Ratings(**self.cleaned_data)
