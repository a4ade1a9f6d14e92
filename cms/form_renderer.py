"""The site's form renderer: every field is one `<div class="field">` holding its label, help,
errors and input, so a layout (a grid, a row of two) moves whole fields and never splits a
label from its input. Django already ties help and errors to the input (aria-describedby,
aria-invalid); the templates keep the ids it points at."""

from django.forms.renderers import TemplatesSetting


class SiteFormRenderer(TemplatesSetting):
    # TemplatesSetting reads the project's templates/ (and Django's widget templates, found
    # through "django.forms" in INSTALLED_APPS).
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
