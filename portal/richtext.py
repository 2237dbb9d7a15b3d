"""Rich text from editors: sanitised on write with nh3 (quality.md R2), so what is stored,
shown on pages and put into PDFs is the same harmless subset of HTML."""

import nh3
from django.utils.html import strip_tags

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li",
    "h2", "h3", "h4", "blockquote", "a",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def sanitize_html(html: str) -> str:
    """The allowed subset of `html`: no scripts, event handlers, styles, frames, forms or
    unsafe URLs; links get rel="noopener noreferrer"."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


def html_to_text(html: str) -> str:
    """Plain text of sanitised HTML, with paragraph and list breaks kept as newlines."""
    for tag in ("</p>", "</li>", "<br>", "</h2>", "</h3>", "</h4>", "</blockquote>"):
        html = html.replace(tag, tag + "\n")
    return strip_tags(html)
