"""Reaching things with the Tab key only, as a keyboard or switch user does: every stop must
show where the focus is, the focus must move forward through the page as it reads, and Tab must
never get stuck."""

FOCUS_IS_VISIBLE = """el => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outline || style.boxShadow !== 'none';
}"""
DESCRIBE = """el => el ? `${el.tagName.toLowerCase()} "${(el.innerText || el.value || el.name || '')
    .trim().replace(/\\s+/g, ' ').slice(0, 40)}"` : 'nothing'"""
FOLLOWS = "([a, b]) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)"
MAX_TABS = 150


def tab_to(page, target) -> int:
    """Press Tab until `target` (a locator) has the focus; return the number of presses.

    Fails if the focus is ever invisible, if it stays on one element (a trap), if it jumps back
    up the page other than once, from the end to the start, or if the whole page is cycled
    through without reaching the target.
    """
    element = target.element_handle()
    previous = page.evaluate_handle(
        "document.activeElement === document.body ? null : document.activeElement"
    )
    path, repeats, wraps = [], 0, 0
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        active = page.evaluate_handle("document.activeElement")
        if page.evaluate("el => el === document.body", active):
            continue
        _assert_visible_focus(page, active)
        if page.evaluate("el => el !== null", previous):
            if page.evaluate("([a, b]) => a === b", [active, previous]):
                repeats += 1
                if repeats >= 2:
                    raise AssertionError(
                        f"Tab is stuck on {_describe(page, active)} at {page.url}"
                    )
                continue
            repeats = 0
            if not page.evaluate(FOLLOWS, [previous, active]):
                wraps += 1
                if wraps > 1:
                    raise AssertionError(
                        f"Tab went back up the page, from {_describe(page, previous)} to "
                        f"{_describe(page, active)}, at {page.url}"
                    )
        if page.evaluate("([a, b]) => a === b", [active, element]):
            return presses
        previous = active
        path.append(_describe(page, active))
    raise AssertionError(
        f"{MAX_TABS} presses of Tab never reached {_describe(page, element)} at {page.url}; "
        f"the focus went through: {', '.join(path[:40])}"
    )


def _describe(page, element) -> str:
    return page.evaluate(DESCRIBE, element)


def _assert_visible_focus(page, active) -> None:
    if not page.evaluate(FOCUS_IS_VISIBLE, active):
        raise AssertionError(
            f"The focus on {_describe(page, active)} is not visible at {page.url}"
        )
