"""Download counts, kept off the request path.

Asking for a PDF must cost about as little as a bare request (quality.md P11), so with Redis a
download is one HINCRBY on a hash; a beat task moves the counts into `ToolDownload` rows every
few minutes, and the staff page adds what is still pending, so it shows live numbers without
writing on a GET. Without Redis (development) the rows are written at once.
"""

from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from .models import Tool, ToolDownload


def _keys() -> tuple[str, str]:
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    return f"{prefix}:toolkit:download-counts", f"{prefix}:toolkit:download-counts:flushing"


def _client():
    if settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        return cache._cache.get_client(write=True)
    return None


def _field(tool_id: int, audience: str, municipality_id: int | None) -> str:
    return f"{tool_id}:{audience}:{municipality_id or ''}:{timezone.localdate().isoformat()}"


def _parse(field: str) -> tuple[int, str, int | None, str]:
    tool_id, audience, municipality_id, day = field.split(":")
    return int(tool_id), audience, int(municipality_id) if municipality_id else None, day


def count(tool_ids, audience: str, municipality_id: int | None) -> None:
    """Counts one download of each tool for this role and municipality."""
    client = _client()
    if client is None:
        ToolDownload.objects.bulk_create(
            [
                ToolDownload(tool_id=pk, audience=audience, municipality_id=municipality_id)
                for pk in tool_ids
            ]
        )
        return
    key, _ = _keys()
    pipe = client.pipeline(transaction=False)
    for pk in tool_ids:
        pipe.hincrby(key, _field(pk, audience, municipality_id), 1)
    pipe.execute()


def pending() -> Counter:
    """Counts not yet moved into the database: {(tool_id, audience, municipality_id): n}."""
    client = _client()
    totals: Counter = Counter()
    if client is None:
        return totals
    for key in _keys():
        for field, value in client.hgetall(key).items():
            tool_id, audience, municipality_id, _day = _parse(field.decode())
            totals[(tool_id, audience, municipality_id)] += int(value)
    return totals


def flush() -> int:
    """Moves the pending counts into ToolDownload rows (beat); returns the downloads moved.
    The hash is renamed first, so counts that arrive meanwhile go into a fresh one, and the
    renamed one is deleted only after the rows are committed: a crash loses nothing."""
    client = _client()
    if client is None:
        return 0
    key, flushing = _keys()
    if not client.exists(flushing):
        if not client.exists(key):
            return 0
        client.renamenx(key, flushing)
    moved = 0
    rows = []
    for field, value in client.hgetall(flushing).items():
        tool_id, audience, municipality_id, day = _parse(field.decode())
        rows.append(
            ToolDownload(
                tool_id=tool_id,
                audience=audience,
                municipality_id=municipality_id,
                day=day,
                count=int(value),
            )
        )
        moved += int(value)
    with transaction.atomic():
        # Tools deleted since the download are left out.
        existing = set(
            Tool.objects.filter(pk__in={r.tool_id for r in rows}).values_list("pk", flat=True)
        )
        ToolDownload.objects.bulk_create([r for r in rows if r.tool_id in existing])
        transaction.on_commit(lambda: client.delete(flushing))
    return moved
