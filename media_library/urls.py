from django.urls import path

from . import views

app_name = "media_library"

urlpatterns = [
    path("videoer/", views.video_list, name="videos"),
    path("videoer/<slug:slug>/", views.video_detail, name="video"),
    path("videoer/<slug:slug>/udskrift/", views.video_transcript, name="video_transcript"),
    path("videoer/<slug:slug>/video/", views.video_file, name="video_file"),
    path("videoer/<slug:slug>/undertekster.vtt", views.video_captions, name="video_captions"),
    path("videoer/<slug:slug>/plakat/", views.video_poster, name="video_poster"),
]
