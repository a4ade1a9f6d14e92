"""A resident fails a quiz and is shown no correct answers (the default settings), waits out
the waiting time on the test clock, passes and completes the module; the module's facilitator
opens its learning statistics and finds the resident and both attempts counted."""

from . import resident, staff
from .visitor import Visitor

MODULE = "Manajemen Proyek"
EMAIL = "statistik.journey@warga.test"
OTHERS = 5  # learners who tried the quiz before, so the counts are not suppressed


def test_a_failed_attempt_the_wait_a_pass_and_the_facilitators_statistics(
    new_page, mailbox, audit, stack, authenticator
):
    seed_quiz_attempts(stack, MODULE, OTHERS)
    facilitator = Visitor(new_page(), audit)
    staff.sign_in(facilitator, "fasilitator@akademiwarga.test", stack.demo_password, authenticator)
    facilitator.open("/admin/learning-statistics/")
    facilitator.follow(facilitator.page.get_by_role("link", name=MODULE))
    statistics_url = facilitator.page.url
    learners_before, attempts_before = first_quiz_totals(facilitator.page)

    learner = Visitor(new_page(), audit)
    page = learner.page
    resident.sign_up(learner, mailbox, EMAIL)
    resident.complete_profile(learner, "Eko Prasetyo", rw=4, rt=2)
    resident.open_module(learner, MODULE)
    assert page.locator(".module-requirements").is_visible()
    resident.start_module(learner)
    resident.read_and_mark_lessons(learner, MODULE, until_quiz=True)
    resident.pass_quiz(
        learner, MODULE, fail_first=True, wait_out=lambda: resident.wait_out_quizzes(stack, EMAIL)
    )
    learner.follow(page.locator("a[rel=next]"))
    resident.read_and_mark_lessons(learner, MODULE)
    learner.follow(page.get_by_role("link", name="Semua pelajaran"))
    assert page.get_by_text("Anda sudah menyelesaikan modul ini.").is_visible()

    facilitator.open(statistics_url)
    assert first_quiz_totals(facilitator.page) == (learners_before + 1, attempts_before + 2)


def first_quiz_totals(page) -> tuple[int, int]:
    totals = page.locator(".statistics-quiz-totals").first
    learners = totals.locator("[data-measure=learners]").inner_text()
    attempts = totals.locator("[data-measure=attempts]").inner_text()
    return int(learners), int(attempts)


def seed_quiz_attempts(stack, module_title: str, count: int) -> None:
    """`count` residents, each with one failed attempt at the module's first quiz."""
    stack.manage(
        "shell",
        "-c",
        "from cms.models import User\n"
        "from courses.learning import services\n"
        "from courses.learning.progress import module_lessons\n"
        "from courses.models import ModulePage\n"
        f"module = ModulePage.objects.get(title={module_title!r}, locale__language_code='id')\n"
        "quiz = next(lesson for lesson in module_lessons(module) if lesson.has_quiz)\n"
        f"for number in range({count}):\n"
        "    user, _ = User.objects.get_or_create(email=f'seed{number}@warga.test')\n"
        "    if not quiz.quiz_attempts.filter(user=user).exists():\n"
        "        services.submit_quiz(user, module, quiz, {})\n",
    )
