"""The admin form that gives a learner more attempts at a quiz or ends their waiting time."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from .models import MAX_EXTRA_ATTEMPTS, LessonPage, ModulePage


class AttemptGrantForm(forms.Form):
    email = forms.EmailField(label=_("Resident's e-mail address"))
    quiz = forms.TypedChoiceField(label=_("Quiz"), coerce=int)
    extra_attempts = forms.IntegerField(
        label=_("Extra attempts"), min_value=0, max_value=MAX_EXTRA_ATTEMPTS, initial=1
    )
    ends_wait = forms.BooleanField(
        label=_("End the waiting time now"),
        required=False,
        help_text=_("The resident may try again at once, without waiting after their last try."),
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Kept with the grant, with your name and the time. If the quiz showed the correct "
            "answers after the last attempt, the resident may have seen them."
        ),
    )

    def __init__(self, quizzes: list[tuple[ModulePage, LessonPage]], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.quizzes = {lesson.pk: (module, lesson) for module, lesson in quizzes}
        self.fields["quiz"].choices = [
            (lesson.pk, f"{module.title}: {lesson.title}") for module, lesson in quizzes
        ]

    def clean_email(self):
        email = self.cleaned_data["email"]
        learner = get_user_model().objects.filter(email__iexact=email).first()
        if learner is None:
            raise forms.ValidationError(_("No account has this e-mail address."))
        self.learner = learner
        return email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("extra_attempts") == 0 and not cleaned.get("ends_wait"):
            raise forms.ValidationError(_("Give at least one attempt or end the waiting time."))
        return cleaned

    @property
    def module_and_lesson(self) -> tuple[ModulePage, LessonPage]:
        return self.quizzes[self.cleaned_data["quiz"]]
