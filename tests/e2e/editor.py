"""The Wagtail page editor, used as a facilitator uses it: choosers, StreamField blocks, the
rich text editor and the action menu. Labels are the Indonesian admin's."""

import re


def page_id(page) -> int:
    return int(re.search(r"/admin/pages/(\d+)/", page.url).group(1))


def choose_snippet(page, button: str, item: str) -> None:
    page.get_by_role("button", name=button).click()
    dialog = page.locator(".modal-dialog")
    dialog.get_by_role("link", name=item, exact=True).click()
    dialog.wait_for(state="detached")


def insert_block(page, field: str, block: str | None = None) -> tuple[object, str]:
    """Add a block at the end of the StreamField `field`. Returns the new block's element and
    the prefix of its form fields' names. `block` is the block's label in the picker; a field
    with one block type has no picker."""
    section = page.locator(f"[data-contentpath={field}]")
    index = _block_count(section, field)
    section.locator(
        f"#{field}-root > [data-streamfield-stream-container] > div > button"
    ).last.click()
    if block:
        page.locator("[data-tippy-root]").get_by_role("option", name=block).click()
    section.locator(f"[name='{field}-{index}-type']").wait_for(state="attached")
    element = section.locator(f"[data-streamfield-child]:has(> [name='{field}-{index}-type'])")
    return element, f"{field}-{index}-value"


def _block_count(section, field: str) -> int:
    return section.evaluate(
        "(el, field) => el.querySelectorAll(`[name^='${field}-'][name$='-type']`).length", field
    )


def type_rich_text(page, block, prefix: str, text: str) -> None:
    """Type into a rich text block; Draftail stores what was typed a moment later, so wait for
    it before the form is saved."""
    block.locator("[contenteditable=true]").click()
    page.keyboard.type(text)
    stored = block.locator(f"input[name='{prefix}']")
    page.wait_for_function(
        "([el, text]) => el.value.includes(text)", arg=[stored.element_handle(), text]
    )


def add_question(page, question: str, answers: list[tuple[str, bool]], explanation: str) -> None:
    block, prefix = insert_block(page, "quiz")
    block.locator(f"[name='{prefix}-question']").fill(question)
    for number, (text, correct) in enumerate(answers):
        field = block.locator(f"[name='{prefix}-choices-{number}-value-text']")
        if not field.count():
            block.get_by_role("button", name="Tambah", exact=True).last.click()
        field.fill(text)
        if correct:
            block.locator(f"[name='{prefix}-choices-{number}-value-correct']").check()
    block.locator(f"[name='{prefix}-explanation']").fill(explanation)


def save_draft(page) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Simpan konsep").click()
    assert page.locator(".messages .success, [data-w-messages] .success").count(), _errors(page)


def submit_for_review(page) -> None:
    page.get_by_role("button", name="Tindakan lain").click()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Ajukan ke Tinjauan sebelum terbit")).click()
    assert page.locator(".messages .success").count(), _errors(page)


def _errors(page) -> str:
    return page.locator(".messages, .error-message, .w-field__errors").all_inner_texts().__str__()
