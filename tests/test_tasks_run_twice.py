"""Every task the site queues, its own and its dependencies', is safe to run twice: a worker
killed mid-task leaves it RUNNING, and `recover_interrupted_work` runs it again, perhaps next to
a worker that was only slow (cms/recovery.py). Each is run twice here and leaves what one run
leaves; a new task fails the first test until it is added here."""

import importlib
from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.utils import timezone
from django_tasks.base import Task
from modelsearch.tasks import insert_or_update_object_task
from wagtail.images.tasks import set_image_focal_point_task
from wagtail.models import ReferenceIndex
from wagtail.search.models import IndexEntry
from wagtail.tasks import delete_file_from_storage_task, update_reference_index_task

from certificates.models import Certificate, CertificateTemplate
from certificates.tasks import render_certificate
from cms.models import GuideBrochure
from cms.tasks import render_guide_brochure
from courses.learning import services
from courses.learning.tasks import issue_postponed_certificates, recheck_module_completion
from courses.models import ReportExport
from courses.reports import exports
from courses.reports.report import ReportFilters
from courses.reports.tasks import build_pdf_export, build_xlsx_export
from courses.workshops import services as sessions
from courses.workshops.tasks import (
    send_moved_up_email,
    send_registered_email,
    send_reminder_email,
)

from .factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    ProfileFactory,
    WorkshopSessionFactory,
)
from .helpers import lessons_of

pytestmark = pytest.mark.django_db
REVIEWED = {
    task.module_path
    for task in (
        render_guide_brochure,
        render_certificate,
        recheck_module_completion,
        issue_postponed_certificates,
        build_xlsx_export,
        build_pdf_export,
        send_registered_email,
        send_moved_up_email,
        send_reminder_email,
        update_reference_index_task,
        insert_or_update_object_task,
        delete_file_from_storage_task,
        set_image_focal_point_task,
    )
}


def installed_tasks() -> set[str]:
    """The tasks of every installed app: the project's in any module named tasks.py, the
    others' in their app's tasks module."""
    modules = set()
    for app in apps.get_app_configs():
        folder = Path(app.path)
        if folder.is_relative_to(settings.BASE_DIR) and "site-packages" not in folder.parts:
            found = folder.rglob("tasks.py")
            modules |= {".".join(path.relative_to(settings.BASE_DIR).parts)[:-3] for path in found}
        elif (folder / "tasks.py").exists():
            modules.add(f"{app.name}.tasks")
    return {
        value.module_path
        for name in modules
        for value in vars(importlib.import_module(name)).values()
        if isinstance(value, Task)
    }


def test_every_task_the_site_can_queue_is_checked_here():
    assert installed_tasks() == REVIEWED


def twice(task, *args):
    return task.call(*args), task.call(*args)


def test_guide_brochure(home_page):
    guide = GuidePageFactory(parent=GuideIndexPageFactory(parent=home_page))
    first, second = twice(render_guide_brochure, guide.pk)
    assert first == second and GuideBrochure.objects.filter(guide=guide).count() == 1


def test_certificate_pdf(make_module, resident, private_media):
    module = make_module(lessons=1, quiz=False)
    services.complete_lesson(resident, module, lessons_of(module)[0])  # the render is queued
    certificate = Certificate.objects.get(recipient=resident)
    first, second = twice(render_certificate, certificate.pk)
    assert first == second == f"certificates/{certificate.code}.pdf"
    assert [path.name for path in private_media.rglob("*.pdf")] == [f"{certificate.code}.pdf"]
    assert len(mail.outbox) == 1  # "your certificate is ready", once


def test_session_emails(resident):
    session = WorkshopSessionFactory(capacity=1, starts_at=timezone.now() + timedelta(hours=20))
    registration = sessions.register(resident, session)  # the e-mails wait for a commit
    assert twice(send_registered_email, registration.pk) == (True, False)
    assert twice(send_reminder_email, registration.pk) == (True, False)
    waiting = sessions.register(ProfileFactory().user, session)
    sessions.cancel_registration(resident, session)
    assert twice(send_moved_up_email, waiting.pk) == (True, False)
    assert len(mail.outbox) == 3


def test_completion_recheck(make_module, resident):
    module = make_module(lessons=2, quiz=False)
    first, second = lessons_of(module)
    services.complete_lesson(resident, module, first)
    second.unpublish()
    assert twice(recheck_module_completion, module.pk) == (1, 0)
    assert Certificate.objects.filter(recipient=resident, module=module).count() == 1


def test_postponed_certificates(make_module, resident):
    CertificateTemplate.objects.update(is_default=False)
    module = make_module(lessons=1, quiz=False)
    services.complete_lesson(resident, module, lessons_of(module)[0])
    CertificateTemplate.objects.update(is_default=True)
    assert twice(issue_postponed_certificates) == (1, 0)
    assert Certificate.objects.filter(recipient=resident, module=module).count() == 1


def test_xlsx_export(official, private_media):
    export = exports.log_export(official, ReportFilters(), "summary", "xlsx")
    assert twice(build_xlsx_export, export.pk, "en") == ("ready", "ready")
    export.refresh_from_db()
    assert [path.name for path in private_media.rglob("*.xlsx")] == [
        export.file.name.split("/")[-1]
    ]
    assert export.status == ReportExport.Status.READY


def test_report_pack(official, private_media):
    pdf, xlsx = exports.log_pack(official, ReportFilters(), "")
    assert twice(build_pdf_export, pdf.pk, "id") == ("ready", "ready")
    assert twice(build_xlsx_export, xlsx.pk, "id") == ("ready", "ready")
    files = sorted(path.name for path in private_media.rglob("paket-laporan-*"))
    assert len(files) == 2 and files[0].endswith(".pdf") and files[1].endswith(".xlsx")


def test_wagtails_index_updates(module):
    page = ("courses", "modulepage", str(module.pk))
    twice(update_reference_index_task, *page)
    twice(insert_or_update_object_task, *page)
    references, entries = ReferenceIndex.objects.count(), IndexEntry.objects.count()
    twice(update_reference_index_task, *page)
    twice(insert_or_update_object_task, *page)
    assert (ReferenceIndex.objects.count(), IndexEntry.objects.count()) == (references, entries)


def test_wagtails_file_deletion(tmp_path):
    storage = FileSystemStorage(location=tmp_path)
    name = storage.save("old.jpg", ContentFile(b"jpeg"))
    twice(delete_file_from_storage_task, storage.deconstruct(), name)
    assert not storage.exists(name)


def test_wagtails_focal_point_detection_is_never_queued(settings):
    """Queued only with feature detection on, which needs OpenCV; it would set the same focal
    point each time."""
    assert not getattr(settings, "WAGTAILIMAGES_FEATURE_DETECTION_ENABLED", False)
