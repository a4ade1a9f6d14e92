"""File storage that never shows a half-written file: each file is written under a hidden
temporary name next to its final place and appears under its real name only once it is
complete (a hard link, which is atomic and never replaces another file). A process killed while
writing leaves at most a hidden partial file, which `remove_partial_files` clears."""

import os
import tempfile
import time
from pathlib import Path

from django.core.files.storage import FileSystemStorage
from django.utils._os import safe_makedirs
from django.utils.deconstruct import deconstructible

PARTIAL_PREFIX = ".partial-"


@deconstructible(path="cms.storage.AtomicFileSystemStorage")
class AtomicFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        directory = os.path.dirname(self.path(name))
        if self.directory_permissions_mode is not None:
            safe_makedirs(directory, self.directory_permissions_mode, exist_ok=True)
        else:
            os.makedirs(directory, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=directory, prefix=PARTIAL_PREFIX)
        try:
            with os.fdopen(handle, "wb") as file:
                for chunk in content.chunks():
                    file.write(chunk.encode() if isinstance(chunk, str) else chunk)
                file.flush()
                os.fsync(file.fileno())
            if self.file_permissions_mode is not None:
                os.chmod(partial, self.file_permissions_mode)
            name = self._publish(partial, name)
        finally:
            Path(partial).unlink(missing_ok=True)
        return name

    def _publish(self, partial: str, name: str) -> str:
        while True:
            try:
                if self._allow_overwrite:
                    os.replace(partial, self.path(name))
                else:
                    os.link(partial, self.path(name))
            except FileExistsError:
                name = self.get_available_name(name)
            else:
                return Path(os.path.relpath(self.path(name), self.location)).as_posix()

    def remove_partial_files(self, older_than_seconds: float) -> int:
        """Delete what killed writers left behind; a file younger than the limit may still be
        being written. Returns how many were deleted."""
        root = Path(self.location)
        if not root.is_dir():
            return 0
        limit = time.time() - older_than_seconds
        removed = 0
        for path in root.rglob(f"{PARTIAL_PREFIX}*"):
            if path.is_file() and path.stat().st_mtime <= limit:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
