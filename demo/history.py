"""A year of participation before today, so that the report, the targets and the breakdowns
show real numbers: residents across the RWs, enrolments and completions with their
certificates, sessions of every type of event with registrations and attendance, feedback.
Made by the benchmark's generator at a small scale, with a fixed seed; its history ends at
midnight, so what happens today is only what the demo accounts did. Loading it twice changes
nothing."""

from datetime import datetime, time

from django.utils import timezone

from .participation import AlreadyGenerated, Sizes, generate

LABEL = "demo"
SIZES = Sizes(
    residents=900,
    completions=4_000,
    sessions=72,
    attendances=1_500,
    months=12,
    modules=3,  # the demo's own catalogue
    survey_answers=0,  # the demo has its own (surveys.py)
)


def ensure_history() -> None:
    midnight = timezone.make_aware(datetime.combine(timezone.localdate(), time()))
    try:
        generate(SIZES, seed=16, label=LABEL, until=midnight, log=lambda _line: None)
    except AlreadyGenerated:
        return
