"""Database ids that come from outside (a URL, a form). SQLite stores integers in 64 bits and
raises OverflowError, a server error, when asked about a larger one; such an id names nothing,
so it is treated as not found."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.urls import register_converter


class IdConverter:
    """`<id:pk>`: like `<int:pk>`, but at most 18 digits, so every id it lets through fits in
    64 bits; a longer one does not match the URL and is a 404."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


register_converter(IdConverter, "id")


def parse_id(value: str) -> int | None:
    """An id from a query string, or None: only ASCII digits, as many as `<id:…>` takes
    ("²".isdigit() is true, but int() refuses it)."""
    return int(value) if re.fullmatch(IdConverter.regex, value) else None


class ModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField for which an id too large for the database is no such choice."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        try:
            return super()._check_values(value)
        except OverflowError:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": "…"},
            ) from None
