# syntax=docker/dockerfile:1
# Production image for the portal: gunicorn (web) and Celery (worker, beat) all run from it.
# Build: docker compose build (or docker build -t samskabt-portal .). Needs BuildKit for the
# RUN --mount lines, which is the default builder since Docker 23.

ARG PYTHON_IMAGE=python:3.12-slim-bookworm


# --- Front-end packages: pinned by package-lock.json, never fetched from a CDN at runtime ----
FROM node:20-slim AS node
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error


# --- Wheels: psycopg2 compiles against libpq here, so the runtime image carries no compiler ----
FROM ${PYTHON_IMAGE} AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/requirements.txt
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r /tmp/requirements.txt


# --- Runtime --------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

# TMPDIR: WeasyPrint leaves weasyprint-* folders behind in recycled worker children; a
# dedicated directory (a tmpfs in docker-compose.yml) keeps them contained and easy to clean.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TMPDIR=/tmp/portal

# WeasyPrint dlopens Pango/HarfBuzz/fontconfig at import time (harfbuzz-subset keeps embedded
# fonts small); the psycopg2 wheel built above links against libpq5; gettext lets
# compilemessages run below. Both font families cover Danish fully (æ ø å, typographic quotes
# and dashes), so PDFs never borrow glyphs from another family.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 \
        libpangoft2-1.0-0 \
        libharfbuzz-subset0 \
        libpq5 \
        gettext \
        fonts-dejavu-core \
        fonts-noto-core \
    && rm -rf /var/lib/apt/lists/*

# uid 1000 so files written to the media volume have a predictable owner on the host.
RUN groupadd --gid 1000 portal \
    && useradd --uid 1000 --gid portal --home-dir /app --no-create-home --shell /usr/sbin/nologin portal

WORKDIR /app

# The wheels are mounted, not copied, so they never become an image layer.
RUN --mount=type=bind,from=builder,source=/wheels,target=/wheels \
    --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt \
    pip install --no-cache-dir --no-index --find-links=/wheels -r /tmp/requirements.txt

# Same files and layout as `make static-vendor`, so templates work identically in both.
COPY --from=node /build/node_modules/bootstrap/dist/css/bootstrap.min.css \
                 /build/node_modules/bootstrap/dist/css/bootstrap.min.css.map \
                 static/vendor/bootstrap/css/
COPY --from=node /build/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js \
                 /build/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map \
                 static/vendor/bootstrap/js/
COPY --from=node /build/node_modules/htmx.org/dist/htmx.min.js static/vendor/htmx/
COPY --from=node /build/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf \
                 /build/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf \
                 /build/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf \
                 /build/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf \
                 /build/node_modules/dejavu-fonts-ttf/LICENSE \
                 static/vendor/fonts/

# Code stays owned by root: the app user can read it but not rewrite it.
COPY . .

# Settings refuse to load without SECRET_KEY when DEBUG is off; this throwaway key exists only
# for this RUN line and is not baked into the image's environment. The manifest storage needs
# every referenced file (e.g. bootstrap.min.css.map) to be present, which is why the vendor
# copy above includes the source maps. media and TMPDIR are the only places the app writes;
# they must belong to the app user here, because a new named volume takes over the owner of
# the directory it is mounted on.
RUN DEBUG=false SECRET_KEY=collectstatic-build-only-not-a-secret \
        python manage.py collectstatic --noinput \
    && DEBUG=false SECRET_KEY=collectstatic-build-only-not-a-secret \
        python manage.py compilemessages \
    && install -d -o portal -g portal /app/media /tmp/portal

# Numeric so orchestrators that check runAsNonRoot can verify it without /etc/passwd.
USER 1000:1000

EXPOSE 8000

# /healthz never touches the database and is exempt from the HTTPS redirect. Django still
# validates the Host header, so send one that ALLOWED_HOSTS accepts (its first entry).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; h = (os.environ.get('ALLOWED_HOSTS') or 'localhost').split(',')[0].strip().lstrip('.'); h = 'localhost' if h in ('', '*') else h; r = u.urlopen(u.Request('http://127.0.0.1:8000/healthz', headers={'Host': h}), timeout=4); raise SystemExit(r.read() != b'ok')"]

CMD ["gunicorn", "portal.wsgi:application", "-c", "gunicorn.conf.py"]
