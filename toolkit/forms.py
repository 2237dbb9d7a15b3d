from django import forms
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from municipalities.models import Step

from .models import Audience, Tool, Variant, Visibility
from .services import ProgrammeRow

RICH_TEXT_HELP = _(
    "Simple HTML is kept: paragraphs, bulleted and numbered lists, bold, italics, headings "
    "(levels 2 to 4) and links. Everything else is removed when you save."
)


# Paths under /vaerktoejer/ that are pages of their own, not tools.
RESERVED_SLUGS = {"printkurv", "koegebog", "startpakke", "pdf", "redaktion", "statistik"}


class LibraryFilterForm(forms.Form):
    """The library's filters ("Jeg er …", step, variant, search); all optional."""

    rolle = forms.ChoiceField(
        label=_("I am …"), choices=[("", _("Any role")), *Audience.choices], required=False
    )
    trin = forms.TypedChoiceField(
        label=_("Step"),
        choices=[("", _("All steps")), *Step.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    variant = forms.ChoiceField(
        label=_("Version"),
        choices=[("", _("Full and simplified")), *Variant.choices],
        required=False,
    )
    q = forms.CharField(label=_("Search"), max_length=100, required=False)

    def filters(self) -> dict:
        """The valid filters; an invalid one is ignored rather than failing the page (the
        others still apply: cleaned_data keeps every field that validated)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "audience": data.get("rolle") or "",
            "step": data.get("trin"),
            "variant": data.get("variant") or "",
            "text": (data.get("q") or "").strip(),
        }


class ToolForm(forms.ModelForm):
    # The version the editor started from: a save over someone else's newer save is refused.
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    steps = forms.TypedMultipleChoiceField(
        label=_("Steps"),
        choices=Step.choices,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one step.")},
    )
    audiences = forms.MultipleChoiceField(
        label=_("Written for"),
        choices=Audience.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one audience.")},
    )

    class Meta:
        model = Tool
        fields = [
            "title",
            "slug",
            "variant",
            "full_version",
            "purpose",
            "steps",
            "audiences",
            "duration_minutes",
            "participants",
            "materials",
            "preparation",
            "body",
            "follow_up",
            "source_note",
            "visibility",
            "restricted_roles",
        ]
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "materials": forms.Textarea(attrs={"rows": 4}),
            "preparation": forms.Textarea(attrs={"rows": 5}),
            "body": forms.Textarea(attrs={"rows": 6}),
            "follow_up": forms.Textarea(attrs={"rows": 4}),
            "restricted_roles": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "slug": {"unique": _("Another tool already has this address; choose another.")},
        }
        help_texts = {
            "slug": _("The tool's web address: lower-case letters, digits and hyphens."),
            "preparation": RICH_TEXT_HELP,
            "body": RICH_TEXT_HELP,
            "follow_up": RICH_TEXT_HELP,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        full = Tool.objects.filter(variant=Variant.FULL).order_by("title")
        if self.instance.pk:
            self.initial.setdefault("seen_version", self.instance.version)
            full = full.exclude(pk=self.instance.pk)
            self.initial.setdefault("steps", self.instance.steps)
            self.initial.setdefault("audiences", self.instance.audiences)
        self.fields["full_version"].queryset = full
        self.fields["restricted_roles"].queryset = Group.objects.order_by("name")

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(
                _("The address “%(slug)s” is used by the portal itself; choose another."),
                params={"slug": slug},
                code="reserved",
            )
        return slug

    def clean(self):
        cleaned = super().clean()
        variant = cleaned.get("variant")
        full_version = cleaned.get("full_version")
        if full_version is not None and variant != Variant.SIMPLIFIED:
            self.add_error(
                "full_version", _("Only a simplified version can point to a full version.")
            )
        if full_version is not None:
            other = Tool.objects.filter(full_version=full_version).exclude(pk=self.instance.pk)
            if other.exists():
                self.add_error(
                    "full_version",
                    _("%(tool)s already has a simplified version.") % {"tool": full_version},
                )
        if cleaned.get("visibility") == Visibility.RESTRICTED and not cleaned.get(
            "restricted_roles"
        ):
            self.add_error("restricted_roles", _("Choose the roles that may read the tool."))
        return cleaned

    def service_fields(self) -> dict:
        data = self.cleaned_data
        names = [f for f in self.Meta.fields if f not in ("steps", "audiences", "restricted_roles")]
        return {name: data[name] for name in names}


class ProgrammeItemForm(forms.Form):
    title = forms.CharField(label=_("Programme item"), max_length=200)
    minutes = forms.IntegerField(label=_("Minutes"), min_value=1, max_value=600, required=False)
    description = forms.CharField(
        label=_("What happens"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    cue = forms.CharField(
        label=_("Facilitator cue"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class BaseProgrammeFormSet(forms.BaseFormSet):
    default_error_messages = {
        "too_many_forms": _("A programme can have at most %(num)d items."),
    }

    def rows(self) -> list[ProgrammeRow]:
        return [
            ProgrammeRow(
                title=form.cleaned_data["title"],
                minutes=form.cleaned_data.get("minutes"),
                description=form.cleaned_data.get("description", ""),
                cue=form.cleaned_data.get("cue", ""),
            )
            for form in self.forms
            if form.cleaned_data
            and form.cleaned_data.get("title")
            and not form.cleaned_data.get("DELETE")
        ]


ProgrammeFormSet = forms.formset_factory(
    ProgrammeItemForm,
    formset=BaseProgrammeFormSet,
    extra=2,
    can_delete=True,
    max_num=30,
    validate_max=True,
    absolute_max=40,
)


def programme_initial(tool: Tool | None) -> list[dict]:
    if tool is None or tool.pk is None:
        return []
    return [
        {"title": i.title, "minutes": i.minutes, "description": i.description, "cue": i.cue}
        for i in tool.programme.all()
    ]


class StarterPackForm(forms.Form):
    tools = forms.ModelMultipleChoiceField(
        label=_("Simplified tools in the starter pack"),
        queryset=Tool.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("When none are chosen, the pack has the simplified tools for steps 1 and 2."),
    )

    def __init__(self, *args, choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        if choices is not None:
            self.fields["tools"].queryset = choices
