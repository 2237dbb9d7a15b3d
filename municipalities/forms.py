from django import forms
from django.utils.translation import gettext_lazy as _

from .models import (
    Agreement,
    Challenge,
    Measurement,
    SparringSession,
    Step,
    TrialAction,
    Workshop,
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class WorkshopForm(forms.ModelForm):
    steps = forms.TypedMultipleChoiceField(
        label=_("Steps covered"),
        choices=Step.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Workshop
        fields = [
            "held_on",
            "place",
            "steps",
            "facilitation_lead",
            "participants_employees",
            "participants_shop_stewards",
            "participants_leaders",
            "participants_top_leaders",
            "participants_other",
            "notes",
        ]
        widgets = {"held_on": DateInput(), "notes": forms.Textarea(attrs={"rows": 5})}

    def clean_steps(self) -> list[int]:
        return sorted(set(self.cleaned_data["steps"]))


class SparringSessionForm(forms.ModelForm):
    class Meta:
        model = SparringSession
        fields = ["held_on", "topic", "agreements"]
        widgets = {"held_on": DateInput(), "agreements": forms.Textarea(attrs={"rows": 4})}


class ChallengeForm(forms.ModelForm):
    class Meta:
        model = Challenge
        fields = ["title", "description", "why", "four_f", "step", "priority", "status"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "why": forms.Textarea(attrs={"rows": 3}),
        }


class TrialActionForm(forms.ModelForm):
    class Meta:
        model = TrialAction
        fields = [
            "solution",
            "unit",
            "starts_on",
            "ends_on",
            "who_does_what",
            "expected_effect",
            "status",
            "conclusion",
        ]
        widgets = {
            "solution": forms.Textarea(attrs={"rows": 3}),
            "who_does_what": forms.Textarea(attrs={"rows": 3}),
            "expected_effect": forms.Textarea(attrs={"rows": 3}),
            "conclusion": forms.Textarea(attrs={"rows": 3}),
            "starts_on": DateInput(),
            "ends_on": DateInput(),
        }

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The end date cannot be before the start date."))
        if cleaned.get("status") == "stoppet" and not cleaned.get("conclusion", "").strip():
            self.add_error("conclusion", _("Write why the trial action was stopped."))
        return cleaned


class MeasurementForm(forms.ModelForm):
    class Meta:
        model = Measurement
        fields = ["method", "measured_on", "before", "after", "unit", "comment"]
        widgets = {"measured_on": DateInput(), "comment": forms.Textarea(attrs={"rows": 2})}


class AgreementForm(forms.ModelForm):
    class Meta:
        model = Agreement
        fields = ["needs", "goals", "scope", "resources", "fixed_frames", "signed_on", "document"]
        widgets = {
            "needs": forms.Textarea(attrs={"rows": 3}),
            "goals": forms.Textarea(attrs={"rows": 3}),
            "scope": forms.Textarea(attrs={"rows": 3}),
            "resources": forms.Textarea(attrs={"rows": 3}),
            "fixed_frames": forms.Textarea(attrs={"rows": 3}),
            "signed_on": DateInput(),
            "document": forms.ClearableFileInput(attrs={"accept": "application/pdf"}),
        }


class AdvanceForm(forms.Form):
    expected_phase = forms.IntegerField(widget=forms.HiddenInput)
    override_reason = forms.CharField(
        label=_("Why move on although criteria are not ticked off?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only needed when criteria are missing. The reason is kept in the history."),
    )


class RollbackForm(forms.Form):
    expected_phase = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Why move the course back?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write why the course is moved back.")},
    )
