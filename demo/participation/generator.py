"""Generate the whole data set in one transaction: on any error nothing is left behind."""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from cms.models import Profile
from cms.services import kelurahan_settings
from courses.models import (
    Attendance,
    Enrolment,
    Feedback,
    LessonCompletion,
    QuizAttempt,
    Registration,
    WorkshopSession,
)

from . import learning, modules, people, sessions
from .base import Progress, Timeline, Writer, explicit_timestamps, write_all
from .certificates import CertificateWriter
from .indicators import write_indicators
from .surveys import write_survey_answers

ATTENDANCE_CERTIFICATE_SHARE = 0.3
SESSIONS_PER_FACILITATOR = 150


class AlreadyGenerated(Exception):
    """A data set was generated in this database before (pass force to add another)."""


@dataclass(frozen=True)
class Sizes:
    residents: int = 100_000
    completions: int = 1_000_000  # lesson completions
    sessions: int = 2_000
    attendances: int = 50_000
    months: int = 24
    modules: int = 10  # at least this many live modules (more are created if needed)
    survey_answers: int = 20_000  # SKM answers, over the half-years of the months


def generate(
    sizes: Sizes,
    *,
    seed: int = 1,
    force: bool = False,
    log: Callable = print,
    label: str = "",
    until: datetime | None = None,
):
    """Returns the Progress: rows written per step and the time it took. The accounts' e-mail
    addresses start with `label` (default: the next run number, r1, r2…); a data set with a
    label of its own is made once only, even with `force`. The data set's time ends `until`
    (default: now)."""
    if label:
        if people.labelled(label):
            raise AlreadyGenerated
    else:
        run = people.existing_runs() + 1
        if run > 1 and not force:
            raise AlreadyGenerated
        label = people.run_label(run)
    rng = random.Random(seed)  # noqa: S311 - reproducible made-up data, not secrets
    timeline = Timeline(until or timezone.now(), sizes.months, rng)
    progress = Progress(log)
    stamped = (Profile, Enrolment, LessonCompletion, QuizAttempt, Registration, Feedback)
    with transaction.atomic():
        module_list = modules.live_modules(sizes.modules, rng)
        progress.done("modules", len(module_list))
        certificates = CertificateWriter()
        with explicit_timestamps(*stamped, WorkshopSession, certificates.writer.model):
            _generate(sizes, label, module_list, certificates, timeline, rng, progress)
    log(f"  {'total':<24} {'':>10}  {progress.elapsed:7.1f} s")
    return progress


def _generate(sizes, label, module_list, certificates, timeline, rng, progress) -> None:
    rw_count = _rw_count()
    residents = people.create_residents(
        sizes.residents, label=label, rw_count=rw_count, timeline=timeline, rng=rng
    )
    progress.done("residents", len(residents.ids))
    facilitators = people.create_facilitators(
        max(3, sizes.sessions // SESSIONS_PER_FACILITATOR), label=label, timeline=timeline, rng=rng
    )
    progress.done("facilitators", len(facilitators))
    plans = learning.plan_enrolments(module_list, residents, sizes.completions, timeline, rng)
    progress.done("enrolments (planned)", len(plans))

    planned = sessions.plan_sessions(sizes.sessions, module_list, rw_count, timeline, rng)
    counts = sessions.share_attendance(planned, sizes.attendances, timeline.now, rng)
    sessions.write_sessions(planned, facilitators, rng)
    progress.done("sessions", len(planned))
    crowd = sessions.Crowd(residents, module_list, plans, rw_count, timeline.now)
    rooms = sessions.fill_sessions(planned, counts, crowd, rng)
    learning.complete_blended(plans)

    learning.write_learning(plans, residents, certificates, rng, timeline.now)
    progress.done("enrolments", len(plans))
    registrations = write_all(Registration, [r for room in rooms for r in room.registrations])
    progress.done("registrations", len(registrations))
    attendances = write_all(Attendance, [a for room in rooms for a in room.attendances])
    progress.done("attendances", len(attendances))
    _after_attendance(attendances, residents, certificates, rng, timeline.now)
    progress.done("certificates", certificates.flush())
    if sizes.survey_answers:
        survey_answers = write_survey_answers(sizes.survey_answers, timeline, rng)
        progress.done("survey answers", survey_answers)
    progress.done("complaint figures", write_indicators(sizes, timeline))


def _after_attendance(attendances, residents, certificates, rng, now) -> None:
    """Attendance certificates for some, feedback from about half the residents who came."""
    feedback = Writer(Feedback)
    for attendance in attendances:
        resident = attendance.resident
        if rng.random() < ATTENDANCE_CERTIFICATE_SHARE:
            name = attendance.walk_in_name if resident is None else residents.names[resident]
            certificates.for_attendance(attendance, name)
        if resident is not None and rng.random() < learning.FEEDBACK_SHARE:
            feedback.add(
                learning.feedback(
                    rng,
                    attendance.user_id,
                    attendance.session.ends_at,
                    now,
                    session=attendance.session,
                )  # fmt: skip
            )
    feedback.flush()


def _rw_count() -> int:
    try:
        return kelurahan_settings().rw_count
    except Site.DoesNotExist:
        return 10
