"""SERVE_MEDIA: with no web server in front, Django serves the uploaded images itself; never
the private folder, never a path outside MEDIA_ROOT."""

import importlib

import pytest
from django.urls import clear_url_caches

import config.urls


@pytest.fixture
def media_urls(settings, tmp_path):
    def load(serve: bool):
        settings.SERVE_MEDIA = serve
        settings.MEDIA_ROOT = tmp_path / "media"
        importlib.reload(config.urls)
        clear_url_caches()

    (tmp_path / "media" / "images").mkdir(parents=True)
    (tmp_path / "media" / "images" / "sampul.webp").write_bytes(b"RIFF....WEBP")
    (tmp_path / "secret.txt").write_text("private")
    yield load
    settings.SERVE_MEDIA = False
    importlib.reload(config.urls)
    clear_url_caches()


def test_uploaded_images_are_served_when_asked(client, media_urls):
    media_urls(serve=True)
    response = client.get("/media/images/sampul.webp")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"RIFF....WEBP"
    client.raise_request_exception = False  # as in production: a suspicious path is a 400
    for outside in ("/media/../secret.txt", "/media/%2e%2e/secret.txt"):
        assert client.get(outside).status_code in {400, 404}


def test_without_it_media_is_left_to_the_web_server(client, media_urls, db):
    media_urls(serve=False)
    assert client.get("/media/images/sampul.webp").status_code == 404
