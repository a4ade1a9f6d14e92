"""What every English module file shares: the question helpers of the Indonesian content (the
structure must match place for place) and the final quiz's introduction in English."""

from ..module_content import (
    FINAL_QUESTIONS_PER_ATTEMPT,
    right,
    scenario,
    several,
    single,
    wrong,
)

__all__ = ["final_quiz_body", "right", "scenario", "several", "single", "wrong"]


def final_quiz_body(topics: list[str]) -> list[tuple]:
    items = "".join(f"<li>{topic}</li>" for topic in topics)
    return [
        (
            "paragraph",
            f"<p>This final quiz goes over every lesson of the module:</p><ul>{items}</ul>",
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "How the final quiz works",
                "text": f"<p>Each attempt has {FINAL_QUESTIONS_PER_ATTEMPT} questions drawn at "
                "random from a question bank, so your questions may differ from a friend's. Many "
                "questions describe an everyday situation: choose the best step. If you do not "
                "pass yet, read the lessons again before you try again.</p>",
            },
        ),
    ]
