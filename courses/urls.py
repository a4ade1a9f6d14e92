from django.urls import path

from .learning import views
from .workshops import feedback_views
from .workshops import views as session_views

app_name = "courses"

urlpatterns = [
    path("learning/", views.my_learning, name="my_learning"),
    path("modules/<id:module_id>/enrol/", views.enrol, name="enrol"),
    path("lessons/<id:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
    path("lessons/<id:lesson_id>/quiz/", views.submit_quiz, name="submit_quiz"),
    path("sessions/", session_views.session_list, name="session_list"),
    path("sessions/<id:session_id>/", session_views.session_detail, name="session_detail"),
    path(
        "sessions/<id:session_id>/calendar.ics",
        session_views.session_calendar,
        name="session_calendar",
    ),
    path("sessions/<id:session_id>/register/", session_views.register, name="session_register"),
    path("sessions/<id:session_id>/cancel/", session_views.cancel, name="session_cancel"),
    path(
        "sessions/<id:session_id>/check-in/<str:token>/",
        session_views.check_in,
        name="session_check_in",
    ),
    path(
        "learning/feedback/module/<id:module_id>/",
        feedback_views.module_feedback,
        name="module_feedback",
    ),
    path(
        "learning/feedback/session/<id:session_id>/",
        feedback_views.session_feedback,
        name="session_feedback",
    ),
]
