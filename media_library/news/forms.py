"""Forms of the editors' workflow and of a facilitator's suggestion from a course."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from toolkit.forms import RICH_TEXT_HELP

from ..models import Episode, Story, StoryAudience, Video
from .services import RESERVED_SLUGS

MAX_QUOTES = 10

_DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class StoryForm(forms.ModelForm):
    # The revision the editor started from: a save over someone else's newer save is refused.
    seen_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    audiences = forms.MultipleChoiceField(
        label=_("Audiences"),
        choices=StoryAudience.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Who the story is for; it shows in their filtered list and feed."),
    )

    class Meta:
        model = Story
        fields = [
            "kind", "title", "slug", "summary", "audiences", "body",
            "municipality", "area", "workplace", "participants",
            "challenge", "governance_origin", "four_f", "solution", "trial_action",
            "expected_effect", "measurement_method", "result_product", "result_process",
            "effect_citizen", "effect_task", "effect_work_environment", "next_steps",
            "step_reached", "vpt_url", "video", "episode",
        ]  # fmt: skip
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "body": forms.Textarea(attrs={"rows": 8}),
            "challenge": forms.Textarea(attrs={"rows": 5}),
            "solution": forms.Textarea(attrs={"rows": 5}),
            "trial_action": forms.Textarea(attrs={"rows": 4}),
            "expected_effect": forms.Textarea(attrs={"rows": 2}),
            "result_product": forms.Textarea(attrs={"rows": 2}),
            "result_process": forms.Textarea(attrs={"rows": 2}),
            "effect_citizen": forms.Textarea(attrs={"rows": 2}),
            "effect_task": forms.Textarea(attrs={"rows": 2}),
            "effect_work_environment": forms.Textarea(attrs={"rows": 2}),
            "next_steps": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "slug": _(
                "The story's web address: lower-case letters, digits and hyphens. Made from "
                "the title when left empty."
            ),
            "body": RICH_TEXT_HELP,
            "challenge": RICH_TEXT_HELP,
            "solution": RICH_TEXT_HELP,
            "trial_action": RICH_TEXT_HELP,
        }
        error_messages = {
            "slug": {"unique": _("Another story already has this address; choose another.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["video"].queryset = Video.objects.order_by("title")
        self.fields["episode"].queryset = Episode.objects.order_by("-pk")
        self.fields["municipality"].help_text = _("Required for a success story.")
        if self.instance.pk:
            self.initial.setdefault("seen_revision", self.instance.revision)
            self.initial.setdefault("audiences", self.instance.audiences)

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(_("This address is reserved; choose another."))
        return slug

    def service_fields(self) -> dict:
        data = self.cleaned_data
        return {name: data[name] for name in self.Meta.fields if name != "audiences"}


class QuoteForm(forms.Form):
    text = forms.CharField(label=_("Quote"), widget=forms.Textarea(attrs={"rows": 2}))
    name = forms.CharField(label=_("Name (optional)"), max_length=200, required=False)
    role = forms.CharField(label=_("Role or job"), max_length=200)
    consent_date = forms.DateField(
        label=_("Consent given on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    consent_note = forms.CharField(
        label=_("How the consent was given"),
        max_length=300,
        help_text=_("e.g. in writing by e-mail to the editor."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent_date"].error_messages["required"] = _(
            "A quote can only be used with recorded consent: give the date."
        )
        self.fields["consent_note"].error_messages["required"] = _(
            "A quote can only be used with recorded consent: say how it was given."
        )

    def clean_consent_date(self):
        value = self.cleaned_data["consent_date"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The consent cannot be given in the future."))
        return value


class BaseQuoteFormSet(forms.BaseFormSet):
    def quotes(self) -> list[dict]:
        return [
            {key: form.cleaned_data[key] for key in QuoteForm.base_fields}
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]


QuoteFormSet = forms.formset_factory(
    QuoteForm,
    formset=BaseQuoteFormSet,
    extra=1,
    can_delete=True,
    max_num=MAX_QUOTES,
    validate_max=True,
)


def quote_initial(story: Story | None) -> list[dict]:
    if story is None:
        return []
    return [
        {
            "text": q.text,
            "name": q.name,
            "role": q.role,
            "consent_date": q.consent_date,
            "consent_note": q.consent_note,
        }
        for q in story.quotes.all()
    ]


class ApproveForm(forms.Form):
    publish_at = forms.DateTimeField(
        label=_("Publish at"),
        required=False,
        widget=_DATETIME_WIDGET,
        help_text=_("Leave empty to publish now."),
    )
    unpublish_at = forms.DateTimeField(
        label=_("Unpublish at"),
        required=False,
        widget=_DATETIME_WIDGET,
        help_text=_("Optional: when the story comes down again."),
    )


class UnpublishAtForm(forms.Form):
    unpublish_at = forms.DateTimeField(
        label=_("Unpublish at"),
        required=False,
        widget=_DATETIME_WIDGET,
        help_text=_("Leave empty to keep the story up."),
    )


class RejectForm(forms.Form):
    note = forms.CharField(
        label=_("What should be changed?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": _("Tell the writer what to change.")},
    )


class CourseStoryForm(forms.ModelForm):
    """What a facilitator knows from the course; the editors write the rest."""

    class Meta:
        model = Story
        fields = [
            "title", "summary", "area", "workplace", "participants", "challenge", "four_f",
            "solution", "trial_action", "result_product", "result_process", "next_steps",
        ]  # fmt: skip
        widgets = StoryForm.Meta.widgets
        help_texts = {
            "summary": _("One or two sentences: what was the bøvl, and what changed?"),
            "challenge": RICH_TEXT_HELP,
            "solution": RICH_TEXT_HELP,
            "trial_action": RICH_TEXT_HELP,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("challenge", "solution"):
            self.fields[name].required = True
