"""`make backup` and `make restore` (scripts/backup.py) as real processes: a restore into an
empty database finds every account, completion and certificate, and every file."""

import os
import sqlite3

import dj_database_url
import psycopg
import pytest
from django.db import connection

from certificates.models import Certificate
from cms.models import User
from courses.learning import services
from courses.models import LessonCompletion

from ..factories import ProfileFactory
from ..helpers import lessons_of
from ..workers import database_url, files_in, production_env, run

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.slow,
]


@pytest.fixture
def learning_data(make_module, private_media):
    """Three residents: two completed a module (certificates with PDFs), one is half way."""
    module = make_module(lessons=2, quiz=False)
    first, second = lessons_of(module)
    residents = [ProfileFactory().user for _ in range(3)]
    for resident in residents[:2]:
        services.complete_lesson(resident, module, first)
        services.complete_lesson(resident, module, second)
    services.complete_lesson(residents[2], module, first)
    media = private_media.parent / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "logo.png").write_bytes(b"\x89PNG logo")
    assert Certificate.objects.exclude(pdf="").count() == 2


def snapshot() -> dict:
    return {
        "accounts": set(User.objects.values_list("email", flat=True)),
        "completions": set(LessonCompletion.objects.values_list("user__email", "lesson_id")),
        "certificates": set(Certificate.objects.values_list("code", "recipient__email", "pdf")),
    }


def restored_snapshot(url: str) -> dict:
    user, completion, certificate = (
        model._meta.db_table for model in (User, LessonCompletion, Certificate)
    )
    queries = {
        "accounts": f"SELECT email FROM {user}",  # noqa: S608 - table names from the models
        "completions": f"SELECT u.email, c.lesson_id FROM {completion} c "  # noqa: S608
        f"JOIN {user} u ON u.id = c.user_id",
        "certificates": f"SELECT c.code, u.email, c.pdf FROM {certificate} c "  # noqa: S608
        f"JOIN {user} u ON u.id = c.recipient_id",
    }
    if connection.vendor == "sqlite":
        restored = sqlite3.connect(dj_database_url.parse(url)["NAME"])
    else:
        restored = psycopg.connect(url.replace("postgres://", "postgresql://"))
    try:
        return {key: set(map(_value, restored.execute(sql))) for key, sql in queries.items()}
    finally:
        restored.close()


def _value(row: tuple):
    return row[0] if len(row) == 1 else tuple(row)


@pytest.fixture
def empty_database(tmp_path):
    """A database that does not exist yet: a new SQLite file, or a PostgreSQL database next to
    the test database, dropped afterwards."""
    if connection.vendor == "sqlite":
        yield database_url(str(tmp_path / "restored.sqlite3"))
        return
    name = dj_database_url.parse(os.environ["DATABASE_URL"])["NAME"] + "_restore_test"

    def drop():
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    drop()
    yield database_url(name)
    drop()


def restore_env(private_media, url: str, folder) -> dict:
    return production_env(
        private_media,
        DATABASE_URL=url,
        MEDIA_ROOT=str(folder / "media"),
        PRIVATE_MEDIA_ROOT=str(folder / "private-media"),
    )


@pytest.fixture
def backup(learning_data, private_media, tmp_path):
    made = run(
        production_env(private_media),
        "scripts/backup.py",
        "backup",
        "--dir",
        str(tmp_path / "backups"),
    )
    (folder,) = (tmp_path / "backups").iterdir()
    assert f"Backed up to {folder}" in made.stdout
    return folder


def test_only_the_owner_can_read_a_backup(backup):
    modes = {path.name: path.stat().st_mode & 0o777 for path in backup.iterdir()}
    assert backup.stat().st_mode & 0o777 == 0o700
    assert modes and set(modes.values()) == {0o600}, modes


def test_a_restore_into_an_empty_database_finds_everything(
    backup, empty_database, private_media, tmp_path
):
    restored = tmp_path / "restored"
    result = run(
        restore_env(private_media, empty_database, restored),
        "scripts/backup.py",
        "restore",
        str(backup),
    )

    assert "(created it)" in result.stdout
    assert (
        "Found 3 accounts, 5 lesson completions, 2 certificates, 2 certificate pdfs"
        in result.stdout
    )
    assert restored_snapshot(empty_database) == snapshot()
    assert files_in(restored / "private-media") == files_in(private_media)
    for certificate in Certificate.objects.all():
        original = (private_media / certificate.pdf.name).read_bytes()
        assert (restored / "private-media" / certificate.pdf.name).read_bytes() == original
    assert (restored / "media" / "original_images" / "logo.png").read_bytes() == b"\x89PNG logo"


def test_a_restore_refuses_a_database_with_data_and_a_damaged_backup(
    backup, empty_database, private_media, tmp_path
):
    before = snapshot()
    # The test database itself has data.
    refused = run(
        production_env(private_media), "scripts/backup.py", "restore", str(backup), check=False
    )
    assert refused.returncode == 1
    assert "Not restoring" in refused.stderr and "FORCE=1" in refused.stderr
    assert snapshot() == before

    with (backup / "private-media.tar.gz").open("r+b") as archive:
        archive.write(b"broken")
    env = restore_env(private_media, empty_database, tmp_path / "restored")
    damaged = run(env, "scripts/backup.py", "restore", str(backup), check=False)
    assert damaged.returncode == 1 and "missing or damaged" in damaged.stderr
    assert not (tmp_path / "restored").exists()


def test_a_forced_restore_replaces_the_data_and_keeps_the_old_files(
    backup, empty_database, private_media, tmp_path
):
    restored = tmp_path / "restored"
    env = restore_env(private_media, empty_database, restored)
    run(env, "scripts/backup.py", "restore", str(backup))
    (restored / "private-media" / "stray.pdf").write_bytes(b"%PDF stray")

    again = run(env, "scripts/backup.py", "restore", "--force", str(backup))

    assert "(replaced its data)" in again.stdout
    assert restored_snapshot(empty_database) == snapshot()
    assert not (restored / "private-media" / "stray.pdf").exists()
    (kept,) = restored.glob("private-media.before-restore-*")
    assert (kept / "stray.pdf").exists()
