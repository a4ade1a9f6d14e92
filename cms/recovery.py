"""Finishing what a killed or failed task worker left undone (`manage.py
recover_interrupted_work`). Each app registers the steps for the work it owns in its
AppConfig.ready(); they run in the order of INSTALLED_APPS, so work one app's step creates (a
certificate issued late) is there for the next app's step (rendering it)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.files.storage import storages
from django.utils.module_loading import import_string

from .storage import AtomicFileSystemStorage


@dataclass(frozen=True)
class Outcome:
    summary: str  # what the step did, for the command's one line of output
    failed: int = 0


#: A step gets how old (in seconds) unfinished work must be before it is taken over: a running
#: worker may still be at younger work.
Step = Callable[[float], Outcome]

_steps: dict[str, Step] = {}


def register(name: str, step: Step) -> None:
    _steps[name] = step


def run_all(older_than_seconds: float) -> list[Outcome]:
    return [step(older_than_seconds) for step in _steps.values()]


def remove_partial_files(older_than_seconds: float) -> Outcome:
    """Files a killed worker was still writing, in every storage that writes files whole."""
    folders = {
        storages[alias].location: storages[alias]
        for alias, options in settings.STORAGES.items()
        if issubclass(import_string(options["BACKEND"]), AtomicFileSystemStorage)
    }
    removed = sum(storage.remove_partial_files(older_than_seconds) for storage in folders.values())
    return Outcome(f"deleted {removed} partly written files")
