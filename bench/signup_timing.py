"""How long a sign-up takes for an address that has an account and for a new one, with the
production password hasher: the two must not differ, or the time tells whether an address is
registered. Median of --count sign-ups each, through the real view, on a new SQLite database
in a temporary folder; mails go to memory.

Run from the project root: .venv/bin/python bench/signup_timing.py [--count 20]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD = "sawo-matang-77"  # noqa: S105  (a throwaway database's accounts)
REGISTERED = "terdaftar@example.test"


def _setup(folder: str) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/signup.sqlite3"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's host, mails kept in memory
    call_command("migrate", verbosity=0)
    from allauth.account.models import EmailAddress

    from cms.models import User

    user = User.objects.create_user(email=REGISTERED, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=REGISTERED, verified=True, primary=True)


def _sign_up(email: str) -> float:
    from django.core import mail
    from django.core.cache import cache
    from django.test import Client

    cache.clear()  # allauth's limits per address and per client would skip mails or refuse
    mail.outbox = []
    started = time.perf_counter()
    response = Client().post(
        "/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )
    elapsed = time.perf_counter() - started
    if response.status_code != 302 or len(mail.outbox) != 1:
        raise RuntimeError(f"{email}: {response.status_code}, {len(mail.outbox)} mails")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    count = parser.parse_args().count
    with tempfile.TemporaryDirectory() as folder:
        _setup(folder)
        from django.conf import settings

        _sign_up(f"pemanasan-{time.time_ns()}@example.test")
        registered, new = [], []
        for _ in range(count):
            registered.append(_sign_up(REGISTERED))
            new.append(_sign_up(f"baru-{time.time_ns()}@example.test"))
    lines = [
        f"password hasher: {settings.PASSWORD_HASHERS[0]}; {count} sign-ups each",
        "| address | median ms | min ms | max ms |",
        "|---|---|---|---|",
    ]
    for label, times in (("registered", registered), ("new", new)):
        median, low, high = (statistics.median(times), min(times), max(times))
        lines.append(f"| {label} | {median * 1000:.0f} | {low * 1000:.0f} | {high * 1000:.0f} |")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
