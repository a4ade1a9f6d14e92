from dataclasses import dataclass

import pytest
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageColor
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import Translation

from certificates.models import Certificate
from cms.models import GuidePage, HomePage, User
from courses.learning.progress import module_lessons
from courses.models import (
    Attendance,
    ComplaintFigure,
    Enrolment,
    LessonPage,
    ModulePage,
    Target,
    WorkshopSession,
)
from courses.reports.filters import ReportFilters
from courses.reports.protected import protected_report
from demo import images as demo_images
from demo import modules as demo_modules
from demo import site as demo

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Loaded:
    first: demo.DemoResult
    second: demo.DemoResult
    counts_after_first: tuple[int, ...]


def counts() -> tuple[int, ...]:
    models = (Page, User, Revision, Enrolment, WorkshopSession, Attendance, Certificate)
    return tuple(model.objects.count() for model in models)


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded twice, once for the whole module (it takes seconds): every test looks
    at it inside a transaction of its own, and it is all rolled back at the end."""
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo, "CREDENTIALS_FILE", tmp_path_factory.mktemp("demo") / "credentials")
        with transaction.atomic():
            first = demo.load_demo()
            after_first = counts()
            yield Loaded(first, demo.load_demo(), after_first)
            transaction.set_rollback(True)


def test_load_demo_twice_creates_everything_once(loaded, client):
    assert loaded.first.created_site and not loaded.second.created_site
    assert loaded.second.password == loaded.first.password
    assert counts() == loaded.counts_after_first
    assert isinstance(Site.objects.get(is_default_site=True).root_page.specific, HomePage)
    assert client.get("/").status_code == 200
    assert client.get("/en/about/").status_code == 200
    assert client.login(email="koordinator@akademiwarga.test", password=loaded.first.password)


def test_only_the_demo_administrator_is_a_superuser(loaded):
    superusers = User.objects.filter(is_superuser=True).values_list("email", flat=True)
    assert list(superusers) == ["admin@akademiwarga.test"]
    resident = User.objects.get(email="warga@akademiwarga.test")
    assert not resident.is_staff and not resident.groups.exists()


def test_demo_has_three_modules_with_lessons_and_quizzes(loaded, client):
    modules = ModulePage.objects.live()
    assert sorted(module.topic.slug for module in modules) == ["advokasi", "anggaran", "proyek"]
    assert [module.slug for module in modules if module.requires_attendance] == [
        "advokasi-kebijakan"
    ]
    for module in modules:
        *lessons, final = module_lessons(module)
        assert 4 <= len(lessons) <= 6
        assert all(2 <= len(lesson.quiz) <= 4 for lesson in lessons)
        assert 1 <= final.questions_per_attempt < len(final.quiz)
    catalogue = client.get("/modul/").content.decode()
    assert "Pengelolaan Anggaran" in catalogue and "Advokasi Kebijakan" in catalogue
    english = client.get("/en/modules/").content.decode()
    assert "These modules are written in Bahasa Indonesia." in english
    assert "Manajemen Proyek" in english


def test_loading_over_an_earlier_demo_adds_the_new_quizzes_and_keeps_edited_lessons(loaded):
    """A database loaded before every lesson had a check and each module a final quiz: loading
    again adds them once, and leaves a lesson someone edited in the admin as they left it."""
    module = ModulePage.objects.get(slug="pengelolaan-anggaran")
    first, second, *_middle, final = module_lessons(module)
    pages_before = Page.objects.count()
    final.delete()
    first.quiz = []
    first.save_revision().publish()
    second.quiz = []
    second.save_revision(user=User.objects.get(email="fasilitator@akademiwarga.test")).publish()
    home = Site.objects.get(is_default_site=True).root_page.specific

    demo_modules.ensure_catalogue(home, None)
    counts = (Page.objects.count(), Revision.objects.count())
    demo_modules.ensure_catalogue(home, None)

    assert counts == (pages_before, Revision.objects.count())
    *_lessons, final = module_lessons(module)
    assert len(final.quiz) >= 12 and final.questions_per_attempt
    assert len(LessonPage.objects.get(pk=first.pk).quiz) == 3
    assert not LessonPage.objects.get(pk=second.pk).has_quiz


def test_demo_resident_has_a_certificate_to_look_at(loaded):
    assert Certificate.objects.filter(recipient__email="warga@akademiwarga.test").count() == 1


def test_demo_facilitator_has_a_held_session_with_walk_ins_and_two_upcoming(loaded):
    theirs = WorkshopSession.objects.filter(facilitators__email="fasilitator@akademiwarga.test")
    held = theirs.get(status=WorkshopSession.Status.HELD)
    assert held.attendances.filter(user__email="warga@akademiwarga.test").count() == 1
    assert held.attendances.filter(user__isnull=True).count() == 3
    assert sum(session.is_upcoming for session in theirs) == 2


def test_demo_report_shows_real_numbers_spread_over_rws_and_types_of_event(loaded):
    report = protected_report(ReportFilters())
    cells = [cell for _total, group, _adds_up in report.cell_groups() for cell in group]
    assert sum(cell.suppressed for cell in cells) < len(cells) / 10
    reached = [row.reached.number for row in report.by_rw]
    assert len(reached) == 10 and all(number >= 20 for number in reached)
    assert max(reached) > 1.5 * min(reached)
    assert {row.event_type for row in report.by_type if row.attendance.number} == set(
        WorkshopSession.EventType.values
    )
    assert all(row.enrolments.number and row.attendance.number for row in report.months[1:-1])
    assert report.figures.certificates.number > 500


def test_demo_history_ends_before_today(loaded):
    """So that what the demo accounts do today stands alone in the report (journey 4)."""
    today = timezone.localdate()
    assert not Enrolment.objects.filter(completed_at__date=today).exclude(
        user__email__endswith="@akademiwarga.test"
    )


def test_demo_has_a_year_of_complaint_figures_and_targets_once(loaded):
    assert ComplaintFigure.objects.count() == 12 * len(ComplaintFigure.Channel)
    assert not ComplaintFigure.objects.filter(resolved__gt=F("received")).exists()
    this_year = timezone.localdate().year
    assert sorted(Target.objects.values_list("name", flat=True)) == [
        str(this_year - 1),
        str(this_year),
    ]


def test_demo_guides_link_to_call_write_and_complain(loaded, client):
    content = client.get("/hak-dan-kewajiban/membuat-ktp-elektronik/").content.decode()
    for href in [
        "tel:+62210000000",
        "mailto:contoh@akademiwarga.test",
        "https://jaki.jakarta.go.id",
        "https://crm.jakarta.go.id",
        "https://www.lapor.go.id",
        "https://ombudsman.go.id/pengaduan",
    ]:
        assert f'href="{href}"' in content, href
    health = client.get("/hak-dan-kewajiban/berobat-di-puskesmas-bpjs/").content.decode()
    assert 'href="tel:165"' in health


def test_demo_budget_chart_keeps_its_labels_inside_and_its_alt_text_states_them(loaded):
    lesson = LessonPage.objects.get(slug="mengenal-anggaran-kelurahan")
    block = next(block for block in lesson.body if block.block_type == "image")
    with block.value["image"].open_file() as file, PILImage.open(file) as chart:
        assert chart.width == 1200  # about 330 px on a 360 px phone: the text stays 14 px or more
        assert chart.height > chart.width * 0.6
        margin = chart.convert("RGB").crop((chart.width - 30, 0, chart.width, chart.height))
        assert margin.getcolors() == [(30 * chart.height, ImageColor.getrgb(demo_images.CREAM))]
    for _label, _billions, amount in demo_images.BUDGET:
        assert amount in block.value["alt_text"]


def test_demo_office_hours_are_in_english_on_the_english_pages(loaded, client):
    assert "Senin–Jumat 08.00–16.00" in client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert "Monday–Friday 8:00–16:00" in english and "Senin" not in english


def test_english_home_has_as_many_module_and_guide_cards_as_the_indonesian(loaded, client):
    indonesian = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    for section in ("featured-modules", "featured-guides"):
        assert f'id="{section}"' in english
    assert english.count('class="card"') == indonesian.count('class="card"') > 0


def test_the_english_guides_are_translations_linked_to_their_sources(loaded, client):
    english_guides = GuidePage.objects.live().filter(locale__language_code="en")
    assert english_guides.count() == GuidePage.objects.filter(locale__language_code="id").count()
    assert Translation.objects.filter(target_locale__language_code="en").count() >= 7
    html = client.get("/en/rights-and-obligations/").content.decode()
    assert 'class="language-note"' not in html
    guide = client.get("/en/rights-and-obligations/membuat-ktp-elektronik/").content.decode()
    assert "You have the right to a KTP-el free of charge" in guide


def test_every_text_of_the_english_guides_is_translated(loaded):
    translations = Translation.objects.filter(
        target_locale__language_code="en", source__specific_content_type__model="guidepage"
    )
    progress = {str(t.source.object_repr): t.get_progress() for t in translations}
    assert all(total == done for total, done in progress.values()), progress
