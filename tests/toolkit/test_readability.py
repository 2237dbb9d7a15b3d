"""LIX on Danish text, and the editors' live readability preview with its warning."""

import pytest
from django.urls import reverse

from portal.accounts.roles import Role
from tests.toolkit.factories import make_tool
from toolkit.models import Variant
from toolkit.readability import lix

# Long words and one long sentence: far above every target for simplified tools.
HARD = (
    "Kommunalbestyrelsens organisationsudviklingsstrategi forudsætter systematiske "
    "implementeringsprocesser, ledelsesmæssig forankring, tværorganisatorisk "
    "koordinering og kontinuerlig kompetenceudvikling blandt medarbejderrepræsentanterne."
)
EASY = "Vi mødes i dag. Vi taler om bøvl. Alle må sige noget. Vi skriver det ned."


def expected(words: int, sentences: int, long_words: int) -> int:
    return round(words / sentences + 100 * long_words / words)


@pytest.mark.parametrize(
    ("text", "words", "sentences", "long_words"),
    [
        # 3.5 rounds to 4: the nearest even number, which here is also up.
        ("Vi går i skole. Det er sjovt.", 7, 2, 0),
        ("Kommunalbestyrelsen behandler budgetforslaget.", 3, 1, 3),
        # "Medarbejderne" (13) and "torsdag" (7) are long; "mødes" and "bøvl" are not.
        ("Medarbejderne mødes hver torsdag. De taler om bøvl.", 8, 2, 2),
        # æ, ø and å are letters: "Ærgrelse" has eight of them.
        ("Ærgrelse på år og dag! Hvad så?", 7, 2, 1),
        # Numbers are not words; a question and an exclamation end sentences; "Præcis" has
        # six letters, which is not long.
        ("Vi er 25 personer? Ja! Præcis 25.", 5, 3, 1),
        # A line break ends a sentence (list items, headings).
        ("Punkt et\nPunkt to\n\nPunkt tre", 6, 3, 0),
        # A hyphenated word counts once.
        ("Bøvl-jagt er sjov.", 3, 1, 1),
    ],
)
def test_lix_of_danish_text(text, words, sentences, long_words):
    assert lix(text) == expected(words, sentences, long_words)


def test_lix_of_the_known_examples():
    assert lix("Vi går i skole. Det er sjovt.") == 4
    assert lix("Kommunalbestyrelsen behandler budgetforslaget.") == 103


@pytest.mark.parametrize("text", ["", "   ", "123 456.", "!!! ... ?"])
def test_lix_of_text_without_words_is_0(text):
    assert lix(text) == 0


def test_hard_and_easy_examples_are_where_the_targets_put_them():
    assert lix(HARD) > 55
    assert lix(EASY) < 25


def _preview_data(*, variant: str, text: str, audiences=("tillidsvalgt",)) -> dict:
    return {
        "variant": variant,
        "audiences": list(audiences),
        "purpose": text,
        "body": f"<p>{text}</p>",
        "preparation": "",
        "follow_up": "",
        "programme-TOTAL_FORMS": "1",
        "programme-0-title": "Runde",
        "programme-0-description": text,
        "programme-0-cue": "",
    }


def test_preview_warns_about_a_hard_simplified_tool_for_shop_stewards(client, client_as):
    client_as(Role.EDITOR)
    response = client.post(
        reverse("toolkit:lix"), _preview_data(variant=Variant.SIMPLIFIED, text=HARD)
    )
    assert response.status_code == 200
    assert response.context["lix"] > 35
    assert response.context["lix_target"] == 35
    assert response.context["lix_too_high"] is True
    assert 'class="alert alert-warning' in response.text
    assert f'<p class="display-6 mb-1">{response.context["lix"]}</p>' in response.text
    assert "<html" not in response.text  # the partial only, for htmx


@pytest.mark.parametrize(
    ("variant", "text", "audiences", "target"),
    [
        (Variant.FULL, HARD, ("tillidsvalgt",), None),
        (Variant.SIMPLIFIED, EASY, ("tillidsvalgt",), 35),
    ],
    ids=["full tool", "easy simplified tool"],
)
def test_preview_does_not_warn(client, client_as, variant, text, audiences, target):
    client_as(Role.EDITOR)
    data = _preview_data(variant=variant, text=text, audiences=audiences)
    response = client.post(reverse("toolkit:lix"), data)
    assert response.status_code == 200
    assert response.context["lix_target"] == target
    assert response.context["lix_too_high"] is False
    assert "alert-warning" not in response.text


def test_preview_uses_the_strictest_target_of_the_audiences(client, client_as):
    client_as(Role.EDITOR)
    # About 42: too hard for shop stewards (35), fine for facilitators alone (50).
    text = (
        "Vi skal tale om bøvl i hverdagen og finde løsninger sammen med kollegerne. "
        "Bagefter beslutter lederen, hvilke forsøg afdelingen prøver først."
    )
    url = reverse("toolkit:lix")
    alone = client.post(
        url, _preview_data(variant="forenklet", text=text, audiences=["facilitator"])
    )
    assert 35 < alone.context["lix"] <= 50
    assert alone.context["lix_target"] == 50
    assert alone.context["lix_too_high"] is False
    both = client.post(
        url,
        _preview_data(variant="forenklet", text=text, audiences=["facilitator", "tillidsvalgt"]),
    )
    assert both.context["lix_target"] == 35
    assert both.context["lix_too_high"] is True
    assert both.context["lix"] == alone.context["lix"]


def test_preview_ignores_deleted_programme_items_and_bad_counts(client, client_as):
    client_as(Role.EDITOR)
    url = reverse("toolkit:lix")
    data = _preview_data(variant="forenklet", text=EASY) | {"programme-0-DELETE": "on"}
    data["programme-0-description"] = HARD
    assert client.post(url, data).context["lix_too_high"] is False
    data["programme-TOTAL_FORMS"] = "mange"
    assert client.post(url, data).status_code == 200


@pytest.mark.django_db
def test_a_saved_simplified_tool_knows_it_is_too_hard():
    hard = make_tool(variant=Variant.SIMPLIFIED, purpose=HARD, body=f"<p>{HARD}</p>")
    assert hard.lix > 35
    assert hard.lix_target == 35
    assert hard.lix_too_high
    full = make_tool(purpose=HARD, body=f"<p>{HARD}</p>")
    assert full.lix_target is None
    assert not full.lix_too_high
