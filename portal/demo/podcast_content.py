"""Danish demo content for the podcast: the show's settings and two episodes.

The project makes a podcast that supports the first steps (trin) of Samskabt styring. Until
Fremfærd publishes the real podcast, the show and its episodes here are placeholders: every
episode plays the same 5-second demo file (portal/demo/files/demo-episode.mp3, a quiet tone),
and its summary, show notes and transcript say what the real episode would be about.

The texts are written for the demo from the domain brief (public vpt.dk pages on the six steps).
They are not Fremfærd's words, quote no real people and contain no figures.

``DEMO_SHOW`` holds the PodcastShow fields (the artwork is drawn when the demo is seeded).
``DEMO_EPISODES`` entry fields: ``slug`` (ASCII, unique), ``number``, ``steps`` (the steps it
supports; tool pages about them link to it), ``title``, ``summary``
(1-2 sentences), ``show_notes`` (plain text), ``duration_seconds`` (the demo file's length) and
``transcript`` (Danish plain text; required before an episode can be published).
"""

DEMO_EPISODE_SECONDS = 5

DEMO_NOTE = (
    "Dette er demotekst. Den rigtige udskrift kommer, når Fremfærd offentliggør episoden. "
    "Lydfilen i demoen er kun en kort tone."
)

DEMO_SHOW: dict = {
    "title": "Samskabt styring – podcast (demo)",
    "description": (
        "En podcast om, hvordan ledere og medarbejdere sammen finder og fjerner den styring, "
        "der står i vejen for kerneopgaven. Dette er en demo, som står her, indtil Fremfærd "
        "offentliggør den rigtige podcast."
    ),
    "author": "Fremfærd",
    "owner_name": "Fremfærd (demo)",
    "owner_email": "podcast@demo.invalid",
    "category": "Government",
    "explicit": False,
}

DEMO_EPISODES: list[dict] = [
    {
        "slug": "demo-episode-1-hvad-er-boevl",
        "number": 1,
        "steps": [1, 2],
        "title": "Hvad er bøvl – og hvem har aktier i det?",
        "summary": (
            "Episoden vil handle om, hvordan en arbejdsplads finder frem til den styring, der "
            "skaber bøvl i hverdagen. Den vil også handle om, hvem der skal med, når bøvlet skal "
            "undersøges."
        ),
        "show_notes": (
            "I episoden:\n"
            "- Trin 1: Et fælles sprog om styring, og hvad der ikke kan ændres.\n"
            "- Trin 2: Find bøvlet, undersøg det, og vælg hvad I tager fat på først.\n"
            "- Hvem har aktier i styringen? Hele styringskæden, fra chef til medarbejder.\n"
            "- Forenklingens fire F'er: fjerne, forandre, forankre og fastholde.\n"
            "\n"
            "Dette er en demoepisode. Lyden er kun en kort tone."
        ),
        "duration_seconds": DEMO_EPISODE_SECONDS,
        "transcript": (
            "Velkommen til podcasten om samskabt styring.\n"
            "\n"
            "I dag taler vi om bøvl. Bøvl er regler, procedurer og krav om dokumentation, som "
            "tager tid fra kerneopgaven uden at gøre den bedre.\n"
            "\n"
            "Første skridt er et fælles sprog. Hvornår hjælper styringen os, og hvornår står den "
            "i vejen? Ledelsen skal også sige tydeligt, hvad der ikke kan ændres.\n"
            "\n"
            "Derefter finder I bøvlet og undersøger det. Hvad er problemet egentlig, og hvorfor "
            "opstår det? Det kan I finde ud af med interview, observation eller korte "
            "registreringer.\n"
            "\n"
            "Alle, der har aktier i styringen, skal være med. Det kan være medarbejdere, ledere "
            "og chefer, og nogle gange en anden afdeling.\n"
            "\n"
            "Til sidst vælger I, hvilke udfordringer I tager fat på først.\n"
            "\n" + DEMO_NOTE
        ),
    },
    {
        "slug": "demo-episode-2-proevehandlinger",
        "number": 2,
        "steps": [3, 4],
        "title": "Prøvehandlinger: små forsøg før den store udrulning",
        "summary": (
            "Episoden vil handle om, hvordan en løsning afprøves i lille skala, før den bliver "
            "indført overalt. Den vil vise, hvad en god prøvehandling indeholder."
        ),
        "show_notes": (
            "I episoden:\n"
            "- Trin 4: Test og indfør løsninger.\n"
            "- Tjek barrierer først: kultur, regler, teknik og kompetencer.\n"
            "- Afprøv i én enhed og i en afgrænset periode.\n"
            "- Aftal på forhånd, hvilken effekt I forventer, og hvem der holder øje.\n"
            "- Gør det klart, hvem der gør noget nyt, hvad de gør anderledes, og fra hvornår.\n"
            "\n"
            "Dette er en demoepisode. Lyden er kun en kort tone."
        ),
        "duration_seconds": DEMO_EPISODE_SECONDS,
        "transcript": (
            "Velkommen til podcasten om samskabt styring.\n"
            "\n"
            "I dag taler vi om prøvehandlinger. En prøvehandling er et lille forsøg med en ny "
            "løsning, før den bliver indført i hele organisationen.\n"
            "\n"
            "I afprøver løsningen i én afdeling eller på én arbejdsplads i en afgrænset periode. "
            "Så kan I opdage børnesygdommene, mens de stadig er små.\n"
            "\n"
            "Før forsøget aftaler I, hvilken effekt I forventer, og hvem der holder øje med "
            "hvilke tegn. Det skal også være klart, hvem der gør noget nyt, hvad de gør "
            "anderledes, og fra hvornår.\n"
            "\n"
            "Når forsøget er slut, justerer I løsningen. Derefter laver I en klar plan for at "
            "indføre den, og den plan må gerne kunne ændres undervejs.\n"
            "\n" + DEMO_NOTE
        ),
    },
]
