"""Danish demo content for success stories (succeshistorier) and articles (artikler).

The portal shows success stories from municipalities that have used Samskabt styring, and short
articles about the method. Until Fremfærd's editors publish real stories, the entries here are
demo content: four success stories modelled on public cases (Høje-Taastrup, Køge, Roskilde and
the project on specialised social services in Slagelse, Odder, Vesthimmerlands and Rebild) and
two articles.

The texts are written for the demo from the public sources in the domain brief (mostly vpt.dk).
They are short summaries in our own words, not Fremfærd's texts, and they are not official. Each
story links to its article on vpt.dk instead of copying it. The entries quote no real or named
people (``quotes`` is always empty, as we have no consent), and a field is left empty ("" or
None) wherever the sources give no fact for it, so nothing is invented.

``DEMO_STORIES`` entry fields: ``slug`` (ASCII, unique, starts with "demo-"), ``kind``
("succeshistorie" or "artikel"), ``title``, ``summary`` (plain text, 1-2 sentences), ``body``
(simple HTML), ``municipality`` (name as in kommuner.csv, or None), ``area``, ``workplace``,
``participants``, ``challenge`` (HTML), ``governance_origin``, ``four_f``, ``solution`` (HTML),
``trial_action`` (HTML), ``expected_effect``, ``measurement_method``, ``result_product``,
``result_process``, ``effect_citizen``, ``effect_task``, ``effect_work_environment``,
``next_steps``, ``step_reached`` (1-6 or None), ``audiences``, ``vpt_url``, ``quotes`` (always
empty) and ``days_ago`` (days before seeding the entry counts as published; all different).
"""

DEMO_NOTE = (
    "Dette er demoindhold, skrevet til portalens demo ud fra offentlige kilder. "
    "Hvor der er et link, kan du læse hele historien på vpt.dk."
)

VPT_HTK = (
    "https://vpt.dk/afbureaukratisering/"
    "hoeje-taastrup-det-betaler-sig-inddrage-medarbejderne-i-styringen"
)
VPT_FILM = "https://vpt.dk/afbureaukratisering/samskabt-styring-virker-se-filmen-med-erfaringerne"
VPT_SPECSOC = (
    "https://vpt.dk/handikapomraadet/"
    "styrk-inddragelsen-af-borgere-og-paaroerende-med-samskabt-styring"
)
VPT_DRIFT = "https://vpt.dk/afbureaukratisering/samskabt-styring-fra-faciliteret-til-selvkoerende"
VPT_6TRIN = "https://vpt.dk/afbureaukratisering/seks-trin-til-samskabt-styring"
VPT_T6 = (
    "https://vpt.dk/afbureaukratisering/"
    "trin-6-laere-af-processen-og-beslutte-naeste-skridt-samskabt-styring"
)
VPT_KOLDING = (
    "https://vpt.dk/kerneopgaven/"
    "kolding-vil-styre-efter-borgerens-centrum-meningsfuld-styring-giver-faglig-frihed"
)
ZETLAND_EGEDAL = "https://www.zetland.dk/historie/seQAx4xb-mejvpxZ5-28e6c"
POLITICA_BENTZEN = "https://tidsskrift.dk/politica/article/view/130456"

DEMO_STORIES: list[dict] = [
    # --- Success stories ------------------------------------------------------------------------
    {
        "slug": "demo-hoeje-taastrup-48-eksempler-paa-boevl",
        "kind": "succeshistorie",
        "title": "Høje-Taastrup: 48 eksempler på bøvl på én skole",
        "summary": (
            "Udvalgte arbejdspladser i Høje-Taastrup holdt workshops om bøvl. På én skole kom 48 "
            "eksempler frem, og en ny måde at registrere fravær på gav skolesekretæren og lærerne "
            "mere tid."
        ),
        "body": (
            "<p>Høje-Taastrup Kommune holdt workshops på udvalgte arbejdspladser. Spørgsmålene var "
            "enkle: Hvad er bøvl, og hvor kommer det fra?</p>"
            "<p>På én skole fandt de 48 eksempler på bøvl. Et af dem var registreringen af "
            "fravær. Da den blev lavet om, fik skolesekretæren og lærerne mere tid. Et andet "
            "resultat var, at spørgeskemaer, som tog lang tid, blev droppet.</p>"
            "<p>Gevinsten var ikke kun tid. Arbejdet gav også mere tillid, bedre samarbejde og en "
            "ny kultur for at give feedback.</p>"
            f'<p><a href="{VPT_HTK}">Læs hele historien på vpt.dk</a></p>'
        ),
        "municipality": "Høje-Taastrup",
        "area": "skole",
        "workplace": "En skole i Høje-Taastrup Kommune",
        "participants": "Medarbejdere på udvalgte arbejdspladser i kommunen",
        "challenge": (
            "<p>På skolen kom 48 eksempler på bøvl frem. Et af dem var registreringen af fravær, "
            "som tog tid fra skolesekretæren og lærerne.</p>"
        ),
        "governance_origin": "",
        "four_f": "forandre",
        "solution": (
            "<ul><li>Registreringen af fravær blev lavet om.</li>"
            "<li>Spørgeskemaer, som tog lang tid, blev droppet.</li></ul>"
        ),
        "trial_action": "",
        "expected_effect": "",
        "measurement_method": "",
        "result_product": (
            "Skolesekretæren og lærerne fik mere tid, da registreringen af fravær blev lavet om. "
            "Tidskrævende spørgeskemaer blev droppet."
        ),
        "result_process": "Mere tillid, bedre samarbejde og en ny feedbackkultur.",
        "effect_citizen": "",
        "effect_task": "Skolesekretæren og lærerne bruger mindre tid på at registrere fravær.",
        "effect_work_environment": "",
        "next_steps": "",
        "step_reached": None,
        "audiences": ["topledelse", "institutionsledere", "tillidsvalgte", "medarbejdere"],
        "vpt_url": VPT_HTK,
        "quotes": [],
        "days_ago": 5,
    },
    {
        "slug": "demo-koege-aeldreplejen-knap-400-deltagere",
        "kind": "succeshistorie",
        "title": "Køge: Knap 400 i ældreplejen tog fat på styringen",
        "summary": (
            "I Køge arbejdede knap 400 ledere og medarbejdere i ældreplejen med samskabt styring. "
            "Det gav bedre videndeling på tværs af vagtlag."
        ),
        "body": (
            "<p>Køge Kommune brugte samskabt styring i ældreplejen. Knap 400 ledere og "
            "medarbejdere var med. De kom fra hjemmeplejen, sygeplejen, visitationen og "
            "hjælpemiddelområdet.</p>"
            "<p>Et af resultaterne var, at viden nu bliver delt bedre på tværs af vagtlag.</p>"
            "<p>Erfaringerne fra Køge er med i en film om samskabt styring. Filmen viser også "
            "erfaringer fra Roskilde.</p>"
            f'<p><a href="{VPT_FILM}">Læs hele historien på vpt.dk</a>. '
            "Her kan du også se filmen.</p>"
        ),
        "municipality": "Køge",
        "area": "aeldre",
        "workplace": "Hjemmeplejen, sygeplejen, visitationen og hjælpemiddelområdet",
        "participants": "Knap 400 ledere og medarbejdere",
        "challenge": "",
        "governance_origin": "",
        "four_f": "",
        "solution": "",
        "trial_action": "",
        "expected_effect": "",
        "measurement_method": "",
        "result_product": "",
        "result_process": "Bedre videndeling på tværs af vagtlag.",
        "effect_citizen": "",
        "effect_task": "",
        "effect_work_environment": "",
        "next_steps": "",
        "step_reached": None,
        "audiences": ["topledelse", "institutionsledere", "tillidsvalgte", "medarbejdere"],
        "vpt_url": VPT_FILM,
        "quotes": [],
        "days_ago": 12,
    },
    {
        "slug": "demo-roskilde-ny-tilsynsmodel-i-dagtilbud",
        "kind": "succeshistorie",
        "title": "Roskilde: Ny tilsynsmodel i dagtilbud",
        "summary": (
            "Roskilde Kommune brugte samskabt styring til at lave en ny model for tilsyn med "
            "dagtilbud. Ejerskabet og motivationen steg."
        ),
        "body": (
            "<p>Roskilde Kommune brugte samskabt styring på dagtilbudsområdet. Resultatet blev en "
            "ny model for tilsyn med dagtilbud.</p>"
            "<p>Ejerskabet og motivationen steg undervejs.</p>"
            "<p>Erfaringerne fra Roskilde er med i filmen <em>Samskabt styring virker</em>, "
            "sammen med erfaringer fra Køge. Vil du vide mere om, hvad metoden kræver, kan du "
            "læse forskningsartiklen <em>Samskabt styring: potentialer og udfordringer</em> i "
            f'tidsskriftet Politica på <a href="{POLITICA_BENTZEN}">tidsskrift.dk</a>.</p>'
            f'<p><a href="{VPT_FILM}">Læs hele historien på vpt.dk</a>. '
            "Her kan du også se filmen.</p>"
        ),
        "municipality": "Roskilde",
        "area": "dagtilbud",
        "workplace": "Dagtilbudsområdet",
        "participants": "",
        "challenge": "",
        "governance_origin": "",
        "four_f": "forandre",
        "solution": "<p>En ny model for tilsyn med dagtilbud.</p>",
        "trial_action": "",
        "expected_effect": "",
        "measurement_method": "",
        "result_product": "En ny tilsynsmodel for dagtilbud.",
        "result_process": "Større ejerskab og motivation.",
        "effect_citizen": "",
        "effect_task": "",
        "effect_work_environment": "",
        "next_steps": "",
        "step_reached": None,
        "audiences": ["topledelse", "institutionsledere", "tillidsvalgte", "medarbejdere"],
        "vpt_url": VPT_FILM,
        "quotes": [],
        "days_ago": 19,
    },
    {
        "slug": "demo-fire-kommuner-inddrager-borgere-og-paaroerende",
        "kind": "succeshistorie",
        "title": "Fire kommuner styrker inddragelsen af borgere og pårørende",
        "summary": (
            "Slagelse, Odder, Vesthimmerlands og Rebild brugte samskabt styring på det "
            "specialiserede socialområde. Målet var at inddrage borgere og pårørende mere."
        ),
        "body": (
            "<p>Fire kommuner har arbejdet med samskabt styring på det specialiserede "
            "socialområde: Slagelse, Odder, Vesthimmerlands og Rebild. Målet var at styrke "
            "inddragelsen af borgere og pårørende.</p>"
            "<p>Kommunerne fulgte metodens seks trin. I projektet kaldes trinene også en "
            "fasemodel.</p>"
            "<p>Erfaringerne peger på nogle ting, der gør en forskel:</p>"
            "<ul>"
            "<li>Et konkret formål: Hvorfor gør vi det?</li>"
            "<li>En ledelse, der giver plads og opbakning.</li>"
            "<li>At undersøge, hvad bøvlet egentlig er.</li>"
            "<li>At afgrænse den sammenhæng, man arbejder i.</li>"
            "<li>At kortlægge aktører og interessenter.</li>"
            "<li>At forudse modstand og risici.</li>"
            "<li>Inddragelse.</li>"
            "</ul>"
            f'<p><a href="{VPT_SPECSOC}">Læs hele historien på vpt.dk</a></p>'
        ),
        "municipality": "Slagelse",
        "area": "specialiseret_social",
        "workplace": "",
        "participants": "Fire kommuner: Slagelse, Odder, Vesthimmerlands og Rebild",
        "challenge": "",
        "governance_origin": "",
        "four_f": "",
        "solution": "",
        "trial_action": "",
        "expected_effect": "Stærkere inddragelse af borgere og pårørende.",
        "measurement_method": "",
        "result_product": "",
        "result_process": "",
        "effect_citizen": "",
        "effect_task": "",
        "effect_work_environment": "",
        "next_steps": "",
        "step_reached": None,
        "audiences": ["topledelse", "institutionsledere", "tillidsvalgte", "medarbejdere"],
        "vpt_url": VPT_SPECSOC,
        "quotes": [],
        "days_ago": 26,
    },
    # --- Articles -------------------------------------------------------------------------------
    {
        "slug": "demo-hvad-er-boevl-og-hvor-kommer-styringen-fra",
        "kind": "artikel",
        "title": "Hvad er bøvl – og hvor kommer styringen fra?",
        "summary": (
            "Bøvl er styring, der står i vejen for kerneopgaven. Nogle gange er reglerne skrevet "
            "i kommunen selv, og så kan de også ændres der. De fire F'er hjælper jer med at "
            "sortere."
        ),
        "body": (
            "<p>Styring er regler, procedurer, krav om dokumentation, arbejdsgange og større "
            "styringsmodeller. Meget styring hjælper. Men noget af den står i vejen for "
            "kerneopgaven, altså den service, borgerne skal have. Det kaldes bøvl.</p>"
            "<h2>Hvor kommer reglen fra?</h2>"
            "<p>Det er ikke altid til at se. I Egedal Kommune gennemgik et udvalg under "
            "kommunaldirektøren en række interne regler, fx om fri til begravelser og om at bære "
            "ID-kort. Udvalget fandt ud af, at reglerne var skrevet af kommunens egne embedsfolk "
            f'og ikke af Folketinget. Det kan du læse om hos <a href="{ZETLAND_EGEDAL}">'
            "Zetland</a>.</p>"
            "<p>Spørg derfor, hvor en regel kommer fra: fra jeres egen enhed, fra kommunen eller "
            "fra staten. Svaret viser, hvem der kan ændre den, og hvem der skal med. I samskabt "
            "styring er alle, der har aktier i styringen, med. Det gælder hele styringskæden, fra "
            "chefer til medarbejdere. Kolding Kommune ser fx sin egen visionsdrevne styring som "
            "en modvægt til tung statslig regulering (læs mere på "
            f'<a href="{VPT_KOLDING}">vpt.dk</a>).</p>'
            "<h2>Forenklingens fire F'er</h2>"
            "<p>Når I har fundet bøvlet, kan de fire F'er hjælpe jer med at sortere det:</p>"
            "<ul>"
            "<li><strong>Fjerne</strong>: styring, som kan undværes.</li>"
            "<li><strong>Forandre</strong>: styring, som skal laves om.</li>"
            "<li><strong>Forankre</strong>: styring, som ikke kan ændres, og som I derfor må "
            "forankre i hverdagen.</li>"
            "<li><strong>Fastholde</strong>: styring, som hjælper, og som I vil holde fast i.</li>"
            "</ul>"
            "<p>Læs mere om de seks trin og de fire F'er på "
            f'<a href="{VPT_6TRIN}">vpt.dk</a>.</p>'
        ),
        "municipality": None,
        "area": "",
        "workplace": "",
        "participants": "",
        "challenge": "",
        "governance_origin": "",
        "four_f": "",
        "solution": "",
        "trial_action": "",
        "expected_effect": "",
        "measurement_method": "",
        "result_product": "",
        "result_process": "",
        "effect_citizen": "",
        "effect_task": "",
        "effect_work_environment": "",
        "next_steps": "",
        "step_reached": None,
        "audiences": ["topledelse", "tillidsvalgte", "institutionsledere", "medarbejdere"],
        "vpt_url": "",
        "quotes": [],
        "days_ago": 40,
    },
    {
        "slug": "demo-fra-faciliteret-til-selvkoerende",
        "kind": "artikel",
        "title": "Fra faciliteret forløb til selvkørende praksis",
        "summary": (
            "Et faciliteret forløb er som et beskyttet laboratorium, og når det slutter, kan "
            "arbejdet gå i stå. Sådan planlægger I fra første dag, at metoden kan køre videre."
        ),
        "body": (
            "<p>Mange kommuner starter med samskabt styring i et forløb med en facilitator. "
            "Forløbet er som et beskyttet laboratorium med tid, struktur og hjælp udefra.</p>"
            "<p>Men når forløbet slutter, kan processen stoppe brat. Det sker, hvis kompetencer "
            "og metoder ikke er bygget ind i organisationen undervejs.</p>"
            "<h2>Planlæg fra dag ét</h2>"
            "<p>Tænk derfor på fire områder fra begyndelsen:</p>"
            "<ul>"
            "<li><strong>Kompetencer</strong>: Hvem kan lede processen, når facilitatoren er "
            "gået?</li>"
            "<li><strong>Relationer</strong>: Hvem skal kende hinanden og tale sammen?</li>"
            "<li><strong>Styringsværktøjer</strong>: Hvilke værktøjer skal I bruge fremover?</li>"
            "<li><strong>Arenaer for dialog</strong>: Hvor og hvornår taler I om styring?</li>"
            "</ul>"
            "<h2>Giv faciliteringen videre</h2>"
            "<p>Én måde er train the trainer. Facilitatoren leder de første workshops og giver "
            "gradvist faciliteringen videre til lokale nøglepersoner. Så lærer de metoden ved at "
            "bruge den.</p>"
            "<p>Kommuner har også forankret metoden på andre måder. Nogle har uddannet interne "
            "konsulenter, som kan facilitere og rådgive arbejdspladser. Andre har lavet en "
            "erfa-gruppe eller skrevet metoden ind i ledelsesgrundlaget. Det hører til "
            f'<a href="{VPT_T6}">trin 6</a>.</p>'
            f'<p><a href="{VPT_DRIFT}">Læs hele artiklen på vpt.dk</a></p>'
        ),
        "municipality": None,
        "area": "",
        "workplace": "",
        "participants": "",
        "challenge": "",
        "governance_origin": "",
        "four_f": "",
        "solution": "",
        "trial_action": "",
        "expected_effect": "",
        "measurement_method": "",
        "result_product": "",
        "result_process": "",
        "effect_citizen": "",
        "effect_task": "",
        "effect_work_environment": "",
        "next_steps": "",
        "step_reached": None,
        "audiences": ["topledelse", "institutionsledere", "tillidsvalgte"],
        "vpt_url": VPT_DRIFT,
        "quotes": [],
        "days_ago": 55,
    },
]
