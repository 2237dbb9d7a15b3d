from django.urls import path

from .views import board, calendar, course, dashboard, export

app_name = "municipalities"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("oversigt/", board.board, name="board"),
    path("kommuner/", board.municipalities, name="municipalities"),
    path("kommuner/<str:code>/nyt-forloeb/", board.course_start_view, name="course_start"),
    path("<int:pk>/deltagere/", board.course_members, name="course_members"),
    path(
        "<int:pk>/deltagere/<int:member_pk>/fjern/",
        board.course_member_remove_view,
        name="course_member_remove",
    ),
    path("kalender/", calendar.calendar_page, name="calendar"),
    path("kalender/ny-adresse/", calendar.calendar_revoke, name="calendar_revoke"),
    path("kalender/<str:token>.ics", calendar.calendar_feed, name="calendar_feed"),
    path("eksport.csv", export.course_export, name="export"),
    path("<int:pk>/", course.course_detail, name="course"),
    path("<int:pk>/workshops/", course.course_workshops, name="course_workshops"),
    path("<int:pk>/udfordringer/", course.course_challenges, name="course_challenges"),
    path("<int:pk>/fase/frem/", course.course_advance_view, name="advance"),
    path("<int:pk>/fase/tilbage/", course.course_rollback_view, name="rollback"),
    path("<int:pk>/kriterier/<int:item_pk>/", course.gate_item_toggle, name="gate_item"),
    path("<int:pk>/aftale/", course.AgreementView.as_view(), name="agreement"),
    path("<int:pk>/aftale/dokument/", course.agreement_document, name="agreement_document"),
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
