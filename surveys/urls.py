from django.urls import path

from . import views

app_name = "surveys"

urlpatterns = [
    path("survei/", views.survey_index, name="index"),
    path("survei/<id:period_id>/<slug:service>/", views.answer, name="answer"),
]
