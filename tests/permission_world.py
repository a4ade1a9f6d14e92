"""The data the permission matrix requests its URLs against: one of every object a URL can
name, with the learner's objects (progress, quiz attempt, certificate, feedback, registration,
attendance) belonging to `resident` and none to `other_resident`, who has learning of their own
in another module."""

from dataclasses import dataclass, field
from datetime import date, timedelta

import wagtail_factories
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    PageViewRestriction,
    Site,
    Task,
    Workflow,
)

from certificates import services as certificates
from certificates.models import Certificate, CertificateTemplate
from cms.brochures import current_brochure
from cms.models import GuidePage, ServiceArea, User
from courses.learning import services
from courses.models import (
    Attendance,
    ComplaintFigure,
    LessonPage,
    ModulePage,
    QuizAttempt,
    ReportExport,
    Target,
    Topic,
)
from courses.models import WorkshopSession as Session
from courses.reports import exports as report_exports
from courses.reports import xlsx
from courses.reports.report import ReportFilters
from courses.workshops import feedback
from courses.workshops import services as sessions
from courses.workshops.feedback import Ratings
from demo import roles
from surveys.models import SurveyPeriod

from .factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    ModuleIndexPageFactory,
    ProfileFactory,
    StandardPageFactory,
    SurveyPeriodFactory,
    UserFactory,
    WorkshopSessionFactory,
    module_with_lessons,
    site_home_page,
)
from .helpers import lessons_of, right_answers, wrong_answers

PRIVATE_COMMENT = "Materinya bagus, tapi ruangannya panas."
SHARED_COMMENT = "Seru, ingin ikut lagi."
SECRET = "Hanya untuk yang tahu kata sandinya."
ROLES = ("anonymous", "resident", "other_resident", "facilitator", "coordinator", "official")


@dataclass
class World:
    users: dict[str, User | None]
    module: ModulePage
    other_module: ModulePage
    first_lesson: LessonPage
    quiz_lesson: LessonPage
    attempt: QuizAttempt
    certificate: Certificate
    template: CertificateTemplate
    topic: Topic
    guide: GuidePage
    service_area: ServiceArea
    upcoming: Session
    held: Session
    others_session: Session
    walk_in: Attendance
    own_export: ReportExport
    coordinator_export: ReportExport
    target: Target
    complaint_figure: ComplaintFigure
    draft: object
    private_page: object
    restriction: PageViewRestriction
    image: object
    own_image: object
    document: object
    own_document: object
    private_document: object
    collection: Collection
    collection_restriction: CollectionViewRestriction
    site: Site
    locale: Locale
    group: Group
    workflow: Workflow
    task: Task
    redirect: Redirect
    survey_period: SurveyPeriod
    sessions: dict[str, str] = field(default_factory=dict)  # role → signed-in session key

    @property
    def task_state(self):
        return self.draft.current_workflow_task_state

    @property
    def revision(self):
        return self.quiz_lesson.latest_revision


def build_world() -> World:
    home = site_home_page()
    users = _users()
    resident, other = users["resident"], users["other_resident"]
    catalogue = ModuleIndexPageFactory(parent=home)
    module = module_with_lessons(catalogue, lessons=2, title="Pengelolaan Anggaran")
    module.facilitators.add(users["facilitator"])
    module.save()
    other_module = module_with_lessons(catalogue, lessons=1, quiz=False, title="Advokasi")
    first_lesson, quiz_lesson = lessons_of(module)
    for lesson in (first_lesson, quiz_lesson):
        lesson.save_revision(user=users["facilitator"]).publish()
    services.complete_lesson(resident, module, first_lesson)
    an_hour_ago = timezone.now() - timedelta(hours=1)
    services.submit_quiz(
        resident, module, quiz_lesson, wrong_answers(quiz_lesson), now=an_hour_ago
    )
    attempt = services.submit_quiz(resident, module, quiz_lesson, right_answers(quiz_lesson))
    feedback.give_feedback(resident, Ratings(4, 4, 4, PRIVATE_COMMENT), module=module)
    TOTP.activate(resident, generate_totp_secret())  # two-factor sign-in: the resident only
    RecoveryCodes.activate(resident)
    services.complete_lesson(other, other_module, lessons_of(other_module)[0])
    certificate = Certificate.objects.get(recipient=resident, module=module)
    upcoming, held, walk_in = _sessions(module, users)
    guide = GuidePageFactory(parent=GuideIndexPageFactory(parent=home), slug="ktp-el")
    current_brochure(guide)
    for pk in Certificate.objects.values_list("pk", flat=True):
        certificates.ensure_pdf(pk)
        certificates.ensure_credential(pk)
    draft = StandardPageFactory(parent=home, title="Draf", live=False)
    draft.save_revision(user=users["facilitator"])
    draft.get_workflow().start(draft, users["facilitator"])
    private_page = StandardPageFactory(parent=home, title="Rahasia", introduction=SECRET)
    collection = Collection.get_first_root_node().add_child(name="Foto kegiatan")
    archive = Collection.get_first_root_node().add_child(name="Arsip")
    return World(
        users=users,
        module=module,
        other_module=other_module,
        first_lesson=first_lesson,
        quiz_lesson=quiz_lesson,
        attempt=attempt,
        certificate=certificate,
        template=certificates.default_template(),
        topic=Topic.objects.get(slug="anggaran", locale__language_code="id"),
        guide=guide,
        service_area=guide.service_area,
        upcoming=upcoming,
        held=held,
        others_session=WorkshopSessionFactory(title="Lokakarya Koordinator"),
        walk_in=walk_in,
        own_export=_export(users["official"]),
        target=Target.objects.create(name="2025", start=date(2025, 1, 1), end=date(2025, 12, 31)),
        complaint_figure=ComplaintFigure.objects.create(
            month=date(2025, 1, 1), channel="lapor", received=9, resolved=7
        ),
        coordinator_export=_export(users["coordinator"]),
        draft=draft,
        private_page=private_page,
        restriction=PageViewRestriction.objects.create(
            page=private_page, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        ),
        image=_upload(wagtail_factories.ImageFactory, collection, users["coordinator"]),
        own_image=_upload(wagtail_factories.ImageFactory, collection, users["facilitator"]),
        document=_upload(wagtail_factories.DocumentFactory, collection, users["coordinator"]),
        own_document=_upload(wagtail_factories.DocumentFactory, collection, users["facilitator"]),
        private_document=wagtail_factories.DocumentFactory(collection=archive),
        collection=collection,
        collection_restriction=CollectionViewRestriction.objects.create(
            collection=archive, restriction_type="password", password="arsip"
        ),
        site=Site.objects.get(is_default_site=True),
        locale=Locale.objects.get(language_code="en"),
        group=Group.objects.get(name=roles.FACILITATOR),
        workflow=draft.get_workflow(),
        task=Task.objects.get(name="Persetujuan koordinator"),
        redirect=Redirect.objects.create(old_path="/lama", redirect_link="/"),
        survey_period=SurveyPeriodFactory(),
    )


def _users() -> dict[str, User | None]:
    staff = {
        role: ProfileFactory(user=UserFactory(role=role)).user
        for role in (roles.FACILITATOR, roles.COORDINATOR, roles.OFFICIAL)
    }
    return {
        "anonymous": None,
        "resident": ProfileFactory(full_name="Sari Wulandari").user,
        "other_resident": ProfileFactory(full_name="Budi Santoso").user,
        **staff,
    }


def _sessions(module: ModulePage, users: dict) -> tuple[Session, Session, Attendance]:
    """An upcoming session the resident registered for, about to start (residents can check
    in with its QR code), and a held one the resident attended (with feedback and an
    attendance certificate) beside a walk-in with a certificate."""
    resident = users["resident"]
    upcoming = WorkshopSessionFactory(
        title="Lokakarya Anggaran",
        module=module,
        starts_at=timezone.now() + timedelta(minutes=20),
    )
    past = timezone.now() - timedelta(days=2)
    held = WorkshopSessionFactory(
        title="Lokakarya Lalu", starts_at=past, ends_at=past + timedelta(hours=2)
    )
    for session in (upcoming, held):
        session.facilitators.add(users["facilitator"])
    sessions.register(resident, upcoming)
    sessions.check_in(held, resident, method=Attendance.Method.FACILITATOR)
    walk_in = sessions.record_walk_in(
        held, name="Bu Ani", rw=3, method=Attendance.Method.FACILITATOR, by=None
    ).attendance
    held.refresh_from_db()
    sessions.issue_attendance_certificates(held)
    feedback.give_feedback(resident, Ratings(5, 5, 5, SHARED_COMMENT, True), session=held)
    return upcoming, held, walk_in


def _export(user: User) -> ReportExport:
    export = report_exports.log_export(
        user, ReportFilters(), ReportExport.Kind.SUMMARY, ReportExport.Format.XLSX
    )
    return xlsx.write_xlsx(export, "id")


def _upload(factory, collection: Collection, user: User):
    """An image or document as someone uploaded it, with its size noted as an upload's is
    (Wagtail would note it, a write, on the first GET of its edit page)."""
    upload = factory(collection=collection, uploaded_by_user=user)
    upload.get_file_size()
    return upload
