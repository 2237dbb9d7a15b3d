"""The tool library, tool pages, PDFs, the print basket, cookbook, starter packs and the
editors' pages. Thin: forms, one service or selector, render or redirect."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.backends.utils import csrf_input
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from media_library import selectors as media_selectors
from media_library.caching import VERSION_KEY as MEDIA_VERSION_KEY
from municipalities.models import Course, Step
from portal.access import permission_or_404
from portal.page_cache import public_page

from . import selectors, services
from .caching import VERSION_KEY as TOOLS_VERSION_KEY
from .caching import cached_fragment
from .exceptions import ToolkitError
from .forms import (
    LibraryFilterForm,
    ProgrammeFormSet,
    StarterPackForm,
    ToolForm,
    programme_initial,
)
from .models import Audience, JobStatus, RenderJob, Tool, ToolStatus, Variant, Visibility

BASKET_SESSION_KEY = "toolkit_basket"
BASKET_MAX = 20
# Stands for the CSRF field inside cached fragments; each response puts its own token there.
CSRF_MARKER = "<!--portal:csrf-field-->"


def _basket_ids(request) -> list[int]:
    return [pk for pk in request.session.get(BASKET_SESSION_KEY, []) if isinstance(pk, int)]


def _user_vary(user) -> str:
    """What a cached list of tools depends on about the user: the roles that open restricted
    tools, and whether they see everything."""
    if not user.is_authenticated:
        return "anon"
    if user.has_perm("toolkit.view_all_tools"):
        return "all"
    return "g" + "-".join(str(pk) for pk in sorted(user.groups.values_list("pk", flat=True)))


# The library's filters as the page cache accepts them: the values the form knows.
STEP_VALUES = [str(step) for step in Step.values]


@vary_on_headers("HX-Request")
@public_page(
    TOOLS_VERSION_KEY,
    MEDIA_VERSION_KEY,
    params={"rolle": Audience.values, "trin": STEP_VALUES, "variant": Variant.values},
)
def library(request):
    """Værktøjer: public browse with "Jeg er …", step, variant and search."""
    form = LibraryFilterForm(request.GET or None)
    filters = form.filters()

    def build():
        tools = list(selectors.library_tools(request.user, **filters))
        # Back to this list after "add to basket", built from the valid filters only (the
        # fragment is shared by everyone with the same filters).
        valid = getattr(form, "cleaned_data", {})
        query = urlencode({k: v for k, v in valid.items() if v not in ("", None)})
        next_url = reverse("toolkit:library") + (f"?{query}" if query else "")
        return {
            "tools": tools,
            "filters": filters,
            "csrf_marker": CSRF_MARKER,
            "next_url": next_url,
        }

    if filters["text"]:
        # Free-text searches are not cached: every different text would be a new entry.
        html = render_to_string("toolkit/library.html#results", build(), request=request)
    else:
        html = cached_fragment(
            request,
            name="library",
            template="toolkit/library.html#results",
            build=build,
            vary=[_user_vary(request.user), *[filters[k] or "" for k in sorted(filters)]],
        )
    results = html.replace(CSRF_MARKER, str(csrf_input(request)))
    context = {
        "form": form,
        "results": results,
        "role_video": media_selectors.role_video(filters["audience"]),
        "basket_count": len(_basket_ids(request)),
        "chosen_audience": filters["audience"],
        "filtered": any(filters.values()),
    }
    if request.htmx and request.htmx.target == "library-results":
        return render(request, "toolkit/library.html#results-region", context)
    return render(request, "toolkit/library.html", context)


@public_page(TOOLS_VERSION_KEY, MEDIA_VERSION_KEY, params={"rolle": Audience.values})
def tool_detail(request, slug: str):
    tool = get_object_or_404(Tool.objects.visible_to(request.user).for_page(), slug=slug)
    counterpart = tool.counterpart
    if counterpart is not None and not (
        Tool.objects.visible_to(request.user).filter(pk=counterpart.pk).exists()
    ):
        counterpart = None
    return render(
        request,
        "toolkit/tool_detail.html",
        {
            "tool": tool,
            "counterpart": counterpart,
            "in_basket": tool.pk in _basket_ids(request),
            "chosen_audience": request.GET.get("rolle", ""),
            "audiences": Audience,
            "videos": media_selectors.videos_for(tool.steps, tool.audiences),
            "episodes": media_selectors.episodes_for(tool.steps),
        },
    )


@require_POST
def tool_pdf(request, slug: str):
    """Finds or queues the tool's PDF and counts the download; answers at once. For public
    tools the slug → job answer is cached per tools version (quality.md P11)."""
    found = selectors.cached_public_tool_job(slug)
    if found is None:
        tool = get_object_or_404(
            Tool.objects.visible_to(request.user)
            .published()
            .only("pk", "title", "slug", "content_hash", "version", "visibility", "status"),
            slug=slug,
        )
        job, _created = services.tool_pdf_request(tool=tool, user=request.user)
        found = (tool.pk, job.pk)
        if tool.visibility == Visibility.PUBLIC:
            selectors.cache_public_tool_job(slug, found)
    tool_id, job_id = found
    services.tool_downloads_record(
        tools=[tool_id], user=request.user, chosen_audience=request.POST.get("rolle", "")
    )
    return redirect("toolkit:job", pk=job_id)


def _job_for(request, pk) -> RenderJob:
    """The job, when the user may see what is in it; 404 otherwise."""
    job = get_object_or_404(RenderJob.objects.select_related("tool"), pk=pk)
    if not selectors.job_visible_to(request.user, job):
        raise Http404
    return job


@vary_on_headers("HX-Request")
def job_detail(request, pk):
    """The job's progress; htmx polls the status part until the PDF is ready."""
    job = _job_for(request, pk)
    if request.htmx:
        return render(request, "toolkit/job.html#status", {"job": job})
    return render(request, "toolkit/job.html", {"job": job})


def job_download(request, pk):
    """The rendered PDF: a file read, no rendering on this path (quality.md P6). Once a public
    tool's PDF is known here, toolkit.middleware serves it without coming back."""
    job = _job_for(request, pk)
    if job.status != JobStatus.DONE or not job.file:
        raise Http404
    if selectors.is_public_tool_job(job):
        selectors.cache_public_file(str(job.pk), (job.file.name, job.download_name))
    return pdf_file_response(job.file.name, job.download_name)


def pdf_file_response(name: str, download_name: str) -> FileResponse:
    storage = RenderJob._meta.get_field("file").storage
    response = FileResponse(
        storage.open(name, "rb"),
        as_attachment=True,
        filename=download_name,
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, max-age=86400"
    return response


# --- Print basket ----------------------------------------------------------------------------


def _basket_tools(request) -> list[Tool]:
    ids = _basket_ids(request)
    tools = Tool.objects.visible_to(request.user).published().for_library().in_bulk(ids)
    return [tools[pk] for pk in ids if pk in tools]


def basket(request):
    return render(request, "toolkit/basket.html", {"tools": _basket_tools(request)})


@require_POST
def basket_add(request, slug: str):
    tool = get_object_or_404(Tool.objects.visible_to(request.user).published(), slug=slug)
    ids = _basket_ids(request)
    if tool.pk not in ids:
        if len(ids) >= BASKET_MAX:
            messages.error(
                request, _("The print basket holds at most %(n)s tools.") % {"n": BASKET_MAX}
            )
        else:
            ids.append(tool.pk)
            request.session[BASKET_SESSION_KEY] = ids
            messages.success(request, _("%(tool)s is in the print basket.") % {"tool": tool})
    return redirect(_next_url(request, tool.get_absolute_url()))


@require_POST
def basket_remove(request, slug: str):
    ids = _basket_ids(request)
    tool = Tool.objects.filter(slug=slug).first()
    if tool is not None and tool.pk in ids:
        ids.remove(tool.pk)
        request.session[BASKET_SESSION_KEY] = ids
        messages.success(request, _("%(tool)s was taken out of the print basket.") % {"tool": tool})
    return redirect(_next_url(request, reverse("toolkit:basket")))


@require_POST
def basket_pdf(request):
    tools = _basket_tools(request)
    if not tools:
        messages.error(request, _("The print basket is empty."))
        return redirect("toolkit:basket")
    with transaction.atomic():
        job, _created = services.basket_pdf_request(tools=tools, user=request.user)
        services.tool_downloads_record(
            tools=tools, user=request.user, chosen_audience=request.POST.get("rolle", "")
        )
    return redirect(job)


def _next_url(request, default: str) -> str:
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


# --- Cookbook --------------------------------------------------------------------------------


@permission_or_404("toolkit.view_cookbook")
def cookbook(request):
    tools = selectors.cookbook_tools(request.user)
    groups = selectors.group_by_first_step(tools)
    return render(request, "toolkit/cookbook.html", {"groups": groups, "count": len(tools)})


@require_POST
@permission_or_404("toolkit.view_cookbook")
def cookbook_pdf(request):
    job, _created = services.cookbook_pdf_request(user=request.user)
    return redirect(job)


# --- Starter pack ----------------------------------------------------------------------------


@login_required
def starter_pack(request, course_pk: int):
    """A course's starter pack: its versions for everyone in the course; the facilitators
    choose the tools."""
    course = get_object_or_404(
        Course.objects.of_member(request.user)
        .select_related("municipality__region")
        .prefetch_related("members"),
        pk=course_pk,
    )
    can_edit = course.is_run_by(request.user)  # from the prefetched members, like the header
    chosen = selectors.starter_pack_tools(course)
    form = StarterPackForm(
        request.POST if request.method == "POST" else None,
        choices=selectors.starter_pack_choices(),
        initial={"tools": chosen},
    )
    if request.method == "POST":
        if not can_edit:
            raise Http404
        if form.is_valid():
            try:
                with transaction.atomic():
                    services.starter_pack_set_tools(
                        actor=request.user, course=course, tools=form.cleaned_data["tools"]
                    )
                    job, _created = services.starter_pack_pdf_request(
                        course=course, user=request.user
                    )
            except ToolkitError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The starter pack's tools were saved."))
                return redirect(job)
    versions = list(RenderJob.objects.versions_of(course))
    return render(
        request,
        "toolkit/starter_pack.html",
        {
            "course": course,
            "form": form,
            "can_edit": can_edit,
            "chosen": chosen,
            "versions": versions,
        },
    )


@require_POST
@login_required
def starter_pack_pdf(request, course_pk: int):
    """The starter pack as it is now: the newest version, or a new one when it changed."""
    course = get_object_or_404(Course.objects.of_member(request.user), pk=course_pk)
    job, _created = services.starter_pack_pdf_request(course=course, user=request.user)
    return redirect(job)


# --- Editors ---------------------------------------------------------------------------------


@permission_or_404("toolkit.change_tool")
def editor_list(request):
    tools = Tool.objects.editable_by(request.user).for_library().order_by("status", "title")
    return render(request, "toolkit/editor_list.html", {"tools": tools})


@permission_or_404("toolkit.change_tool")
def tool_edit(request, pk: int | None = None):
    tool = None
    if pk is not None:
        tool = get_object_or_404(
            Tool.objects.editable_by(request.user).prefetch_related(
                "programme", "step_rows", "audience_rows", "restricted_roles"
            ),
            pk=pk,
        )
    if request.method == "POST":
        form = ToolForm(request.POST, instance=tool)
        formset = ProgrammeFormSet(request.POST, prefix="programme")
        if form.is_valid() and formset.is_valid():
            try:
                saved = services.tool_save(
                    actor=request.user,
                    tool=tool,
                    fields=form.service_fields(),
                    steps=form.cleaned_data["steps"],
                    audiences=form.cleaned_data["audiences"],
                    programme=formset.rows(),
                    restricted_roles=form.cleaned_data["restricted_roles"],
                    seen_version=form.cleaned_data.get("seen_version"),
                )
            except ToolkitError as error:
                form.add_error(None, str(error))
            except IntegrityError:
                # Another save took the address or the full version in the meantime.
                form.add_error(
                    None, _("Another tool was saved with the same address or full version.")
                )
            else:
                messages.success(request, _("%(tool)s was saved.") % {"tool": saved})
                return redirect("toolkit:tool_edit", pk=saved.pk)
    else:
        form = ToolForm(instance=tool)
        formset = ProgrammeFormSet(initial=programme_initial(tool), prefix="programme")
    context = {"tool": tool, "form": form, "formset": formset, "lix": None}
    if tool is not None:
        context |= {
            "lix": tool.lix,
            "lix_target": tool.lix_target,
            "lix_too_high": tool.lix_too_high,
            "lix_band": selectors.lix_band(tool.lix),
        }
    return render(request, "toolkit/tool_form.html", context)


@require_POST
@permission_or_404("toolkit.change_tool")
def tool_status(request, pk: int):
    tool = get_object_or_404(Tool.objects.editable_by(request.user), pk=pk)
    status = request.POST.get("status", "")
    if status not in ToolStatus.values:
        messages.error(request, _("Unknown status."))
    else:
        tool = services.tool_set_status(actor=request.user, tool=tool, status=status)
        messages.success(
            request,
            _("%(tool)s is now: %(status)s.") % {"tool": tool, "status": tool.get_status_display()},
        )
    return redirect("toolkit:tool_edit", pk=tool.pk)


@require_POST
@permission_or_404("toolkit.change_tool")
def lix_preview(request):
    """The live readability score of the form as typed (htmx); changes nothing."""
    return render(request, "toolkit/tool_form.html#lix", selectors.lix_preview(request.POST))


# --- Staff -----------------------------------------------------------------------------------


@permission_or_404("toolkit.view_tool_statistics")
def statistics(request):
    rows, totals = selectors.download_statistics()
    return render(
        request,
        "toolkit/statistics.html",
        {
            "rows": rows,
            "totals": totals,
            "failed": selectors.jobs_needing_attention(),
            "audience_labels": dict(Audience.choices),
        },
    )


@require_POST
@permission_or_404("toolkit.view_tool_statistics")
def job_retry(request, pk):
    job = get_object_or_404(RenderJob, pk=pk)
    services.render_job_retry(actor=request.user, job=job)
    messages.success(request, _("The PDF job was queued again."))
    return redirect("toolkit:statistics")
