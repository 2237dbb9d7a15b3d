"""A fast path for the PDFs of public tools, served the way static files are.

A public tool's PDF may be read by anyone, and its file is named by its content hash, so it is
as immutable as a static file. Once the view has checked a job and cached the answer (see
`selectors.cached_public_file`), this middleware, placed right after WhiteNoise, serves later
downloads without sessions, authentication or URL resolution (quality.md P6). Everything else,
restricted documents included, goes on to the view and its access checks.
"""

import re
import uuid

from django.urls import reverse

from . import selectors
from .views import pdf_file_response


class PublicPDFMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._path = None

    def _pattern(self) -> re.Pattern:
        if self._path is None:
            sample = str(uuid.UUID(int=0))
            path = reverse("toolkit:job_download", args=[sample])
            before, after = path.split(sample)
            self._path = re.compile(
                f"^{re.escape(before)}(?P<pk>[0-9a-f]{{8}}(?:-[0-9a-f]{{4}}){{3}}-[0-9a-f]{{12}})"
                f"{re.escape(after)}$"
            )
        return self._path

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            match = self._pattern().match(request.path_info)
            if match:
                found = selectors.cached_public_file(match["pk"])
                if found is not None:
                    return pdf_file_response(*found)
        return self.get_response(request)
