"""Build the two baselines `make bench` compares the site with, from the project's own
virtual environment (the same Django, Wagtail and gunicorn), in a folder of their own:

- `hello`: `django-admin startproject`, with one view answering "Hello" (stock middleware);
- `stock`: `wagtail start`, whose home page is Wagtail's welcome page.

Each gets a settings module `<name>.bench_settings`: its own production settings (DEBUG off),
127.0.0.1 only, a throwaway secret key, and the database DATABASE_URL names, connected as the
site connects (persistent connections on PostgreSQL, none on SQLite).

    python bench/baselines.py --dir /tmp/akademi-bench.X/baselines
"""

import argparse
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent

HELLO_URLS = """from django.http import HttpResponse
from django.urls import path


def hello(request):
    return HttpResponse("Hello")


urlpatterns = [path("", hello)]
"""

SETTINGS = """import os
import secrets

import dj_database_url

from .{base} import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
SECRET_KEY = os.environ.get("SECRET_KEY") or secrets.token_urlsafe(40)
_url = os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3"))  # noqa: F405
_postgres = _url.startswith("postgres")
DATABASES = {{"default": dj_database_url.parse(_url, conn_max_age=60 if _postgres else 0)}}
"""


def build(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    hello, stock = folder / "hello", folder / "stock"
    hello.mkdir()
    stock.mkdir()
    subprocess.run([BIN / "django-admin", "startproject", "hello", hello], check=True)  # noqa: S603
    (hello / "hello" / "urls.py").write_text(HELLO_URLS)
    (hello / "hello" / "bench_settings.py").write_text(SETTINGS.format(base="settings"))
    subprocess.run([BIN / "wagtail", "start", "stock", stock], check=True)  # noqa: S603
    (stock / "stock" / "bench_settings.py").write_text(SETTINGS.format(base="settings.production"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, required=True)
    build(parser.parse_args().dir)


if __name__ == "__main__":
    main()
