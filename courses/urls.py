from django.urls import path

from . import feedback_views, session_views, views

app_name = "courses"

urlpatterns = [
    path("learning/", views.my_learning, name="my_learning"),
    path("modules/<int:module_id>/enrol/", views.enrol, name="enrol"),
    path("lessons/<int:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
    path("lessons/<int:lesson_id>/quiz/", views.submit_quiz, name="submit_quiz"),
    path("sessions/", session_views.session_list, name="session_list"),
    path("sessions/<int:session_id>/", session_views.session_detail, name="session_detail"),
    path("sessions/<int:session_id>/register/", session_views.register, name="session_register"),
    path("sessions/<int:session_id>/cancel/", session_views.cancel, name="session_cancel"),
    path(
        "sessions/<int:session_id>/check-in/<str:token>/",
        session_views.check_in,
        name="session_check_in",
    ),
    path(
        "learning/feedback/module/<int:module_id>/",
        feedback_views.module_feedback,
        name="module_feedback",
    ),
    path(
        "learning/feedback/session/<int:session_id>/",
        feedback_views.session_feedback,
        name="session_feedback",
    ),
]
