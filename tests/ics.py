"""A minimal reader of the iCalendar files the site makes (RFC 5545), for tests: it checks the
line endings and folding, and returns the event's properties."""

from datetime import UTC, datetime


def unfold(text: str) -> list[str]:
    assert text.endswith("\r\n"), "every line ends in CRLF"
    lines = text.split("\r\n")[:-1]
    for line in lines:
        assert len(line.encode()) <= 75, f"line longer than 75 octets: {line!r}"
    unfolded: list[str] = []
    for line in lines:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    return unfolded


def event(text: str) -> dict[str, str]:
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    start, end = lines.index("BEGIN:VEVENT"), lines.index("END:VEVENT")
    assert start < end
    properties = dict(line.split(":", 1) for line in lines[start + 1 : end])
    for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert required in properties, f"{required} missing"
    return properties


def utc(value: str) -> datetime:
    return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append("\n" if following in "nN" else following)
        else:
            out.append(char)
    return "".join(out)
