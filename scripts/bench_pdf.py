"""PDF measurements of quality.md part 1 (P6, P8, P9, P10, P11, P12) for the benchmark.

`make bench` runs them after the pages; `.venv/bin/python scripts/bench.py --only pdf` runs only
them (on the same prepared database). bench.py calls `prepare()` and `run()` here with itself as
`bench` (its gunicorn, load generator and table helpers); this file is also the script of the
render child processes (`bench_pdf.py render …` and `bench_pdf.py fresh …`), started with the
bench's environment, so they see the bench database's real tools and courses.

Method
------
HTTP (P6, P11, P7 for these requests): a gunicorn of its own, same configuration and
environment as the pages' run (2 sync workers, production settings, PostgreSQL, Redis), started
after the pages' gunicorn has stopped. Interleaved rounds (warm-up first) of four requests, app
CPU per request of the workers counted as in bench.py:
  hello          GET /healthz, the yardstick.
  pdf-request    POST /vaerktoejer/<tool>/pdf/, anonymous, as a browser sends the "make my PDF"
                 form: CSRF cookie, masked token in the body, Origin and Referer, and "Jeg er …"
                 (rolle). Steady state: the job exists, so the view finds it, counts the download
                 (one INSERT) and answers 302 to the job page (anything else counts as an error).
  pdf-download   GET /vaerktoejer/pdf/<job>/hent/, anonymous, a public tool's rendered PDF.
  static-pdf     GET /static/bench/tool.pdf: the same bytes, copied into STATIC_ROOT before gunicorn
                 starts and served by WhiteNoise with the bench's storage settings
                 (CompressedManifestStaticFilesStorage; an unhashed name, as a static file).
  P11 = CPU(pdf-request) / CPU(hello); P6 = CPU(pdf-download) / CPU(static-pdf).
  Zero renders on the download path: the number of RenderJob rows and the job's status, attempts,
  started_at, finished_at, render_seconds, size and file are compared before the warm-up and after
  the rounds, and no gunicorn worker may have WeasyPrint's Pango library mapped (/proc/<pid>/maps).
  First request (creating the job and queueing the Celery task to Redis): after the rounds, the
  jobs of the other public tools are deleted and each is asked for once, one connection, one
  request at a time, over the same number of rounds (one unmeasured round first).
  Clean-up: those jobs, the queued Celery messages (the bench runs no worker) and the ToolDownload
  rows the run added are removed; the measured job and its file (MEDIA_ROOT of the bench,
  bench-results/media) are kept for the next run.

Rendering (P8, P9, P10, P12): a child process ("the worker") calls toolkit.pdf the way the
Celery task does: render_job_pdf(job) = job_html + html_to_pdf (tagged PDF/UA-1, subset fonts),
on unsaved RenderJob objects, so nothing is written. CPU is time.process_time of the process.
  Documents: a demo tool (the same one the HTTP part downloads); the starter pack of a demo
  course; a plain reference document of exactly 10 A4 pages (plain <p> paragraphs of Danish text
  with the same pdf.css link, i.e. the same embedded DejaVu fonts, size and line height, the same
  @page size and margins, no page-margin boxes, headings, tables or QR codes) through the same
  html_to_pdf; print baskets of demo tools with exactly 10 and 50 pages (table of contents with
  target-counter, page-margin boxes, a QR code per tool; the tools are picked from their page
  counts in one render of all of them); plain documents of 50 pages (same text as the reference).
  1. Memory first, in a process that has rendered nothing else yet: the tool is rendered 100 times
     (the first one is the warm-up); VmRSS (after gc.collect()) after render 10 and render 100.
     These warm renders also give the tool's warm render time for P10.
  2. Rounds (rotating order) of every document; medians over the rounds. P8 = CPU per page of the
     tool and of the starter pack / CPU per page of the reference. P9 time = t(basket 50) /
     t(basket 10), the plain documents alongside (10 = the reference).
  3. P12: the tool and the starter pack are rendered twice more and written with the default
     options and with full_fonts=True. Each write needs its own render: write_pdf subsets the
     fonts of the Document in place, so a second write of the same Document is never full.
  Fresh processes (`python bench_pdf.py fresh`, three of them): Django import and set-up, the
  toolkit.pdf (WeasyPrint) import, one render of the tool. process_time() right after that render
  is the CPU of all of it, the interpreter's start included; the wall time runs from before the
  parent starts the process. P10 = warm render (median of the 99 warm renders of step 1) / fresh
  process, CPU (wall alongside), medians. Each then measures the memory of one bigger document
  (the 50-page basket, the 10-page basket, 50 plain pages), having rendered only the small tool:
  the kernel's peak RSS (VmHWM) is reset by writing 5 to /proc/self/clear_refs just before the
  render, and VmHWM after it minus VmRSS before it is the growth, C allocations of
  Pango/HarfBuzz included (tracemalloc would see Python objects only). A fresh process, because
  in a warm one the allocator reuses what earlier big renders freed (the renders table shows
  that warm growth). P9 memory = growth of the 50-page basket / 50.
"""

import argparse
import contextlib
import gc
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).resolve()
APP_NAME_RENDER = "portal-bench-pdf"
STATIC_COPY = "bench/tool.pdf"  # under STATIC_ROOT, served at STATIC_URL + this

# Targets from quality.md part 1.
P6_MAX_CPU_RATIO = 2.5
P8_MAX_PER_PAGE_RATIO = 1.5
P9_MAX_TIME_RATIO = 6.0
P9_MAX_MB_PER_PAGE = 2.5
P9_MAX_RSS_RATIO = 1.2
P10_MAX_WARM_RATIO = 0.25
P11_MAX_CPU_RATIO = 3.0
P12_MAX_SIZE_RATIO = 0.10
P7_MAX_TAIL_RATIO = 3.0

MEMORY_RENDERS = 100
AUDIENCE = "medarbejder"  # "Jeg er …" on the anonymous form

SENTENCES = [
    "Samskabt styring handler om at fjerne bøvl, så medarbejderne får mere tid til kerneopgaven.",
    "Ledere, tillidsvalgte og medarbejdere ser sammen på de regler og procedurer, der fylder.",
    "Først indsamles eksempler på bøvl fra personalemøder, logbøger og korte interview.",
    "Derefter vælger gruppen de udfordringer, der giver mest værdi at løse, og beskriver dem.",
    "En prøvehandling afprøves i en afgrænset periode, og effekten måles før og efter.",
    "Når resultatet er klart, drøfter teamet, om løsningen skal fastholdes eller justeres.",
    "Erfaringerne deles med resten af kommunen, så andre kan lære af dem og gøre det samme.",
    "Det kræver tillid og en fælles forståelse af, hvad der er lovbestemt, og hvad der er vane.",
]


# --- Shared helpers ------------------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("nan")


def proc_status() -> dict[str, int]:
    """VmRSS, VmHWM … of this process in kB."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key.startswith("Vm"):
            values[key] = int(rest.split()[0])
    return values


def reset_peak_rss() -> bool:
    """Resets VmHWM to the current RSS (Linux ≥ 4.0); False when the kernel refuses."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# --- In the bench process: fixtures -----------------------------------------------------------


@dataclass
class Fixtures:
    tool_pk: int
    tool_slug: str
    job_id: str
    job_url: str
    download_path: str
    static_path: str
    pdf_bytes: int
    pdf_pages: int
    course_pk: int
    first_tools: list[tuple[int, str]]  # other public tools: (pk, slug)
    downloads_before: int  # highest ToolDownload pk before the bench asked for anything
    rendered_now: bool
    queries: dict[str, list[str]] = field(default_factory=dict)


def prepare(bench: ModuleType) -> Fixtures:
    """In the bench process, Django set up, before any gunicorn or test client: a rendered PDF
    job of a public demo tool (rendered here by the worker's code path when missing), its bytes
    copied into STATIC_ROOT for WhiteNoise, and the queries of the PDF requests."""
    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser
    from django.db.models import Max

    from municipalities.models import Course
    from toolkit import services
    from toolkit.models import JobStatus, RenderJob, Tool, ToolDownload, ToolStatus, Visibility

    public = list(
        Tool.objects.filter(
            status=ToolStatus.PUBLISHED, visibility=Visibility.PUBLIC, is_demo=True
        ).order_by("pk")
    )
    if len(public) < 2:
        raise SystemExit("No public demo tools: did seed_demo run?")
    tool = public[0]
    course = (
        Course.objects.filter(is_demo=True)
        .exclude(title__startswith=bench.BENCH_COURSE_PREFIX)
        .order_by("pk")
        .first()
    )
    if course is None:
        raise SystemExit("No demo course: did seed_demo run?")
    downloads_before = ToolDownload.objects.aggregate(top=Max("pk"))["top"] or 0

    job, _created = services.tool_pdf_request(tool=tool, user=AnonymousUser())
    usable = job.status == JobStatus.DONE and job.file and job.file.storage.exists(job.file.name)
    rendered_now = False
    if not usable:  # never rendered, an interrupted run, or the file is gone
        job.delete()
        job, _created = services.tool_pdf_request(tool=tool, user=AnonymousUser())
        services.render_job_run(job.pk)
        job = RenderJob.objects.get(pk=job.pk)
        rendered_now = True
    if job.status != JobStatus.DONE:
        raise SystemExit(f"The bench's PDF job ended {job.status}: {job.error}")
    target = Path(settings.STATIC_ROOT) / STATIC_COPY
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(job.file.path, target)
    purge_celery_queue()  # the request above queued a task no worker will take

    fixtures = Fixtures(
        tool_pk=tool.pk,
        tool_slug=tool.slug,
        job_id=str(job.pk),
        job_url=job.get_absolute_url(),
        download_path=f"{job.get_absolute_url()}hent/",
        static_path=settings.STATIC_URL + STATIC_COPY,
        pdf_bytes=job.size,
        pdf_pages=job.page_count,
        course_pk=course.pk,
        first_tools=[(t.pk, t.slug) for t in public[1:]],
        downloads_before=downloads_before,
        rendered_now=rendered_now,
    )
    fixtures.queries = count_queries(bench, fixtures)
    return fixtures


def count_queries(bench: ModuleType, fixtures: Fixtures) -> dict[str, list[str]]:
    """SQL of one request of each kind in this process (test client), after a warm-up one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = bench.django_client()
    calls = {
        "pdf-request": (
            lambda: client.post(f"/vaerktoejer/{fixtures.tool_slug}/pdf/", {"rolle": AUDIENCE}),
            302,
        ),
        "pdf-download": (lambda: client.get(fixtures.download_path), 200),
        "static-pdf": (lambda: client.get(fixtures.static_path), 200),
    }
    result = {}
    for name, (call, status) in calls.items():
        client.cookies.clear()
        call()
        client.cookies.clear()
        with CaptureQueriesContext(connection) as ctx:
            response = call()
        if response.status_code != status:
            raise SystemExit(f"{name} answers {response.status_code} in-process, not {status}")
        if hasattr(response, "close"):
            response.close()
        result[name] = [query["sql"] for query in ctx.captured_queries]
    return result


def purge_celery_queue() -> int:
    """Removes the queued render tasks (the bench database's jobs; no worker runs here)."""
    from portal.celery import app

    with contextlib.suppress(Exception):  # an unreachable broker just leaves them
        return int(app.control.purge() or 0)
    return 0


# --- In the bench process: HTTP ------------------------------------------------------------------


def build_post(bench: ModuleType, path: str, port: int, referer: str, secret: str) -> bytes:
    """The anonymous "make my PDF" form as a browser posts it over HTTPS behind the proxy."""
    from django.conf import settings
    from django.middleware.csrf import _mask_cipher_secret

    body = urlencode(
        {"csrfmiddlewaretoken": _mask_cipher_secret(secret), "rolle": AUDIENCE}
    ).encode()
    origin = f"https://{bench.HOST}:{port}"
    lines = [
        f"POST {path} HTTP/1.1",
        f"Host: {bench.HOST}:{port}",
        f"User-Agent: {bench.USER_AGENT}",
        "Accept: text/html,application/xhtml+xml,*/*;q=0.8",
        "Accept-Language: da",
        "X-Forwarded-Proto: https",
        "Content-Type: application/x-www-form-urlencoded",
        f"Content-Length: {len(body)}",
        f"Origin: {origin}",
        f"Referer: {origin}{referer}",
        f"Cookie: {settings.CSRF_COOKIE_NAME}={secret}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def job_state(job_id: str) -> dict[str, Any]:
    from toolkit.models import RenderJob

    fields = ["status", "attempts", "started_at", "finished_at", "render_seconds", "size", "file"]
    values = RenderJob.objects.filter(pk=job_id).values(*fields).first() or {}
    return {
        "render_jobs": RenderJob.objects.count(),
        **{key: str(value) for key, value in values.items()},
    }


def pango_loaded(pids: list[int]) -> dict[int, bool]:
    """Whether WeasyPrint (its Pango library) is loaded in each gunicorn worker."""
    loaded = {}
    for pid in pids:
        try:
            loaded[pid] = "libpango" in Path(f"/proc/{pid}/maps").read_text()
        except OSError:
            loaded[pid] = False
    return loaded


@dataclass
class HttpResult:
    results: list[Any]  # bench.PageResult
    expect: dict[str, int]
    before: dict[str, Any]
    after: dict[str, Any]
    pango_before: dict[int, bool]
    pango_after: dict[int, bool]
    first_cpu_ms: list[float]  # per measured round: CPU per first request
    first_requests: int
    first_errors: Counter[str]
    workers_changed: bool


def measure_http(
    bench: ModuleType, fixtures: Fixtures, environment: dict[str, str], args: argparse.Namespace
) -> HttpResult:
    from django.db import connections
    from django.middleware.csrf import _get_new_csrf_string

    from toolkit.models import JobKind, RenderJob

    secret = _get_new_csrf_string()
    tool_page = f"/vaerktoejer/{fixtures.tool_slug}/"
    pages = [
        {"name": "hello", "path": "/healthz", "kind": "yardstick"},
        {"name": "pdf-request", "path": f"{tool_page}pdf/", "kind": "P11", "method": "POST"},
        {"name": "pdf-download", "path": fixtures.download_path, "kind": "P6"},
        {"name": "static-pdf", "path": fixtures.static_path, "kind": "P6 base"},
    ]
    expect = {"hello": 200, "pdf-request": 302, "pdf-download": 200, "static-pdf": 200}
    results = [bench.PageResult(page) for page in pages]
    for result in results:
        result.queries = fixtures.queries.get(result.page["name"], [])
    first_ids = [pk for pk, _slug in fixtures.first_tools]

    def delete_first_jobs() -> None:
        from toolkit.caching import bump_tools_version

        RenderJob.objects.filter(kind=JobKind.TOOL, tool_id__in=first_ids).delete()
        # The portal caches "this public tool's PDF is job X" per tools version: a deleted
        # job is gone only for a new version (in the portal jobs are never deleted).
        bump_tools_version()

    delete_first_jobs()
    before = job_state(fixtures.job_id)
    connections.close_all()
    server_env = {
        **environment,
        "DATABASE_URL": bench.with_application_name(
            environment["DATABASE_URL"], bench.APP_NAME_SERVER
        ),
    }
    first_cpu_ms: list[float] = []
    first_errors: Counter[str] = Counter()
    first_requests = 0
    with tempfile.TemporaryDirectory(prefix="portal-bench-pdf-") as log_dir:
        gunicorn = bench.Gunicorn(
            server_env,
            workers=args.workers,
            max_requests=args.max_requests,
            log_dir=Path(log_dir),
        )
        try:
            workers = gunicorn.wait_ready()
            print(f"  gunicorn on {bench.HOST}:{gunicorn.port}, workers {workers}")
            port = gunicorn.port

            def request_for(page: dict[str, str]) -> bytes:
                if page.get("method") == "POST":
                    return build_post(bench, page["path"], port, tool_page, secret)
                return bench.build_request(page["path"], port, None)

            prepared = {r.page["name"]: request_for(r.page) for r in results}
            check_answers(bench, port, prepared, fixtures)
            pango_before = pango_loaded(workers)
            if args.warmup:
                print(f"  warm-up: {args.warmup} requests per request kind")
                for result in results:
                    name = result.page["name"]
                    batch = bench.run_batch(
                        gunicorn, [prepared[name]], args.warmup, args.concurrency, (expect[name],)
                    )
                    if batch.errors:
                        print(f"  warm-up errors on {name}: {dict(batch.errors)}")
            for round_index in range(args.rounds):
                started = time.perf_counter()
                shift = round_index % len(results)
                for result in results[shift:] + results[:shift]:
                    name = result.page["name"]
                    result.batches.append(
                        bench.run_batch(
                            gunicorn,
                            [prepared[name]],
                            args.requests,
                            args.concurrency,
                            (expect[name],),
                        )
                    )
                print(
                    f"  round {round_index + 1}/{args.rounds}:"
                    f" {time.perf_counter() - started:.1f} s"
                )
            after = job_state(fixtures.job_id)
            pango_after = pango_loaded(gunicorn.worker_pids())

            # First requests: the job does not exist yet; one connection, one at a time.
            posts = [
                build_post(
                    bench, f"/vaerktoejer/{slug}/pdf/", port, f"/vaerktoejer/{slug}/", secret
                )
                for _pk, slug in fixtures.first_tools
            ]
            print(f"  first requests: {len(posts)} tools x {args.rounds} rounds (+1 unmeasured)")
            for round_index in range(args.rounds + 1):
                delete_first_jobs()
                pids = gunicorn.worker_pids()
                cpu_before = bench.cpu_seconds(pids)
                for post in posts:
                    try:
                        status, headers = bench.fetch_once(port, post)
                    except OSError as exc:
                        first_errors[f"{type(exc).__name__}: {exc}"] += 1
                        continue
                    if status != 302:
                        first_errors[f"HTTP {status} {headers.get('location', '')}"] += 1
                cpu_after = bench.cpu_seconds(gunicorn.worker_pids())
                if round_index == 0:
                    continue
                cpu = sum(cpu_after[p] - cpu_before[p] for p in cpu_before if p in cpu_after)
                first_cpu_ms.append(1000 * cpu / len(posts))
                first_requests += len(posts)
            created = RenderJob.objects.filter(kind=JobKind.TOOL, tool_id__in=first_ids).count()
            if created != len(posts):
                first_errors[f"{created} jobs created for {len(posts)} first requests"] += 1
        finally:
            bench.STOP.set()
            gunicorn.stop()
            bench.STOP.clear()
    cleanup(fixtures, first_ids)
    return HttpResult(
        results=results,
        expect=expect,
        before=before,
        after=after,
        pango_before=pango_before,
        pango_after=pango_after,
        first_cpu_ms=first_cpu_ms,
        first_requests=first_requests,
        first_errors=first_errors,
        workers_changed=any(b.workers_changed for r in results for b in r.batches),
    )


def check_answers(
    bench: ModuleType, port: int, prepared: dict[str, bytes], fixtures: Fixtures
) -> None:
    """One request of each kind, checked in full before anything is measured."""
    status, headers = bench.fetch_once(port, prepared["pdf-request"])
    if status != 302 or not headers.get("location", "").endswith(fixtures.job_url):
        raise SystemExit(f"pdf-request answers {status} {headers} (expected 302 to the job)")
    for name in ("pdf-download", "static-pdf"):
        status, headers = bench.fetch_once(port, prepared[name])
        length = int(headers.get("content-length", -1))
        if (
            status != 200
            or headers.get("content-type") != "application/pdf"
            or length != fixtures.pdf_bytes
        ):
            raise SystemExit(
                f"{name} answers {status}, {headers.get('content-type')}, {length} bytes"
                f" (expected 200, application/pdf, {fixtures.pdf_bytes} bytes)"
            )


def cleanup(fixtures: Fixtures, first_ids: list[int]) -> None:
    from toolkit.models import JobKind, RenderJob, ToolDownload

    RenderJob.objects.filter(kind=JobKind.TOOL, tool_id__in=first_ids).delete()
    ToolDownload.objects.filter(pk__gt=fixtures.downloads_before).delete()
    # The bench's download counts wait in Redis (toolkit.download_counts): drop them too.
    from django.core.cache import cache

    from toolkit import download_counts

    if download_counts._client() is not None:
        cache._cache.get_client(write=True).delete(*download_counts._keys())
    purge_celery_queue()


# --- Render child process ------------------------------------------------------------------------


class CountingHandler(logging.Handler):
    """Counts log messages (WeasyPrint's warnings, refused fetches) instead of printing them."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.counts: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[f"{record.name}: {record.getMessage()[:120]}"] += 1


def setup_child() -> CountingHandler:
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    handler = CountingHandler()
    for name in ("weasyprint", "toolkit.pdf", "fontTools"):
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.propagate = False
    return handler


def plain_html(paragraphs: int) -> str:
    """The reference document: plain paragraphs with the tool PDFs' stylesheet (fonts, size,
    line height) and page size and margins, nothing else."""
    from django.templatetags.static import static

    body = "\n".join(
        f'<p id="p{i}">'
        + " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3 + i % 4))
        + "</p>"
        for i in range(paragraphs)
    )
    return (
        '<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n'
        "<title>Referencedokument</title>\n"
        f'<link rel="stylesheet" href="{static("toolkit/pdf.css")}">\n'
        "<style>@page { size: A4; margin: 20mm 18mm 22mm 18mm; }</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def render_document(html: str) -> Any:
    from weasyprint import HTML

    from toolkit.pdf import BASE_URL, StaticOnlyURLFetcher, font_config

    return HTML(string=html, base_url=BASE_URL, url_fetcher=StaticOnlyURLFetcher()).render(
        font_config=font_config()
    )


def anchor_pages(document: Any, prefix: str) -> dict[str, int]:
    """First page (0-based) of each anchor starting with prefix."""
    pages: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        for anchor in page.anchors:
            if anchor.startswith(prefix):
                pages.setdefault(anchor, index)
    return pages


def plain_paragraphs_for(pages: list[int]) -> dict[int, int]:
    """How many reference paragraphs fill exactly n pages, for each n (from one long render)."""
    count = 10 * max(pages) + 20  # about 9 paragraphs a page
    document = render_document(plain_html(count))
    while len(document.pages) <= max(pages):
        count *= 2
        document = render_document(plain_html(count))
    starts = anchor_pages(document, "p")
    found = {}
    for n in pages:
        # The paragraphs that start on pages 1..n, less one: the last may run onto page n+1.
        found[n] = sum(1 for page in starts.values() if page < n) - 1
    return found


def pick_tools(tool_pages: list[tuple[int, int]], target: int) -> list[int] | None:
    """The earliest tools (in order) whose pages add up to exactly target."""
    reachable: dict[int, list[int]] = {0: []}
    for pk, pages in tool_pages:
        for total, chosen in list(reachable.items()):
            new = total + pages
            if new <= target and new not in reachable:
                reachable[new] = [*chosen, pk]
    return reachable.get(target)


def basket_tools_for(tool_ids: list[int], targets: list[int]) -> dict[int, list[int]]:
    """Baskets of exactly n pages: page counts per tool from one render of all of them."""
    from toolkit.models import JobKind, RenderJob
    from toolkit.pdf import job_html

    html = job_html(RenderJob(kind=JobKind.BASKET, tool_ids=tool_ids, title="Alle værktøjer"))
    document = render_document(html)
    starts = anchor_pages(document, "tool-")
    order = sorted((page, int(anchor.removeprefix("tool-"))) for anchor, page in starts.items())
    toc_pages = order[0][0]
    ends = [page for page, _pk in order[1:]] + [len(document.pages)]
    tool_pages = [(pk, end - page) for (page, pk), end in zip(order, ends, strict=True)]
    baskets = {}
    for target in targets:
        chosen = pick_tools(tool_pages, target - toc_pages)
        if chosen is None:
            raise SystemExit(f"No basket of demo tools has exactly {target} pages")
        baskets[target] = sorted(chosen, key=tool_ids.index)
    return baskets


def measure_render(call: Any) -> dict[str, float]:
    """One render: CPU and wall seconds, pages, bytes, peak RSS growth (MB)."""
    gc.collect()
    peak_ok = reset_peak_rss()
    rss_before = proc_status()["VmRSS"]
    wall = time.perf_counter()
    cpu = time.process_time()
    pdf, pages = call()
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    peak = proc_status()["VmHWM"]
    return {
        "cpu_s": cpu,
        "wall_s": wall,
        "pages": pages,
        "bytes": len(pdf),
        "peak_growth_mb": (peak - rss_before) / 1024 if peak_ok else float("nan"),
    }


def render_main(options: argparse.Namespace) -> None:
    handler = setup_child()
    from django.db import connections

    from municipalities.models import Course
    from toolkit.models import JobKind, RenderJob, Tool
    from toolkit.pdf import html_to_pdf, job_html, render_job_pdf

    started = time.perf_counter()
    tool = Tool.objects.get(pk=options.tool)
    course = Course.objects.get(pk=options.course)
    tool_job = RenderJob(kind=JobKind.TOOL, tool_id=tool.pk, title=tool.title)
    pack_job = RenderJob(kind=JobKind.STARTER_PACK, course_id=course.pk, title="Startpakke")
    out: dict[str, Any] = {"tool": tool.slug, "course": course.title}

    # 1. Memory over 100 renders of the tool, before anything else was rendered here.
    rss = {}
    times = []
    for index in range(1, MEMORY_RENDERS + 1):
        cpu = time.process_time()
        wall = time.perf_counter()
        render_job_pdf(tool_job)
        times.append((time.process_time() - cpu, time.perf_counter() - wall))
        if index in (1, 10, MEMORY_RENDERS):
            gc.collect()
            rss[index] = proc_status()["VmRSS"] / 1024
    warm = times[1:]
    out["memory"] = {"rss_mb": rss, "renders": MEMORY_RENDERS}
    out["warm_tool"] = {
        "first_cpu_s": times[0][0],
        "cpu_s": median([c for c, _w in warm]),
        "wall_s": median([w for _c, w in warm]),
        "renders": len(warm),
    }
    print(f"    memory: {MEMORY_RENDERS} renders of the tool, RSS {rss}", flush=True)

    # 2. The documents.
    paragraphs = plain_paragraphs_for([10, 50])
    ref10, plain50 = plain_html(paragraphs[10]), plain_html(paragraphs[50])
    tool_ids = list(Tool.objects.filter(is_demo=True).order_by("pk").values_list("pk", flat=True))
    baskets = basket_tools_for(tool_ids, [10, 50])

    def basket(n: int) -> RenderJob:
        return RenderJob(kind=JobKind.BASKET, tool_ids=baskets[n], title=f"Printkurv {n} sider")

    documents = {
        "tool": lambda: render_job_pdf(tool_job),
        "starter pack": lambda: render_job_pdf(pack_job),
        "reference 10": lambda: html_to_pdf(ref10),
        "basket 10": lambda: render_job_pdf(basket(10)),
        "basket 50": lambda: render_job_pdf(basket(50)),
        "plain 50": lambda: html_to_pdf(plain50),
    }
    html_cpu = {}
    for name, job in (("tool", tool_job), ("starter pack", pack_job)):
        samples = []
        for _ in range(5):
            cpu = time.process_time()
            job_html(job)
            samples.append(time.process_time() - cpu)
        html_cpu[name] = median(samples)
    # Warm-up; the baskets' and plain documents' code paths ran when they were made.
    for name in ("tool", "starter pack", "reference 10"):
        measure_render(documents[name])
    print(f"    documents ready ({time.perf_counter() - started:.0f} s); rounds:", flush=True)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in documents}
    names = list(documents)
    for round_index in range(options.rounds):
        shift = round_index % len(names)
        round_started = time.perf_counter()
        for name in names[shift:] + names[:shift]:
            runs[name].append(measure_render(documents[name]))
        print(
            f"    round {round_index + 1}/{options.rounds}:"
            f" {time.perf_counter() - round_started:.1f} s",
            flush=True,
        )
    out["documents"] = {
        name: {
            "pages": samples[0]["pages"],
            "bytes": samples[0]["bytes"],
            "cpu_s": median([s["cpu_s"] for s in samples]),
            "wall_s": median([s["wall_s"] for s in samples]),
            "cpu_ms_per_page": 1000 * median([s["cpu_s"] / s["pages"] for s in samples]),
            "peak_growth_mb": median([s["peak_growth_mb"] for s in samples]),
            "job_html_cpu_s": html_cpu.get(name),
            "runs": samples,
        }
        for name, samples in runs.items()
    }
    out["baskets"] = {str(n): ids for n, ids in baskets.items()}
    out["plain_paragraphs"] = {str(n): count for n, count in paragraphs.items()}
    out["peak_rss_reset"] = reset_peak_rss()

    # 3. Fonts: default (subset) against full fonts, each write from its own render.
    sizes = {}
    for name, job in (("tool", tool_job), ("starter pack", pack_job)):
        html = job_html(job)
        default = render_document(html).write_pdf(pdf_variant="pdf/ua-1")
        full = render_document(html).write_pdf(pdf_variant="pdf/ua-1", full_fonts=True)
        sizes[name] = {"default": len(default), "full_fonts": len(full)}
    out["font_sizes"] = sizes
    out["log_messages"] = dict(handler.counts.most_common())
    out["duration_s"] = time.perf_counter() - started
    connections.close_all()
    Path(options.output).write_text(json.dumps(out, indent=2, ensure_ascii=False))


def memory_document(spec: str) -> tuple[str, Any]:
    """ "basket:1,2,3" or "plain:98": the document a fresh process measures the memory of."""
    from toolkit.models import JobKind, RenderJob
    from toolkit.pdf import html_to_pdf, render_job_pdf

    kind, _, value = spec.partition(":")
    if kind == "basket":
        ids = [int(pk) for pk in value.split(",")]
        job = RenderJob(kind=JobKind.BASKET, tool_ids=ids, title="Printkurv")
        return spec, lambda: render_job_pdf(job)
    html = plain_html(int(value))
    return spec, lambda: html_to_pdf(html)


def fresh_main(options: argparse.Namespace) -> None:
    """P10's fresh process: imports, Django set-up, WeasyPrint import and one render of the tool;
    process_time() right after it is the CPU of all of that (the interpreter's start included),
    time.time() lets the parent take the wall time from before it started the process. Then, as
    a process that has rendered one small document only, the peak RSS growth of one bigger
    document (P9 memory)."""
    setup_child()
    from django.db import connections

    from toolkit.models import JobKind, RenderJob

    setup_cpu = time.process_time()
    from toolkit.pdf import render_job_pdf

    import_cpu = time.process_time() - setup_cpu
    cpu = time.process_time()
    _pdf, pages = render_job_pdf(RenderJob(kind=JobKind.TOOL, tool_id=options.tool, title="x"))
    render_cpu = time.process_time() - cpu
    out = {
        "total_cpu_s": time.process_time(),
        "done_at": time.time(),
        "setup_cpu_s": setup_cpu,
        "weasyprint_import_cpu_s": import_cpu,
        "render_cpu_s": render_cpu,
        "pages": pages,
    }
    if options.memory:
        name, call = memory_document(options.memory)
        out["memory"] = {"document": name, **measure_render(call)}
    connections.close_all()
    print(json.dumps(out))


# --- In the bench process: rendering -------------------------------------------------------------


def measure_renders(
    bench: ModuleType, fixtures: Fixtures, environment: dict[str, str], rounds: int
) -> dict[str, Any]:
    env = {
        **os.environ,
        **environment,
        "DATABASE_URL": bench.with_application_name(environment["DATABASE_URL"], APP_NAME_RENDER),
    }
    with tempfile.TemporaryDirectory(prefix="portal-bench-pdf-") as tmp:
        output = Path(tmp) / "render.json"
        print(f"  render process: {MEMORY_RENDERS} tool renders, then {rounds} rounds")
        subprocess.run(
            [
                sys.executable,
                str(SCRIPT),
                "render",
                "--tool",
                str(fixtures.tool_pk),
                "--course",
                str(fixtures.course_pk),
                "--rounds",
                str(rounds),
                "--output",
                str(output),
            ],
            cwd=BASE_DIR,
            env=env,
            check=True,
        )
        renders = json.loads(output.read_text())
    baskets, paragraphs = renders["baskets"], renders["plain_paragraphs"]
    memory_specs = {
        "basket 50": "basket:" + ",".join(map(str, baskets["50"])),
        "basket 10": "basket:" + ",".join(map(str, baskets["10"])),
        "plain 50": f"plain:{paragraphs['50']}",
    }
    fresh = []
    print(f"  fresh processes: {len(memory_specs)} x (imports, set-up, one render; memory)")
    for name, spec in memory_specs.items():
        spawned = time.time()
        completed = subprocess.run(
            [
                sys.executable,
                str(SCRIPT),
                "fresh",
                "--tool",
                str(fixtures.tool_pk),
                "--memory",
                spec,
            ],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        inside = json.loads(completed.stdout.strip().splitlines()[-1])
        inside["memory"]["document"] = name
        fresh.append({**inside, "wall_s": inside["done_at"] - spawned})
    renders["fresh"] = fresh
    return renders


# --- Report --------------------------------------------------------------------------------------


def run(
    bench: ModuleType, fixtures: Fixtures, environment: dict[str, str], args: argparse.Namespace
) -> tuple[dict[str, Any], bool]:
    """The PDF part of the bench; returns its JSON and whether any request failed."""
    print("\nPDF: requests (P6, P11)")
    http = measure_http(bench, fixtures, environment, args)
    print("PDF: rendering (P8, P9, P10, P12)")
    renders = measure_renders(bench, fixtures, environment, args.pdf_rounds)
    return report(bench, fixtures, http, renders, args)


def fmt_ratio(value: float, suffix: str = "x", digits: int = 2) -> str:
    return f"{value:.{digits}f}{suffix}"


def report(
    bench: ModuleType,
    fixtures: Fixtures,
    http: HttpResult,
    renders: dict[str, Any],
    args: argparse.Namespace,
) -> tuple[dict[str, Any], bool]:
    by_name = {r.page["name"]: r for r in http.results}
    hello = by_name["hello"]
    failed = any(r.errors for r in http.results) or bool(http.first_errors)

    # Requests table, in the pages' format.
    header = ["request", "target", "CPU ms/req", "CPU xhello", "req/s", "p50 ms", "p99 ms"]
    header += ["p99/p50", "errors", "queries"]
    rows = []
    for result in http.results:
        tx = result.transaction_statements
        rows.append(
            [
                result.page["name"],
                result.page["kind"],
                f"{result.cpu_ms:.2f}",
                f"{result.cpu_ms / hello.cpu_ms:.1f}x",
                f"{result.throughput:.0f}",
                f"{result.round_median('p50_ms'):.1f}",
                f"{result.round_median('p99_ms'):.1f}",
                f"{result.round_median('p99_over_p50'):.2f}",
                str(sum(result.errors.values())),
                f"{len(result.queries)}" + (f" ({tx} tx)" if tx else ""),
            ]
        )
    first_ms = median(http.first_cpu_ms)
    rows.append(
        [
            "pdf-request (first)",
            "info",
            f"{first_ms:.2f}",
            f"{first_ms / hello.cpu_ms:.1f}x",
            "",
            "",
            "",
            "",
            str(sum(http.first_errors.values())),
            "",
        ]
    )
    print(
        f"\nPDF requests: {args.rounds} rounds x {args.requests} requests, {args.concurrency}"
        f" connections, {args.workers} gunicorn workers; tool {fixtures.tool_slug}"
        f" ({fixtures.pdf_pages} pages, {fixtures.pdf_bytes} bytes"
        + (", rendered for this run)" if fixtures.rendered_now else ")")
    )
    print(bench.format_table(rows, header))

    docs = renders["documents"]
    header = ["document", "pages", "CPU s", "CPU ms/page", "xreference", "wall s", "warm peak MB"]
    header += ["MB/page", "bytes", "job_html CPU ms"]
    reference = docs["reference 10"]["cpu_ms_per_page"]
    rows = []
    for name, doc in docs.items():
        rows.append(
            [
                name,
                str(doc["pages"]),
                f"{doc['cpu_s']:.3f}",
                f"{doc['cpu_ms_per_page']:.1f}",
                f"{doc['cpu_ms_per_page'] / reference:.2f}x",
                f"{doc['wall_s']:.3f}",
                f"{doc['peak_growth_mb']:.1f}",
                f"{doc['peak_growth_mb'] / doc['pages']:.2f}",
                str(doc["bytes"]),
                f"{1000 * doc['job_html_cpu_s']:.1f}" if doc["job_html_cpu_s"] else "",
            ]
        )
    print(f"\nPDF renders: {args.pdf_rounds} rounds in one warm process, medians")
    print(bench.format_table(rows, header))

    # Targets.
    download, static = by_name["pdf-download"], by_name["static-pdf"]
    request = by_name["pdf-request"]
    valid = not failed
    p6_ratio = ratio(download.cpu_ms, static.cpu_ms)
    state_same = http.before == http.after
    pango = any(http.pango_before.values()) or any(http.pango_after.values())
    p11_ratio = ratio(request.cpu_ms, hello.cpu_ms)
    p8_tool = ratio(docs["tool"]["cpu_ms_per_page"], reference)
    p8_pack = ratio(docs["starter pack"]["cpu_ms_per_page"], reference)
    p9_basket = ratio(docs["basket 50"]["cpu_s"], docs["basket 10"]["cpu_s"])
    p9_plain = ratio(docs["plain 50"]["cpu_s"], docs["reference 10"]["cpu_s"])
    memory = {f["memory"]["document"]: f["memory"] for f in renders["fresh"]}
    p9_mb = memory["basket 50"]["peak_growth_mb"] / memory["basket 50"]["pages"]
    p9_mb_plain = memory["plain 50"]["peak_growth_mb"] / memory["plain 50"]["pages"]
    slope = ratio(
        memory["basket 50"]["peak_growth_mb"] - memory["basket 10"]["peak_growth_mb"],
        memory["basket 50"]["pages"] - memory["basket 10"]["pages"],
    )
    rss = {int(k): v for k, v in renders["memory"]["rss_mb"].items()}
    p9_rss = ratio(rss[MEMORY_RENDERS], rss[10])
    warm = renders["warm_tool"]
    fresh_cpu = median([f["total_cpu_s"] for f in renders["fresh"]])
    fresh_wall = median([f["wall_s"] for f in renders["fresh"]])
    fresh_render = median([f["render_cpu_s"] for f in renders["fresh"]])
    p10_cpu = ratio(warm["cpu_s"], fresh_cpu)
    p10_wall = ratio(warm["wall_s"], fresh_wall)
    fonts = renders["font_sizes"]
    p12 = {name: ratio(s["default"], s["full_fonts"]) for name, s in fonts.items()}
    tool_pages_ok = docs["basket 10"]["pages"] == 10 and docs["basket 50"]["pages"] == 50
    plain_pages_ok = docs["reference 10"]["pages"] == 10 and docs["plain 50"]["pages"] == 50

    targets = [
        (
            "P11",
            "make-my-PDF request (job exists) / hello, app CPU",
            fmt_ratio(p11_ratio, digits=1),
            f"≤ {P11_MAX_CPU_RATIO:.0f}x",
            valid and p11_ratio <= P11_MAX_CPU_RATIO,
        ),
        (
            "P11",
            "first request (creates the job, queues the task) / hello",
            fmt_ratio(first_ms / hello.cpu_ms, digits=1),
            "info",
            None,
        ),
        (
            "P6",
            "authorized PDF download / WhiteNoise, same bytes, app CPU",
            fmt_ratio(p6_ratio, digits=1),
            f"≤ {P6_MAX_CPU_RATIO}x",
            valid and p6_ratio <= P6_MAX_CPU_RATIO,
        ),
        (
            "P6",
            "renders during the download rounds (jobs, job's render stats, Pango in workers)",
            "0" if state_same and not pango else "CHANGED",
            "0",
            state_same and not pango,
        ),
        (
            "P8",
            "tool: render CPU per page / reference per page",
            fmt_ratio(p8_tool),
            f"≤ {P8_MAX_PER_PAGE_RATIO}x",
            p8_tool <= P8_MAX_PER_PAGE_RATIO,
        ),
        (
            "P8",
            "starter pack: render CPU per page / reference per page",
            fmt_ratio(p8_pack),
            f"≤ {P8_MAX_PER_PAGE_RATIO}x",
            p8_pack <= P8_MAX_PER_PAGE_RATIO,
        ),
        (
            "P9",
            "t(50 pages) / t(10 pages), print basket, CPU",
            fmt_ratio(p9_basket, ""),
            f"≤ {P9_MAX_TIME_RATIO:.0f}",
            tool_pages_ok and p9_basket <= P9_MAX_TIME_RATIO,
        ),
        (
            "P9",
            "t(50 pages) / t(10 pages), plain paragraphs, CPU",
            fmt_ratio(p9_plain, ""),
            f"≤ {P9_MAX_TIME_RATIO:.0f}",
            plain_pages_ok and p9_plain <= P9_MAX_TIME_RATIO,
        ),
        (
            "P9",
            "peak RSS growth per page, 50-page basket, fresh process (VmHWM)",
            f"{p9_mb:.2f} MB",
            f"≤ {P9_MAX_MB_PER_PAGE} MB",
            p9_mb <= P9_MAX_MB_PER_PAGE,
        ),
        (
            "P9",
            "RSS after 100 tool renders / after 10",
            fmt_ratio(p9_rss, ""),
            f"≤ {P9_MAX_RSS_RATIO}",
            p9_rss <= P9_MAX_RSS_RATIO,
        ),
        (
            "P10",
            "warm render of the tool / fresh process (imports+setup+render), CPU",
            fmt_ratio(p10_cpu, ""),
            f"≤ {P10_MAX_WARM_RATIO}",
            p10_cpu <= P10_MAX_WARM_RATIO,
        ),
        (
            "P10",
            "the same, wall time",
            fmt_ratio(p10_wall, ""),
            "info",
            None,
        ),
        *(
            (
                "P12",
                f"{name}: PDF size default / full fonts",
                f"{100 * value:.1f} %",
                f"≤ {100 * P12_MAX_SIZE_RATIO:.0f} %",
                value <= P12_MAX_SIZE_RATIO,
            )
            for name, value in p12.items()
        ),
        (
            "P7",
            "PDF requests (request, download, static): p99/p50, errors",
            ", ".join(f"{r.round_median('p99_over_p50'):.2f}" for r in http.results[1:])
            + f" (hello {hello.round_median('p99_over_p50'):.2f})",
            f"≤ {P7_MAX_TAIL_RATIO:.0f}",
            valid
            and all(r.round_median("p99_over_p50") <= P7_MAX_TAIL_RATIO for r in http.results[1:]),
        ),
    ]
    rows = [
        [key, what, value, target, "" if ok is None else ("ok" if ok else "MISS")]
        for key, what, value, target, ok in targets
    ]
    print("\nPDF targets (quality.md part 1)")
    print(bench.format_table(rows, ["id", "measure", "value", "target", "result"]))
    print(
        f"\n  P9 memory: RSS {rss[1]:.0f} MB after 1 render, {rss[10]:.0f} MB after 10,"
        f" {rss[MEMORY_RENDERS]:.0f} MB after {MEMORY_RENDERS}. Peak RSS growth in a fresh"
        " process: "
        + ", ".join(f"{n} {m['peak_growth_mb']:.1f} MB" for n, m in memory.items())
        + f"; per page between the 10- and 50-page baskets {slope:.2f} MB,"
        f" plain 50 pages {p9_mb_plain:.2f} MB/page"
    )
    print(
        f"  P10: warm tool render {1000 * warm['cpu_s']:.0f} ms CPU ({1000 * warm['wall_s']:.0f}"
        f" ms wall); fresh process {fresh_cpu:.2f} s CPU ({fresh_wall:.2f} s wall), of which the"
        f" first render alone {fresh_render:.2f} s CPU"
    )
    print(
        "  P12 bytes: "
        + "; ".join(f"{n} {s['default']} / {s['full_fonts']}" for n, s in fonts.items())
    )
    if not state_same:
        print(f"  warning: the job or RenderJob count changed: {http.before} -> {http.after}")
    if pango:
        print(f"  warning: WeasyPrint is loaded in gunicorn workers: {http.pango_after}")
    if not (tool_pages_ok and plain_pages_ok):
        print("  warning: a P9 document does not have exactly 10/50 pages (see the table)")
    if http.workers_changed:
        print("  warning: a worker was replaced during the PDF rounds: CPU under-counted")
    if renders["log_messages"]:
        print("  log messages while rendering (counted, not shown):")
        for message, count in renders["log_messages"].items():
            print(f"    {count}x {message}")
    if failed:
        print("  errors:")
        for r in http.results:
            for message, count in r.errors.most_common():
                print(f"    {r.page['name']}: {count}x {message}")
        for message, count in http.first_errors.most_common():
            print(f"    pdf-request (first): {count}x {message}")
    print(PDF_LEGEND)

    summary = {
        "fixtures": {k: v for k, v in asdict(fixtures).items() if k != "queries"},
        "requests": [
            {
                **r.page,
                "requests_measured": r.requests,
                "app_cpu_ms_per_request": r.cpu_ms,
                "app_cpu_ratio_to_hello": r.cpu_ms / hello.cpu_ms,
                "throughput_rps": r.throughput,
                "latency_ms": {
                    "p50": r.round_median("p50_ms"),
                    "p99": r.round_median("p99_ms"),
                    "p99_over_p50": r.round_median("p99_over_p50"),
                },
                "rounds": r.rounds,
                "errors": dict(r.errors),
                "queries": len(r.queries),
                "sql": r.queries,
            }
            for r in http.results
        ],
        "first_request": {
            "app_cpu_ms_per_request_by_round": http.first_cpu_ms,
            "app_cpu_ms_per_request": first_ms,
            "requests": http.first_requests,
            "errors": dict(http.first_errors),
        },
        "zero_renders": {
            "before": http.before,
            "after": http.after,
            "pango_in_workers_before": http.pango_before,
            "pango_in_workers_after": http.pango_after,
        },
        "renders": renders,
        "targets": [
            {"id": key, "measure": what, "value": value, "target": target, "ok": ok}
            for key, what, value, target, ok in targets
        ],
    }
    return summary, failed


PDF_LEGEND = """\
Legend (method in scripts/bench_pdf.py):
  requests      app CPU of the gunicorn workers per request, as for the pages; pdf-request is the
                anonymous "make my PDF" POST when the job exists (302 to the job page), "first"
                the same when it does not (job created, task queued; one connection, sequential)
  P6            pdf-download / static-pdf (WhiteNoise, same bytes); renders: RenderJob count and
                the job's render stats before/after the rounds, Pango mapped in no worker
  renders       one warm child process, toolkit.pdf as the worker calls it (job_html + html_to_pdf,
                PDF/UA-1, subset fonts); reference = plain paragraphs, same pdf.css and page box
  P9 memory     peak RSS growth: VmHWM reset (/proc/self/clear_refs) before the render, VmHWM after
                minus VmRSS before, in a fresh process that rendered one small tool first ("warm
                peak MB" above: the same in the warm process); RSS ratio: VmRSS after gc.collect()
                after render 100 / after render 10 of the tool, in a process that renders nothing
                else before
  P10           median warm render (after a warm-up) / a fresh `python bench_pdf.py fresh`
                (interpreter, Django set-up, WeasyPrint import, one render), CPU of the child"""


# --- Child entry point ---------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description="Render child processes of the PDF bench.")
    sub = parser.add_subparsers(dest="command", required=True)
    render = sub.add_parser("render", help="P8, P9, P10 (warm), P12 in one process")
    render.add_argument("--tool", type=int, required=True)
    render.add_argument("--course", type=int, required=True)
    render.add_argument("--rounds", type=int, default=5)
    render.add_argument("--output", required=True)
    fresh = sub.add_parser("fresh", help="P10: set-up and one render in a new process")
    fresh.add_argument("--tool", type=int, required=True)
    fresh.add_argument("--memory", help='then the peak memory of "basket:<ids>" or "plain:<n>"')
    options = parser.parse_args()
    if options.command == "render":
        render_main(options)
    else:
        fresh_main(options)


if __name__ == "__main__":
    main()
