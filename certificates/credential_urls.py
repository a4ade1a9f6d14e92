"""Addresses that verifiers fetch: outside the language prefix, so they never move."""

from django.urls import path

from . import credential_views

app_name = "credentials"

urlpatterns = [
    path(".well-known/did.json", credential_views.did_json, name="did"),
    path("sertifikat/penerbit.json", credential_views.issuer, name="issuer"),
    path(
        "sertifikat/status/<int:number>.json",
        credential_views.status_list_credential,
        name="status_list",
    ),
    path("sertifikat/kredensial/<str:code>.json", credential_views.credential, name="credential"),
]
