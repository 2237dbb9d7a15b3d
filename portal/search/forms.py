from django import forms
from django.utils.translation import gettext_lazy as _

from .sources import SOURCES

MAX_QUERY_LENGTH = 200


def _type_choices():
    return [("", _("Everything")), *((key, source.label()) for key, source in SOURCES.items())]


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        error_messages={
            "max_length": _(
                "The search is too long: use at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    type = forms.ChoiceField(label=_("Show"), choices=_type_choices, required=False)

    def search_args(self) -> dict | None:
        """The text and the kinds to search, or None when there is nothing to search (no
        text, or the text is not valid). An unknown type is ignored: everything is searched."""
        self.is_valid()
        if "q" in self.errors:
            return None
        data = self.cleaned_data
        text = data.get("q", "")
        if not text:
            return None
        kind = data.get("type") or ""
        return {"text": text, "keys": [kind] if kind else []}
