"""The registry of personal data. Each app that keeps something about a person registers a
source in its AppConfig.ready(): what to show and download on *Data Saya*, the template that
shows it, and how to erase it when the person deletes their account. The data-rights pages
(data_rights.py) only go through this registry, so cms never imports the apps above it."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    name: str
    #: The person's records as plain values, under keys of their own (they are merged into one
    #: download, so two sources must not use the same key).
    records: Callable[..., dict]
    #: Erases or anonymises what identifies the person; runs inside the deletion's transaction.
    erase: Callable[..., None]
    #: Shows `data` (all sources' records) as one or more sections of the *Data Saya* page.
    template: str


_sources: dict[str, Source] = {}


def register(source: Source) -> None:
    """Sources are shown, downloaded and erased in the order they were registered, that is in
    the order of INSTALLED_APPS. Registering a name again replaces it."""
    _sources[source.name] = source


def sources() -> list[Source]:
    return list(_sources.values())
