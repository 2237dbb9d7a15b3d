#!/usr/bin/env bash
# Offline checks of docker-compose.yml: there is no Docker engine (nor `docker compose`) on the
# build machines, so this is what stands between a typo and a failed deploy.
#   1. the file against the compose-spec JSON schema shipped inside check-jsonschema (no network);
#   2. the stack's own invariants the schema cannot know: the five services exist, every
#      long-running one has a health check, and database data and media live on named volumes.
# Usage: scripts/check_compose.sh [path/to/docker-compose.yml]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
COMPOSE_FILE="${1:-docker-compose.yml}"
VENV_BIN=.venv/bin

fail() {
    echo "check_compose: FAIL: $*" >&2
    exit 1
}

[ -f "$COMPOSE_FILE" ] || fail "$COMPOSE_FILE not found"
[ -x "$VENV_BIN/check-jsonschema" ] || fail "$VENV_BIN/check-jsonschema is missing (install requirements-dev.txt into .venv)"

echo "check_compose: validating $COMPOSE_FILE against the compose-spec schema"
"$VENV_BIN/check-jsonschema" --builtin-schema vendor.compose-spec "$COMPOSE_FILE" \
    || fail "$COMPOSE_FILE does not match the compose-spec schema (see above)"

echo "check_compose: checking services, health checks and volumes"
"$VENV_BIN/python" - "$COMPOSE_FILE" <<'PY' || fail "$COMPOSE_FILE breaks the stack's invariants (see above)"
import re
import sys

# ruamel.yaml comes with check-jsonschema; its safe loader resolves the `<<: *app` merges the
# same way compose does, so what is checked is what compose would run.
from ruamel.yaml import YAML

path = sys.argv[1]
with open(path, encoding="utf-8") as fh:
    doc = YAML(typ="safe", pure=True).load(fh)

errors = []
if not isinstance(doc, dict):
    sys.exit(f"{path}: not a YAML mapping")

if "version" in doc:
    errors.append("top-level 'version:' is obsolete in the compose spec; remove it")

services = doc.get("services") or {}
declared_volumes = set((doc.get("volumes") or {}).keys())

required = ["web", "worker", "beat", "db", "redis"]
for name in required:
    if name not in services:
        errors.append(f"service '{name}' is missing")

present = [name for name in required if name in services]
for name in present:
    hc = (services[name] or {}).get("healthcheck")
    if not hc:
        errors.append(f"service '{name}' has no healthcheck")
    elif hc.get("disable") or not hc.get("test") or hc.get("test") in (["NONE"], "NONE"):
        errors.append(f"service '{name}' has its healthcheck disabled or without a test")

# The schema does not check durations, but compose refuses the whole file over a bad one.
DURATION = re.compile(r"(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+")
for name, service in services.items():
    fields = {"stop_grace_period": (service or {}).get("stop_grace_period")}
    for key in ("interval", "timeout", "start_period", "start_interval"):
        fields[f"healthcheck.{key}"] = ((service or {}).get("healthcheck") or {}).get(key)
    for field, value in fields.items():
        if value is not None and not DURATION.fullmatch(str(value)):
            errors.append(f"service '{name}': {field} {value!r} is not a duration such as 30s or 1m30s")


def named_volume_mounts(service):
    """(source, target) for every named-volume mount of a service, short or long syntax."""
    mounts = []
    for entry in service.get("volumes") or []:
        if isinstance(entry, str):
            parts = entry.split(":")
            if len(parts) >= 2 and not parts[0].startswith((".", "/", "~", "$")):
                mounts.append((parts[0], parts[1]))
        elif isinstance(entry, dict) and entry.get("type", "volume") == "volume" and entry.get("source"):
            mounts.append((entry["source"], entry.get("target")))
    return mounts


def check_volume(service_name, target, what):
    service = services.get(service_name) or {}
    sources = [src for src, tgt in named_volume_mounts(service) if tgt == target]
    if not sources:
        errors.append(f"service '{service_name}' does not mount a named volume at {target} ({what})")
        return None
    for src in sources:
        if src not in declared_volumes:
            errors.append(f"volume '{src}' used by '{service_name}' for {what} is not declared under top-level volumes:")
    return sources[0]


if "db" in services:
    check_volume("db", "/var/lib/postgresql/data", "database data")


def media_root(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env if "=" in item)
    return env.get("MEDIA_ROOT")


media_sources = {}
for name in ("web", "worker"):
    if name not in services:
        continue
    service = services[name] or {}
    root = media_root(service)
    if not root:
        errors.append(f"service '{name}' does not set MEDIA_ROOT, so the media volume's path is unknown")
        continue
    media_sources[name] = check_volume(name, root, "media")
if len(media_sources) == 2 and None not in media_sources.values() and len(set(media_sources.values())) != 1:
    errors.append(f"web and worker mount different media volumes: {media_sources}")

if errors:
    for error in errors:
        print(f"  - {error}", file=sys.stderr)
    sys.exit(1)
print(f"  services {', '.join(required)} present with health checks; db data and media on named volumes")
PY

echo "check_compose: OK"
