"""Hostile input for property-based tests: what a careless or malicious person could type into
any field. Every property test of a form or service draws its strings from `hostile_text()`.

`hostile_settings(n)` is the Hypothesis configuration for those tests: `n` examples under the
default profile, ten times as many with HYPOTHESIS_PROFILE=thorough (see tests/conftest.py)."""

from contextlib import contextmanager

from django.core.cache import cache
from django.db import transaction
from django.http import QueryDict
from django.utils.html import escape
from django.utils.http import urlencode
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from cms.request_checks import is_acceptable

MARKUP = [
    '<script>alert("aw")</script>',
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "'><iframe src=javascript:alert(1)></iframe>",
    "</textarea></title><script>alert(1)</script>",
    '<a href="javascript:alert(1)">klik</a>',
    "<b>tebal</b> <i>miring</i>",
    "&lt;b&gt; &amp; &#60;script&#62;",
    "{{ request.user }}{% debug %}",
]
CSS = [
    "<style>body{display:none}</style>",
    "</style><script>alert(1)</script>",
    'color:red;background:url("file:///etc/passwd")',
    '@import url("http://169.254.169.254/x.css");',
    'x" style="position:fixed;inset:0',
]
URLS = [
    "file:///etc/passwd",
    "file:///proc/self/environ",
    "http://169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:6379/",
    "https://evil.example/x.png",
    "//evil.example/x.css",
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "../../../../etc/passwd",
    "/static/../../../etc/passwd",
]
#: What a spreadsheet program would run as a formula, and the characters that start one.
FORMULAS = [
    "=1+1",
    "+62 812 3456",
    "-2+3",
    "@SUM(A1:A9)",
    '=HYPERLINK("http://evil.example","klik")',
    "=cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
UNICODE = [
    "\x00",
    "a\x00b",
    "\u202eRW 05\u202c",
    "abc\u202edcba",
    "e\u0301\u0302\u0303\u0304\u0305",
    "Z\u0351\u0352a\u0353\u0354l\u0355g\u0356o",
    "🙂",
    "👩🏽\u200d🚀",
    "\u200b\u200c\u200d\ufeff",
    "مرحبا",
    "中文名字",
    "\x1b[31m",
    "\x7f\x01\x08",
    "\u2028\u2029",
    "\r\n\r\n",
    "ＡＢＣ",
]
INDONESIAN = [
    "Siti Nurhaliza",
    "Budi Santoso",
    "Dewi Lestari, S.Pd.",
    "Ma'ruf Amin",
    "Pengelolaan Anggaran Kelurahan",
    "Balai RW 05 Tanjung Barat",
    "Ibu Sri Wahyuni (RT 03)",
]
PAYLOADS = MARKUP + CSS + URLS + FORMULAS + UNICODE + INDONESIAN

#: If a response contains one of these, a payload was written into the page as markup.
RAW_MARKUP = (
    '<script>alert("aw")',
    "<script>alert(1)",
    "<img src=x onerror",
    "<svg onload",
    "<iframe src=javascript",
    '<a href="javascript',
    "<b>tebal",
    "<style>body{display",
    'x" style="position',
)


def _fragment():
    return st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=12))


def hostile_text(*, min_size: int = 0) -> st.SearchStrategy[str]:
    """One payload, a mix of payloads, free text and Indonesian words, or a very long repeat."""
    return st.one_of(
        st.sampled_from(PAYLOADS),
        st.lists(_fragment(), min_size=1, max_size=5).map("".join),
        st.tuples(st.sampled_from(PAYLOADS), st.integers(40, 2500)).map(
            lambda pair: pair[0] * pair[1]
        ),
    ).filter(lambda text: len(text) >= min_size)


def garbage_values() -> st.SearchStrategy[str]:
    """For fields that expect a number, a date or a choice."""
    return st.one_of(
        hostile_text(),
        st.integers(-(2**70), 2**70).map(str),
        st.sampled_from(
            [
                "",
                " ",
                "0",
                "-1",
                "1e9",
                "1.5",
                "0x10",
                "NaN",
                "٣",
                "2025-02-30",
                "9999-99-99",
                "2025-13-01",
                "00-00-0000",
            ]
        ),
    )


def hostile_settings(examples: int):
    """Hypothesis settings for a test that uses the database or the test client. Each example
    must start from a known state: run its body inside `fresh_state()`."""
    scale = settings.default.max_examples / 100
    return settings(
        max_examples=max(1, round(examples * scale)),
        deadline=None,
        # Explaining a failure replays it many times: slow through the test client.
        phases=[phase for phase in Phase if phase != Phase.explain],
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )


@contextmanager
def fresh_state():
    """Whatever one example writes to the database or the cache (rate limits) is undone
    before the next one."""
    cache.clear()
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
    cache.clear()


def assert_no_raw_markup(response) -> str:
    """The response is not a server error and shows no payload as markup. Returns its text."""
    assert response.status_code < 500, response.status_code
    html = response.content.decode()
    for probe in RAW_MARKUP:
        assert probe not in html, f"unescaped {probe!r} in the page"
    return html


def shown_escaped(value: str, html: str) -> bool:
    return escape(value) in html


def get_unless_refused(client, path: str, query: dict):
    """GET path with the query; None when cms/request_checks.py refuses the query string (no
    page accepts it), after checking that it was refused with the plain 400 page."""
    response = client.get(path, query)
    if is_acceptable(path, QueryDict(urlencode(query, doseq=True))):
        return response
    assert response.status_code == 400, response.status_code
    assert 'class="container narrow error-page"' in response.content.decode()
    return None
