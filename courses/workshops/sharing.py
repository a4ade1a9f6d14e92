"""A session outside the site: its public address, an iCalendar file (RFC 5545) to add it to
a phone's calendar, and a link that shares it on WhatsApp."""

from datetime import UTC, datetime
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone

from cms.pdf import public_url

from .models import WorkshopSession

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"
_LINE_OCTETS = 75


def session_url(session: WorkshopSession) -> str:
    """In the active language."""
    return public_url(reverse("courses:session_detail", args=[session.pk]))


def ics_filename(session: WorkshopSession) -> str:
    return f"lokakarya-{session.pk}.ics"


def session_ics(session: WorkshopSession) -> str:
    """One event. Its UID stays the same for the session, so importing the file again (after
    the time changed) updates the event instead of adding a second one."""
    url = session_url(session)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Akademi Warga//Lokakarya//ID",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:session-{session.pk}@{urlsplit(settings.PUBLIC_BASE_URL).hostname}",
        f"DTSTAMP:{_utc(timezone.now())}",
        f"DTSTART:{_utc(session.starts_at)}",
        f"DTEND:{_utc(session.ends_at)}",
        f"SUMMARY:{escape_text(session.title)}",
        f"LOCATION:{escape_text(session.venue)}",
        f"DESCRIPTION:{escape_text(url)}",
        f"URL:{url}",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, newlines as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Lines longer than 75 octets go on in lines that start with a space (RFC 5545 3.1),
    never inside a character's UTF-8 bytes."""
    parts, current, size = [], "", 0
    for char in line:
        octets = len(char.encode())
        limit = _LINE_OCTETS if not parts else _LINE_OCTETS - 1  # the space counts
        if size + octets > limit:
            parts.append(current)
            current, size = "", 0
        current += char
        size += octets
    parts.append(current)
    return "\r\n ".join(parts)


def whatsapp_url(session: WorkshopSession) -> str:
    """wa.me with the message filled in: the title, when, and the session's address."""
    when = formats.date_format(timezone.localtime(session.starts_at), "l, j F Y, H:i")
    text = f"{session.title}\n{when}\n{session_url(session)}"
    return f"https://wa.me/?text={quote(text, safe='')}"
