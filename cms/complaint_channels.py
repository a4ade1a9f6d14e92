"""The official channels a resident of Jakarta can complain through, with their addresses, so a
guide names them by key and every guide links to the same, checked addresses."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Channel:
    name: str
    url: str
    description: Promise


OFFICIAL_CHANNELS = {
    "jaki": Channel(
        "JAKI",
        "https://jaki.jakarta.go.id",
        _("Jakarta's app: report a problem and follow what is done about it."),
    ),
    "crm": Channel(
        "CRM Jakarta",
        "https://crm.jakarta.go.id",
        _("Check what is happening to your Jakarta report: enter its number."),
    ),
    "lapor": Channel(
        "SP4N-LAPOR!",
        "https://www.lapor.go.id",
        _("The national complaint service for every public service."),
    ),
    "ombudsman": Channel(
        "Ombudsman RI",
        "https://ombudsman.go.id/pengaduan",
        _("When the office did not settle your complaint: the Ombudsman checks public services."),
    ),
}
