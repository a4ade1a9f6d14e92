import os

import pytest
from django.core.cache import caches
from hypothesis import settings
from wagtail.models import Locale

from config.settings import base as base_settings
from demo import roles

from .e2e.results import AUDITED, WEIGHTS
from .factories import (
    ModuleIndexPageFactory,
    ProfileFactory,
    StandardPageFactory,
    UserFactory,
    module_with_lessons,
    site_home_page,
)

# The property tests' examples (tests/hostile.py): HYPOTHESIS_PROFILE=thorough runs ten times as many.
settings.register_profile("thorough", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """Rolling a test's database back sends no signal: pages it cached must not outlive it."""
    caches["pages"].clear()


@pytest.fixture
def home_page(db):
    return site_home_page()


@pytest.fixture
def english_home(home_page):
    return home_page.get_translation(Locale.objects.get(language_code="en"))


@pytest.fixture
def standard_page(home_page):
    return StandardPageFactory(
        parent=home_page, title="Tentang kami", slug="tentang", show_in_menus=True
    )


@pytest.fixture
def resident(db):
    return ProfileFactory(full_name="Sari Wulandari").user


@pytest.fixture
def facilitator(db):
    return ProfileFactory(user=UserFactory(role=roles.FACILITATOR)).user


@pytest.fixture
def coordinator(db):
    return ProfileFactory(user=UserFactory(role=roles.COORDINATOR)).user


@pytest.fixture
def official(db):
    return ProfileFactory(user=UserFactory(role=roles.OFFICIAL)).user


@pytest.fixture
def catalogue(home_page):
    return ModuleIndexPageFactory(parent=home_page)


@pytest.fixture
def make_module(catalogue):
    """A module with `lessons` lessons; the last one has a two-question quiz when `quiz`."""

    def make(lessons=3, quiz=True, **fields):
        return module_with_lessons(catalogue, lessons=lessons, quiz=quiz, **fields)

    return make


@pytest.fixture
def module(make_module):
    return make_module()


@pytest.fixture
def private_media(settings, tmp_path, monkeypatch):
    """Certificates and exports stored as in production: files in a folder of their own."""
    from django.core.files.storage import storages

    from certificates.models import Certificate
    from courses.models import ReportExport

    folder = tmp_path / "private-media"
    settings.PRIVATE_MEDIA_ROOT = folder
    settings.STORAGES = {
        **settings.STORAGES,
        **{
            alias: {**options, "OPTIONS": {**options["OPTIONS"], "location": folder}}
            for alias, options in base_settings.STORAGES.items()
            if alias in ("certificates", "reports")
        },
    }
    # A FileField calls its storage function once, when the model is defined.
    monkeypatch.setattr(Certificate._meta.get_field("pdf"), "storage", storages["certificates"])
    monkeypatch.setattr(ReportExport._meta.get_field("file"), "storage", storages["reports"])
    return folder


# The journeys' measurements (tests/e2e): here, not in tests/e2e/conftest.py, because under
# pytest-xdist only this conftest is loaded by the main process that prints them.
def pytest_sessionfinish(session):
    """Under pytest-xdist the journeys run in a worker: hand its measurements to the main
    process, which prints them."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["e2e_audited"] = sorted(AUDITED)
        workeroutput["e2e_weights"] = WEIGHTS


def pytest_testnodedown(node, error):
    output = getattr(node, "workeroutput", {})
    AUDITED.update(tuple(page) for page in output.get("e2e_audited", []))
    WEIGHTS.update(output.get("e2e_weights", {}))


def pytest_terminal_summary(terminalreporter):
    """The numbers behind the journeys, for the record (CI log, closing notes)."""
    if not AUDITED and not WEIGHTS:
        return
    terminalreporter.write_sep("-", "end-to-end measurements")
    languages = sorted({language for _, language in AUDITED})
    per_language = ", ".join(
        f"{sum(1 for _, lang in AUDITED if lang == language)} in {language}"
        for language in languages
    )
    terminalreporter.write_line(
        f"axe-core WCAG 2.1 A/AA: {len(AUDITED)} distinct pages checked ({per_language})"
    )
    for name, weight in WEIGHTS.items():
        terminalreporter.write_line(f"HTML+CSS+JS transferred, {name}: {weight / 1024:.1f} KB")


def pytest_xdist_make_scheduler(config, log):
    """Under pytest-xdist (make test): every journey on one worker, as one unit, since they
    share one production-mode stack (tests/e2e/conftest.py orders them first); other tests
    travel in runs of one module, so a module-scoped fixture is built on one worker only.
    Runs keep pytest-django's order (database tests, then transactional ones, which empty the
    database when they end), so no worker runs a database test after a transactional one.
    (`--dist loadgroup` would group the journeys, but does not group with pytest 9.)"""
    from xdist.scheduler import LoadScopeScheduling  # only when pytest-xdist runs

    class JourneysTogether(LoadScopeScheduling):
        def schedule(self):
            if self.collection is None and self.registered_collections:
                self.scopes = _runs_of_modules(next(iter(self.registered_collections.values())))
            super().schedule()

        def _split_scope(self, nodeid: str) -> str:
            return self.scopes[nodeid]

    config.option.loadscopereorder = False  # keep that order: no biggest-first
    return JourneysTogether(config, log)


def _runs_of_modules(nodeids) -> dict[str, str]:
    scopes, run, previous = {}, 0, None
    for nodeid in nodeids:
        module = "tests/e2e" if nodeid.startswith("tests/e2e/") else nodeid.split("::")[0]
        run += module != previous
        scopes[nodeid], previous = f"{module}#{run}", module
    return scopes
