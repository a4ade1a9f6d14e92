"""Private files (certificates, exports) appear whole under their name, or not at all."""

import os
import time

import pytest
from django.core.files.base import ContentFile, File

from cms.storage import PARTIAL_PREFIX, AtomicFileSystemStorage


@pytest.fixture
def storage(tmp_path):
    return AtomicFileSystemStorage(location=tmp_path)


class BrokenFile(File):
    """Fails after its first chunk, as a full disk or a killed renderer would."""

    def __init__(self):
        super().__init__(None, name="broken.pdf")

    def chunks(self, chunk_size=None):
        yield b"%PDF-1.7 first half"
        raise OSError("No space left on device")


def test_a_saved_file_is_whole_and_leaves_nothing_else(storage, tmp_path):
    name = storage.save("certificates/TJB-1.pdf", ContentFile(b"%PDF whole file"))

    assert name == "certificates/TJB-1.pdf"
    assert (tmp_path / name).read_bytes() == b"%PDF whole file"
    assert os.listdir(tmp_path / "certificates") == ["TJB-1.pdf"]


def test_text_is_stored_as_utf8(storage, tmp_path):
    name = storage.save("notes.txt", ContentFile("Sertifikat untuk Siti – Jakarta"))
    assert (tmp_path / name).read_text(encoding="utf-8") == "Sertifikat untuk Siti – Jakarta"


def test_an_existing_file_is_never_replaced(storage, tmp_path):
    first = storage.save("exports/report.xlsx", ContentFile(b"first"))
    second = storage.save("exports/report.xlsx", ContentFile(b"second"))

    assert first != second
    assert (tmp_path / first).read_bytes() == b"first"
    assert (tmp_path / second).read_bytes() == b"second"


def test_with_overwriting_allowed_a_file_is_replaced_whole(tmp_path):
    storage = AtomicFileSystemStorage(location=tmp_path, allow_overwrite=True)
    storage.save("certificates/TJB-1.pdf", ContentFile(b"left by a killed render"))
    name = storage.save("certificates/TJB-1.pdf", ContentFile(b"%PDF the new render"))

    assert name == "certificates/TJB-1.pdf"
    assert os.listdir(tmp_path / "certificates") == ["TJB-1.pdf"]
    assert (tmp_path / name).read_bytes() == b"%PDF the new render"


def test_a_write_that_fails_leaves_no_file_at_all(storage, tmp_path):
    with pytest.raises(OSError, match="No space left"):
        storage.save("certificates/TJB-2.pdf", BrokenFile())

    assert not storage.exists("certificates/TJB-2.pdf")
    assert os.listdir(tmp_path / "certificates") == []


def test_files_get_the_usual_permissions(storage, tmp_path, settings):
    settings.FILE_UPLOAD_PERMISSIONS = 0o640
    name = AtomicFileSystemStorage(location=tmp_path).save("a.pdf", ContentFile(b"x"))
    assert (tmp_path / name).stat().st_mode & 0o777 == 0o640


def test_only_old_partial_files_are_removed(storage, tmp_path):
    folder = tmp_path / "certificates"
    folder.mkdir()
    old, young, real = (
        folder / f"{PARTIAL_PREFIX}old",
        folder / f"{PARTIAL_PREFIX}young",
        folder / "TJB-3.pdf",
    )
    for path in (old, young, real):
        path.write_bytes(b"%PDF")
    an_hour_ago = time.time() - 3600
    for path in (old, real):
        os.utime(path, (an_hour_ago, an_hour_ago))

    assert storage.remove_partial_files(older_than_seconds=600) == 1
    assert sorted(path.name for path in folder.iterdir()) == [young.name, real.name]


def test_removing_partial_files_from_a_missing_folder_is_nothing(tmp_path):
    storage = AtomicFileSystemStorage(location=tmp_path / "not-yet")
    assert storage.remove_partial_files(older_than_seconds=0) == 0
