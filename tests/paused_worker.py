"""`manage.py db_worker --batch`, except that storing a PDF or XLSX file stops halfway: the
first half is handed to the storage, then the file named by the first argument is created and
the worker sleeps until it is killed. tests/workers.py starts it; nothing else imports it."""

import os
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
FILE_STARTS = (b"%PDF", b"PK\x03\x04")  # a PDF, or an XLSX (a zip file)


def pause_file_writes(paused: Path) -> None:
    from django.core.files.base import File

    chunks = File.chunks

    def paused_chunks(self, chunk_size=None):
        data = b"".join(chunks(self, chunk_size))
        if not data.startswith(FILE_STARTS):
            yield data
            return
        yield data[: len(data) // 2]
        paused.touch()
        time.sleep(600)
        yield data[len(data) // 2 :]

    File.chunks = paused_chunks


def main() -> None:
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.worker_settings")
    import django

    django.setup()
    pause_file_writes(Path(sys.argv[1]))
    from django.core.management import call_command

    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")


if __name__ == "__main__":
    main()
