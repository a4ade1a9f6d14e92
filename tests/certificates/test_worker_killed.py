"""A task worker killed while it stores a certificate's PDF leaves no file and no row pointing
at one; `recover_interrupted_work` renders it. Real `db_worker` processes, production settings."""

import io
import signal

import pypdfium2
import pytest
from django_tasks_db.models import DBTaskResult

from certificates.models import Certificate
from courses.learning import services

from ..helpers import lessons_of
from ..workers import files_in, kill_worker_mid_write, manage

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.slow,
]


def render_task() -> DBTaskResult:
    return DBTaskResult.objects.get(task_path="certificates.tasks.render_certificate")


def render_statuses() -> list[str]:
    renders = DBTaskResult.objects.filter(task_path="certificates.tasks.render_certificate")
    return sorted(renders.values_list("status", flat=True))


@pytest.fixture
def queued_certificate(settings, make_module, resident, private_media):
    """A certificate just issued, its render queued for the database worker."""
    module = make_module(lessons=1, quiz=False)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    services.complete_lesson(resident, module, lessons_of(module)[0])
    assert render_task().status == "READY"
    return Certificate.objects.get(recipient=resident)


def test_a_killed_render_leaves_nothing_half_written_and_is_finished_later(
    queued_certificate, private_media, tmp_path
):
    killed = kill_worker_mid_write(private_media, tmp_path / "paused")

    assert killed.returncode == -signal.SIGKILL
    queued_certificate.refresh_from_db()
    assert not queued_certificate.pdf
    assert not (private_media / "certificates" / f"{queued_certificate.code}.pdf").exists()
    assert all(name.startswith("certificates/.partial-") for name in files_in(private_media))
    # django-tasks-db leaves the task "running" for ever: no later worker takes it up again.
    assert render_task().status == "RUNNING"
    manage(private_media, "db_worker", "--batch", "--no-startup-delay")
    queued_certificate.refresh_from_db()
    assert not queued_certificate.pdf

    recovered = manage(private_media, "recover_interrupted_work", "--older-than", "0")

    assert "queued 1 interrupted tasks again" in recovered.stdout
    assert "rendered 1 certificates" in recovered.stdout
    queued_certificate.refresh_from_db()
    assert queued_certificate.pdf.name == f"certificates/{queued_certificate.code}.pdf"
    assert files_in(private_media) == [queued_certificate.pdf.name]
    pdf = (private_media / queued_certificate.pdf.name).read_bytes()
    assert len(pypdfium2.PdfDocument(io.BytesIO(pdf))) == 1
    assert render_statuses() == ["FAILED", "READY"]  # the killed run, and the one queued again
    manage(private_media, "db_worker", "--batch", "--no-startup-delay")
    assert render_statuses() == ["FAILED", "SUCCESSFUL"]
    assert files_in(private_media) == [queued_certificate.pdf.name]


def test_an_unharmed_worker_renders_the_certificate(queued_certificate, private_media):
    manage(private_media, "db_worker", "--batch", "--no-startup-delay")

    queued_certificate.refresh_from_db()
    assert render_task().status == "SUCCESSFUL"
    assert files_in(private_media) == [queued_certificate.pdf.name]
