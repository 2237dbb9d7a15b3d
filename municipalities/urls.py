from django.urls import path

from .views import course, dashboard

app_name = "municipalities"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("<int:pk>/", course.course_detail, name="course"),
    path("<int:pk>/fase/frem/", course.course_advance_view, name="advance"),
    path("<int:pk>/fase/tilbage/", course.course_rollback_view, name="rollback"),
    path("<int:pk>/kriterier/<int:item_pk>/", course.gate_item_toggle, name="gate_item"),
    path("<int:pk>/aftale/", course.AgreementView.as_view(), name="agreement"),
    path("<int:pk>/workshops/ny/", course.WorkshopView.as_view(), name="workshop_new"),
    path(
        "<int:pk>/workshops/<int:record_pk>/", course.WorkshopView.as_view(), name="workshop_edit"
    ),
    path("<int:pk>/sparring/ny/", course.SparringView.as_view(), name="sparring_new"),
    path("<int:pk>/sparring/<int:record_pk>/", course.SparringView.as_view(), name="sparring_edit"),
    path("<int:pk>/udfordringer/ny/", course.ChallengeView.as_view(), name="challenge_new"),
    path(
        "<int:pk>/udfordringer/<int:record_pk>/",
        course.ChallengeView.as_view(),
        name="challenge_edit",
    ),
    path(
        "<int:pk>/udfordringer/<int:parent_pk>/proevehandlinger/ny/",
        course.TrialActionView.as_view(),
        name="trial_action_new",
    ),
    path(
        "<int:pk>/proevehandlinger/<int:record_pk>/",
        course.TrialActionView.as_view(),
        name="trial_action_edit",
    ),
    path(
        "<int:pk>/proevehandlinger/<int:parent_pk>/maalinger/ny/",
        course.MeasurementView.as_view(),
        name="measurement_new",
    ),
    path(
        "<int:pk>/maalinger/<int:record_pk>/",
        course.MeasurementView.as_view(),
        name="measurement_edit",
    ),
]
