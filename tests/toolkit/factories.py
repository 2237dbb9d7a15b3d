"""Tools made the way production makes them: through `tool_save` and `tool_set_status`, so
hashes, versions, LIX and search text are real."""

import itertools

from django.contrib.auth.models import Group

from portal.accounts.models import User
from portal.accounts.roles import Role
from tests.accounts.factories import make_user
from toolkit.caching import bump_tools_version
from toolkit.models import Tool, ToolStatus, Variant, Visibility
from toolkit.services import ProgrammeRow, slug_for, tool_save, tool_set_status

EDITOR_EMAIL = "vaerktoejsredaktoer@fremfaerd.example"
_numbers = itertools.count(1)

DEFAULT_BODY = (
    "<p>Værktøjet hjælper jer med at finde bøvl på arbejdspladsen.</p>"
    "<p>I taler sammen om små og store ærgrelser i hverdagen.</p>"
)
DEFAULT_PROGRAMME = (
    ProgrammeRow(
        title="Velkomst",
        minutes=5,
        description="Mødelederen fortæller om formålet.",
        cue="Sig kort, hvorfor I er her.",
    ),
    ProgrammeRow(
        title="Bøvl på bordet",
        minutes=20,
        description="Alle skriver bøvl på sedler.",
        cue="Spørg: Hvad tager tid uden at give værdi?",
    ),
)


def tool_editor() -> User:
    """The editor who writes the tools of a test (made once per test)."""
    editor = User.objects.filter(email=EDITOR_EMAIL).first()
    return editor or make_user(Role.EDITOR, email=EDITOR_EMAIL, full_name="Rie Redaktør")


def _group(role) -> Group:
    return role if isinstance(role, Group) else Group.objects.get(name=role)


def make_tool(
    title: str | None = None,
    *,
    variant: str = Variant.FULL,
    steps=(1,),
    audiences=("tillidsvalgt",),
    status: str = ToolStatus.PUBLISHED,
    visibility: str = Visibility.PUBLIC,
    restricted_roles=(),
    full_version: Tool | None = None,
    body: str = DEFAULT_BODY,
    programme=DEFAULT_PROGRAMME,
    actor: User | None = None,
    **fields,
) -> Tool:
    """A tool saved through the services. `restricted_roles` takes Groups or Role values;
    `programme` takes ProgrammeRows or dicts of their fields."""
    number = next(_numbers)
    title = title or f"Værktøj nummer {number}"
    actor = actor or tool_editor()
    values = {
        "title": title,
        "slug": slug_for(f"{title}-{number}"),
        "variant": variant,
        "full_version": full_version,
        "purpose": "At få øje på bøvl og tale om det.",
        "body": body,
        "duration_minutes": 45,
        "participants": "Hele personalegruppen",
        "materials": "Post-it sedler\nTusser",
        "preparation": "<p>Book et lokale.</p>",
        "follow_up": "<p>Send referatet rundt.</p>",
        "source_note": "",
        "visibility": visibility,
    } | fields
    rows = [row if isinstance(row, ProgrammeRow) else ProgrammeRow(**row) for row in programme]
    tool = tool_save(
        actor=actor,
        tool=None,
        fields=values,
        steps=steps,
        audiences=audiences,
        programme=rows,
        restricted_roles=[_group(role) for role in restricted_roles],
    )
    if status != ToolStatus.DRAFT:
        tool = tool_set_status(actor=actor, tool=tool, status=status)
    # The services bump the library's cache version on commit, which a test transaction never
    # reaches; bump it here, as the commit would.
    bump_tools_version()
    return Tool.objects.for_page().get(pk=tool.pk)
