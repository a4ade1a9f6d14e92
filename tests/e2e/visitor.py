"""A person using the site: by mouse, by touch on a phone, or by keyboard alone. Journeys are
written once against this class and run in each way; every page the person lands on is audited.
"""

from urllib.parse import urlsplit

from .keyboard import tab_to


class Visitor:
    def __init__(self, page, audit, *, mode: str = "mouse", audited: bool = True):
        """`audited=False` for a browser without JavaScript, where axe cannot run; the same
        pages are audited by the journeys that have it."""
        assert mode in {"mouse", "touch", "keyboard"}
        self.page = page
        self.audit = audit
        self.mode = mode
        self.audited = audited
        self.tab_presses = 0
        self.admin_paths: list[str] = []
        audit.watch(page)

    def open(self, path: str) -> None:
        """Type an address or open a link from outside the site (an e-mail, a QR code)."""
        self.page.goto(path)
        self._landed()

    def follow(self, target) -> None:
        """Activate a link or a submit button and wait for the page it leads to."""
        with self.page.expect_navigation():
            self._activate(target)
        self._landed()

    def fill(self, target, text: str) -> None:
        if self.mode == "keyboard":
            self._tab_to(target)
            self.page.keyboard.press("Control+A")
            self.page.keyboard.type(text)
        else:
            if self.mode == "touch":
                target.tap()
            target.fill(text)

    def tick(self, target) -> None:
        """Tick a checkbox or choose a radio button."""
        if self.mode == "keyboard":
            if target.get_attribute("type") == "radio":
                self._arrow_to_radio(target)
            else:
                self._tab_to(target)
                self.page.keyboard.press("Space")
        elif self.mode == "touch":
            target.tap()
        else:
            target.check()
        assert target.is_checked()

    def select(self, target, label: str) -> None:
        if self.mode != "keyboard":
            target.select_option(label=label)
            return
        self._tab_to(target)
        for _ in range(100):
            if target.evaluate("el => el.options[el.selectedIndex].text") == label:
                return
            self.page.keyboard.press("ArrowDown")
        raise AssertionError(f"The keyboard could not choose {label!r}")

    def menu(self):
        """The site's main menu, with what is folded in it opened first: the whole menu behind
        the Menu button on a phone, a signed-in resident's links behind My account on a wide
        screen."""
        for disclosure in (".site-menu", ".account-menu details"):
            button = self.page.locator(f"{disclosure} > summary")
            if button.is_visible() and not self.page.locator(f"{disclosure}[open]").count():
                self.press(button)
        return self.page.get_by_role("navigation", name="Menu utama")

    def press(self, target) -> None:
        """Activate a button that changes the page without leaving it (one that opens a menu)."""
        self._activate(target)

    def download(self, target):
        with self.page.expect_download() as download:
            self._activate(target)
        return download.value

    def _activate(self, target) -> None:
        if self.mode == "keyboard":
            self._tab_to(target)
            self.page.keyboard.press("Enter")
        elif self.mode == "touch":
            target.tap()
        else:
            target.click()

    def _tab_to(self, target) -> None:
        self.tab_presses += tab_to(self.page, target)

    def _arrow_to_radio(self, target) -> None:
        """Tab reaches a radio group once; the arrow keys move between its options."""
        group = f'input[type="radio"][name="{target.get_attribute("name")}"]'
        checked = self.page.locator(f"{group}:checked")
        self._tab_to(checked if checked.count() else self.page.locator(group).first)
        for _ in range(self.page.locator(group).count()):
            if target.evaluate("el => el === document.activeElement"):
                if not target.is_checked():
                    self.page.keyboard.press("Space")
                return
            self.page.keyboard.press("ArrowDown")
        raise AssertionError(f"The arrow keys never reached the option {group}")

    def _landed(self) -> None:
        self.page.wait_for_load_state("load")
        path = urlsplit(self.page.url)
        if path.path.startswith("/admin/"):
            self.admin_paths.append(path.path + (f"?{path.query}" if path.query else ""))
        if self.audited:
            self.audit.check(self.page)
