"""The SKM questionnaire: the nine questions with the regulation's four answers each, and the
optional respondent details with a consent box. The same form serves residents and staff
typing in paper questionnaires (who also choose the period and the service)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import SurveyPeriod
from .services import find_service, surveyed_services
from .skm import ELEMENTS, RESPONDENT_DETAILS, AgeGroup, Education, Occupation, Sex

ANSWER_ERRORS = {
    "required": _("Choose one of the four answers."),
    "invalid_choice": _("Choose one of the four answers."),
}
DETAIL_ERRORS = {"invalid_choice": _("Choose one of the options, or leave it empty.")}


def _question(element):
    return forms.TypedChoiceField(
        label=element.question,
        coerce=int,
        choices=list(enumerate(element.answers, start=1)),
        widget=forms.RadioSelect,
        error_messages=ANSWER_ERRORS,
    )


def _detail(label, choices):
    return forms.ChoiceField(
        label=label,
        required=False,
        choices=[("", _("I prefer not to say")), *choices.choices],
        error_messages=DETAIL_ERRORS,
    )


class SurveyForm(forms.Form):
    age_group = _detail(_("Age"), AgeGroup)
    sex = _detail(_("Sex"), Sex)
    education = _detail(_("Highest education"), Education)
    occupation = _detail(_("Main occupation"), Occupation)
    consent = forms.BooleanField(
        label=_("I agree that these details are kept with my answers"),
        required=False,
        help_text=_(
            "Only to count answers by group, for example by age. Nobody sees your details on "
            "their own, and groups of fewer than 5 people are never shown."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        questions = {element.field: _question(element) for element in ELEMENTS}
        self.fields = {**questions, **self.fields}

    @property
    def question_fields(self) -> list:
        return [self[element.field] for element in ELEMENTS]

    @property
    def detail_fields(self) -> list:
        return [self[name] for name in (*RESPONDENT_DETAILS, "consent")]

    def clean(self):
        cleaned = super().clean()
        given = any(cleaned.get(name) for name in RESPONDENT_DETAILS)
        if given and not cleaned.get("consent"):
            self.add_error(
                "consent",
                _(
                    "Tick this box to keep your details, or set them back to “I prefer not to say”."
                ),
            )
        return cleaned

    def answers(self) -> dict:
        return {element.field: self.cleaned_data[element.field] for element in ELEMENTS}

    def details(self) -> dict:
        return {name: self.cleaned_data[name] for name in (*RESPONDENT_DETAILS, "consent")}


class PaperSurveyForm(SurveyForm):
    """Staff typing in a paper questionnaire: which period and service it was for."""

    period = forms.ModelChoiceField(
        label=_("Survey period"),
        queryset=SurveyPeriod.objects.none(),
        error_messages={"required": _("Choose the survey period.")},
    )
    service = forms.ChoiceField(
        label=_("Service"), error_messages={"required": _("Choose the service.")}
    )
    consent = forms.BooleanField(
        label=_("The respondent filled in their details"),
        required=False,
        help_text=_("Tick only if the respondent wrote their details on the questionnaire."),
    )

    def __init__(self, *args, periods, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].queryset = periods
        self.fields["service"].choices = [
            ("", "---------"),
            *((service.key, service.name) for service in surveyed_services()),
        ]
        head = {name: self.fields.pop(name) for name in ("period", "service")}
        self.fields = {**head, **self.fields}

    def clean_service(self):
        service = find_service(self.cleaned_data["service"])
        if service is None:
            raise forms.ValidationError(_("Choose the service."))
        return service
