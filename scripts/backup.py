"""Back up and restore Akademi Warga: the database and both media folders. docs/backup.md.

    python scripts/backup.py backup [--dir backups]      # make backup
    python scripts/backup.py restore BACKUP [--force]    # make restore BACKUP=... [FORCE=1]

The database and the folders are the ones the settings name (DJANGO_SETTINGS_MODULE, default
config.settings.dev as for manage.py; DATABASE_URL, MEDIA_ROOT, PRIVATE_MEDIA_ROOT). A backup is
one folder, backups/akademi-<UTC time>/, holding the database (pg_dump's custom format, or a
copy made with SQLite's online backup API: both are safe while the site runs), media.tar.gz,
private-media.tar.gz and manifest.json (what is in it, checksums, and how many accounts, lesson
completions and certificates it holds). The folder gets its final name only once complete; only
its owner can read it (0700, its files 0600).

A restore checks the backup's checksums first, and refuses to touch a database that has tables
or a media folder that has files unless --force is given; with --force the database is replaced
(PostgreSQL: in one transaction) and the old media folders are kept beside the new ones. At the
end it counts the accounts, completions and certificates again and compares with the manifest.
"""

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
MANIFEST = "manifest.json"
PARTIAL_PREFIX = ".partial-"  # cms/storage.py: files a killed writer left, never backed up


class Refused(Exception):
    """The restore would destroy data, or the backup is not usable: nothing was changed."""


def setup_django() -> None:
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


def database() -> dict:
    from django.conf import settings

    db = settings.DATABASES["default"]
    engine = {"django.db.backends.sqlite3": "sqlite", "django.db.backends.postgresql": "postgres"}
    if db["ENGINE"] not in engine:
        raise Refused(f"Only SQLite and PostgreSQL can be backed up, not {db['ENGINE']}.")
    return {**db, "kind": engine[db["ENGINE"]]}


def media_folders() -> dict[str, Path]:
    from django.conf import settings

    return {"media": Path(settings.MEDIA_ROOT), "private-media": Path(settings.PRIVATE_MEDIA_ROOT)}


def counts() -> dict[str, int]:
    """What a restore must find again."""
    from certificates.models import Certificate
    from cms.models import User
    from courses.models import LessonCompletion

    return {
        "accounts": User.objects.count(),
        "lesson_completions": LessonCompletion.objects.count(),
        "certificates": Certificate.objects.count(),
        "certificate_pdfs": Certificate.objects.exclude(pdf="").count(),
    }


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pg_command(db: dict, program: str, *args: str, dbname: str | None = None) -> None:
    """Run pg_dump/pg_restore/psql on the settings' server; the password goes through the
    environment, never the command line."""
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or "", "PGOPTIONS": ""}
    if db.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = db["OPTIONS"]["sslmode"]
    connection = ["-h", db["HOST"] or "localhost", "-p", str(db["PORT"] or 5432)]
    connection += ["-U", db["USER"]] if db["USER"] else []
    subprocess.run(  # noqa: S603 - PostgreSQL's own tools, arguments from the settings
        [program, *connection, "--dbname", dbname or db["NAME"], *args], env=env, check=True
    )


# --- backup ------------------------------------------------------------------------------------


@contextmanager
def owner_only():
    """Files 0600 and folders 0700, also those pg_dump writes: a backup holds personal data."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def backup(target_dir: Path) -> Path:
    with owner_only():
        return write_backup(target_dir)


def write_backup(target_dir: Path) -> Path:
    db = database()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    final = target_dir / f"akademi-{stamp}"
    work = target_dir / f"{PARTIAL_PREFIX}akademi-{stamp}"
    work.mkdir(parents=True, mode=0o700)
    try:
        manifest = {
            "format": 1,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "engine": db["kind"],
            "counts": counts(),
            "database": dump_database(db, work),
            "folders": {
                name: archive(folder, work / f"{name}.tar.gz")
                for name, folder in media_folders().items()
            },
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
        work.rename(final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return final


def dump_database(db: dict, work: Path) -> dict:
    """The database first, then the files: every file a row points at was complete before the
    row pointed at it, so the archives taken afterwards hold it."""
    if db["kind"] == "sqlite":
        path = work / "database.sqlite3"
        if not Path(db["NAME"]).is_file():
            raise Refused(f"There is no SQLite database at {db['NAME']} to back up.")
        source = sqlite3.connect(db["NAME"])
        copy = sqlite3.connect(path)
        with copy:
            source.backup(copy)
        source.close()
        copy.close()
    else:
        path = work / "database.dump"
        pg_command(
            db, "pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(path)
        )
    return {"file": path.name, "sha256": sha256(path), "bytes": path.stat().st_size}


def archive(folder: Path, path: Path) -> dict:
    files = 0
    with tarfile.open(path, "w:gz") as tar:
        if folder.is_dir():
            for item in sorted(folder.rglob("*")):
                if item.is_file() and not item.name.startswith(PARTIAL_PREFIX):
                    tar.add(item, arcname=str(item.relative_to(folder)), recursive=False)
                    files += 1
    return {"file": path.name, "sha256": sha256(path), "files": files, "source": str(folder)}


# --- restore -----------------------------------------------------------------------------------


def read_manifest(backup_dir: Path) -> dict:
    path = backup_dir / MANIFEST
    if not path.is_file():
        raise Refused(f"{backup_dir} is not a backup made by `make backup`: it has no {MANIFEST}.")
    manifest = json.loads(path.read_text())
    for item in [manifest["database"], *manifest["folders"].values()]:
        file = backup_dir / item["file"]
        if not file.is_file() or sha256(file) != item["sha256"]:
            raise Refused(
                f"{file} is missing or damaged (its checksum is not the one in {MANIFEST}). "
                "Nothing was restored."
            )
    return manifest


def pg_connect(db: dict, dbname: str):
    import psycopg

    return psycopg.connect(
        host=db["HOST"] or "localhost",
        port=db["PORT"] or 5432,
        user=db["USER"] or None,
        password=db["PASSWORD"] or None,
        dbname=dbname,
        autocommit=True,
    )


def existing_tables(db: dict) -> list[str] | None:
    """The database's tables; None when the database does not exist yet."""
    if db["kind"] == "sqlite":
        if not Path(db["NAME"]).exists():
            return None
        connection = sqlite3.connect(db["NAME"])
        try:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return [name for (name,) in rows]
        finally:
            connection.close()
    with pg_connect(db, "postgres") as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]])
        if found.fetchone() is None:
            return None
    with pg_connect(db, db["NAME"]) as connection:
        rows = connection.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
        )
        return [name for (name,) in rows]


def files_in(folder: Path) -> int:
    return sum(1 for item in folder.rglob("*") if item.is_file()) if folder.is_dir() else 0


def restore(backup_dir: Path, force: bool) -> list[str]:
    manifest = read_manifest(backup_dir)
    db = database()
    if manifest["engine"] != db["kind"]:
        raise Refused(
            f"This backup holds a {manifest['engine']} database, but the settings name a "
            f"{db['kind']} one (DATABASE_URL). Nothing was restored."
        )
    tables = existing_tables(db)
    folders = media_folders()
    occupied = [f"the database {db['NAME']} has {len(tables)} tables"] if tables else []
    occupied += [
        f"{folder} has {files_in(folder)} files" for folder in folders.values() if files_in(folder)
    ]
    if occupied and not force:
        raise Refused(
            "Not restoring, because " + "; ".join(occupied) + ". The restore would replace "
            "them. Run it again with --force (make restore BACKUP=... FORCE=1) to replace them; "
            "the old media folders are then kept beside the new ones. Nothing was changed."
        )
    restore_database(db, backup_dir / manifest["database"]["file"], tables)
    state = "created it" if tables is None else ("replaced its data" if tables else "it was empty")
    lines = [
        f"Restored {backup_dir} (made {manifest['created_at']}) into the {db['kind']} database {db['NAME']} ({state})."
    ]
    for name, folder in folders.items():
        lines.append(restore_folder(backup_dir / manifest["folders"][name]["file"], folder))
    lines.append(compare_counts(manifest["counts"]))
    return lines


def restore_database(db: dict, dump: Path, tables: list[str] | None) -> None:
    if db["kind"] == "sqlite":
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(dump)
        target = sqlite3.connect(db["NAME"])
        with target:
            source.backup(target)  # replaces the whole file's content at once
        source.close()
        target.close()
        return
    if tables is None:
        from psycopg import sql

        with pg_connect(db, "postgres") as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db["NAME"])))
    clean = ["--clean", "--if-exists"] if tables else []
    pg_command(
        db,
        "pg_restore",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        *clean,
        str(dump),
    )


def restore_folder(archive_path: Path, target: Path) -> str:
    """Unpack next to the folder, then swap: the folder never holds half a restore."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target.parent.mkdir(parents=True, exist_ok=True)
    incoming = target.with_name(f"{PARTIAL_PREFIX}{target.name}-{stamp}")
    with tarfile.open(archive_path) as tar:
        tar.extractall(incoming, filter="data")
    incoming.mkdir(exist_ok=True)
    note = ""
    if files_in(target):
        kept = target.with_name(f"{target.name}.before-restore-{stamp}")
        target.rename(kept)
        note = f"; the old folder is now {kept}"
    elif target.exists():
        shutil.rmtree(target)  # only empty folders in it
    incoming.rename(target)
    return f"{archive_path.name}: {files_in(target)} files into {target}{note}."


def compare_counts(expected: dict[str, int]) -> str:
    from django.db import connections

    connections.close_all()
    found = counts()
    summary = ", ".join(f"{number} {name.replace('_', ' ')}" for name, number in found.items())
    if found != expected:
        raise Refused(f"The restored database holds {summary}, but the backup counted {expected}.")
    return f"Found {summary}, as in the backup."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="back up into a new folder under --dir")
    make.add_argument("--dir", type=Path, default=PROJECT_DIR / "backups")
    back = commands.add_parser("restore", help="restore a backup folder")
    back.add_argument("backup", type=Path)
    back.add_argument("--force", action="store_true", help="replace a database that has data")
    args = parser.parse_args()
    setup_django()
    try:
        if args.command == "backup":
            path = backup(args.dir)
            manifest = json.loads((path / MANIFEST).read_text())
            sys.stdout.write(f"Backed up to {path}: {json.dumps(manifest['counts'])}\n")
        else:
            sys.stdout.write("\n".join(restore(args.backup, args.force)) + "\n")
    except Refused as refusal:
        sys.stderr.write(f"{refusal}\n")
        sys.exit(1)
    except subprocess.CalledProcessError as error:
        sys.stderr.write(f"{error.cmd[0]} failed (exit {error.returncode}): see above.\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
