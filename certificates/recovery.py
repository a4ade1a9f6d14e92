"""The certificates app's part of `manage.py recover_interrupted_work` (cms/recovery.py)."""

from cms.recovery import Outcome

from .open_badges.signing import sign_missing_credentials
from .pdf_files import render_missing_pdfs


def render_missing(older_than_seconds: float) -> Outcome:
    rendered, failed = render_missing_pdfs()
    return Outcome(
        f"rendered {rendered} certificates{f' ({failed} failed)' if failed else ''}", failed
    )


def sign_missing(older_than_seconds: float) -> Outcome:
    signed, failed = sign_missing_credentials()
    return Outcome(f"signed {signed} credentials{f' ({failed} failed)' if failed else ''}", failed)
