"""The site's own pages under the language prefix: profile, personal data, privacy, search and
guide brochures."""

from django.urls import path

from . import admin_access, data_rights_views, views

urlpatterns = [
    path("accounts/profile/", views.profile, name="profile"),
    path(
        "accounts/verification/resend/",
        views.resend_confirmation_link,
        name="resend_confirmation",
    ),
    path("accounts/data/", data_rights_views.my_data, name="my_data"),
    path("accounts/data/download/", data_rights_views.my_data_download, name="my_data_download"),
    path("accounts/delete/", data_rights_views.delete_account, name="delete_account"),
    path(
        "accounts/delete/confirm/",
        data_rights_views.delete_account_confirm,
        name="delete_account_confirm",
    ),
    path("privasi/", data_rights_views.privacy, name="privacy"),
    path("search/", views.search, name="search"),
    path("guides/<id:guide_id>/brochure/", views.guide_brochure, name="guide_brochure"),
    path("_util/login/", admin_access.to_allauth_login, name="frontend_login_to_allauth"),
]
