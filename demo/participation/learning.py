"""Online learning: enrolments, lesson completions (with passed quizzes where a lesson has
one), module completions with their certificates, and module feedback."""

import random
from datetime import datetime, timedelta

from courses.models import Enrolment, Feedback, LessonCompletion, QuizAttempt

from . import content
from .base import DAY, Picker, Timeline, Writer
from .modules import Module
from .people import People

COMPLETION_SHARE = 0.4  # of enrolments
FEEDBACK_SHARE = 0.5  # of completions and attendances
PARTIAL_MEAN = 1.5  # lessons done by learners who stop before the end (before truncation)
RATINGS, RATING_WEIGHTS = [1, 2, 3, 4, 5], [3, 5, 15, 40, 37]


class Plan:
    """One enrolment before it is written."""

    __slots__ = (
        "resident", "module", "enrolled_at", "done", "wants_completion", "end",
        "attended_until", "completed_at",
    )  # fmt: skip

    def __init__(self, resident: int, module: Module, enrolled_at: datetime):
        self.resident = resident
        self.module = module
        self.enrolled_at = enrolled_at
        self.done = 0
        self.wants_completion = False
        self.end = enrolled_at  # when the last lesson done was done
        self.attended_until: datetime | None = None  # blended: end of a session attended
        self.completed_at: datetime | None = None


def plan_enrolments(
    modules: list[Module], people: People, lesson_target: int, timeline: Timeline, rng
) -> dict[tuple[int, int], Plan]:
    """Enrolments whose lesson completions add up to exactly `lesson_target` (when the
    residents and modules leave room for that many)."""
    if not people.ids or not modules:
        return {}
    total_weight = sum(module.weight for module in modules)
    average_lessons = sum(len(m.lesson_ids) * m.weight for m in modules) / total_weight
    per_enrolment = COMPLETION_SHARE * average_lessons + (1 - COMPLETION_SHARE) * PARTIAL_MEAN
    possible = len(people.ids) * len(modules)
    wanted = min(round(lesson_target / per_enrolment), possible * 2 // 3)
    # A few residents are very active, most do one or two modules, some never start one.
    residents = Picker(
        range(len(people.ids)),
        [0.0 if rng.random() < 0.12 else rng.lognormvariate(0, 1) for _ in people.ids],
        rng,
    )
    pick_module = Picker(modules, [module.weight for module in modules], rng)
    plans: dict[tuple[int, int], Plan] = {}
    for _attempt in range(wanted * 3):
        if len(plans) >= wanted:
            break
        resident, module = residents(), pick_module()
        key = (resident, module.page.pk)
        if key not in plans:
            enrolled_at = timeline.after(people.joined[resident], skew=3)
            plans[key] = Plan(resident, module, enrolled_at)
    for plan in plans.values():
        lessons = len(plan.module.lesson_ids)
        plan.wants_completion = rng.random() < COMPLETION_SHARE
        partial = min(lessons - 1, int(rng.expovariate(1 / PARTIAL_MEAN)))
        plan.done = lessons if plan.wants_completion else partial
    _match_target(list(plans.values()), lesson_target, rng)
    for plan in sorted(plans.values(), key=lambda plan: plan.enrolled_at):
        _schedule(plan, timeline, rng)
        plan.module.enrollees.append(plan)
    return plans


def _match_target(plans: list[Plan], target: int, rng: random.Random) -> None:
    """Move the lesson counts of unfinished enrolments up or down, one lesson at a time."""
    difference = target - sum(plan.done for plan in plans)
    unfinished = [plan for plan in plans if not plan.wants_completion]
    rng.shuffle(unfinished)
    changed = True
    while difference and changed:
        changed = False
        for plan in unfinished:
            if difference > 0 and plan.done < len(plan.module.lesson_ids) - 1:
                plan.done += 1
                difference -= 1
                changed = True
            elif difference < 0 and plan.done > 0:
                plan.done -= 1
                difference += 1
                changed = True
            if not difference:
                break


def _schedule(plan: Plan, timeline: Timeline, rng: random.Random) -> None:
    room = (timeline.now - plan.enrolled_at) * 0.95
    if plan.done:
        plan.end = plan.enrolled_at + min(plan.done * rng.expovariate(1 / 2) * DAY, room)
    if plan.wants_completion and not plan.module.blended:
        plan.completed_at = plan.end


def complete_blended(plans: dict[tuple[int, int], Plan]) -> None:
    """A blended module is complete once its lessons are done and the learner attended one of
    its sessions; learners who did not attend stay with every lesson done."""
    for plan in plans.values():
        if plan.module.blended and plan.wants_completion and plan.attended_until:
            plan.completed_at = max(plan.end, plan.attended_until)


def write_learning(plans, people: People, certificates, rng: random.Random, now) -> None:
    """Write enrolments, lesson completions, quiz attempts, certificates and feedback."""
    writers = {
        model: Writer(model) for model in (Enrolment, LessonCompletion, QuizAttempt, Feedback)
    }
    for plan in plans.values():
        user_id = people.ids[plan.resident]
        lessons = plan.module.lesson_ids[: plan.done]
        writers[Enrolment].add(
            Enrolment(
                user_id=user_id,
                module=plan.module.page,
                enrolled_at=plan.enrolled_at,
                last_activity_at=plan.end,
                last_lesson_id=lessons[-1] if lessons else None,
                completed_at=plan.completed_at,
            )
        )
        for number, lesson_id in enumerate(lessons, start=1):
            done_at = plan.enrolled_at + (plan.end - plan.enrolled_at) * number / len(lessons)
            _complete_lesson(writers, plan.module, user_id, lesson_id, done_at, rng)
        if plan.completed_at:
            certificates.for_module(plan, people)
            if rng.random() < FEEDBACK_SHARE:
                writers[Feedback].add(
                    feedback(rng, user_id, plan.completed_at, now, module=plan.module.page)
                )
    for writer in writers.values():
        writer.flush()


def _complete_lesson(writers, module: Module, user_id, lesson_id, done_at, rng) -> None:
    writers[LessonCompletion].add(
        LessonCompletion(user_id=user_id, lesson_id=lesson_id, completed_at=done_at)
    )
    if lesson_id not in module.quizzes:
        return
    right, wrong = module.quizzes[lesson_id]
    number = 1
    if rng.random() < 0.2:
        writers[QuizAttempt].add(
            QuizAttempt(
                user_id=user_id,
                lesson_id=lesson_id,
                number=number,
                answers=wrong,
                score=0,
                passed=False,
                submitted_at=done_at - timedelta(minutes=rng.randint(2, 30)),
            )
        )
        number += 1
    writers[QuizAttempt].add(
        QuizAttempt(
            user_id=user_id,
            lesson_id=lesson_id,
            number=number,
            answers=right,
            score=100,
            passed=True,
            submitted_at=done_at,
        )
    )


def feedback(rng: random.Random, user_id: int, after: datetime, now, **subject) -> Feedback:
    """Answered or skipped soon after `after`; ratings lean positive, some leave a comment."""
    submitted_at = min(after + rng.expovariate(2) * DAY, now)
    if rng.random() < 0.15:
        return Feedback(
            user_id=user_id,
            skipped=True,
            submitted_at=submitted_at,
            updated_at=submitted_at,
            **subject,
        )
    satisfaction = rng.choices(RATINGS, RATING_WEIGHTS)[0]
    comment = rng.choice(content.COMMENTS) if rng.random() < 0.35 else ""
    return Feedback(
        user_id=user_id,
        satisfaction=satisfaction,
        usefulness=max(1, min(5, satisfaction + rng.choice((-1, 0, 0, 1)))),
        clarity=max(1, min(5, satisfaction + rng.choice((-1, -1, 0, 0, 1)))),
        comment=comment,
        share_comment=bool(comment) and rng.random() < 0.6,
        submitted_at=submitted_at,
        updated_at=submitted_at,
        **subject,
    )
