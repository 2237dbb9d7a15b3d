"""Danish demo content for the video library: three method videos and four role videos.

The project makes three method videos that support the first two steps (trin 1-2) of Samskabt
styring, and one role video each for employees (medarbejder), shop stewards (tillidsvalgt),
institution leaders (institutionsleder) and top leaders (topleder). Until Fremfærd publishes the
real videos, every entry here is a placeholder: it plays the same 4-second demo file
(portal/demo/files/demo-video.webm) and its summary says what the real video will show.

The texts are written for the demo from the domain brief (public vpt.dk pages on the six steps).
They are not Fremfærd's words. The specific tasks of shop stewards in Samskabt styring are not
described in the sources; the real role video must define them, so the demo text stays general.

Entry fields: ``slug`` (ASCII, unique), ``title``, ``summary`` (plain text), ``kind`` ("metode" or
"rolle"), ``role`` ("" for a method video), ``steps`` (the trin the video supports),
``duration_seconds`` (the demo file's length), ``captions`` (Danish WebVTT covering 0-4 s) and
``transcript`` (Danish plain text with the same content as the captions).
"""

DEMO_VIDEO_SECONDS = 4

TRANSCRIPT_LATER = "Udskriften af den rigtige video kommer, når videoen bliver offentliggjort."

DEMO_VIDEOS: list[dict] = [
    # --- Method videos (trin 1-2) --------------------------------------------------------------
    {
        "slug": "metodevideo-hvad-er-samskabt-styring",
        "title": "Hvad er samskabt styring?",
        "summary": (
            "Videoen vil forklare, hvordan ledere og medarbejdere sammen finder den styring, der "
            "står i vejen for kerneopgaven, og laver den om. Den viser de seks trin og hvorfor "
            "alle, der har aktier i styringen, skal være med. Indtil Fremfærd offentliggør den "
            "rigtige video, vises en kort demovideo."
        ),
        "kind": "metode",
        "role": "",
        "steps": [1],
        "duration_seconds": DEMO_VIDEO_SECONDS,
        "captions": (
            "WEBVTT\n"
            "\n"
            "00:00.000 --> 00:01.500\n"
            "Det her er en demovideo.\n"
            "\n"
            "00:01.500 --> 00:03.000\n"
            "Den rigtige video forklarer,\n"
            "hvad samskabt styring er.\n"
            "\n"
            "00:03.000 --> 00:04.000\n"
            "Ledere og medarbejdere\n"
            "fjerner bøvl sammen.\n"
        ),
        "transcript": (
            "Det her er en demovideo.\n"
            "\n"
            "Den rigtige video forklarer, hvad samskabt styring er.\n"
            "\n"
            "Ledere og medarbejdere fjerner bøvl sammen.\n"
            "\n" + TRANSCRIPT_LATER
        ),
    },
    {
        "slug": "metodevideo-find-boevlet",
        "title": "Find bøvlet",
        "summary": (
            "Videoen vil vise, hvordan I får et fælles sprog om styring og taler om, hvornår "
            "regler, procedurer og dokumentation hjælper eller hindrer kerneopgaven. Den viser "
            "også, hvordan I peger på det bøvl, der forstyrrer arbejdet mest. Indtil Fremfærd "
            "offentliggør den rigtige video, vises en kort demovideo."
        ),
        "kind": "metode",
        "role": "",
        "steps": [1, 2],
        "duration_seconds": DEMO_VIDEO_SECONDS,
        "captions": (
            "WEBVTT\n"
            "\n"
            "00:00.000 --> 00:01.500\n"
            "Det her er en demovideo.\n"
            "\n"
            "00:01.500 --> 00:03.000\n"
            "Den rigtige video viser,\n"
            "hvordan I finder bøvlet.\n"
            "\n"
            "00:03.000 --> 00:04.000\n"
            "Hvad hjælper, og hvad\n"
            "står i vejen for opgaven?\n"
        ),
        "transcript": (
            "Det her er en demovideo.\n"
            "\n"
            "Den rigtige video viser, hvordan I finder bøvlet.\n"
            "\n"
            "Hvad hjælper, og hvad står i vejen for opgaven?\n"
            "\n" + TRANSCRIPT_LATER
        ),
    },
    {
        "slug": "metodevideo-undersoeg-og-prioriter-boevlet",
        "title": "Undersøg og prioritér bøvlet",
        "summary": (
            "Videoen vil vise, hvordan I undersøger, hvad problemet egentlig er, og hvorfor det "
            "opstår, for eksempel med interview, observation eller en medarbejderrejse. Den viser "
            "også, hvordan I inddrager dem, der har aktier i styringen, og vælger, hvad I går "
            "videre med. Indtil Fremfærd offentliggør den rigtige video, vises en kort demovideo."
        ),
        "kind": "metode",
        "role": "",
        "steps": [2],
        "duration_seconds": DEMO_VIDEO_SECONDS,
        "captions": (
            "WEBVTT\n"
            "\n"
            "00:00.000 --> 00:01.500\n"
            "Det her er en demovideo.\n"
            "\n"
            "00:01.500 --> 00:03.000\n"
            "Den rigtige video viser,\n"
            "hvordan I undersøger bøvlet.\n"
            "\n"
            "00:03.000 --> 00:04.000\n"
            "Og hvordan I vælger,\n"
            "hvad I går videre med.\n"
        ),
        "transcript": (
            "Det her er en demovideo.\n"
            "\n"
            "Den rigtige video viser, hvordan I undersøger bøvlet.\n"
            "\n"
            "Og hvordan I vælger, hvad I går videre med.\n"
            "\n" + TRANSCRIPT_LATER
        ),
    },
    # --- Role videos (trin 1) ------------------------------------------------------------------
    {
        "slug": "rollevideo-medarbejder",
        "title": "Din rolle som medarbejder",
        "summary": (
            "Videoen vil vise, hvordan du som medarbejder bidrager med din viden om det bøvl, du "
            "møder i hverdagen. Du kan være med i workshops og arbejdsgrupper, afprøve løsninger "
            "og måske registrere din tid før og efter en ændring. Indtil Fremfærd offentliggør "
            "den rigtige video, vises en kort demovideo."
        ),
        "kind": "rolle",
        "role": "medarbejder",
        "steps": [1],
        "duration_seconds": DEMO_VIDEO_SECONDS,
        "captions": (
            "WEBVTT\n"
            "\n"
            "00:00.000 --> 00:01.500\n"
            "Det her er en demovideo.\n"
            "\n"
            "00:01.500 --> 00:03.000\n"
            "Den rigtige video handler om\n"
            "din rolle som medarbejder.\n"
            "\n"
            "00:03.000 --> 00:04.000\n"
            "Du kender bøvlet\n"
            "fra din hverdag.\n"
        ),
        "transcript": (
            "Det her er en demovideo.\n"
            "\n"
            "Den rigtige video handler om din rolle som medarbejder.\n"
            "\n"
            "Du kender bøvlet fra din hverdag.\n"
            "\n" + TRANSCRIPT_LATER
        ),
    },
    {
        "slug": "rollevideo-tillidsvalgt",
        "title": "Din rolle som tillidsvalgt",
        "summary": (
            "Videoen vil beskrive, hvad du som tillidsrepræsentant eller "
            "arbejdsmiljørepræsentant kan gøre i samskabt styring. Den handler om, hvordan du "
            "repræsenterer dine kolleger og er med til at sikre, at deres input bliver brugt. "
            "Indtil Fremfærd offentliggør den rigtige video, vises en kort demovideo."
        ),
        "kind": "rolle",
        "role": "tillidsvalgt",
        "steps": [1],
        "duration_seconds": DEMO_VIDEO_SECONDS,
        "captions": (
            "WEBVTT\n"
            "\n"
            "00:00.000 --> 00:01.500\n"
            "Det her er en demovideo.\n"
            "\n"
            "00:01.500 --> 00:03.000\n"
            "Den rigtige video handler om\n"
            "din rolle som tillidsvalgt.\n"
            "\n"
            "00:03.000 --> 00:04.000\n"
            "Du taler dine kollegers sag.\n"
        ),
        "transcript": (
            "Det her er en demovideo.\n"
            "\n"
            "Den rigtige video handler om din rolle som tillidsvalgt.\n"
            "\n"
            "Du taler dine kollegers sag.\n"
            "\n" + TRANSCRIPT_LATER
        ),
    },
    {
        "slug": "rollevideo-institutionsleder",
        "title": "Din rolle som institutionsleder",
        "summary": (
            "Videoen vil vise, hvordan du som institutionsleder sætter rammen for det lokale "
            "arbejde, også det, der ikke kan ændres. Den handler om, hvordan du giver tid, er med "
            "til at eje prøvehandlingerne og får løsningerne ført ud i livet. Indtil Fremfærd "
            "offentliggør den rigtige video, vises en kort demovideo."
        ),
        "kind": "rolle",
        "role": "institutionsleder",
        "steps": [1],
        "duration_seconds": DEMO_VIDEO_SECONDS,
        "captions": (
            "WEBVTT\n"
            "\n"
            "00:00.000 --> 00:01.500\n"
            "Det her er en demovideo.\n"
            "\n"
            "00:01.500 --> 00:03.000\n"
            "Den rigtige video handler om\n"
            "din rolle som institutionsleder.\n"
            "\n"
            "00:03.000 --> 00:04.000\n"
            "Du sætter rammen og giver tid.\n"
        ),
        "transcript": (
            "Det her er en demovideo.\n"
            "\n"
            "Den rigtige video handler om din rolle som institutionsleder.\n"
            "\n"
            "Du sætter rammen og giver tid.\n"
            "\n" + TRANSCRIPT_LATER
        ),
    },
    {
        "slug": "rollevideo-topleder",
        "title": "Din rolle som topleder",
        "summary": (
            "Videoen vil vise, hvorfor opbakning og tålmodighed fra topledelsen er afgørende. Den "
            "handler om, hvordan du sætter den faste ramme, giver slip på noget af kontrollen og "
            "senere beslutter, hvordan metoden skal spredes og forankres. Indtil Fremfærd "
            "offentliggør den rigtige video, vises en kort demovideo."
        ),
        "kind": "rolle",
        "role": "topleder",
        "steps": [1],
        "duration_seconds": DEMO_VIDEO_SECONDS,
        "captions": (
            "WEBVTT\n"
            "\n"
            "00:00.000 --> 00:01.500\n"
            "Det her er en demovideo.\n"
            "\n"
            "00:01.500 --> 00:03.000\n"
            "Den rigtige video handler om\n"
            "din rolle som topleder.\n"
            "\n"
            "00:03.000 --> 00:04.000\n"
            "Din opbakning og tålmodighed\n"
            "gør en forskel.\n"
        ),
        "transcript": (
            "Det her er en demovideo.\n"
            "\n"
            "Den rigtige video handler om din rolle som topleder.\n"
            "\n"
            "Din opbakning og tålmodighed gør en forskel.\n"
            "\n" + TRANSCRIPT_LATER
        ),
    },
]
