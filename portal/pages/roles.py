"""The four roles of "Find din rolle", in one table: each role's address, its name, what it
does in Samskabt styring (domain.md §3) and the values that pick its material in the other apps
(the tool library's audience, the role video, the stories' audience)."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from media_library.models import StoryAudience, VideoRole
from toolkit.models import Audience


@dataclass(frozen=True)
class RolePage:
    slug: str
    label: Promise
    summary: Promise
    intro: Promise
    tool_audience: str
    video_role: str
    story_audience: str

    @property
    def url_name(self) -> str:
        """The name of the role page's URL pattern in `pages` (one fixed address per role)."""
        return f"role_{self.slug}"

    def get_absolute_url(self) -> str:
        return reverse(f"pages:{self.url_name}")


ROLES: tuple[RolePage, ...] = (
    RolePage(
        slug="medarbejder",
        label=_("Employee"),
        summary=_("Bring your knowledge of everyday bøvl and help test new solutions."),
        intro=_(
            "As an employee you know the bøvl of everyday work best. You bring that knowledge "
            "to workshops and working groups, help test new solutions as trial actions, and "
            "may be asked to log your time before and after a change. What it can give: time "
            "freed for the core task, more useful documentation, better relations across "
            "professions and a shared language."
        ),
        tool_audience=Audience.EMPLOYEE,
        video_role=VideoRole.EMPLOYEE,
        story_audience=StoryAudience.EMPLOYEES,
    ),
    RolePage(
        slug="tillidsvalgt",
        label=_("Shop steward"),
        summary=_("Represent your colleagues and help make sure their input is real."),
        intro=_(
            "As a shop steward you represent your colleagues, often also in the MED committee. "
            "You help make sure that the employees' input is real and is used, so the work "
            "does not become a sham process. The simplified tools are written so that you can "
            "run them with little experience of facilitation."
        ),
        tool_audience=Audience.SHOP_STEWARD,
        video_role=VideoRole.SHOP_STEWARD,
        story_audience=StoryAudience.SHOP_STEWARDS,
    ),
    RolePage(
        slug="institutionsleder",
        label=_("Institution leader"),
        summary=_("Frame the local process, give time and own the trial actions."),
        intro=_(
            "As an institution leader (first-line leader) you frame the local process: what "
            "can change and what cannot. You give your staff time to take part, own the trial "
            "actions together with them and see that the solutions that work are implemented."
        ),
        tool_audience=Audience.LEADER,
        video_role=VideoRole.INSTITUTION_LEADER,
        story_audience=StoryAudience.INSTITUTION_LEADERS,
    ),
    RolePage(
        slug="topleder",
        label=_("Top leader"),
        summary=_("Back the work, set the frame and decide on spreading and anchoring."),
        intro=_(
            "As a top leader your backing and patience are decisive. You set the frame that "
            "cannot be changed, give the work a realistic time frame and are willing to let go "
            "of some control. You decide how the solutions are spread and anchored."
        ),
        tool_audience=Audience.TOP_LEADER,
        video_role=VideoRole.TOP_LEADER,
        story_audience=StoryAudience.TOP_MANAGEMENT,
    ),
)

ROLES_BY_SLUG = {role.slug: role for role in ROLES}
