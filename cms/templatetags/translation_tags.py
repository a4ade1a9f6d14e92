from django import template
from wagtail.models import Page

from ..translation_review import is_out_of_date

register = template.Library()


@register.simple_tag
def translation_out_of_date(translation) -> bool:
    """In the translation editor: whether the source was published after this translation
    took its text in (wagtail-localize's "Sync translated pages" brings the changes in)."""
    source = translation.source.get_source_instance()
    return isinstance(source, Page) and is_out_of_date(translation, source)
