from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("sertifikat/", views.my_certificates, name="mine"),
    path("sertifikat/verifikasi/", views.verify_form, name="verify_form"),
    path("sertifikat/verifikasi/kredensial/", views.verify_credential, name="verify_credential"),
    path("sertifikat/verifikasi/<str:code>/", views.verify, name="verify"),
    path("sertifikat/<str:code>/unduh/", views.download, name="download"),
]
