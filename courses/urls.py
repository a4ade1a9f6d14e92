from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("learning/", views.my_learning, name="my_learning"),
    path("modules/<int:module_id>/enrol/", views.enrol, name="enrol"),
    path("lessons/<int:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
    path("lessons/<int:lesson_id>/quiz/", views.submit_quiz, name="submit_quiz"),
]
