"""Benchmark harness: real pages against a bare `hello` view, side by side, in one run.

Run with `make bench` (or `.venv/bin/python scripts/bench.py --help`). The targets are in
quality.md part 1; this script prints a table that holds each page against them.

Method
------
1. **Production settings.** DEBUG off, a random SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, the cached
   template loader (automatic with DEBUG off), WhiteNoise's compressed manifest storage (after
   `collectstatic`), PostgreSQL with persistent connections (CONN_MAX_AGE=600), Redis for cache
   and sessions. The database is `BENCH_DATABASE_URL` (created when missing), Redis is
   `REDIS_URL` (default db 2, which no other tool uses). The same environment configures Django
   in this process (migrations, seeding, logins, query counts) and in gunicorn.
2. **Realistic data.** `seed_demo`, then `seed_scale()` below: all 98 municipalities with
   ~1,000 extra users in the usual roles and ~300 courses ("Bench: …", ~3 per municipality,
   ~10x Denmark's scale) with workshops, sparring, challenges, trial actions, measurements,
   gate checks and phase history. Both are idempotent, so a rerun adds nothing.
3. **Real server.** gunicorn with the project's `gunicorn.conf.py` (2 sync workers, preloaded
   app) on a free port of 127.0.0.1. Requests carry `X-Forwarded-Proto: https` as behind the
   TLS proxy, so SECURE_SSL_REDIRECT lets them through. Logged-in pages send a session cookie
   made with the test client's `force_login` (one session per connection, as real users have).
4. **Interleaved rounds.** After a warm-up batch per page (not measured), every round runs one
   batch of each page (16 connections, closed loop), rotating the order. Per page:
   - app CPU per request: utime+stime of the gunicorn workers (/proc/<pid>/stat) before and after
     each of the page's batches, summed over the rounds, divided by its requests. CPU time is
     what quality.md compares because other load on a shared machine barely moves it;
   - throughput (requests / wall time of its batches) and p50/p99 latency over all its requests;
   - errors: every non-2xx answer and every failed connection;
   - queries per request: measured in this process with the test client and
     `CaptureQueriesContext`, same settings, one request after a warm-up request.
   Ratios are taken against `hello` (/healthz: same gunicorn, same middleware, no database).
5. **New database backends (P4)**: see `BackendCounter`.
6. **PDFs (P6, P8–P12)**: scripts/bench_pdf.py, after the pages, with a gunicorn of its own and
   render child processes; its method is in that file. `--only pages` or `--only pdf` runs one
   part (`make bench BENCH_ARGS="--only pdf"`); the PDF part adds two tables.

The exit status is 1 when any request failed (the numbers are then not trustworthy) and 0
otherwise; missed targets are reported, not turned into a failure: this is a benchmark, not a test.
Results are also written as JSON to bench-results/latest.json.

The load generator is plain Python (threads, raw sockets, a minimal HTTP/1.1 reader) rather
than wrk, so `make bench` needs nothing beyond the project's packages and can count every non-2xx
answer (wrk counts 3xx as success) and keep every latency. gunicorn's sync workers close the
connection after each response, so wrk's cheap keep-alive loop would not help either. Its price:
~0.1 ms of client CPU per request on the same 2 cores (printed with the results). Tried side by
side, wrk reached 5-20 % more `hello` throughput, i.e. throughput ratios (P2) come out a few
percent more lenient than wrk's; app CPU per request, the primary number, is measured on the
workers and does not include the client. Timings on these machines swing from run to run; the
ratios and CPU per request are what to compare between runs.
"""

import argparse
import contextlib
import functools
import io
import itertools
import json
import math
import os
import platform
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NotRequired, TypedDict
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import psycopg2
from psycopg2 import errors as pg_errors
from psycopg2 import sql

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS_FILE = BASE_DIR / "bench-results" / "latest.json"

DEFAULT_DATABASE_URL = "postgres://portal:portal@127.0.0.1:5432/portal_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/2"
HOST = "127.0.0.1"
USER_AGENT = "portal-bench/1"
# application_name of each client, so the backends of gunicorn can be told from our own.
APP_NAME_SERVER = "portal-bench-gunicorn"
APP_NAME_SETUP = "portal-bench-setup"


class Page(TypedDict):
    """One benchmarked page. Later features append their pages to PAGES."""

    name: str
    path: str
    # yardstick: the `hello` view; public: cached public content (P2); working: logged-in
    # working page (P1); other: measured and held to P3/P7 only (e.g. pages with a form).
    kind: str
    # E-mail of the (seeded) user the page is requested as; absent means anonymous.
    user: NotRequired[str]
    # Requests per round for this page when it must differ from --requests (slow pages).
    requests: NotRequired[int]


PAGES: list[Page] = [
    {"name": "hello", "path": "/healthz", "kind": "yardstick"},
    {"name": "home", "path": "/", "kind": "public"},
    {"name": "login", "path": "/konto/login/", "kind": "other"},
    # A role without the MFA requirement, so the page itself answers (not the MFA set-up).
    {
        "name": "profile",
        "path": "/konto/profil/",
        "kind": "working",
        "user": "medarbejder@demo.invalid",
    },
    # Issue 3's working pages on the scale courses (seed_scale). MFA roles: the demo users have
    # an active TOTP authenticator, so RequireMFAMiddleware lets their sessions through.
    {
        "name": "dashboard",
        "path": "/forloeb/",
        "kind": "working",
        "user": "facilitator@demo.invalid",
    },
    {
        "name": "board",
        "path": "/forloeb/oversigt/",
        "kind": "working",
        "user": "admin@demo.invalid",
        # Every course on one page: ~50 ms of CPU each without a cache, so fewer per round.
        "requests": 100,
    },
    # {course}: a bench course with full content, chosen after seeding (see resolve_paths).
    {
        "name": "course",
        "path": "/forloeb/{course}/",
        "kind": "working",
        "user": "facilitator@demo.invalid",
    },
    {
        "name": "municipalities",
        "path": "/forloeb/kommuner/",
        "kind": "working",
        "user": "admin@demo.invalid",
    },
    # Issue 5's public pages (P2: from the page cache) on SCALE["stories"] published stories.
    {"name": "news", "path": "/viden/", "kind": "public"},
    {"name": "news-audience", "path": "/viden/?maalgruppe=tillidsvalgte", "kind": "public"},
    # {story}: the newest published bench story (see resolve_paths).
    {"name": "story", "path": "/viden/{story}/", "kind": "public"},
    {"name": "feed-rss", "path": "/viden/feed/", "kind": "public"},
    {"name": "feed-atom", "path": "/viden/feed/atom/", "kind": "public"},
    {"name": "feed-audience", "path": "/viden/feed/tillidsvalgte/", "kind": "public"},
    {"name": "podcast-feed", "path": "/medier/podcast/feed.xml", "kind": "public"},
    {"name": "role", "path": "/roller/tillidsvalgt/", "kind": "public"},
    {"name": "sitemap", "path": "/sitemap.xml", "kind": "public"},
    # Search is not cached (any words): held to P3/P7.
    {"name": "search", "path": "/soeg/?q=b%C3%B8vl", "kind": "other"},
    {
        "name": "story-queue",
        "path": "/viden/redaktion/",
        "kind": "working",
        "user": "redaktoer@demo.invalid",
    },
]

# Scale data on top of seed_demo ("realistic data" in quality.md P1). Later features add their
# counts here and their seeding to seed_scale().
SCALE = {"users": 1000, "courses": 300, "stories": 500}
# Bench stories are told from the demo stories by this title prefix.
BENCH_STORY_PREFIX = "Bench: "
# Bench courses are told from seed_demo's own demo courses by this title prefix.
BENCH_COURSE_PREFIX = "Bench: "
# Courses the demo facilitator takes part in besides seed_demo's 4 ("Mine forløb" ≈ 24 rows).
BENCH_DEMO_FACILITATOR_COURSES = 20
SCALE_EMAIL = "bench-{index:04d}@scale.demo.invalid"
# Roles of every 100 scale users: a municipality is mostly employees.
SCALE_ROLE_MIX = [
    ("Medarbejder", 70, "Pædagog"),
    ("Tillidsvalgt", 10, "Tillidsrepræsentant"),
    ("Leder", 10, "Institutionsleder"),
    ("Intern konsulent", 4, "Udviklingskonsulent"),
    ("Topleder", 3, "Direktør"),
    ("Facilitator", 3, "Ekstern facilitator"),
]
FIRST_NAMES = [
    "Anne", "Mette", "Kirsten", "Hanne", "Helle", "Lars", "Jens", "Peter", "Michael", "Henrik",
    "Søren", "Camilla", "Line", "Mads", "Freja", "Rasmus", "Ida", "Jonas", "Louise", "Niels",
]  # fmt: skip
LAST_NAMES = [
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller",
]  # fmt: skip

# Targets from quality.md part 1.
P1_MAX_CPU_RATIO = 10.0
P1_STRETCH_CPU_RATIO = 6.0
P2_MIN_THROUGHPUT_RATIO = 0.5
P3_MAX_QUERIES = 10
P7_MAX_TAIL_RATIO = 3.0

# Logged by Django as queries (and counted by assertNumQueries); shown apart in the table.
TRANSACTION_STATEMENTS = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE SAVEPOINT")

STOP = threading.Event()


# --- Database and Redis --------------------------------------------------------------------------


@dataclass(frozen=True)
class PgParams:
    dbname: str
    user: str
    password: str
    host: str | None
    port: int

    @classmethod
    def from_url(cls, url: str) -> "PgParams":
        parts = urlsplit(url)
        if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
            raise SystemExit(f"BENCH_DATABASE_URL must be a postgres:// URL, not {url!r}")
        return cls(
            dbname=unquote(parts.path.lstrip("/")) or "portal_bench",
            user=unquote(parts.username or "portal"),
            password=unquote(parts.password or ""),
            host=parts.hostname,
            port=parts.port or 5432,
        )

    def connect(self, dbname: str | None = None) -> Any:
        conn = psycopg2.connect(
            dbname=dbname or self.dbname,
            user=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            connect_timeout=5,
            application_name="portal-bench-monitor",
        )
        conn.autocommit = True
        return conn


def _superuser_connection(params: PgParams) -> Any | None:
    """`postgres` on the local socket (trusted on these machines), else over TCP."""
    for host in (None, params.host):
        with contextlib.suppress(psycopg2.OperationalError):
            conn = psycopg2.connect(
                dbname="postgres", user="postgres", host=host, port=params.port, connect_timeout=5
            )
            conn.autocommit = True
            return conn
    return None


def ensure_database(params: PgParams) -> None:
    """Creates the role (LOGIN CREATEDB, with the URL's password) and the database if missing."""
    superuser = None
    try:
        try:
            conn = params.connect(dbname="postgres")
        except psycopg2.OperationalError as exc:
            reason = str(exc).strip()
            superuser = _superuser_connection(params)
            if superuser is None:
                raise SystemExit(
                    f"Cannot connect to PostgreSQL as {params.user!r} ({reason}), nor as the"
                    " superuser postgres to create that role."
                ) from exc
            with superuser.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [params.user])
                if cur.fetchone() is not None:
                    raise SystemExit(
                        f"The role {params.user!r} exists but cannot connect: {reason}"
                    ) from exc
                print(f"Creating the PostgreSQL role {params.user!r} (LOGIN CREATEDB)")
                cur.execute(
                    sql.SQL("CREATE ROLE {} LOGIN CREATEDB PASSWORD {}").format(
                        sql.Identifier(params.user), sql.Literal(params.password)
                    )
                )
            conn = params.connect(dbname="postgres")
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [params.dbname])
                if cur.fetchone() is not None:
                    return
                print(f"Creating the database {params.dbname!r}")
                create = sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(params.dbname), sql.Identifier(params.user)
                )
                try:
                    cur.execute(create)
                except pg_errors.InsufficientPrivilege:
                    superuser = superuser or _superuser_connection(params)
                    if superuser is None:
                        raise SystemExit(
                            f"The role {params.user!r} may not create databases: create"
                            f" {params.dbname!r} or grant it CREATEDB."
                        ) from None
                    with superuser.cursor() as su_cur:
                        su_cur.execute(create)
        finally:
            conn.close()
    finally:
        if superuser is not None:
            superuser.close()


def with_application_name(url: str, name: str) -> str:
    """The URL with `?application_name=` (django-environ passes it on to libpq)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "application_name"]
    query.append(("application_name", name))
    return urlunsplit(parts._replace(query=urlencode(query)))


def redact(url: str) -> str:
    """The URL without its password, for output."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def check_redis(url: str) -> None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        raise SystemExit(f"Redis at {redact(url)} is not reachable: {exc}") from exc


class BackendCounter:
    """Counts the PostgreSQL backends (connections) opened to the bench database (P4).

    Method: PostgreSQL ≥ 14 keeps a cumulative per-database counter of established sessions,
    `pg_stat_database.sessions`. We read it just before gunicorn starts and again after gunicorn
    has stopped and its backends are gone (a backend flushes its statistics at the latest when it
    exits, so the counter is complete by then). The difference counts every connection made in
    between, even one that lived a millisecond, which sampling `pg_stat_activity` (the instant
    view) would miss; `numbackends` is an instant value too. Nothing else connects to the bench
    database in that window: this process closes its own connections first, and the counter is
    read over a connection to the `postgres` maintenance database, which counts elsewhere.

    As a cross-check, and to attribute the backends to gunicorn, a thread also samples
    `pg_stat_activity` every 100 ms for backends with gunicorn's application_name and
    remembers every (pid, backend_start) pair it sees: the persistent connections of the workers.
    """

    def __init__(self, params: PgParams) -> None:
        self.params = params
        self.conn = params.connect(dbname="postgres")
        self.seen: set[tuple[int, str]] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.sessions_before: int | None = None
        self.sessions_after: int | None = None
        with self.conn.cursor() as cur:
            cur.execute("SHOW server_version_num")
            self.has_sessions_counter = int(cur.fetchone()[0]) >= 140000

    def _sessions(self) -> int | None:
        if not self.has_sessions_counter:
            return None
        with self.conn.cursor() as cur:
            cur.execute("SELECT pg_stat_clear_snapshot()")
            cur.execute(
                "SELECT sessions FROM pg_stat_database WHERE datname = %s", [self.params.dbname]
            )
            row = cur.fetchone()
        return int(row[0]) if row else None

    def _backends(self, application_name: str) -> list[tuple[int, str]]:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT pid, backend_start::text FROM pg_stat_activity"
                " WHERE datname = %s AND application_name = %s",
                [self.params.dbname, application_name],
            )
            return [(int(pid), start) for pid, start in cur.fetchall()]

    def wait_until_gone(self, application_name: str, timeout: float = 15.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self._backends(application_name):
                return True
            time.sleep(0.05)
        return False

    def start(self) -> None:
        self.sessions_before = self._sessions()
        sampler_conn = self.params.connect(dbname="postgres")

        def sample() -> None:
            try:
                with sampler_conn.cursor() as cur:
                    while not self._stop.wait(0.1):
                        cur.execute(
                            "SELECT pid, backend_start::text FROM pg_stat_activity"
                            " WHERE datname = %s AND application_name = %s",
                            [self.params.dbname, APP_NAME_SERVER],
                        )
                        self.seen.update((int(pid), start) for pid, start in cur.fetchall())
            except psycopg2.Error as exc:  # the cross-check only: the counter still holds
                print(f"warning: sampling pg_stat_activity stopped: {exc}".strip())
            finally:
                sampler_conn.close()

        self._thread = threading.Thread(target=sample, name="backend-sampler", daemon=True)
        self._thread.start()

    def finish(self) -> None:
        """Call after gunicorn has stopped."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if not self.wait_until_gone(APP_NAME_SERVER):
            print("warning: gunicorn's database backends did not go away within 15 s")
        self.sessions_after = self._sessions()

    @property
    def new_backends(self) -> int | None:
        if self.sessions_before is None or self.sessions_after is None:
            return None
        return self.sessions_after - self.sessions_before

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(psycopg2.Error):
            self.conn.close()


# --- Django in this process ----------------------------------------------------------------------


def production_environment(
    *, database_url: str, redis_url: str, secret_key: str, conn_max_age: int
) -> dict[str, str]:
    """What a production deployment sets, pointed at the bench database and Redis."""
    return {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "false",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CONN_MAX_AGE": str(conn_max_age),
        "EMAIL_URL": "smtp://localhost:25",
        # The production defaults, set explicitly so a developer's .env cannot change them.
        "SECURE_SSL_REDIRECT": "true",
        "STATICFILES_STORAGE": "whitenoise.storage.CompressedManifestStaticFilesStorage",
        # The bench runs on demo data; a production site leaves this off.
        "ALLOW_DEMO_DATA": "true",
        # The bench's PDF files (bench_pdf.py), apart from a developer's media/.
        "MEDIA_ROOT": str(BASE_DIR / "bench-results" / "media"),
    }


def setup_django(environment: dict[str, str]) -> None:
    os.environ.update(environment)
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def prepare_data() -> dict[str, Any]:
    """Migrations, static files, demo data and scale data. All of it idempotent."""
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    # Into settings.STATIC_ROOT (BASE_DIR/staticfiles, gitignored): WhiteNoise serves from there.
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("seed_demo", stdout=io.StringIO())
    counts = seed_scale()
    print(f"  data ready in {time.perf_counter() - started:.1f} s: {counts}")
    return counts


def seed_scale() -> dict[str, int]:
    """Scale data on top of seed_demo: SCALE["users"] users over all municipalities.

    Every row is marked as demo data. Idempotent: users are keyed by their e-mail address and
    only the missing ones are created (with roles and a verified e-mail), in one transaction.
    """
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.db import transaction

    from municipalities.models import Municipality
    from portal.accounts.models import User

    municipalities = list(Municipality.objects.order_by("code"))
    if not municipalities:
        raise SystemExit("No municipalities: did the migrations run?")
    groups = {group.name: group for group in Group.objects.all()}
    role_cycle = [(role, title) for role, share, title in SCALE_ROLE_MIX for _ in range(share)]
    missing_roles = {role for role, _ in role_cycle} - groups.keys()
    if missing_roles:
        raise SystemExit(f"Roles missing in the database: {sorted(missing_roles)}")

    wanted = {SCALE_EMAIL.format(index=i): i for i in range(SCALE["users"])}
    with transaction.atomic():
        existing = set(User.objects.filter(email__in=wanted).values_list("email", flat=True))
        todo = [(email, i) for email, i in wanted.items() if email not in existing]
        if todo:
            # One hash for all: they log in with the demo password, and 1,000 hashes take minutes.
            password = make_password(settings.DEMO_PASSWORD)
            users = []
            roles = []
            for email, i in todo:
                role, title = role_cycle[i % len(role_cycle)]
                first = FIRST_NAMES[i % len(FIRST_NAMES)]
                last = LAST_NAMES[(i // len(FIRST_NAMES)) % len(LAST_NAMES)]
                users.append(
                    User(
                        email=email,
                        password=password,
                        full_name=f"{first} {last}",
                        job_title=title,
                        # External facilitators belong to no municipality (as in seed_demo).
                        municipality=None
                        if role == "Facilitator"
                        else municipalities[i % len(municipalities)],
                        is_demo=True,
                        is_active=True,
                    )
                )
                roles.append(role)
            created = User.objects.bulk_create(users, batch_size=500)
            membership = User.groups.through
            membership.objects.bulk_create(
                [
                    membership(user_id=user.pk, group_id=groups[role].pk)
                    for user, role in zip(created, roles, strict=True)
                ],
                batch_size=1000,
            )
            EmailAddress.objects.bulk_create(
                [
                    EmailAddress(user=user, email=user.email, verified=True, primary=True)
                    for user in created
                ],
                batch_size=1000,
            )
    return {
        "municipalities": len(municipalities),
        "users": User.objects.count(),
        "scale_users_created": len(todo),
        **seed_scale_courses(municipalities, list(wanted)),
        **seed_scale_stories(municipalities),
    }


BENCH_AUDIENCES = ["topledelse", "tillidsvalgte", "institutionsledere", "medarbejdere"]


def seed_scale_stories(municipalities: list[Any]) -> dict[str, int]:
    """SCALE["stories"] published success stories ("Bench: …", demo data), one or two audiences
    each, published over the last two years, with one revision each. Idempotent."""
    import datetime

    from django.db import transaction
    from django.utils import timezone

    from media_library.models import Story, StoryAudienceRow, StoryRevision

    existing = Story.objects.filter(title__startswith=BENCH_STORY_PREFIX).count()
    wanted = SCALE["stories"]
    if existing >= wanted:
        return {"bench_stories": existing, "bench_stories_created": 0}
    now = timezone.now()
    with transaction.atomic():
        stories = Story.objects.bulk_create(
            [
                Story(
                    kind="succeshistorie",
                    title=f"{BENCH_STORY_PREFIX}{BENCH_CHALLENGES[i % len(BENCH_CHALLENGES)][0]} "
                    f"({i + 1})",
                    slug=f"bench-historie-{i + 1}",
                    summary="En prøvehandling fjernede en regel, som ingen længere kunne forklare.",
                    municipality=municipalities[i % len(municipalities)],
                    area="skole",
                    challenge="<p>Dobbeltregistrering tog en time om ugen.</p>",
                    solution="<p>Én registrering i stedet for to.</p>",
                    trial_action="<p>Afprøvet i tre måneder i én enhed.</p>",
                    result_product="En time om ugen frigivet per medarbejder.",
                    four_f=BENCH_CHALLENGES[i % len(BENCH_CHALLENGES)][1],
                    status="publiceret",
                    published_at=now - datetime.timedelta(hours=30 * (i + 1)),
                    is_demo=True,
                )
                for i in range(existing, wanted)
            ],
            batch_size=500,
        )
        StoryAudienceRow.objects.bulk_create(
            [
                StoryAudienceRow(story=story, audience=audience)
                for i, story in enumerate(stories)
                for audience in {BENCH_AUDIENCES[i % 4], BENCH_AUDIENCES[(i * 7) % 4]}
            ],
            batch_size=1000,
        )
        StoryRevision.objects.bulk_create(
            [
                StoryRevision(
                    story=story, number=1, action="publiceret", status="publiceret", content={}
                )
                for story in stories
            ],
            batch_size=1000,
        )
    return {"bench_stories": wanted, "bench_stories_created": len(stories)}


BENCH_CHALLENGES = [
    # title, four F
    ("Dobbeltregistrering i to fagsystemer", "fjerne"),
    ("Lange godkendelsesgange for små indkøb", "forandre"),
    ("Ugentlige skemaer, ingen læser", "fjerne"),
    ("Lovbestemt dokumentation, der skal give mening", "forankre"),
    ("Mødestruktur uden klare beslutninger", "forandre"),
    ("Tjeklister, der virker", "fastholde"),
]
BENCH_AREAS = ["Dagtilbud", "Ældre og sundhed", "Skole", "Social og sundhed", "Hele kommunen"]
# Facilitation models in the proportions a portfolio might have: mostly external facilitation.
BENCH_MODELS = ["ekstern"] * 5 + ["startpakke"] * 3 + ["selvkoerende"] * 2
BENCH_METHODS = ["observation", "registrering", "interview", "logbog", "spoergeskema"]


def seed_scale_courses(municipalities: list[Any], scale_emails: list[str]) -> dict[str, int]:
    """SCALE["courses"] courses ("Bench: …", ~3 per municipality) with their content.

    Per course: 3 workshops (mixed facilitation lead, a past one without notes now and then),
    2 sparring sessions, 4 challenges with a trial action and a measurement each, an agreement
    once past Fase 0, the gate criteria of the phases passed plus part of the current phase's,
    and a phase-change row per phase reached, spread over the last two years
    (phase_entered_at = the last one). Members: one scale facilitator per course (~10 courses
    each), a key person from the municipality where there is one, and the demo facilitator on
    BENCH_DEMO_FACILITATOR_COURSES of them. Everything is bulk-created in one transaction and
    marked as demo data. Idempotent: when the bench courses are there, nothing is added; when
    their number differs from SCALE (an interrupted or older seeding), they are made again.
    """
    from datetime import timedelta

    from django.db import transaction
    from django.utils import timezone

    from municipalities.models import (
        Agreement,
        Challenge,
        Course,
        CourseMember,
        CourseRole,
        GateCheck,
        GateItem,
        Measurement,
        PhaseChange,
        SparringSession,
        TrialAction,
        Workshop,
    )
    from portal.accounts.models import User

    wanted = SCALE["courses"]
    bench = Course.objects.filter(title__startswith=BENCH_COURSE_PREFIX)
    existing = bench.count()
    if existing == wanted:
        return {"bench_courses": existing, "bench_courses_created": 0}

    admin = User.objects.get(email="admin@demo.invalid")
    demo_facilitator = User.objects.get(email="facilitator@demo.invalid")
    scale_users = User.objects.filter(email__in=scale_emails).order_by("email")
    facilitators = list(scale_users.filter(groups__name="Facilitator"))
    key_people: dict[int, Any] = {}
    for user in scale_users.filter(groups__name="Intern konsulent"):
        key_people.setdefault(user.municipality_id, user)
    items_by_phase: dict[int, list[int]] = {}
    for item in GateItem.objects.active().order_by("phase", "order", "pk"):
        items_by_phase.setdefault(item.phase, []).append(item.pk)

    now = timezone.now()
    today = timezone.localdate()
    count = len(municipalities)
    # Phases 0–5 spread evenly; shifted per round over the municipalities, so a municipality's
    # ~3 courses are in different phases.
    phases = [(i + i // count) % 6 for i in range(wanted)]
    # The demo facilitator's courses: one per slice of the list, phases cycling 0–5.
    step = max(wanted // BENCH_DEMO_FACILITATOR_COURSES, 1)
    demo_indices = set()
    for k in range(min(BENCH_DEMO_FACILITATOR_COURSES, wanted)):
        window = range(k * step, min(k * step + step, wanted))
        demo_indices.add(next((i for i in window if phases[i] == k % 6), window[0]))

    with transaction.atomic():
        bench.delete()
        courses = []
        histories = []
        for i in range(wanted):
            municipality = municipalities[i % count]
            phase = phases[i]
            age = 60 + (i * 37) % 671  # days since the start: two months to two years
            started = now - timedelta(days=age)
            # Change k (k = 0 is the start) at started + k/(phase+1) of the age: the last one
            # lies in the past, at least age/6 days ago.
            changes = [started + timedelta(days=age * k / (phase + 1)) for k in range(phase + 1)]
            histories.append(changes)
            start_date = timezone.localdate(started)
            courses.append(
                Course(
                    municipality=municipality,
                    title=f"{BENCH_COURSE_PREFIX}{municipality.name} forløb {i // count + 1}",
                    area=BENCH_AREAS[i % len(BENCH_AREAS)],
                    facilitation_model=BENCH_MODELS[(i * 7) % len(BENCH_MODELS)],
                    approach="systematisk" if i % 3 else "lavthaengende",
                    phase=phase,
                    phase_entered_at=changes[-1],
                    start_date=start_date,
                    end_date=start_date + timedelta(days=365) if i % 2 else None,
                    is_demo=True,
                )
            )
        courses = Course.objects.bulk_create(courses, batch_size=500)

        members, changes_rows, checks, agreements = [], [], [], []
        workshops, sparring, challenges = [], [], []
        for i, (course, changes) in enumerate(zip(courses, histories, strict=True)):
            facilitator = facilitators[i % len(facilitators)] if facilitators else admin
            if facilitators:
                members.append(
                    CourseMember(
                        course=course, user=facilitator, role=CourseRole.EXTERNAL_FACILITATOR
                    )
                )
            if i in demo_indices:
                members.append(
                    CourseMember(
                        course=course,
                        user=demo_facilitator,
                        role=CourseRole.EXTERNAL_FACILITATOR,
                    )
                )
            key_person = key_people.get(course.municipality_id)
            if key_person is not None:
                members.append(
                    CourseMember(course=course, user=key_person, role=CourseRole.KEY_PERSON)
                )
            for k, created_at in enumerate(changes):
                override = k == len(changes) - 1 and k > 0 and i % 7 == 0
                changes_rows.append(
                    PhaseChange(
                        course=course,
                        kind=PhaseChange.Kind.START
                        if k == 0
                        else PhaseChange.Kind.OVERRIDE
                        if override
                        else PhaseChange.Kind.ADVANCE,
                        from_phase=None if k == 0 else k - 1,
                        to_phase=k,
                        reason="Bench: Kommunen er klar, et kriterie følger." if override else "",
                        actor=admin if k == 0 else facilitator,
                        created_at=created_at,
                        notified_at=created_at,  # nobody is mailed about bench history
                    )
                )
            # The criteria of the phases passed, and part of the current phase's.
            for phase, item_ids in items_by_phase.items():
                if phase < course.phase:
                    ticked = item_ids
                elif phase == course.phase:
                    ticked = item_ids[: i % (len(item_ids) + 1)]
                else:
                    continue
                checks.extend(
                    GateCheck(course=course, item_id=item_id, checked_by=facilitator)
                    for item_id in ticked
                )
            if course.phase >= 1:
                agreements.append(
                    Agreement(
                        course=course,
                        needs="Bench: Mindre bøvl i hverdagen.",
                        goals="Bench: Mere tid til kerneopgaven.",
                        scope=course.area,
                        resources="Bench: To workshops og sparring.",
                        fixed_frames="Bench: Lovbestemte krav.",
                        signed_on=timezone.localdate(changes[1]),
                    )
                )
            for n, days in enumerate([-120 + i % 40, -40 + i % 25, 10 + i % 30]):
                held_on = today + timedelta(days=days)
                workshops.append(
                    Workshop(
                        course=course,
                        held_on=held_on,
                        place="Bench: Rådhuset",
                        steps=[2, 3] if n == 0 else [3, 4] if n == 1 else [4, 5],
                        facilitation_lead=["ekstern", "faelles", "lokal"][(i + n) % 3],
                        participants_employees=10 + (i + n) % 15,
                        participants_shop_stewards=2,
                        participants_leaders=3,
                        participants_top_leaders=n % 2,
                        # Held workshops without notes now and then (the dashboard flags them).
                        notes=""
                        if days > 0 or (i + n) % 4 == 0
                        else f"Bench: Workshop {n + 1}. Faciliteringen gik godt.",
                    )
                )
            sparring.extend(
                SparringSession(
                    course=course,
                    held_on=today - timedelta(days=20 + 30 * n + i % 10),
                    topic=f"Bench: Status på prøvehandling {n + 1}",
                    agreements="Bench: Målingen gentages om en måned.",
                )
                for n in range(2)
            )
            for n in range(4):
                title, four_f = BENCH_CHALLENGES[(i + n) % len(BENCH_CHALLENGES)]
                challenges.append(
                    Challenge(
                        course=course,
                        title=title,
                        description=f"Bench: {title} tager tid fra kerneopgaven.",
                        why="Bench: Det giver dobbeltarbejde.",
                        four_f=four_f,
                        step=2 + (i + n) % 5,
                        priority=n + 1,
                        status=["aaben", "i_gang", "loest", "parkeret"][(i + n) % 4],
                    )
                )
        CourseMember.objects.bulk_create(members, batch_size=1000)
        PhaseChange.objects.bulk_create(changes_rows, batch_size=1000)
        GateCheck.objects.bulk_create(checks, batch_size=1000)
        Agreement.objects.bulk_create(agreements, batch_size=1000)
        Workshop.objects.bulk_create(workshops, batch_size=1000)
        SparringSession.objects.bulk_create(sparring, batch_size=1000)
        challenges = Challenge.objects.bulk_create(challenges, batch_size=1000)
        trials = TrialAction.objects.bulk_create(
            [
                TrialAction(
                    challenge=challenge,
                    solution=f"Bench: {challenge.title} løses ét sted.",
                    unit="Bench: Team Nord",
                    starts_on=today - timedelta(days=60 + n % 30),
                    ends_on=today + timedelta(days=n % 40 - 10),
                    who_does_what="Bench: Medarbejderne dokumenterer kun i ét system.",
                    expected_effect="Bench: 20 minutter mindre dokumentation om ugen.",
                    status=["planlagt", "i_gang", "afsluttet", "stoppet"][n % 4],
                    conclusion="Bench: Tiden faldt, og kvaliteten holdt." if n % 4 >= 2 else "",
                )
                for n, challenge in enumerate(challenges)
            ],
            batch_size=1000,
        )
        Measurement.objects.bulk_create(
            [
                Measurement(
                    trial_action=trial,
                    method=BENCH_METHODS[n % len(BENCH_METHODS)],
                    measured_on=today - timedelta(days=n % 30),
                    before=str(90 + n % 20),
                    after=str(60 + n % 20),
                    unit="minutter pr. uge",
                    comment="Bench: To medarbejdere førte logbog før og efter.",
                )
                for n, trial in enumerate(trials)
            ],
            batch_size=1000,
        )
    return {"bench_courses": len(courses), "bench_courses_created": len(courses)}


def resolve_paths(pages: list[Page]) -> list[Page]:
    """Fills the placeholders of the pages' paths with rows that exist after seeding.

    {course}: a bench course in Fase 4 (the longest history short of closed) that the demo
    facilitator takes part in, so the course page shows full content as they see it.
    """
    from municipalities.models import Course, Phase

    values: dict[str, Any] = {}
    if any("{course}" in page["path"] for page in pages):
        course = (
            Course.objects.filter(
                title__startswith=BENCH_COURSE_PREFIX,
                phase=Phase.CLOSING,
                members__user__email="facilitator@demo.invalid",
            )
            .order_by("pk")
            .first()
        )
        if course is None:
            raise SystemExit("No bench course in Fase 4 for the demo facilitator: see seed_scale")
        values["course"] = course.pk
    if any("{story}" in page["path"] for page in pages):
        from media_library.models import Story

        story = Story.objects.published().order_by("-published_at").first()
        if story is None:
            raise SystemExit("No published story: see seed_scale_stories")
        values["story"] = story.slug
    return [{**page, "path": page["path"].format(**values)} for page in pages]


def make_sessions(email: str, count: int) -> list[str]:
    """`count` logged-in sessions of the user (one per connection, like separate browsers)."""
    from django.conf import settings

    from portal.accounts.models import User

    user = User.objects.get(email=email)
    client = django_client()
    keys = []
    for _ in range(count):
        client.cookies.clear()  # else force_login would cycle (and end) the previous session
        client.force_login(user)
        keys.append(client.cookies[settings.SESSION_COOKIE_NAME].value)
    return keys


@functools.cache
def django_client() -> Any:
    """One test client: each new one builds the middleware again (WhiteNoise scans the files)."""
    from django.test import Client

    return Client(
        HTTP_HOST=HOST,
        HTTP_USER_AGENT=USER_AGENT,
        HTTP_ACCEPT_LANGUAGE="da",
        HTTP_X_FORWARDED_PROTO="https",
    )


def count_queries(page: Page, cookie: str | None) -> list[str]:
    """SQL of one request to the page, in this process, after a warm-up request.

    Counted like Django's assertNumQueries, so BEGIN/COMMIT (separate round trips) count too.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = django_client()

    def request() -> Any:
        client.cookies.clear()  # only the cookie the load generator sends, nothing kept
        if cookie:
            name, _, value = cookie.partition("=")
            client.cookies[name] = value
        return client.get(page["path"])

    request()
    with CaptureQueriesContext(connection) as ctx:
        response = request()
    if not 200 <= response.status_code < 300:
        raise SystemExit(
            f"{page['name']} ({page['path']}) answers {response.status_code} in-process"
            f" {response.get('Location', '')}: fix the page list or the data"
        )
    return [query["sql"] for query in ctx.captured_queries]


def is_transaction_statement(statement: str) -> bool:
    return statement.lstrip().upper().startswith(TRANSACTION_STATEMENTS)


# --- gunicorn ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class Gunicorn:
    """gunicorn with the project's config, in its own process group so all of it can be ended."""

    def __init__(
        self, environment: dict[str, str], *, workers: int, max_requests: int, log_dir: Path
    ) -> None:
        self.port = free_port()
        self.workers = workers
        self.log_path = log_dir / "gunicorn.log"
        env = {k: v for k, v in os.environ.items() if k != "GUNICORN_CMD_ARGS"}
        env.update(environment)
        env.update(
            {
                "WEB_CONCURRENCY": str(workers),
                "GUNICORN_BIND": f"{HOST}:{self.port}",
                # Recycling a worker mid-run would lose its CPU time from the count and open a
                # new database connection (P4 counts connections, not restarts): off by default.
                "GUNICORN_MAX_REQUESTS": str(max_requests),
            }
        )
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            str(BASE_DIR / "gunicorn.conf.py"),
            "--bind",
            f"{HOST}:{self.port}",
            # The access log still formats its line (as production does for stdout): only the
            # writing goes nowhere, so hello and the pages pay the same per-request cost.
            "--access-logfile",
            "/dev/null",
            # gunicorn ≥ 25 opens a control socket at a fixed path in $HOME by default: the
            # bench needs none and must not take it from another gunicorn on the machine.
            "--no-control-socket",
            "portal.wsgi:application",
        ]
        self.log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def worker_pids(self) -> list[int]:
        """Children of the master, from /proc (gunicorn forks its workers directly)."""
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2 :].split()
            if int(fields[1]) == self.process.pid:
                pids.append(int(entry.name))
        return sorted(pids)

    def wait_ready(self, timeout: float = 60.0) -> list[int]:
        deadline = time.monotonic() + timeout
        request = build_request("/healthz", self.port, None)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited with {self.process.returncode}:\n{self.tail()}")
            workers = self.worker_pids()
            if len(workers) == self.workers:
                with contextlib.suppress(OSError):
                    status, _ = fetch_once(self.port, request)
                    if status == 200:
                        return workers
            time.sleep(0.1)
        raise SystemExit(f"gunicorn did not answer /healthz within {timeout:.0f} s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        self.log.flush()
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])

    def stop(self) -> None:
        """SIGTERM (graceful), then SIGKILL for the whole process group if it lingers."""
        # A second Ctrl-C must not cut the clean-up short.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            self._stop()
        finally:
            signal.signal(signal.SIGINT, previous)

    def _stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=20)
        # Workers left behind (e.g. the master was killed) share the process group.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self.log.close()


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """utime + stime of each process (fields 14 and 15 of /proc/<pid>/stat), in seconds."""
    ticks = os.sysconf("SC_CLK_TCK")
    result = {}
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        result[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return result


# --- Load generator ------------------------------------------------------------------------------


def build_request(path: str, port: int, cookie: str | None) -> bytes:
    lines = [
        f"GET {path} HTTP/1.1",
        f"Host: {HOST}:{port}",
        f"User-Agent: {USER_AGENT}",
        "Accept: text/html,application/xhtml+xml,*/*;q=0.8",
        "Accept-Language: da",
        # As sent by the TLS-terminating proxy: SECURE_SSL_REDIRECT then lets the request in.
        "X-Forwarded-Proto: https",
    ]
    if cookie:
        lines.append(f"Cookie: {cookie}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _recv(sock: socket.socket) -> bytes:
    chunk = sock.recv(65536)
    if not chunk:
        raise ConnectionError("connection closed in the middle of a response")
    return chunk


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], bool]:
    """Reads one HTTP/1.1 response; returns status, headers and whether the connection stays open.

    Kept minimal so the client costs little CPU: Content-Length, chunked and read-until-close.
    """
    buf = bytearray()
    while (end := buf.find(b"\r\n\r\n")) < 0:
        chunk = sock.recv(65536)
        if not chunk:
            if not buf:  # typical of a keep-alive connection the server has just closed
                raise ConnectionResetError("connection closed before the response")
            raise ConnectionError("connection closed in the response headers")
        buf += chunk
    lines = bytes(buf[:end]).decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    body = buf[end + 4 :]
    keep_alive = headers.get("connection", "").lower() != "close"
    if status in (204, 304) or 100 <= status < 200:
        return status, headers, keep_alive
    if "content-length" in headers:
        remaining = int(headers["content-length"]) - len(body)
        while remaining > 0:
            remaining -= len(_recv(sock))
    elif "chunked" in headers.get("transfer-encoding", "").lower():
        _drain_chunked(sock, body)
    else:
        while sock.recv(65536):
            pass
        keep_alive = False
    return status, headers, keep_alive


def _drain_chunked(sock: socket.socket, buf: bytearray) -> None:
    pos = 0
    while True:
        while (end := buf.find(b"\r\n", pos)) < 0:
            buf += _recv(sock)
        size = int(bytes(buf[pos:end]).split(b";")[0], 16)
        pos = end + 2
        if size == 0:
            break
        while len(buf) < pos + size + 2:
            buf += _recv(sock)
        pos += size + 2
    while True:  # trailers, up to the empty line
        while (end := buf.find(b"\r\n", pos)) < 0:
            buf += _recv(sock)
        if end == pos:
            return
        pos = end + 2


def fetch_once(port: int, request: bytes) -> tuple[int, dict[str, str]]:
    with socket.create_connection((HOST, port), timeout=10) as sock:
        sock.sendall(request)
        status, headers, _ = read_response(sock)
    return status, headers


@dataclass
class Batch:
    requests: int
    wall: float
    cpu: float
    client_cpu: float
    latencies: list[float]
    errors: Counter[str]
    workers_changed: bool


def run_batch(
    gunicorn: Gunicorn,
    requests: list[bytes],
    total: int,
    concurrency: int,
    expect: Container[int] = range(200, 300),
) -> Batch:
    """`total` requests over `concurrency` connections (closed loop); connection i sends
    requests[i % len(requests)] (one session per connection on logged-in pages). An answer
    whose status is not in `expect` (2xx unless told) counts as an error."""
    counter = itertools.count()
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    lock = threading.Lock()

    def client(request: bytes) -> None:
        local: list[float] = []
        local_errors: Counter[str] = Counter()
        sock: socket.socket | None = None
        while not STOP.is_set() and next(counter) < total:
            started = time.perf_counter()
            for attempt in (1, 2):
                reused = sock is not None
                try:
                    if sock is None:
                        sock = socket.create_connection((HOST, gunicorn.port), timeout=30)
                        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    sock.sendall(request)
                    status, headers, keep_alive = read_response(sock)
                except (OSError, ValueError, IndexError) as exc:  # IndexError: bad status line
                    if sock is not None:
                        sock.close()
                        sock = None
                    # An idle keep-alive connection the server had closed: retry once, fresh.
                    if reused and attempt == 1 and isinstance(exc, ConnectionResetError):
                        continue
                    local_errors[f"{type(exc).__name__}: {exc}"] += 1
                    break
                local.append(time.perf_counter() - started)
                if status not in expect:
                    where = headers.get("location", "")
                    local_errors[f"HTTP {status}" + (f" -> {where}" if where else "")] += 1
                if not keep_alive:
                    sock.close()
                    sock = None
                break
        if sock is not None:
            sock.close()
        with lock:
            latencies.extend(local)
            errors.update(local_errors)

    threads = [
        threading.Thread(target=client, args=(requests[i % len(requests)],), daemon=True)
        for i in range(concurrency)
    ]
    cpu_before = cpu_seconds(gunicorn.worker_pids())
    client_before = sum(os.times()[:2])
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    client_cpu = sum(os.times()[:2]) - client_before
    cpu_after = cpu_seconds(gunicorn.worker_pids())
    cpu = sum(cpu_after[pid] - cpu_before[pid] for pid in cpu_before if pid in cpu_after)
    done = min(total, len(latencies) + sum(errors.values()))
    return Batch(
        requests=done,
        wall=wall,
        cpu=cpu,
        client_cpu=client_cpu,
        latencies=latencies,
        errors=errors,
        workers_changed=cpu_after.keys() != cpu_before.keys(),
    )


# --- Results -------------------------------------------------------------------------------------


def percentile(sorted_values: list[float], percent: float) -> float:
    """Nearest-rank percentile of an ascending list (nan when empty)."""
    if not sorted_values:
        return math.nan
    return sorted_values[max(1, math.ceil(percent / 100 * len(sorted_values))) - 1]


def median(values: list[float]) -> float:
    finite = [value for value in values if not math.isnan(value)]
    return statistics.median(finite) if finite else math.nan


def batch_stats(batch: Batch) -> dict[str, float]:
    """One round of one page: everything in it ran under the same machine conditions."""
    latencies = sorted(batch.latencies)
    p50, p99 = 1000 * percentile(latencies, 50), 1000 * percentile(latencies, 99)
    return {
        "requests": batch.requests,
        "app_cpu_ms": 1000 * batch.cpu / batch.requests if batch.requests else math.nan,
        "rps": batch.requests / batch.wall if batch.wall else math.nan,
        "p50_ms": p50,
        "p99_ms": p99,
        "p99_over_p50": p99 / p50 if p50 else math.nan,
    }


@dataclass
class PageResult:
    page: Page
    queries: list[str] = field(default_factory=list)
    batches: list[Batch] = field(default_factory=list)

    @property
    def transaction_statements(self) -> int:
        return sum(1 for statement in self.queries if is_transaction_statement(statement))

    @property
    def requests(self) -> int:
        return sum(batch.requests for batch in self.batches)

    @property
    def cpu_ms(self) -> float:
        """App CPU per request over all rounds (CPU hardly moves with machine load)."""
        return 1000 * sum(batch.cpu for batch in self.batches) / max(self.requests, 1)

    @property
    def client_cpu_ms(self) -> float:
        return 1000 * sum(batch.client_cpu for batch in self.batches) / max(self.requests, 1)

    @property
    def throughput(self) -> float:
        wall = sum(batch.wall for batch in self.batches)
        return self.requests / wall if wall else math.nan

    @property
    def rounds(self) -> list[dict[str, float]]:
        return [batch_stats(batch) for batch in self.batches]

    def round_median(self, key: str) -> float:
        return median([stats[key] for stats in self.rounds])

    def throughput_ratio(self, hello: "PageResult") -> float:
        """Median over rounds of (this page's req/s / hello's req/s in the same round).

        Pairing by round keeps the comparison side by side when the shared machine's speed
        drifts between rounds, which pooling all rounds would not.
        """
        return median(
            [
                page["rps"] / yardstick["rps"]
                for page, yardstick in zip(self.rounds, hello.rounds, strict=True)
            ]
        )

    @property
    def errors(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for batch in self.batches:
            total.update(batch.errors)
        return total

    def pooled_latency_ms(self, percent: float) -> float:
        latencies = sorted(itertools.chain.from_iterable(b.latencies for b in self.batches))
        return 1000 * percentile(latencies, percent)


def checks(result: PageResult, hello: PageResult) -> dict[str, bool]:
    """The quality.md targets that apply to this page, each met or not."""
    outcome: dict[str, bool] = {}
    kind = result.page["kind"]
    # Numbers of a page that answered errors describe the errors, not the page.
    valid = not result.errors and not hello.errors
    if kind == "working":
        outcome["P1"] = valid and result.cpu_ms / hello.cpu_ms <= P1_MAX_CPU_RATIO
    if kind == "public":
        outcome["P2"] = valid and result.throughput_ratio(hello) >= P2_MIN_THROUGHPUT_RATIO
    if kind != "yardstick":
        outcome["P3"] = len(result.queries) <= P3_MAX_QUERIES
    outcome["P7"] = valid and result.round_median("p99_over_p50") <= P7_MAX_TAIL_RATIO
    return outcome


def format_table(rows: list[list[str]], header: list[str]) -> str:
    """Page, kind and targets left-aligned; the numbers right-aligned."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    left = {0, 1, len(header) - 1}

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell.ljust(widths[i]) if i in left else cell.rjust(widths[i])
            for i, cell in enumerate(cells)
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


LEGEND = f"""\
Legend (targets from quality.md part 1; every ratio is side by side in this run):
  CPU ms/req    app CPU of the gunicorn workers (utime+stime) per request, warm-up excluded
  CPU xhello    P1: logged-in working pages ≤ {P1_MAX_CPU_RATIO:.0f}x hello \
(stretch ≤ {P1_STRETCH_CPU_RATIO:.0f}x)
  req/s         all rounds pooled; %hello: median over rounds of page/hello in the same round;
                P2: cached public pages ≥ {100 * P2_MIN_THROUGHPUT_RATIO:.0f} % (warm Redis cache)
  p50, p99 ms   median over rounds of each round's percentile (pooled values are in the JSON);
                p99/p50: median of the rounds' ratios; P7: ≤ {P7_MAX_TAIL_RATIO:.0f} and no errors
  queries       P3: ≤ {P3_MAX_QUERIES} per page incl. session and user; one request in-process \
after a
                warm-up, counted like assertNumQueries ("tx": how many are BEGIN/COMMIT)
  P4            new PostgreSQL backends during the run ≤ gunicorn workers
  kinds         public → P2, working → P1; every page → P3 and P7"""


def report(
    results: list[PageResult], backends: BackendCounter, workers: int, args: argparse.Namespace
) -> dict[str, Any]:
    hello = results[0]
    header = [
        "page",
        "kind",
        "CPU ms/req",
        "CPU xhello",
        "req/s",
        "req/s %hello",
        "p50 ms",
        "p99 ms",
        "p99/p50",
        "errors",
        "queries",
        "targets",
    ]
    rows = []
    pages_json = []
    for result in results:
        outcome = checks(result, hello)
        tx = result.transaction_statements
        rows.append(
            [
                result.page["name"],
                result.page["kind"],
                f"{result.cpu_ms:.2f}",
                f"{result.cpu_ms / hello.cpu_ms:.1f}x",
                f"{result.throughput:.0f}",
                f"{100 * result.throughput_ratio(hello):.0f} %",
                f"{result.round_median('p50_ms'):.1f}",
                f"{result.round_median('p99_ms'):.1f}",
                f"{result.round_median('p99_over_p50'):.2f}",
                str(sum(result.errors.values())),
                f"{len(result.queries)}" + (f" ({tx} tx)" if tx else ""),
                " ".join(f"{key} {'ok' if ok else 'MISS'}" for key, ok in outcome.items()),
            ]
        )
        pages_json.append(
            {
                **result.page,
                "requests_measured": result.requests,
                "app_cpu_ms_per_request": result.cpu_ms,
                "app_cpu_ratio_to_hello": result.cpu_ms / hello.cpu_ms,
                "client_cpu_ms_per_request": result.client_cpu_ms,
                "throughput_rps": result.throughput,
                "throughput_ratio_to_hello": result.throughput_ratio(hello),
                "latency_ms": {
                    "p50": result.round_median("p50_ms"),
                    "p99": result.round_median("p99_ms"),
                    "p99_over_p50": result.round_median("p99_over_p50"),
                    "pooled": {
                        f"p{percent}": result.pooled_latency_ms(percent)
                        for percent in (50, 90, 99, 100)
                    },
                },
                "rounds": result.rounds,
                "errors": dict(result.errors),
                "queries": len(result.queries),
                "transaction_statements": tx,
                "sql": result.queries,
                "workers_recycled": any(batch.workers_changed for batch in result.batches),
                "targets": outcome,
            }
        )

    total_requests = sum(r.requests for r in results) + args.warmup * len(results)
    new_backends = backends.new_backends
    sampled = len(backends.seen)
    p4_ok = (new_backends if new_backends is not None else sampled) <= workers
    client_ms = sum(r.client_cpu_ms * r.requests for r in results) / max(
        sum(r.requests for r in results), 1
    )
    counted = "n/a (PostgreSQL < 14)" if new_backends is None else str(new_backends)

    print(
        f"\nBenchmark: {len(results)} pages x {args.rounds} rounds, {args.concurrency}"
        f" connections, {workers} gunicorn workers, {os.cpu_count()} CPUs"
    )
    print(format_table(rows, header))
    print(
        f"\nP4 new PostgreSQL backends during {total_requests} requests: {counted}"
        f" (sampled gunicorn backends: {sampled}); workers: {workers} -> "
        + ("ok" if p4_ok else "MISS")
    )
    print(f"Load generator CPU: {client_ms:.2f} ms/request (this process; not in app CPU)\n")
    print(LEGEND)
    if any(r.errors for r in results):
        print("\nErrors (non-2xx answers and failed connections):")
        for r in results:
            for message, count in r.errors.most_common():
                print(f"  {r.page['name']}: {count}x {message}")
    recycled = [r.page["name"] for r in results if any(b.workers_changed for b in r.batches)]
    if recycled:
        print(f"\nwarning: a worker was replaced during {', '.join(recycled)}: CPU under-counted")

    return {
        "pages": pages_json,
        "p4": {
            "new_backends": new_backends,
            "sampled_gunicorn_backends": sampled,
            "workers": workers,
            "requests": total_requests,
            "ok": p4_ok,
            "method": "pg_stat_database.sessions before gunicorn start / after its backends exit",
        },
        "load_generator_cpu_ms_per_request": client_ms,
    }


def json_safe(value: Any) -> Any:
    """NaN (an empty measurement) is not JSON: write null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    return value


def git_revision() -> str | None:
    try:
        revision = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=BASE_DIR, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return revision + ("-dirty" if dirty else "")


# --- Main ----------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument(
        "--requests", type=int, default=400, help="requests per page per round (default 400)"
    )
    parser.add_argument(
        "--concurrency", type=int, default=16, help="open connections (default 16, as in P7)"
    )
    parser.add_argument(
        "--warmup", type=int, default=100, help="unmeasured requests per page first (default 100)"
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument(
        "--conn-max-age", type=int, default=600, help="CONN_MAX_AGE (default 600, as production)"
    )
    parser.add_argument(
        "--max-requests",
        type=int,
        default=0,
        help="gunicorn max_requests (default 0: no worker recycling during the run)",
    )
    parser.add_argument("--pages", help="comma-separated page names (hello is always measured)")
    parser.add_argument(
        "--only",
        choices=["pages", "pdf"],
        help="run only the pages or only the PDF measurements (default: both)",
    )
    parser.add_argument(
        "--pdf-rounds",
        type=int,
        default=3,
        help="rounds of the PDF renders (default 3; the PDF requests use --rounds)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS_FILE, help="JSON results file")
    args = parser.parse_args()
    for name in ("rounds", "requests", "concurrency", "workers", "pdf_rounds"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    if args.warmup < 0:
        parser.error("--warmup must not be negative")
    return args


def select_pages(names: str | None) -> list[Page]:
    if PAGES[0]["name"] != "hello" or PAGES[0]["kind"] != "yardstick":
        raise SystemExit("PAGES must start with the hello yardstick")
    if not names:
        return list(PAGES)
    wanted = {name.strip() for name in names.split(",") if name.strip()}
    unknown = wanted - {page["name"] for page in PAGES}
    if unknown:
        raise SystemExit(f"Unknown pages: {', '.join(sorted(unknown))}")
    return [page for page in PAGES if page["name"] == "hello" or page["name"] in wanted]


def exit_on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so the `finally` blocks stop gunicorn."""
    raise SystemExit(128 + signum)


def measure(
    gunicorn: Gunicorn,
    results: list[PageResult],
    cookies: dict[str, list[str]],
    args: argparse.Namespace,
) -> None:
    """Warm-up, then the interleaved rounds; fills each result's batches."""
    workers = gunicorn.wait_ready()
    print(f"  gunicorn on {HOST}:{gunicorn.port}, workers {workers}")

    def requests_for(page: Page) -> list[bytes]:
        user = page.get("user")
        return [
            build_request(page["path"], gunicorn.port, cookie)
            for cookie in (cookies[user] if user else [None])
        ]

    prepared = {result.page["name"]: requests_for(result.page) for result in results}
    if args.warmup:
        print(f"  warm-up: {args.warmup} requests per page")
        for result in results:
            batch = run_batch(
                gunicorn, prepared[result.page["name"]], args.warmup, args.concurrency
            )
            if batch.errors:
                print(f"  warm-up errors on {result.page['name']}: {dict(batch.errors)}")
    for round_index in range(args.rounds):
        round_started = time.perf_counter()
        # Rotate the order so no page always follows the same neighbour.
        shift = round_index % len(results)
        for result in results[shift:] + results[:shift]:
            requests = result.page.get("requests", args.requests)
            result.batches.append(
                run_batch(gunicorn, prepared[result.page["name"]], requests, args.concurrency)
            )
        print(
            f"  round {round_index + 1}/{args.rounds}: {time.perf_counter() - round_started:.1f} s"
        )
    if any(result.errors for result in results):
        print("\nLast lines of the gunicorn log:\n" + gunicorn.tail())


def measure_pages(
    pages: list[Page],
    environment: dict[str, str],
    params: PgParams,
    args: argparse.Namespace,
) -> tuple[dict[str, Any], bool]:
    """The pages: sessions, query counts, gunicorn, rounds, P4; prints the table. Returns the
    JSON summary and whether any request failed."""
    from django.conf import settings
    from django.db import connections

    pages = resolve_paths(pages)
    results = [PageResult(page) for page in pages]
    cookies: dict[str, list[str]] = {}
    for page in pages:
        if "user" in page and page["user"] not in cookies:
            keys = make_sessions(page["user"], args.concurrency)
            cookies[page["user"]] = [f"{settings.SESSION_COOKIE_NAME}={key}" for key in keys]
    for result in results:
        user = result.page.get("user")
        result.queries = count_queries(result.page, cookies[user][0] if user else None)

    backends = BackendCounter(params)
    try:
        with tempfile.TemporaryDirectory(prefix="portal-bench-") as log_dir:
            # This process is done with the bench database: its connection must not be counted.
            connections.close_all()
            backends.wait_until_gone(APP_NAME_SETUP)
            backends.start()
            server_env = {
                **environment,
                "DATABASE_URL": with_application_name(environment["DATABASE_URL"], APP_NAME_SERVER),
            }
            gunicorn = Gunicorn(
                server_env,
                workers=args.workers,
                max_requests=args.max_requests,
                log_dir=Path(log_dir),
            )
            try:
                measure(gunicorn, results, cookies, args)
            finally:
                STOP.set()
                gunicorn.stop()
                STOP.clear()
            backends.finish()
    finally:
        backends.close()

    summary = report(results, backends, args.workers, args)
    return summary, any(result.errors for result in results)


def main() -> int:
    args = parse_args()
    pages = select_pages(args.pages)
    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    redis_url = os.environ.get("REDIS_URL", DEFAULT_REDIS_URL)
    params = PgParams.from_url(database_url)
    started = time.perf_counter()

    print(
        f"Preparing {params.dbname} on {params.host or 'local socket'}:{params.port},"
        f" {redact(redis_url)}"
    )
    ensure_database(params)
    check_redis(redis_url)
    environment = production_environment(
        database_url=database_url,
        redis_url=redis_url,
        secret_key=secrets.token_urlsafe(50),
        conn_max_age=args.conn_max_age,
    )
    setup_django(
        {**environment, "DATABASE_URL": with_application_name(database_url, APP_NAME_SETUP)}
    )
    counts = prepare_data()
    bench_pdf = None
    pdf_fixtures = None
    if args.only != "pages":
        import bench_pdf  # scripts/, next to this file

        # Before any test client or gunicorn: WhiteNoise must find the PDF's static copy.
        pdf_fixtures = bench_pdf.prepare(sys.modules[__name__])

    summary: dict[str, Any] = {}
    failed = False
    if args.only != "pdf":
        pages_summary, pages_failed = measure_pages(pages, environment, params, args)
        summary.update(pages_summary)
        failed |= pages_failed
    if bench_pdf is not None and pdf_fixtures is not None:
        pdf_summary, pdf_failed = bench_pdf.run(
            sys.modules[__name__], pdf_fixtures, environment, args
        )
        summary["pdf"] = pdf_summary
        failed |= pdf_failed

    output = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "revision": git_revision(),
        "duration_s": round(time.perf_counter() - started, 1),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "config": {
            "only": args.only,
            "rounds": args.rounds,
            "requests_per_round": args.requests,
            "concurrency": args.concurrency,
            "warmup": args.warmup,
            "workers": args.workers,
            "conn_max_age": args.conn_max_age,
            "max_requests": args.max_requests,
            "pdf_rounds": args.pdf_rounds,
            "database": params.dbname,
            "redis": redact(redis_url),
        },
        "data": counts,
        **summary,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(json_safe(output), indent=2, ensure_ascii=False) + "\n")
    print(f"\nResults written to {args.output} ({output['duration_s']} s in all)")
    return 1 if failed else 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, exit_on_sigterm)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nInterrupted (gunicorn has been stopped).", file=sys.stderr)
        sys.exit(130)
