import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .validators import validate_pdf


class Region(models.Model):
    """One of Denmark's five regions (reference data, loaded by a migration)."""

    code = models.PositiveSmallIntegerField(
        _("region code"), unique=True, help_text=_("DAGI region code, 1081–1085.")
    )
    name = models.CharField(_("name"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name

    @property
    def iso_code(self) -> str:
        """ISO 3166-2 code: DAGI 1081 is DK-81, and so on."""
        return f"DK-{self.code % 100}"


class MunicipalityQuerySet(models.QuerySet):
    def with_region(self):
        return self.select_related("region")


class Municipality(models.Model):
    """One of the 98 municipalities (reference data, loaded by a migration)."""

    code = models.CharField(
        _("municipality code"),
        max_length=4,
        unique=True,
        help_text=_("Official municipality code, zero-padded to four digits (0101)."),
    )
    name = models.CharField(_("name"), max_length=100, unique=True)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="municipalities"
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[0-9]{4}$"), name="municipality_code_4_digits"
            ),
        ]

    def __str__(self) -> str:
        return self.name


# --- Courses (forløb) ----------------------------------------------------------------------


class Phase(models.IntegerChoices):
    """Fremfærd's engagement with a municipality. Not the six steps of the method (see Step)."""

    STARTUP = 0, _("Phase 0 – Start-up")
    PREPARATION = 1, _("Phase 1 – Preparation")
    FACILITATION = 2, _("Phase 2 – Facilitation and train the trainer")
    FOLLOW_UP = 3, _("Phase 3 – Follow-up and sparring")
    CLOSING = 4, _("Phase 4 – Closing")
    CLOSED = 5, _("Closed")


PHASE_DESCRIPTIONS = {
    Phase.STARTUP: _(
        "Clarify the need, scope and resources with the municipality and sign the agreement."
    ),
    Phase.PREPARATION: _(
        "Prepare the organisation: intro and shared language (step 1) and collect the first "
        "bøvl (step 2)."
    ),
    Phase.FACILITATION: _(
        "Two or three facilitated workshops on the challenges, solutions and trial actions, "
        "while the facilitation is handed over to local people."
    ),
    Phase.FOLLOW_UP: _(
        "The municipality tests and measures its trial actions; the facilitator gives sparring."
    ),
    Phase.CLOSING: _("Closing sparring: learn from the process, decide next steps, find stories."),
    Phase.CLOSED: _("The course is closed."),
}

# How long a phase usually takes; a course longer than this in a phase needs attention.
PHASE_EXPECTED_DAYS = {
    Phase.STARTUP: 30,
    Phase.PREPARATION: 45,
    Phase.FACILITATION: 90,
    Phase.FOLLOW_UP: 120,
    Phase.CLOSING: 30,
}


class Step(models.IntegerChoices):
    """The six steps of the method, run by the municipality itself."""

    INTRO = 1, _("Step 1 – Intro and a shared language")
    CHALLENGES = 2, _("Step 2 – Point out, investigate and prioritise the challenges")
    SOLUTIONS = 3, _("Step 3 – Develop solutions")
    TEST = 4, _("Step 4 – Test and implement solutions")
    EVALUATE = 5, _("Step 5 – Evaluate whether the solutions have an effect")
    LEARN = 6, _("Step 6 – Learn from the process and decide the next steps")


class FacilitationModel(models.TextChoices):
    EXTERNAL = "ekstern", _("External facilitation")
    STARTER_PACK = "startpakke", _("Starter pack")
    SELF_RUNNING = "selvkoerende", _("Self-running")


class Approach(models.TextChoices):
    LOW_HANGING = "lavthaengende", _("Low-hanging fruit")
    SYSTEMATIC = "systematisk", _("Systematic course")


class CourseQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Courses the user may see: all for staff, their own as members, and their
        municipality's for its key actors. Everyone else sees none."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.has_perm("municipalities.view_all_courses"):
            return self
        visible = models.Q(members__user=user)
        if user.municipality_id and user.has_perm("municipalities.view_municipality_courses"):
            visible |= models.Q(municipality_id=user.municipality_id)
        return self.filter(pk__in=self.filter(visible).values("pk"))

    def of_member(self, user):
        """Courses the user takes part in as a member; every course for staff. Narrower than
        `visible_to`: for what names the people of a course (e.g. its starter pack)."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.has_perm("municipalities.view_all_courses"):
            return self
        return self.filter(pk__in=CourseMember.objects.filter(user=user).values("course_id"))

    def editable_by(self, user):
        """Courses the user may run (content, gates, phases)."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if not user.has_perm("municipalities.facilitate_course"):
            return self.none()
        # Administrators run every course; facilitators the ones they facilitate. Editors
        # start courses and assign people, but do not run them.
        if user.has_perm("municipalities.manage_courses"):
            return self
        return self.filter(
            pk__in=CourseMember.objects.filter(
                user=user, role__in=CourseMember.FACILITATING_ROLES
            ).values("course_id")
        )

    def open(self):
        return self.exclude(phase=Phase.CLOSED)

    def mine(self, user):
        """The courses on a user's own dashboard: those they take part in and, for key
        actors, their municipality's."""
        if not user.is_authenticated:
            return self.none()
        mine = models.Q(members__user=user)
        if user.municipality_id and user.has_perm("municipalities.view_municipality_courses"):
            mine |= models.Q(municipality_id=user.municipality_id)
        return self.filter(pk__in=self.filter(mine).values("pk"))

    def for_dashboard(self):
        """Lists of courses with what needs attention, without a query per course."""
        today = timezone.localdate()
        return self.select_related("municipality__region").annotate(
            gate_done=models.Count(
                "gate_checks",
                filter=models.Q(
                    gate_checks__item__phase=models.F("phase"), gate_checks__item__is_active=True
                ),
                distinct=True,
            ),
            next_workshop_on=models.Min(
                "workshops__held_on", filter=models.Q(workshops__held_on__gte=today)
            ),
            workshops_without_notes=models.Count(
                "workshops",
                filter=models.Q(workshops__notes="", workshops__held_on__lt=today),
                distinct=True,
            ),
        )

    def with_facilitators(self):
        """Prefetches the external facilitators (with their users) as `facilitator_members`."""
        return self.prefetch_related(
            models.Prefetch(
                "members",
                CourseMember.objects.filter(role=CourseRole.EXTERNAL_FACILITATOR)
                .select_related("user")
                .order_by("user__full_name", "pk"),
                to_attr="facilitator_members",
            )
        )

    def for_overview(self):
        """What the course's overview shows (phases, gate, agreement, members, history), in a
        fixed number of queries."""
        return self.select_related("municipality__region", "agreement").prefetch_related(
            models.Prefetch("members", CourseMember.objects.select_related("user")),
            models.Prefetch("phase_changes", PhaseChange.objects.select_related("actor")),
            models.Prefetch("gate_checks", GateCheck.objects.select_related("checked_by")),
        )

    def for_workshops(self):
        return self.select_related("municipality__region").prefetch_related(
            "members", "workshops", "sparring_sessions"
        )

    def for_challenges(self):
        return self.select_related("municipality__region").prefetch_related(
            "members",
            models.Prefetch(
                "challenges", Challenge.objects.prefetch_related("trial_actions__measurements")
            ),
        )


class Course(models.Model):
    """A municipality's course (forløb) through Fase 0–4. A municipality may have several."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="courses",
    )
    title = models.CharField(_("title"), max_length=200)
    area = models.CharField(
        _("area"),
        max_length=200,
        blank=True,
        help_text=_("The part of the municipality the course covers, e.g. dagtilbud."),
    )
    facilitation_model = models.CharField(
        _("facilitation model"),
        max_length=20,
        choices=FacilitationModel.choices,
        default=FacilitationModel.EXTERNAL,
    )
    approach = models.CharField(
        _("approach"), max_length=20, choices=Approach.choices, default=Approach.SYSTEMATIC
    )
    phase = models.PositiveSmallIntegerField(
        _("phase"), choices=Phase.choices, default=Phase.STARTUP, editable=False
    )
    phase_entered_at = models.DateTimeField(_("in this phase since"), editable=False)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("planned end date"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = CourseQuerySet.as_manager()

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["municipality__name", "-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(phase__lte=Phase.CLOSED), name="course_phase_range"
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="course_end_after_start",
            ),
        ]
        permissions = [
            ("view_all_courses", _("Can see every course")),
            ("manage_courses", _("Can start courses and assign their members")),
            ("facilitate_course", _("Can run the courses they are a member of")),
            ("view_municipality_courses", _("Can see the own municipality's courses")),
            ("rollback_phase", _("Can move a course back to an earlier phase")),
        ]

    def __str__(self) -> str:
        return f"{self.municipality.name}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("municipalities:course", args=[self.pk])

    @property
    def phase_label(self) -> str:
        return Phase(self.phase).label

    @property
    def days_in_phase(self) -> int:
        return (timezone.now() - self.phase_entered_at).days

    @property
    def phase_deadline(self):
        """When the current phase should be done; its open criteria are overdue after it."""
        days = PHASE_EXPECTED_DAYS.get(Phase(self.phase))
        if days is None:
            return None
        return timezone.localdate(self.phase_entered_at) + timedelta(days=days)

    @property
    def is_overdue(self) -> bool:
        deadline = self.phase_deadline
        return deadline is not None and timezone.localdate() > deadline

    def is_run_by(self, user) -> bool:
        """Whether the user may run this course; the object-level twin of
        `Course.objects.editable_by`, answered from the prefetched members."""
        if not user.is_authenticated or not user.has_perm("municipalities.facilitate_course"):
            return False
        if user.has_perm("municipalities.manage_courses"):
            return True
        return any(
            member.user_id == user.pk and member.role in CourseMember.FACILITATING_ROLES
            for member in self.members.all()
        )

    def has_member(self, user) -> bool:
        """The object-level twin of `Course.objects.of_member`, from the prefetched members."""
        if not user.is_authenticated:
            return False
        if user.has_perm("municipalities.view_all_courses"):
            return True
        return any(member.user_id == user.pk for member in self.members.all())

    @property
    def is_closed(self) -> bool:
        return self.phase == Phase.CLOSED

    @property
    def next_phase(self) -> Phase | None:
        return Phase(self.phase + 1) if self.phase < Phase.CLOSED else None

    @property
    def previous_phase(self) -> Phase | None:
        return Phase(self.phase - 1) if self.phase > Phase.STARTUP else None


class CourseRole(models.TextChoices):
    EXTERNAL_FACILITATOR = "ekstern_facilitator", _("External facilitator")
    KEY_PERSON = "noegleperson", _("Internal consultant / key person")
    SHOP_STEWARD = "tillidsvalgt", _("Shop steward")
    INSTITUTION_LEADER = "institutionsleder", _("Institution leader")
    TOP_LEADER = "topleder", _("Top leader")
    MED_REPRESENTATIVE = "med", _("MED representative")


class CourseMember(models.Model):
    FACILITATING_ROLES = (CourseRole.EXTERNAL_FACILITATOR, CourseRole.KEY_PERSON)

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="course_memberships",
    )
    role = models.CharField(_("role in the course"), max_length=30, choices=CourseRole.choices)

    class Meta:
        verbose_name = _("course member")
        verbose_name_plural = _("course members")
        ordering = ["role", "user__full_name"]
        constraints = [
            models.UniqueConstraint(fields=["course", "user"], name="course_member_once"),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


def agreement_document_path(instance, filename: str) -> str:
    """A generated name: the uploader's file name is never used on disk."""
    return f"agreements/{uuid.uuid4().hex}.pdf"


class Agreement(models.Model):
    """The Fase 0 agreement with the municipality."""

    course = models.OneToOneField(Course, on_delete=models.CASCADE, related_name="agreement")
    needs = models.TextField(_("needs"), blank=True)
    goals = models.TextField(_("goals"), blank=True)
    scope = models.TextField(_("scope"), blank=True)
    resources = models.TextField(_("resources"), blank=True)
    fixed_frames = models.TextField(
        _("what cannot be changed"),
        blank=True,
        help_text=_("The frames that are not up for discussion in this course."),
    )
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    document = models.FileField(
        _("signed agreement (PDF)"),
        upload_to=agreement_document_path,
        blank=True,
        validators=[validate_pdf],
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self) -> str:
        return str(self.course)


class FacilitationLead(models.TextChoices):
    """Who led a workshop's facilitation: the hand-over ladder of train the trainer."""

    EXTERNAL = "ekstern", _("External")
    SHARED = "faelles", _("Shared")
    LOCAL = "lokal", _("Local")


class Workshop(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="workshops")
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    steps = models.JSONField(
        _("steps covered"),
        default=list,
        blank=True,
        help_text=_("Which of the six steps the workshop covered."),
    )
    facilitation_lead = models.CharField(
        _("facilitation led by"),
        max_length=10,
        choices=FacilitationLead.choices,
        default=FacilitationLead.EXTERNAL,
    )
    participants_employees = models.PositiveSmallIntegerField(_("employees"), default=0)
    participants_shop_stewards = models.PositiveSmallIntegerField(_("shop stewards"), default=0)
    participants_leaders = models.PositiveSmallIntegerField(_("leaders"), default=0)
    participants_top_leaders = models.PositiveSmallIntegerField(_("top leaders"), default=0)
    participants_other = models.PositiveSmallIntegerField(_("others"), default=0)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        ordering = ["held_on", "pk"]

    def __str__(self) -> str:
        return f"{self.course}: {self.held_on}"

    @property
    def participants_total(self) -> int:
        return (
            self.participants_employees
            + self.participants_shop_stewards
            + self.participants_leaders
            + self.participants_top_leaders
            + self.participants_other
        )


class SparringSession(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="sparring_sessions")
    held_on = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=200)
    agreements = models.TextField(_("agreements"), blank=True)

    class Meta:
        verbose_name = _("sparring session")
        verbose_name_plural = _("sparring sessions")
        ordering = ["held_on", "pk"]

    def __str__(self) -> str:
        return f"{self.course}: {self.topic}"


class FourF(models.TextChoices):
    """The four F's of simplification."""

    REMOVE = "fjerne", _("Remove (fjerne)")
    CHANGE = "forandre", _("Change (forandre)")
    ANCHOR = "forankre", _("Anchor (forankre)")
    KEEP = "fastholde", _("Keep (fastholde)")


class ChallengeStatus(models.TextChoices):
    OPEN = "aaben", _("Open")
    IN_PROGRESS = "i_gang", _("In progress")
    SOLVED = "loest", _("Solved")
    PARKED = "parkeret", _("Parked")


class Challenge(models.Model):
    """A piece of bøvl the course works on; each moves through the six steps at its own pace."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="challenges")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("what is the bøvl"), blank=True)
    why = models.TextField(_("why it is a problem"), blank=True)
    four_f = models.CharField(_("4F"), max_length=10, choices=FourF.choices, blank=True)
    step = models.PositiveSmallIntegerField(
        _("current step"), choices=Step.choices, default=Step.CHALLENGES
    )
    priority = models.PositiveSmallIntegerField(_("priority"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ChallengeStatus.choices, default=ChallengeStatus.OPEN
    )

    class Meta:
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")
        ordering = [models.F("priority").asc(nulls_last=True), "pk"]

    def __str__(self) -> str:
        return self.title


class TrialStatus(models.TextChoices):
    PLANNED = "planlagt", _("Planned")
    RUNNING = "i_gang", _("Running")
    FINISHED = "afsluttet", _("Finished")
    STOPPED = "stoppet", _("Stopped")


class TrialAction(models.Model):
    """A prøvehandling: a small, time-boxed test of a solution to a challenge."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="trial_actions")
    solution = models.TextField(_("the solution being tested"))
    unit = models.CharField(_("unit"), max_length=200, help_text=_("Where it is tested."))
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("to"), null=True, blank=True)
    who_does_what = models.TextField(_("who does what differently"), blank=True)
    expected_effect = models.TextField(_("expected effect and signs"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=TrialStatus.choices, default=TrialStatus.PLANNED
    )
    conclusion = models.TextField(
        _("conclusion"), blank=True, help_text=_("What came of it, or why it was stopped.")
    )

    class Meta:
        verbose_name = _("trial action")
        verbose_name_plural = _("trial actions")
        ordering = ["starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(starts_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="trial_action_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.challenge}: {self.unit}"

    @property
    def course(self) -> "Course":
        return self.challenge.course


class Measurement(models.Model):
    METHODS = [
        ("observation", _("Observation")),
        ("registrering", _("Registration")),
        ("interview", _("Interview")),
        ("logbog", _("Logbook")),
        ("spoergeskema", _("Questionnaire")),
    ]
    trial_action = models.ForeignKey(
        TrialAction, on_delete=models.CASCADE, related_name="measurements"
    )
    method = models.CharField(_("method"), max_length=20, choices=METHODS)
    measured_on = models.DateField(_("date"))
    before = models.CharField(_("before"), max_length=100, blank=True)
    after = models.CharField(_("after"), max_length=100, blank=True)
    unit = models.CharField(
        _("unit"), max_length=50, blank=True, help_text=_("e.g. minutes per week")
    )
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ["measured_on", "pk"]

    def __str__(self) -> str:
        return f"{self.trial_action}: {self.measured_on}"

    @property
    def course(self) -> "Course":
        return self.trial_action.challenge.course


class GateItemQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def counts_by_phase(self) -> dict[int, int]:
        return dict(
            self.active().values("phase").annotate(n=models.Count("pk")).values_list("phase", "n")
        )


class GateItem(models.Model):
    """An exit criterion of a phase: data, kept and edited by administrators."""

    phase = models.PositiveSmallIntegerField(
        _("phase"), choices=[(p.value, p.label) for p in Phase if p != Phase.CLOSED]
    )
    text = models.CharField(_("criterion"), max_length=300)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive criteria no longer count; their history is kept."),
    )

    objects = GateItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("gate criterion")
        verbose_name_plural = _("gate criteria")
        ordering = ["phase", "order", "pk"]

    def __str__(self) -> str:
        return f"{Phase(self.phase).label}: {self.text}"


class GateCheck(models.Model):
    """A gate criterion ticked off for one course."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="gate_checks")
    item = models.ForeignKey(GateItem, on_delete=models.CASCADE, related_name="checks")
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    checked_at = models.DateTimeField(_("checked at"), auto_now_add=True)

    class Meta:
        verbose_name = _("ticked criterion")
        verbose_name_plural = _("ticked criteria")
        constraints = [
            models.UniqueConstraint(fields=["course", "item"], name="gate_check_once"),
        ]

    def __str__(self) -> str:
        return f"{self.course}: {self.item.text}"


class PhaseChange(models.Model):
    """Append-only history of a course's phases: who moved it, when and why."""

    class Kind(models.TextChoices):
        START = "start", _("Started")
        ADVANCE = "advance", _("Advanced")
        OVERRIDE = "override", _("Advanced with override")
        ROLLBACK = "rollback", _("Moved back")

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="phase_changes")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    from_phase = models.PositiveSmallIntegerField(_("from"), choices=Phase.choices, null=True)
    to_phase = models.PositiveSmallIntegerField(_("to"), choices=Phase.choices)
    reason = models.TextField(_("reason"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    # Set once the members have been told, so a retried task never mails twice.
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("phase change")
        verbose_name_plural = _("phase changes")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.course}: {self.get_kind_display()} → {self.get_to_phase_display()}"


# --- Notifications and calendar ------------------------------------------------------------


class DigestSent(models.Model):
    """A weekly digest mailed to a person: at most one per ISO week, so a retried or
    repeated run never mails twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_digests"
    )
    week = models.DateField(_("week (its Monday)"))
    courses = models.PositiveSmallIntegerField(_("courses in the digest"), default=0)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("weekly digest sent")
        verbose_name_plural = _("weekly digests sent")
        ordering = ["-week", "user"]
        constraints = [
            models.UniqueConstraint(fields=["user", "week"], name="digest_sent_once_per_week"),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.week:%G-W%V}"


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A person's private iCal address. The token is the only key: replacing it makes the
    old address answer 404."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return str(self.user)
