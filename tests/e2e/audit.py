"""What the journeys check on every page they visit: WCAG 2.1 A/AA rules with axe-core, in the
page's language and in the other one, the browser console (a blocked script or style, a
failed request, a JavaScript error), and, on a phone, that the page fits the screen."""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe

from .screens import PHONE

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
_axe = Axe()
# The page's markup without what changes on every request (form tokens and other long random
# strings): the same markup at the same width gets the same findings from axe, so it is checked
# once.
MARKUP = """() => document.documentElement.outerHTML.replace(/[A-Za-z0-9_-]{32,}/g, "")"""
_already_checked: set[tuple[int, str]] = set()
# How wide the page is, how tall the public site's header, and where the page's main heading
# starts (from the top of the page, however far it has been scrolled).
LAYOUT = """() => {
    const header = document.querySelector(".site-header");
    const heading = document.querySelector("h1");
    return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        header: header ? header.getBoundingClientRect().height : null,
        heading: heading ? heading.getBoundingClientRect().top + window.scrollY : null,
        screen: window.innerHeight,
    };
}"""
MAX_HEADER_HEIGHT = 120
# Colours are only measurable once fade-ins have ended: Wagtail's messages appear after 100 ms
# (the public site has none), then finite animations run out. Repeating animations (a pulsing
# badge) are not waited for.
SETTLED = """() => new Promise(resolve => setTimeout(
        resolve, document.querySelector('[data-controller~="w-messages"]') ? 150 : 0
    )).then(() => Promise.race([
    Promise.all(document.getAnimations()
        .filter(animation => animation.effect.getTiming().iterations === 1)
        .map(animation => animation.finished.catch(() => null))),
    new Promise(resolve => setTimeout(resolve, 3000)),
]))"""


@dataclass
class Violation:
    url: str
    rule: str
    impact: str
    targets: list[str]
    help: str
    html: str = ""

    def __str__(self):
        where = ", ".join(self.targets)
        return f"{self.url}: {self.rule} ({self.impact}) {self.help} at {where} {self.html}"


@dataclass
class Audit:
    """Collects findings over a journey, so that one failure lists all of them."""

    violations: list[Violation] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    pages: set[tuple[str, str]] = field(default_factory=set)
    watched: set[int] = field(default_factory=set)
    other_languages: list[tuple[object, str, str]] = field(default_factory=list)

    def watch(self, page) -> None:
        if id(page) in self.watched:
            return
        self.watched.add(id(page))
        page.on("console", lambda message: self._console(page, message))
        page.on("pageerror", lambda error: self.console_errors.append(f"{page.url}: {error}"))
        page.on("response", lambda response: self._response(page, response))
        page.on("requestfailed", lambda request: self._failed(page, request))

    def _console(self, page, message) -> None:
        # A failed load is reported with its address by _response.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.console_errors.append(f"{page.url}: {message.text}")

    def _failed(self, page, request) -> None:
        # A download is "aborted" as far as the page is concerned; it is checked on its own.
        if request.failure != "net::ERR_ABORTED":
            self.console_errors.append(f"{page.url}: {request.failure} for {request.url}")

    def _response(self, page, response) -> None:
        """A picture, stylesheet or script that the page asks for and does not get."""
        if response.status >= 400 and response.request.resource_type != "document":
            self.console_errors.append(f"{page.url}: {response.status} for {response.url}")

    def check(self, page) -> None:
        """Run axe on the page as it is now, and note the page the language switcher leads to
        (the same page in the other language, where it exists) for `check_other_languages`."""
        self._check_one(page)
        switcher = page.locator(".language-switcher a[hreflang]")
        if switcher.count():
            link = switcher.first
            entry = (page.context, link.get_attribute("href"), link.get_attribute("hreflang"))
            self.other_languages.append(entry)

    def check_other_languages(self) -> None:
        """Visit those pages in a second tab of the same browser (same cookies, same account).
        This happens after the journey: opening a page can change what the first tab does next
        (a new two-factor secret, for one), which a person opening two tabs would also see."""
        twins = {}
        for context, url, language in self.other_languages:
            if (_path(url), language) in self.pages:
                continue
            if id(context) not in twins:
                twins[id(context)] = context.new_page()
            twins[id(context)].goto(url)
            self._check_one(twins[id(context)])

    def _check_one(self, page) -> None:
        self.watch(page)
        page.wait_for_load_state("load")
        page.evaluate(SETTLED)
        path = _path(page.url)
        self.pages.add((path, page.evaluate("document.documentElement.lang")))
        self._check_fits_the_screen(page, path)
        markup = (page.viewport_size["width"], page.evaluate(MARKUP))
        if markup in _already_checked:
            return
        _already_checked.add(markup)
        results = _axe.run(page, options=AXE_OPTIONS).response
        for found in results["violations"]:
            self.violations.append(
                Violation(
                    url=path,
                    rule=found["id"],
                    impact=found["impact"],
                    targets=[", ".join(node["target"]) for node in found["nodes"]],
                    help=found["help"],
                    html=found["nodes"][0]["html"][:200],
                )
            )

    def _check_fits_the_screen(self, page, path: str) -> None:
        """No sideways scrolling (WCAG 1.4.10, which axe does not check). On a phone, the public
        site's header also leaves room for the page: the main heading starts on the first
        screen. (The admin has its own header.)"""
        layout = page.evaluate(LAYOUT)
        if layout["scrollWidth"] > layout["clientWidth"]:
            found = f"{layout['scrollWidth']} px wide on a {layout['clientWidth']} px screen"
            self.violations.append(
                Violation(path, "horizontal-scroll", "serious", ["html"], found)
            )
        if page.viewport_size["width"] > PHONE["width"] or path.startswith("/admin/"):
            return
        if layout["header"] is not None and layout["header"] > MAX_HEADER_HEIGHT:
            found = f"{layout['header']:.0f} px tall, more than {MAX_HEADER_HEIGHT} px"
            self.violations.append(
                Violation(path, "header-too-tall", "serious", [".site-header"], found)
            )
        if layout["heading"] is None:
            self.violations.append(Violation(path, "no-main-heading", "serious", ["h1"], "no h1"))
        elif layout["heading"] >= layout["screen"]:
            found = f"starts at {layout['heading']:.0f} px, below the first screen"
            self.violations.append(
                Violation(path, "heading-below-first-screen", "serious", ["h1"], found)
            )

    def assert_clean(self) -> None:
        problems = [str(violation) for violation in self.violations] + self.console_errors
        assert not problems, "\n".join(problems)


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
