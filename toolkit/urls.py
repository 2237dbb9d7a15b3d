from django.urls import path

from . import views

app_name = "toolkit"

urlpatterns = [
    path("", views.library, name="library"),
    path("printkurv/", views.basket, name="basket"),
    path("printkurv/pdf/", views.basket_pdf, name="basket_pdf"),
    path("printkurv/tilfoej/<slug:slug>/", views.basket_add, name="basket_add"),
    path("printkurv/fjern/<slug:slug>/", views.basket_remove, name="basket_remove"),
    path("koegebog/", views.cookbook, name="cookbook"),
    path("koegebog/pdf/", views.cookbook_pdf, name="cookbook_pdf"),
    path("startpakke/<int:course_pk>/", views.starter_pack, name="starter_pack"),
    path("startpakke/<int:course_pk>/pdf/", views.starter_pack_pdf, name="starter_pack_pdf"),
    path("pdf/<uuid:pk>/", views.job_detail, name="job"),
    path("pdf/<uuid:pk>/hent/", views.job_download, name="job_download"),
    path("pdf/<uuid:pk>/igen/", views.job_retry, name="job_retry"),
    path("redaktion/", views.editor_list, name="editor_list"),
    path("redaktion/ny/", views.tool_edit, name="tool_new"),
    path("redaktion/lix/", views.lix_preview, name="lix"),
    path("redaktion/<int:pk>/", views.tool_edit, name="tool_edit"),
    path("redaktion/<int:pk>/status/", views.tool_status, name="tool_status"),
    path("statistik/", views.statistics, name="statistics"),
    path("<slug:slug>/", views.tool_detail, name="tool"),
    path("<slug:slug>/pdf/", views.tool_pdf, name="tool_pdf"),
]
