from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    """The satisfaction survey (SKM) of PermenPANRB No. 14 Tahun 2017: periods, answers from
    phones and paper, and the index per service. Depends on cms only."""

    name = "surveys"
    verbose_name = _("Satisfaction survey (SKM)")
