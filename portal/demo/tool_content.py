"""Danish demo content for the tool library: full and simplified versions of each tool.

Each entry in ``DEMO_TOOLS`` is a pair for one tool: a ``full`` version for facilitators and
internal consultants, and a ``simplified`` version for shop stewards (tillidsvalgte) and
first-line leaders with little facilitation experience. ``steps`` lists which of the six steps
(trin 1-6) of Samskabt styring the tool supports, and ``source`` names what it builds on.

The content is written for the demo from the domain brief (public vpt.dk pages on the six
steps). It is not published Fremfærd material. Where Fremfærd must supply the real content (the
dialogue cards and the four assessment tools), the text says so.

Tool fields: ``title``, ``purpose``, ``participants`` and ``materials`` (one item per line) are
plain text; ``preparation``, ``follow_up`` and ``body`` are simple HTML (p, ul, ol, li, strong,
em); ``programme`` is a list of {title, minutes, description, cue} with plain-text values.
``audiences`` uses the keys medarbejder, tillidsvalgt, leder, topleder, facilitator and
intern_konsulent.
"""

DEMO_TOOLS: list[dict] = [
    {
        "key": "dialogkort",
        "steps": [1],
        "source": (
            "Bygger på dialogkortene, som trin 1 omtaler (vpt.dk, VPT-T1). Kortenes indhold er "
            "ikke offentliggjort dér."
        ),
        "full": {
            "title": "Dialogkort om styring",
            "purpose": (
                "Dialogkortene sætter gang i en fælles samtale om, hvad styring er, og hvornår den "
                "hjælper eller står i vejen for kerneopgaven. Ud af samtalen kommer et fælles "
                "sprog om styring og en første liste over det bøvl, deltagerne kender fra "
                "hverdagen."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder", "tillidsvalgt"],
            "duration_minutes": 60,
            "participants": "8–30 deltagere fra hele styringskæden, fordelt i grupper på 4–6",
            "materials": (
                "Et sæt dialogkort til hver gruppe\n"
                "Flipoverpapir til hver gruppe\n"
                "Post-its i to farver og tusser\n"
                "En plakat med forenklingens fire F'er\n"
                "Ur eller timer"
            ),
            "preparation": (
                "<ul><li>Aftal med ledelsen og MED-udvalget, hvad rammen er, og hvad der ikke kan "
                "ændres. Skriv det på en planche, så du kan vise det.</li><li>Sæt grupperne sammen "
                "på tværs af faggrupper og ledelsesniveauer, så flere led i styringskæden sidder "
                "ved samme bord.</li><li>Vælg 6–8 kort til hver gruppe. Begynd med kort om "
                "hverdagen, og gem kortene om regler og dokumentation til sidst.</li><li>Hvis I "
                "ikke har kortene endnu, så brug eksempelspørgsmålene i dette værktøj.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Velkomst og ramme",
                    "minutes": 10,
                    "description": (
                        "Facilitator fortæller, hvorfor I er samlet, og hvad samskabt styring går "
                        "ud på. Lederen siger tydeligt, hvad der ligger fast, og hvor der er plads "
                        "til at ændre."
                    ),
                    "cue": (
                        "Sig højt, at alle input bliver samlet op, og fortæl hvordan. Det mindsker "
                        "risikoen for, at nogen oplever det som en skinproces."
                    ),
                },
                {
                    "title": "Hvad er styring?",
                    "minutes": 10,
                    "description": (
                        "Kort fælles runde: Hvad tænker I på, når I hører ordet styring? Skriv "
                        "ordene op. Vis derefter, at styring både dækker regler, procedurer, "
                        "dokumentationskrav, arbejdsgange og større styringsmodeller."
                    ),
                    "cue": (
                        "Læg mærke til, om styring kun bliver forstået som kontrol. Spørg efter "
                        "eksempler på styring, der gør arbejdet lettere."
                    ),
                },
                {
                    "title": "Dialog i grupperne",
                    "minutes": 25,
                    "description": (
                        "Grupperne trækker kort på skift. Den, der trækker, læser kortet højt og "
                        "svarer først. Derefter taler gruppen sammen. Én i gruppen skriver "
                        "eksempler på bøvl på den ene farve post-it og eksempler på hjælpsom "
                        "styring på den anden."
                    ),
                    "cue": (
                        "Gå rundt og lyt. Bed om konkrete eksempler: Hvilket skema? Hvor tit? Hvem "
                        "bruger oplysningerne bagefter?"
                    ),
                },
                {
                    "title": "Fælles opsamling",
                    "minutes": 10,
                    "description": (
                        "Hver gruppe fremlægger ét eksempel på bøvl og ét på styring, der hjælper. "
                        "Sedlerne hænges op under de fire F'er som et første bud."
                    ),
                    "cue": (
                        "Understreg, at sorteringen er et udkast og ikke en beslutning. Skriv de "
                        "ord op, som gruppen bruger om styring."
                    ),
                },
                {
                    "title": "Afrunding",
                    "minutes": 5,
                    "description": (
                        "Fortæl, hvad der sker med sedlerne, hvem der tager dem med videre, og "
                        "hvornår deltagerne hører mere."
                    ),
                    "cue": "Nævn en konkret dato for næste skridt.",
                },
            ],
            "follow_up": (
                "<ul><li>Skriv en kort ordliste med de begreber, gruppen brugte om styring, og del "
                "den med alle deltagere.</li><li>Skriv sedlerne af, og tag listen med til trin 2, "
                "hvor I udpeger og undersøger udfordringerne.</li><li>Giv MED-udvalget en kort "
                "status på, hvad dialogen viste.</li></ul>"
            ),
            "body": (
                "<p>Styring bliver ofte drøftet i for abstrakte vendinger, og mange medarbejdere "
                "forbinder forandringer med besparelser. Dialogkortene gør samtalen konkret. "
                "Deltagerne taler om deres egen arbejdsdag og om de regler, skemaer og procedurer, "
                "de faktisk møder.</p><p>Brug kortene i trin 1 på intromødet eller i en længere "
                "opstartsworkshop. De kan også bruges til at åbne trin 2, når grupperne begynder "
                "at pege på konkret bøvl.</p><p><strong>Kortenes endelige indhold leveres af "
                "Fremfærd; spørgsmålene her er eksempler til demo.</strong></p><p>Eksempler på "
                "spørgsmål:</p><ul><li>Hvad er kerneopgaven i vores enhed, sagt med én "
                "sætning?</li><li>Nævn en regel eller procedure, der hjælper dig med at gøre dit "
                "arbejde godt. Hvorfor hjælper den?</li><li>Nævn noget dokumentation, du laver, "
                "som du aldrig ser blive brugt.</li><li>Hvem har bestemt den regel, der fylder "
                "mest i din hverdag? Ved vi det?</li><li>Hvornår tager styring tid fra "
                "borgeren?</li><li>Hvad ville du fjerne i morgen, hvis du måtte?</li></ul>"
            ),
        },
        "simplified": {
            "title": "Dialogkort – kort udgave til tillidsvalgte og ledere",
            "purpose": (
                "Brug få kort til en kort snak om regler og papirarbejde på et møde, I holder i "
                "forvejen. I går derfra med fælles ord og en kort liste over bøvl."
            ),
            "audiences": ["tillidsvalgt", "leder"],
            "duration_minutes": 30,
            "participants": "4–12 kolleger og deres leder",
            "materials": (
                "4–6 dialogkort\nGule og grønne post-its\nKuglepenne\nEt stort ark papir"
            ),
            "preparation": (
                "<ul><li>Vælg 4–6 kort. Tag dem, der passer bedst til jeres arbejde.</li><li>Tal "
                "med lederen om, hvad der ikke kan ændres. Så kan I sige det fra start.</li>"
                "<li>Sæt en halv time af på et møde, I har i forvejen.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Start",
                    "minutes": 5,
                    "description": "Sig, hvorfor I gør det. Sig også, hvad der ikke kan ændres.",
                    "cue": "Sig, at alle svar bliver skrevet ned og brugt.",
                },
                {
                    "title": "Kort på bordet",
                    "minutes": 20,
                    "description": (
                        "Træk et kort ad gangen. Læs det højt. Den, der trak, svarer først. Så må "
                        "alle sige noget. Skriv bøvl på en gul seddel. Skriv det, der hjælper, på "
                        "en grøn."
                    ),
                    "cue": "Spørg: Kan du give et eksempel fra i går?",
                },
                {
                    "title": "Slut",
                    "minutes": 5,
                    "description": (
                        "Læs sedlerne op. Sig, hvem der tager dem med videre. Sig, hvornår I hører "
                        "mere."
                    ),
                    "cue": "",
                },
            ],
            "follow_up": (
                "<ul><li>Tag et billede af sedlerne.</li><li>Giv dem til den, der står for "
                "forløbet.</li><li>Fortæl på næste møde, hvad der sker med dem.</li></ul>"
            ),
            "body": (
                "<p>Når vi taler om regler, bliver det tit for fjernt. Kortene gør snakken "
                "konkret. Alle får lov at sige noget, også de stille.</p><p><strong>Kortenes "
                "endelige indhold leveres af Fremfærd; spørgsmålene her er eksempler til "
                "demo.</strong></p><p>Her er nogle eksempler:</p><ul><li>Hvad er det vigtigste, vi "
                "gør for borgeren?</li><li>Hvilken regel hjælper dig i dit arbejde?</li><li>Hvad "
                "skriver du ned, som ingen læser?</li><li>Hvad ville du fjerne i morgen, hvis du "
                "måtte?</li></ul>"
            ),
        },
    },
    {
        "key": "fire-f",
        "steps": [1, 2, 3],
        "source": (
            "Bygger på forenklingens fire F'er fra beskrivelsen af de seks trin (vpt.dk, "
            "VPT-6TRIN)."
        ),
        "full": {
            "title": "Forenklingens fire F'er",
            "purpose": (
                "En sorteringsramme, der hjælper deltagerne med at placere hver bid styring i én "
                "af fire bunker: fjerne, forandre, forankre eller fastholde. Resultatet er en "
                "sorteret liste, som viser, hvor der er plads til at forenkle, og hvad der skal "
                "blive."
            ),
            "audiences": [
                "facilitator",
                "intern_konsulent",
                "leder",
                "tillidsvalgt",
                "medarbejder",
            ],
            "duration_minutes": 75,
            "participants": "6–24 deltagere, der har aktier i den styring, der skal sorteres",
            "materials": (
                "Fire plakater, én for hvert F\n"
                "Listen over bøvl fra trin 1 eller 2, skrevet på sedler\n"
                "Post-its og tusser\n"
                "Klistermærker til at prioritere med\n"
                "Et ark til at notere, hvor hver regel kommer fra"
            ),
            "preparation": (
                "<ul><li>Lav fire plakater med en kort forklaring på hvert F (se forklaringen i "
                "dette værktøj).</li><li>Skriv hvert eksempel på bøvl eller styring på sin egen "
                "seddel. Et eksempel skal være konkret: et skema, en procedure, et krav.</li>"
                "<li>Undersøg på forhånd, hvor de største regler kommer fra. Spørg fx en jurist "
                "eller en fagchef, hvad der er lovkrav, og hvad kommunen selv har besluttet.</li>"
                "<li>Sørg for, at der er deltagere fra flere led i styringskæden, så ikke kun én "
                "gruppe sorterer.</li></ul>"
            ),
            "programme": [
                {
                    "title": "De fire F'er",
                    "minutes": 10,
                    "description": (
                        "Facilitator gennemgår de fire F'er med et eksempel på hver. Fortæl, at "
                        "alle fire bunker er lige vigtige: Det er også en gevinst at finde den "
                        "styring, der skal fastholdes."
                    ),
                    "cue": (
                        "Hold eksemplerne tæt på deltagernes hverdag. Undgå at starte med de mest "
                        "betændte sager."
                    ),
                },
                {
                    "title": "Hvor kommer styringen fra?",
                    "minutes": 15,
                    "description": (
                        "Gruppen gennemgår sedlerne og noterer, hvor hver regel kommer fra: egen "
                        "enhed, kommunen, staten eller andet. Er der tvivl, skrives det som et "
                        "spørgsmål, der skal undersøges."
                    ),
                    "cue": (
                        "Spørg: Hvem kan ændre det her? Nogle regler, man går ud fra er lovkrav, "
                        "viser sig at være besluttet lokalt. Tvivl er en god grund til at "
                        "undersøge sagen nærmere."
                    ),
                },
                {
                    "title": "Sortering i grupper",
                    "minutes": 25,
                    "description": (
                        "Grupper på 3–5 sorterer sedlerne under de fire plakater. For hver seddel "
                        "aftaler gruppen en kort begrundelse, som skrives på sedlen."
                    ),
                    "cue": (
                        "Lyt efter uenighed. Når to grupper sorterer samme regel forskelligt, er "
                        "det ofte et tegn på, at den bliver brugt forskelligt i praksis."
                    ),
                },
                {
                    "title": "Galleri og justering",
                    "minutes": 15,
                    "description": (
                        "Alle går rundt til plakaterne. Man må flytte en seddel, hvis man skriver "
                        "hvorfor. Til sidst sætter hver deltager tre klistermærker på de sedler "
                        "under fjerne og forandre, der fylder mest i hverdagen."
                    ),
                    "cue": (
                        "Spørg til sedlerne under forankre: Hvad skal der til for, at reglen giver "
                        "mening for dem, der skal følge den?"
                    ),
                },
                {
                    "title": "Næste skridt",
                    "minutes": 10,
                    "description": (
                        "Gruppen ser på prioriteringen og aftaler, hvilke sedler der går videre "
                        "til undersøgelse i trin 2 eller til løsninger i trin 3. Sedlerne under "
                        "fastholde noteres, så de ikke bliver ændret ved en fejl."
                    ),
                    "cue": "Sig, hvem der skriver resultatet ned, og hvornår det bliver delt.",
                },
            ],
            "follow_up": (
                "<ul><li>Skriv den sorterede liste ind i forløbets oversigt over udfordringer, med "
                "F-kategori og oprindelse.</li><li>Send spørgsmålene om, hvor reglerne kommer fra, "
                "til den, der kan svare, og aftal en frist.</li><li>Fortæl, hvad I vil fastholde. "
                "Det viser, at forenkling ikke betyder, at alt skal væk.</li></ul>"
            ),
            "body": (
                "<p>Forenklingens fire F'er er en enkel måde at sortere styring på:</p>"
                "<ul><li><strong>Fjerne:</strong> styring, der ikke giver værdi for kerneopgaven, "
                "og som kan tages væk.</li><li><strong>Forandre:</strong> styring, der har et "
                "formål, men som er for tung eller virker dårligt. Den skal laves om.</li>"
                "<li><strong>Forankre:</strong> styring, der ikke kan ændres, fx fordi den er et "
                "lovkrav. Her handler det om at forstå formålet og gøre den så meningsfuld som "
                "muligt.</li><li><strong>Fastholde:</strong> styring, der hjælper. Den skal "
                "bevares, og det skal være synligt, at den virker.</li></ul><p>Rammen kan bruges "
                "allerede i trin 1 som et fælles sprog, i trin 2 til at sortere bøvl og i trin 3, "
                "når I skal vælge retning for en løsning.</p><p><strong>Faldgrube:</strong> "
                "Sorteringen bliver hurtigt abstrakt. Arbejd med konkrete eksempler, og undgå at "
                "bruge tid på at sortere regler, som ingen i rummet kender eller har aktier i.</p>"
            ),
        },
        "simplified": {
            "title": "De 4 F'er på én side",
            "purpose": (
                "Sortér jeres bøvl i fire bunker. Så kan I se, hvad der kan fjernes, og hvad der "
                "skal blive."
            ),
            "audiences": ["tillidsvalgt", "leder", "medarbejder"],
            "duration_minutes": 30,
            "participants": "4–12 kolleger og deres leder",
            "materials": ("Et ark delt i fire felter\nSedler med jeres bøvl\nKuglepenne"),
            "preparation": (
                "<ul><li>Del et stort ark i fire felter. Skriv et F i hvert felt.</li><li>Skriv "
                "hvert bøvl på sin egen seddel.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Forklar de fire F'er",
                    "minutes": 5,
                    "description": "Læs de fire F'er op. Giv et eksempel på hvert.",
                    "cue": "",
                },
                {
                    "title": "Sortér",
                    "minutes": 15,
                    "description": (
                        "Tag en seddel ad gangen. Spørg: Skal det væk, laves om, forklares bedre "
                        "eller blive? Læg sedlen i det felt, I er enige om."
                    ),
                    "cue": "Er I uenige, så skriv et spørgsmålstegn på sedlen. Det er fint.",
                },
                {
                    "title": "Vælg",
                    "minutes": 10,
                    "description": (
                        "Se på felterne fjerne og forandre. Vælg de to sedler, der fylder mest. "
                        "Dem går I videre med."
                    ),
                    "cue": "Spørg: Hvem kan ændre reglen? Ved vi det?",
                },
            ],
            "follow_up": (
                "<ul><li>Tag et billede af arket.</li><li>Giv de to valgte sedler til den, der "
                "står for forløbet.</li><li>Husk at sige højt, hvad I vil beholde.</li></ul>"
            ),
            "body": (
                "<p>De fire F'er er:</p><ul><li><strong>Fjerne:</strong> Det giver ikke noget til "
                "borgeren. Det kan væk.</li><li><strong>Forandre:</strong> Det har et formål, men "
                "det er for tungt. Det skal laves om.</li><li><strong>Forankre:</strong> Det kan "
                "ikke ændres, fx fordi det er lov. Find ud af, hvorfor det er der, så det giver "
                "mening.</li><li><strong>Fastholde:</strong> Det hjælper os. Det skal blive.</li>"
                "</ul><p>Tal om ting, I kender fra jeres egen hverdag. Så bliver snakken "
                "konkret.</p>"
            ),
        },
    },
    {
        "key": "intromoede",
        "steps": [1],
        "source": (
            "Bygger på trin 1: Intro og fælles sprog (vpt.dk, VPT-T1) og kernereglen om, at alle "
            "med aktier er med (vpt.dk, VPT-6TRIN)."
        ),
        "full": {
            "title": "Drejebog: intromøde",
            "purpose": (
                "Intromødet giver alle deltagere et fælles grundlag: formålet med forløbet, hvad "
                "det indeholder, hvilken rolle hver enkelt har, og hvad der ikke kan ændres. Mødet "
                "slutter med en aftalt ramme, fælles begreber og en første runde om bøvl."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder", "topleder"],
            "duration_minutes": 150,
            "participants": (
                "Alle, der skal deltage i forløbet: ledere, tillidsvalgte, medarbejdere og gerne "
                "en repræsentant for den øverste ledelse"
            ),
            "materials": (
                "Planche med formål og ramme, herunder det, der ikke kan ændres\n"
                "Planche med de seks trin\n"
                "Dialogkort eller spørgsmål til dialog om styring\n"
                "Plakat med forenklingens fire F'er\n"
                "Post-its, tusser og flipover\n"
                "Deltagerliste"
            ),
            "preparation": (
                "<ol><li>Hold et formøde med ledelsen og MED-udvalget. Drøft roller og opgaver, og "
                "bliv enige om formålet og om det, der ikke kan ændres.</li><li>Aftal, hvem fra "
                "ledelsen der åbner mødet og viser opbakning. Aftal også, hvem der svarer, hvis "
                "deltagerne spørger til økonomi og ressourcer.</li><li>Lav en deltagerliste, der "
                "dækker hele styringskæden: medarbejdere, tillidsvalgte, ledere og dem uden for "
                "enheden, som har aktier i styringen.</li><li>Beslut, om mødet kun skal være et "
                "intromøde, eller om det også skal starte trin 2. Juster programmet efter det.</li>"
                "<li>Send en kort invitation, som siger, hvorfor mødet holdes, og hvad deltagerne "
                "får ud af det.</li></ol>"
            ),
            "programme": [
                {
                    "title": "Velkomst og opbakning",
                    "minutes": 15,
                    "description": (
                        "En leder fra ledelseskæden byder velkommen og fortæller, hvorfor "
                        "organisationen går i gang med samskabt styring. Lederen siger, hvad "
                        "ledelsen bakker op om, og at forløbet kræver tid og tålmodighed."
                    ),
                    "cue": (
                        "Bed lederen om at være konkret og kort. Opbakningen skal kunne mærkes, "
                        "ikke bare nævnes."
                    ),
                },
                {
                    "title": "Hvad er samskabt styring?",
                    "minutes": 20,
                    "description": (
                        "Facilitator fortæller om metoden: ledere og medarbejdere finder sammen "
                        "den styring, der står i vejen for kerneopgaven, og laver den om. Vis de "
                        "seks trin, og fortæl, hvor I er nu."
                    ),
                    "cue": (
                        "Hold det kort. Metodens værdi skal opleves i praksis, ikke forklares "
                        "udførligt."
                    ),
                },
                {
                    "title": "Ramme og roller",
                    "minutes": 20,
                    "description": (
                        "Gennemgå rammen: formål, tidsplan og det, der ikke kan ændres. Fortæl, "
                        "hvilken rolle ledelsen, MED-udvalget, de tillidsvalgte og medarbejderne "
                        "har. Giv plads til spørgsmål."
                    ),
                    "cue": (
                        "Mange forbinder forandring med besparelser. Tag den bekymring alvorligt, "
                        "og lad ledelsen svare på den."
                    ),
                },
                {
                    "title": "Fælles sprog om styring",
                    "minutes": 35,
                    "description": (
                        "Deltagerne arbejder i grupper med dialogkort eller spørgsmål om, hvad "
                        "styring er, og hvornår den hjælper eller hindrer kerneopgaven. Grupperne "
                        "noterer begreber og eksempler."
                    ),
                    "cue": (
                        "Saml de ord op, som deltagerne selv bruger. De bliver en del af det "
                        "fælles sprog."
                    ),
                },
                {
                    "title": "Pause",
                    "minutes": 10,
                    "description": "Kort pause.",
                    "cue": "",
                },
                {
                    "title": "Første runde om bøvl",
                    "minutes": 35,
                    "description": (
                        "Hver deltager skriver op til tre eksempler på bøvl på sedler. Grupperne "
                        "lægger dem sammen og sorterer dem groft efter de fire F'er. Hvis mødet "
                        "også skal starte trin 2, prioriterer grupperne de vigtigste."
                    ),
                    "cue": (
                        "Det er en første høst. Sig, at medarbejdere, der ikke er til stede, også "
                        "får mulighed for at bidrage."
                    ),
                },
                {
                    "title": "Aftaler og afslutning",
                    "minutes": 15,
                    "description": (
                        "Gennemgå, hvad der skal ske nu: hvem samler sedlerne, hvornår er næste "
                        "møde, og hvordan bliver kolleger, der ikke var med, inddraget."
                    ),
                    "cue": "Skriv aftalerne op, mens alle er i rummet, og læs dem højt.",
                },
            ],
            "follow_up": (
                "<ul><li>Send et kort referat med ramme, roller, fælles begreber og listen over "
                "bøvl til alle deltagere.</li><li>Giv MED-udvalget en status, og aftal, hvordan "
                "udvalget følger forløbet.</li><li>Bekræft deltagerlisten, og ret den til, hvis "
                "mødet viste, at andre har aktier i styringen.</li><li>Planlæg trin 2, herunder "
                "hvordan I samler bøvl ind fra dem, der ikke var med.</li></ul>"
            ),
            "body": (
                "<p>Trin 1 handler om, at alle får samme udgangspunkt. Deltagerne skal vide, hvad "
                "formålet er, hvad forløbet indeholder, og hvilken rolle de selv har. Ledelse og "
                "MED-udvalg drøfter deres roller inden mødet, så rammen er på plads, før "
                "medarbejderne inviteres.</p><p>Mødet kan holdes som et kort intromøde eller som "
                "en længere workshop eller et fællesmøde, der også sætter gang i trin 2. "
                "Drejebogen her er til den længere udgave.</p><p><strong>Faldgrube:</strong> Mange "
                "medarbejdere har oplevet forandringsprocesser, der endte med besparelser eller "
                "omstruktureringer. Den første reaktion kan derfor være “ikke endnu en proces”. "
                "Vær ærlig om formålet og om det, der ikke kan ændres, og sig tydeligt, hvad der "
                "sker med deltagernes input.</p>"
            ),
        },
        "simplified": {
            "title": "Intromøde på 1 time",
            "purpose": (
                "Et kort møde, hvor alle hører, hvad I skal i gang med, og hvorfor. I går derfra "
                "med fælles ord og en første liste over bøvl."
            ),
            "audiences": ["leder", "tillidsvalgt"],
            "duration_minutes": 60,
            "participants": "Hele teamet eller afdelingen og deres leder",
            "materials": (
                "Et ark med formål og det, der ikke kan ændres\n"
                "Post-its og kuglepenne\n"
                "Et stort ark papir"
            ),
            "preparation": (
                "<ul><li>Lederen og den tillidsvalgte taler sammen før mødet. Bliv enige om, "
                "hvorfor I gør det.</li><li>Skriv ned, hvad der ikke kan ændres. Fx en lov eller "
                "en aftale.</li><li>Fortæl MED-udvalget om mødet.</li><li>Inviter alle. Skriv i "
                "invitationen, hvad mødet handler om.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvorfor er vi her?",
                    "minutes": 15,
                    "description": (
                        "Lederen fortæller, hvorfor I gør det. Målet er at finde regler og "
                        "papirarbejde, der tager tid fra borgeren. Lederen siger også, hvad der "
                        "ikke kan ændres."
                    ),
                    "cue": (
                        "Er der besparelser i spil, så sig det. Ellers sig klart, at det ikke "
                        "handler om at spare."
                    ),
                },
                {
                    "title": "Hvad er styring?",
                    "minutes": 15,
                    "description": (
                        "Snak to og to: Nævn en regel, der hjælper dig. Nævn en, der bøvler. Sig "
                        "det højt i hele gruppen bagefter."
                    ),
                    "cue": "Skriv de ord op, folk bruger.",
                },
                {
                    "title": "Første bøvl",
                    "minutes": 20,
                    "description": (
                        "Alle skriver op til tre ting, der bøvler, på hver sin seddel. Sæt dem op "
                        "på arket. Læg de sedler sammen, der handler om det samme."
                    ),
                    "cue": "Spørg efter eksempler: Hvilket skema? Hvor tit?",
                },
                {
                    "title": "Hvad sker der nu?",
                    "minutes": 10,
                    "description": (
                        "Sig, hvem der tager sedlerne med. Sig, hvornår I mødes igen. Sig, hvordan "
                        "kolleger, der ikke er her, kan bidrage."
                    ),
                    "cue": "",
                },
            ],
            "follow_up": (
                "<ul><li>Skriv sedlerne af, og send listen til alle.</li><li>Hæng listen op, så "
                "kolleger kan skrive mere på.</li><li>Fortæl MED-udvalget, hvordan det gik.</li>"
                "</ul>"
            ),
            "body": (
                "<p>Trin 1 handler om en fælles start. Alle skal vide, hvad der skal ske, og hvad "
                "de selv skal bidrage med.</p><p>Nogle har prøvet at blive inddraget uden at blive "
                "hørt. Derfor er det vigtigt at være ærlig. Sig, hvad der ikke kan ændres. Sig, "
                "hvad I vil bruge input til. Og hold det, I lover.</p>"
            ),
        },
    },
    {
        "key": "boevl-indsamling",
        "steps": [2],
        "source": (
            "Bygger på metoderne til at undersøge udfordringer i trin 2 (vpt.dk, VPT-T2) og "
            "erfaringerne fra Høje-Taastrup (vpt.dk, VPT-HTK)."
        ),
        "full": {
            "title": "Bøvl-indsamling: interview, observation, registrering, spørgeskema",
            "purpose": (
                "En plan for, hvordan I samler viden om bøvl ind, så I får et fælles og konkret "
                "billede af, hvilken styring der forstyrrer kerneopgaven. Resultatet er en "
                "bøvl-liste med eksempler, omfang og hvem der mærker det, også fra kolleger, der "
                "ikke deltager i workshops."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder", "tillidsvalgt"],
            "duration_minutes": 90,
            "participants": (
                "En arbejdsgruppe på 4–8 personer med både ledere, tillidsvalgte og medarbejdere "
                "fra de berørte enheder"
            ),
            "materials": (
                "Oversigt over de fire metoder (se forklaringen i dette værktøj)\n"
                "Skabelon til interviewguide\n"
                "Skabelon til registreringsark\n"
                "Skabelon til observationsnoter\n"
                "Eventuelt et digitalt spørgeskemaværktøj, som kommunen allerede bruger\n"
                "Kalender til tidsplanen"
            ),
            "preparation": (
                "<ul><li>Saml det bøvl, der allerede er kommet frem i trin 1, så gruppen ikke "
                "starter forfra.</li><li>Afklar med lederen, hvor meget tid medarbejderne må bruge "
                "på at blive interviewet, registrere eller svare på spørgsmål.</li><li>Undersøg, "
                "om der er regler for at indsamle oplysninger, fx hvis borgere skal interviewes "
                "eller observeres. Spørg den, der har ansvar for databeskyttelse i kommunen.</li>"
                "</ul>"
            ),
            "programme": [
                {
                    "title": "Formål og ramme",
                    "minutes": 10,
                    "description": (
                        "Gruppen gennemgår, hvad indsamlingen skal svare på: Hvilken styring "
                        "bøvler mest, hvorfor, og for hvem? Lederen minder om det, der ikke kan "
                        "ændres."
                    ),
                    "cue": (
                        "Hold fokus på få spørgsmål. Jo mere I samler, jo mere skal I også "
                        "bearbejde."
                    ),
                },
                {
                    "title": "Vælg metoder",
                    "minutes": 20,
                    "description": (
                        "Gruppen vælger en eller to metoder ud fra, hvad I vil vide. Interview "
                        "giver dybde. Observation viser, hvad der faktisk sker. Registrering "
                        "viser, hvor tit noget sker. Spørgeskema når mange. En borger-, "
                        "medarbejder- eller opgaverejse viser, hvor styringen rammer undervejs i "
                        "et forløb."
                    ),
                    "cue": (
                        "Spørg: Hvad skal vi vide, som vi ikke allerede ved? Vælg den enkleste "
                        "metode, der kan svare på det."
                    ),
                },
                {
                    "title": "Lav spørgsmål og skemaer",
                    "minutes": 30,
                    "description": (
                        "Gruppen laver de konkrete redskaber: 5–8 interviewspørgsmål, et "
                        "registreringsark med få kolonner, en observationsguide eller et kort "
                        "spørgeskema. Test dem på hinanden."
                    ),
                    "cue": (
                        "Gode spørgsmål handler om konkrete situationer: Hvornår skete det sidst? "
                        "Hvad gjorde du? Hvad tog tid?"
                    ),
                },
                {
                    "title": "Fordel opgaver og tidsplan",
                    "minutes": 15,
                    "description": (
                        "Aftal, hvem der interviewer hvem, hvem der observerer hvor, og i hvilken "
                        "periode der registreres. To til tre uger er ofte nok."
                    ),
                    "cue": (
                        "Sørg for, at indsamlingen når de kolleger, der ikke er med i gruppen, fx "
                        "andre vagtlag eller deltidsansatte."
                    ),
                },
                {
                    "title": "Aftal, hvordan data bliver brugt",
                    "minutes": 15,
                    "description": (
                        "Aftal, hvordan I samler resultaterne, hvem der skriver bøvl-listen, og "
                        "hvordan den bliver præsenteret for alle. Skriv en kort tekst til "
                        "kollegerne om, hvad deres svar bliver brugt til."
                    ),
                    "cue": (
                        "Lov kun det, I kan holde. Folk skal kunne se, at deres input bliver brugt."
                    ),
                },
            ],
            "follow_up": (
                "<ul><li>Saml resultaterne i en bøvl-liste: hvad er bøvlet, hvor tit sker det, "
                "hvem mærker det, og hvor kommer styringen fra.</li><li>Præsenter listen for alle, "
                "der har bidraget, før I prioriterer.</li><li>Gå videre med udfordringsbeskrivelse "
                "og interessentkort for de vigtigste udfordringer.</li></ul>"
            ),
            "body": (
                "<p>Trin 2 handler om at få et fælles overblik over, hvilken styring der "
                "forstyrrer kerneopgaven mest, og om at forstå, hvad problemet egentlig er. Det "
                "kræver viden fra hverdagen, også fra dem, der ikke sidder med ved bordet.</p>"
                "<p>Da Høje-Taastrup Kommune holdt workshops om bøvl, fandt én skole 48 eksempler. "
                "Det viser, at der ofte er mere at hente, end man tror, og at I hurtigt får brug "
                "for at prioritere.</p><p>De fire metoder:</p><ul><li><strong>Interview:</strong> "
                "korte samtaler med medarbejdere, ledere eller borgere om konkrete "
                "situationer.</li><li><strong>Observation:</strong> en person følger en "
                "arbejdsgang og noterer, hvornår styring afbryder eller forsinker arbejdet.</li>"
                "<li><strong>Registrering:</strong> medarbejdere noterer i en periode, hver gang "
                "de møder et bestemt bøvl, og hvor lang tid det tager.</li>"
                "<li><strong>Spørgeskema:</strong> få og enkle spørgsmål, når mange skal kunne "
                "svare.</li></ul><p><strong>Faldgrube:</strong> Hvis folk bruger tid på at svare "
                "uden at høre mere, opleves det som en skinproces. Sæt en klar ramme for "
                "indsamlingen, og fortæl, hvad svarene bliver brugt til.</p>"
            ),
        },
        "simplified": {
            "title": "Bøvl-jagt på personalemødet",
            "purpose": (
                "Find det bøvl, der tager mest tid fra borgeren. I går fra mødet med en kort liste "
                "med de tre største ting."
            ),
            "audiences": ["tillidsvalgt", "leder", "medarbejder"],
            "duration_minutes": 30,
            "participants": "Teamet på et personalemøde, 4–20 personer",
            "materials": (
                "Post-its og kuglepenne\n"
                "Et stort ark papir\n"
                "Tre klistermærker til hver\n"
                "Et ark til kolleger, der ikke er til stede"
            ),
            "preparation": (
                "<ul><li>Sæt en halv time af på personalemødet.</li><li>Hæng et ark op i "
                "pauserummet en uge før. Skriv øverst: Hvad bøvler i dit arbejde?</li><li>Tal med "
                "lederen om, hvad der ikke kan ændres.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Skriv",
                    "minutes": 10,
                    "description": (
                        "Alle skriver op til tre ting, der bøvler. En ting på hver seddel. Skriv "
                        "så konkret som muligt. Skriv fx navnet på skemaet."
                    ),
                    "cue": "Spørg: Hvornår skete det sidst? Hvor lang tid tog det?",
                },
                {
                    "title": "Saml",
                    "minutes": 10,
                    "description": (
                        "Sæt sedlerne op. Læs dem højt. Læg dem sammen, der handler om det samme. "
                        "Tag også sedlerne fra arket i pauserummet med."
                    ),
                    "cue": "",
                },
                {
                    "title": "Vælg",
                    "minutes": 10,
                    "description": (
                        "Alle sætter tre klistermærker ved det, der fylder mest. Skriv de tre "
                        "største ting ned."
                    ),
                    "cue": "Sig, at de andre sedler ikke bliver smidt ud.",
                },
            ],
            "follow_up": (
                "<ul><li>Send listen til alle, også dem, der ikke var med.</li><li>Giv listen til "
                "den, der står for forløbet.</li><li>Fortæl på næste møde, hvad der skal ske med "
                "de tre ting.</li></ul>"
            ),
            "body": (
                "<p>Bøvl er det, der tager tid fra kerneopgaven. Det kan være et skema, et krav om "
                "at skrive noget ned eller en arbejdsgang, der går i ring.</p><p>I kender selv "
                "bøvlet bedst. Men husk at spørge dem, der ikke er på mødet. Og fortæl altid, hvad "
                "der sker med sedlerne. Ellers føles det spildt.</p>"
            ),
        },
    },
    {
        "key": "udfordringsbeskrivelse",
        "steps": [2],
        "source": (
            "Bygger på trin 2 om at undersøge og prioritere udfordringer (vpt.dk, VPT-T2) og "
            "reglen om, at alle med aktier i styringen inddrages (vpt.dk, VPT-6TRIN)."
        ),
        "full": {
            "title": "Udfordringsbeskrivelse og interessentkort",
            "purpose": (
                "En skabelon til at beskrive én udfordring grundigt: hvad bøvlet er, hvorfor det "
                "opstår, hvor styringen kommer fra, og hvem der har aktier i den. Resultatet er en "
                "fælles forståelse af hver udfordring, et interessentkort og en prioriteret "
                "kortliste, der er klar til trin 3."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder", "tillidsvalgt"],
            "duration_minutes": 90,
            "participants": (
                "En arbejdsgruppe på 4–10 personer med aktier i udfordringen, gerne fra flere led "
                "i styringskæden"
            ),
            "materials": (
                "Bøvl-listen fra indsamlingen\n"
                "Skabelon til udfordringsbeskrivelse (ét ark pr. udfordring)\n"
                "Stort ark til interessentkort med tre ringe\n"
                "Post-its og tusser\n"
                "Klistermærker til prioritering"
            ),
            "preparation": (
                "<ul><li>Vælg på forhånd de udfordringer, der skal beskrives, eller afsæt tid til "
                "at vælge dem i starten.</li><li>Saml de data, I har om hver udfordring: citater, "
                "registreringer, observationer.</li><li>Tegn interessentkortet: en lille ring i "
                "midten for dem, der mærker bøvlet direkte, en ring for dem, der ejer eller bruger "
                "styringen, og en ydre ring for dem, der skal informeres.</li><li>Overvej, om "
                "andre enheder har aktier i udfordringen og bør inviteres.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Vælg udfordring",
                    "minutes": 10,
                    "description": (
                        "Gruppen vælger den udfordring, der skal beskrives først. Er I mange, "
                        "deles I i grupper med hver sin udfordring."
                    ),
                    "cue": (
                        "Start med en udfordring, hvor der er data, så beskrivelsen bliver konkret."
                    ),
                },
                {
                    "title": "Beskriv bøvlet",
                    "minutes": 20,
                    "description": (
                        "Gruppen udfylder første del af skabelonen: Hvad sker der? Hvem mærker "
                        "det? Hvor tit? Hvad betyder det for borgeren og for kerneopgaven?"
                    ),
                    "cue": (
                        "Skil beskrivelse fra løsning. Kommer der løsningsforslag, så parker dem "
                        "på en seddel til trin 3."
                    ),
                },
                {
                    "title": "Find årsagen",
                    "minutes": 20,
                    "description": (
                        "Gruppen spørger hvorfor flere gange: Hvorfor findes reglen? Hvad var "
                        "formålet? Hvor kommer den fra: egen enhed, kommunen eller staten? Hvad er "
                        "der tvivl om?"
                    ),
                    "cue": (
                        "Hjælp gruppen til at skelne mellem det, man ved, og det, man tror. Tvivl "
                        "bliver til opgaver."
                    ),
                },
                {
                    "title": "Interessentkort",
                    "minutes": 25,
                    "description": (
                        "Gruppen placerer alle, der har aktier i styringen, på kortet: "
                        "medarbejdere, ledere på flere niveauer, andre enheder, borgere og "
                        "pårørende, MED-udvalget. Marker, hvem der skal være med i trin 3, og hvem "
                        "der skal informeres."
                    ),
                    "cue": (
                        "Spørg efter de fraværende: Hvem kan stoppe en løsning, hvis de ikke er "
                        "med? Hvem skal ændre noget i deres arbejde?"
                    ),
                },
                {
                    "title": "Prioritér",
                    "minutes": 15,
                    "description": (
                        "Når flere udfordringer er beskrevet, prioriterer gruppen med "
                        "klistermærker ud fra to spørgsmål: Hvor meget forstyrrer det "
                        "kerneopgaven? Hvor meget kan vi selv påvirke det?"
                    ),
                    "cue": (
                        "Aftal, om I går efter lavthængende frugter eller en mere systematisk "
                        "indsats, og skriv valget ned."
                    ),
                },
            ],
            "follow_up": (
                "<ul><li>Skriv udfordringsbeskrivelserne rent, og læg dem i forløbets "
                "oversigt.</li><li>Inviter de interessenter, der skal være med i trin 3.</li>"
                "<li>Fordel opgaverne med at undersøge det, der er tvivl om, fx hvor en regel "
                "kommer fra.</li><li>Fortæl alle, der bidrog med bøvl, hvilke udfordringer der er "
                "valgt, og hvorfor.</li></ul>"
            ),
            "body": (
                "<p>Trin 2 handler ikke kun om at finde bøvl, men om at forstå det. En løsning "
                "rammer ved siden af, hvis man løser det forkerte problem, eller hvis dem, der "
                "ejer styringen, ikke var med. Udfordringsbeskrivelsen og interessentkortet "
                "hjælper jer med at undersøge, hvad der virkelig er bøvlet, og hvem der skal "
                "inddrages.</p><p>Samskabt styring bygger på, at alle, der har aktier i en bestemt "
                "styring, er med til at undersøge og ændre den. Det gælder hele styringskæden: "
                "chefer, ledere og medarbejdere, og nogle gange også borgere og pårørende.</p>"
                "<p><strong>Faldgrube:</strong> Inddrag de relevante og berørte parter, men ikke "
                "alle til alt. For mange deltagere gør processen tung, og de rigtige kan falde "
                "fra, når det bliver komplekst.</p>"
            ),
        },
        "simplified": {
            "title": "Udfordringsark",
            "purpose": (
                "Et ark med fem spørgsmål om ét bøvl. Når det er udfyldt, ved I, hvad problemet "
                "er, og hvem der skal være med til at løse det."
            ),
            "audiences": ["tillidsvalgt", "leder"],
            "duration_minutes": 45,
            "participants": "3–6 kolleger, der kender bøvlet, og deres leder",
            "materials": (
                "Et udfordringsark pr. bøvl\nKuglepenne\nPost-its til idéer, der skal gemmes"
            ),
            "preparation": (
                "<ul><li>Vælg et bøvl fra jeres liste.</li><li>Skriv de fem spørgsmål på et "
                "ark.</li><li>Find de eksempler frem, I har på bøvlet.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvad er bøvlet?",
                    "minutes": 15,
                    "description": (
                        "Svar på de tre første spørgsmål: Hvad sker der? Hvem mærker det? Hvor tit?"
                    ),
                    "cue": (
                        "Får I idéer til løsninger? Skriv dem på en seddel, og gem dem til senere."
                    ),
                },
                {
                    "title": "Hvorfor er det sådan?",
                    "minutes": 15,
                    "description": (
                        "Svar på spørgsmål fire: Hvorfor er reglen der? Hvem har bestemt den? Ved "
                        "I det ikke, så skriv, hvem der kan svare."
                    ),
                    "cue": "Nogle regler er lavet her i huset. Tjek det.",
                },
                {
                    "title": "Hvem skal med?",
                    "minutes": 15,
                    "description": (
                        "Svar på spørgsmål fem: Hvem har aktier i reglen? Hvem bruger den? Hvem "
                        "kan ændre den? Skriv navne eller enheder."
                    ),
                    "cue": "",
                },
            ],
            "follow_up": (
                "<ul><li>Giv arket til den, der står for forløbet.</li><li>Spørg dem, der kan "
                "svare på det, I ikke ved.</li><li>Inviter dem, der skal med, når I skal finde "
                "løsninger.</li></ul>"
            ),
            "body": (
                "<p>De fem spørgsmål er:</p><ol><li>Hvad sker der?</li><li>Hvem mærker det?</li>"
                "<li>Hvor tit sker det?</li><li>Hvorfor er reglen der, og hvem har bestemt "
                "den?</li><li>Hvem har aktier i den? Altså: Hvem bruger den, og hvem kan ændre "
                "den?</li></ol><p>Brug tid på at forstå bøvlet, før I går i gang med løsninger. Så "
                "løser I det rigtige problem.</p>"
            ),
        },
    },
    {
        "key": "brainstorm",
        "steps": [3],
        "source": (
            "Bygger på trin 3: Udvikle løsninger (vpt.dk, VPT-T3) og erfaringerne om at indhegne "
            "inddragelsen (vpt.dk, VPT-INDHEGN)."
        ),
        "full": {
            "title": "Drejebog: brainstorm-workshop",
            "purpose": (
                "En workshop, hvor dem, der har aktier i en udfordring, sammen udvikler mange "
                "idéer og vælger de bedste. Resultatet er en eller flere løsninger pr. udfordring, "
                "hver med en ønsket effekt og tegn på, at den virker."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder"],
            "duration_minutes": 120,
            "participants": (
                "6–20 deltagere, der har aktier i de prioriterede udfordringer, fra flere led i "
                "styringskæden"
            ),
            "materials": (
                "Udfordringsbeskrivelser og interessentkort fra trin 2\n"
                "Planche med rammen og det, der ikke kan ændres\n"
                "Post-its, tusser og flipover til hver gruppe\n"
                "Skabelon med de tre effektspørgsmål\n"
                "Klistermærker til at vælge idéer"
            ),
            "preparation": (
                "<ul><li>Inviter dem, der har aktier i udfordringerne, også fra andre enheder. "
                "Brug interessentkortene fra trin 2.</li><li>Send udfordringsbeskrivelserne ud på "
                "forhånd, så alle kender problemet.</li><li>Hvis der er flere arbejdsgrupper, så "
                "klæd dem på inden workshoppen, og giv dem tid til at planlægge deres arbejde "
                "bagefter.</li><li>Aftal med lederen, hvilke typer løsninger der ligger uden for "
                "rammen, fx fordi de kræver lovændringer eller nye bevillinger.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Ramme og udfordringer",
                    "minutes": 15,
                    "description": (
                        "Facilitator genfortæller udfordringerne kort og viser rammen. Lederen "
                        "siger, hvad der ligger fast, og hvad gruppen har mandat til at foreslå."
                    ),
                    "cue": (
                        "En klar ramme gør det lettere at tænke frit inden for den. Sig, hvad der "
                        "sker med idéer, der ligger uden for."
                    ),
                },
                {
                    "title": "Stille brainstorm",
                    "minutes": 15,
                    "description": (
                        "Hver deltager skriver så mange idéer som muligt, en pr. seddel, uden at "
                        "tale sammen. Alle idéer er velkomne, også de vilde."
                    ),
                    "cue": (
                        "Stille start giver plads til dem, der ikke siger så meget i plenum. Hold "
                        "tiden."
                    ),
                },
                {
                    "title": "Del og byg videre",
                    "minutes": 25,
                    "description": (
                        "I grupper læser deltagerne idéerne op og bygger videre på hinandens. "
                        "Idéer, der ligner hinanden, lægges sammen. Gruppen bruger de fire F'er: "
                        "Kan noget fjernes helt, eller skal det forandres?"
                    ),
                    "cue": (
                        "Ingen kritik i denne fase. Spørg i stedet: Hvad skulle der til, for at "
                        "det kunne lade sig gøre?"
                    ),
                },
                {
                    "title": "Pause",
                    "minutes": 10,
                    "description": "Kort pause.",
                    "cue": "",
                },
                {
                    "title": "Vælg idéer",
                    "minutes": 15,
                    "description": (
                        "Hver deltager får tre klistermærker og sætter dem på de idéer, der bedst "
                        "løser udfordringen inden for rammen. Gruppen vælger en til tre idéer pr. "
                        "udfordring."
                    ),
                    "cue": "Tjek, om de valgte idéer rammer selve bøvlet, og ikke kun et symptom.",
                },
                {
                    "title": "Effektspørgsmål",
                    "minutes": 25,
                    "description": (
                        "For hver valgt idé besvarer gruppen tre spørgsmål: Hvilken effekt ønsker "
                        "vi? Vil løsningen give den effekt? Hvilke tegn skal vi kigge efter for at "
                        "se, om den virker?"
                    ),
                    "cue": (
                        "Tegnene skal kunne ses eller tælles i hverdagen. Brug dem igen i trin 4 "
                        "og 5."
                    ),
                },
                {
                    "title": "Aftaler",
                    "minutes": 15,
                    "description": (
                        "Aftal, hvem der arbejder videre med hver løsning, og hvordan resten af "
                        "organisationen hører om dem. Aftal tidspunkt for at planlægge "
                        "prøvehandlingen."
                    ),
                    "cue": (
                        "Sig, hvad der sker med de idéer, der ikke blev valgt. De kan være gode "
                        "til en anden gang."
                    ),
                },
            ],
            "follow_up": (
                "<ul><li>Skriv de valgte løsninger ind i forløbets oversigt med ønsket effekt og "
                "tegn.</li><li>Gem de idéer, der ikke blev valgt, i en idébank.</li><li>Fortæl "
                "kolleger og andre enheder, hvilke løsninger der arbejdes videre med.</li><li>Gå "
                "videre til trin 4 med en prøvehandlingsplan for hver løsning.</li></ul>"
            ),
            "body": (
                "<p>I trin 3 skal I finde mulige løsninger på de udfordringer, I har prioriteret. "
                "Det virker bedst, når dem, der har aktier i udfordringen, er med fra start. Så "
                "bliver løsningerne både bedre og lettere at føre ud i livet.</p><p>Workshoppen "
                "veksler mellem at åbne og lukke: først mange idéer, så et valg og til sidst en "
                "vurdering af effekten.</p><p><strong>Faldgrube:</strong> Hvis deltagerne kommer "
                "med vilde idéer, som ledelsen bagefter afviser, føles det som spildt tid. Indhegn "
                "inddragelsen: Sig klart fra start, hvad gruppen kan bestemme, hvad den kan "
                "foreslå, og hvad der ligger fast.</p>"
            ),
        },
        "simplified": {
            "title": "Idé-runde i teamet",
            "purpose": (
                "Find idéer til at løse ét bøvl. I går derfra med en eller to idéer, som I vil "
                "prøve af."
            ),
            "audiences": ["tillidsvalgt", "leder", "medarbejder"],
            "duration_minutes": 40,
            "participants": "4–12 kolleger og deres leder",
            "materials": (
                "Udfordringsarket for bøvlet\nPost-its og kuglepenne\nTre klistermærker til hver"
            ),
            "preparation": (
                "<ul><li>Vælg et bøvl, som I har beskrevet på et udfordringsark.</li><li>Tal med "
                "lederen om, hvad I må bestemme selv.</li><li>Inviter dem, der har aktier i "
                "bøvlet, også fra andre teams.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvad er bøvlet?",
                    "minutes": 5,
                    "description": (
                        "Læs udfordringsarket højt. Sig, hvad I må bestemme, og hvad der ligger "
                        "fast."
                    ),
                    "cue": "",
                },
                {
                    "title": "Idéer",
                    "minutes": 15,
                    "description": (
                        "Alle skriver idéer i fem minutter. En idé på hver seddel. Alle idéer er "
                        "gode. Så læser I dem op og bygger videre på dem."
                    ),
                    "cue": "Ingen siger nej endnu. Spørg: Hvad skal der til?",
                },
                {
                    "title": "Vælg",
                    "minutes": 10,
                    "description": "Sæt klistermærker på de bedste idéer. Vælg en eller to.",
                    "cue": "",
                },
                {
                    "title": "Tjek idéen",
                    "minutes": 10,
                    "description": (
                        "Stil tre spørgsmål til hver valgt idé: Hvad vil vi opnå? Vil idéen give "
                        "det? Hvad skal vi se efter?"
                    ),
                    "cue": "Svaret på det sidste spørgsmål skal være noget, I kan se eller tælle.",
                },
            ],
            "follow_up": (
                "<ul><li>Skriv de valgte idéer og svarene ned.</li><li>Gem de andre idéer. De kan "
                "bruges senere.</li><li>Brug arket Prøvehandling på én side til at planlægge en "
                "lille test.</li></ul>"
            ),
            "body": (
                "<p>Når I kender bøvlet, er det tid til idéer. Dem, der mærker bøvlet, har tit de "
                "bedste idéer.</p><p>Sig fra start, hvad I må bestemme. Så bliver ingen skuffet "
                "bagefter.</p>"
            ),
        },
    },
    {
        "key": "vurdering",
        "steps": [3, 4],
        "source": (
            "Bygger på trin 3, som nævner fire udgivne værktøjer til at vurdere løsninger og tre "
            "spørgsmål om effekt (vpt.dk, VPT-T3), og på de tre succeslinser i trin 4 (vpt.dk, "
            "VPT-T4). Værktøjernes navne er ikke fundet."
        ),
        "full": {
            "title": "De 4 vurderingsværktøjer",
            "purpose": (
                "Vurder løsningerne, før I tester dem: Hvilken effekt ønsker I, vil løsningen give "
                "den, og hvilke tegn vil vise det? Resultatet er en kort vurdering af hver løsning "
                "og en liste over tegn, som I kan holde øje med i prøvehandlingen."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder"],
            "duration_minutes": 60,
            "participants": "Arbejdsgruppen for en eller flere løsninger, 4–10 personer",
            "materials": (
                "Beskrivelse af hver løsning fra trin 3\n"
                "Skema med de tre effektspørgsmål og de tre succeslinser\n"
                "Udfordringsbeskrivelsen og interessentkortet fra trin 2\n"
                "Post-its og tusser"
            ),
            "preparation": (
                "<ul><li>Skriv hver løsning kort op: hvad ændrer sig, og for hvem.</li><li>Tag "
                "udfordringsbeskrivelsen med, så gruppen kan holde løsningen op mod det "
                "oprindelige bøvl.</li><li>Når Fremfærds fire vurderingsværktøjer er tilgængelige "
                "i portalen, så vælg det, der passer til løsningen, og brug det i stedet for eller "
                "sammen med skemaet her.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Løsningen kort",
                    "minutes": 5,
                    "description": (
                        "Den, der har arbejdet med løsningen, fremlægger den på to minutter: Hvad "
                        "er bøvlet, og hvad skal ændres?"
                    ),
                    "cue": "",
                },
                {
                    "title": "Hvilken effekt ønsker vi?",
                    "minutes": 15,
                    "description": (
                        "Gruppen beskriver den ønskede effekt så konkret som muligt og ud fra tre "
                        "linser: effekten for borgeren, en mere effektiv opgaveløsning og "
                        "arbejdsmiljøet for medarbejdere og ledere."
                    ),
                    "cue": (
                        "Bed om effekter, man kan mærke i hverdagen, fx mindre tid på "
                        "dobbeltregistrering, ikke bare “bedre kvalitet”."
                    ),
                },
                {
                    "title": "Vil løsningen give den effekt?",
                    "minutes": 15,
                    "description": (
                        "Gruppen gennemgår, hvordan løsningen skal føre til effekten. Hvad skal "
                        "ske først, og hvad afhænger det af? Hvem skal gøre noget anderledes? Kan "
                        "det give nyt bøvl et andet sted i styringskæden?"
                    ),
                    "cue": (
                        "Spørg de interessenter, der ikke selv har foreslået løsningen. De ser "
                        "ofte risici, som andre overser."
                    ),
                },
                {
                    "title": "Hvilke tegn ser vi efter?",
                    "minutes": 15,
                    "description": (
                        "Gruppen vælger to til fire tegn, som viser, om løsningen virker. Et tegn "
                        "kan tælles (minutter, antal, gentagelser) eller observeres (hvad folk gør "
                        "og siger). Aftal, hvordan I kan se tegnet før og efter."
                    ),
                    "cue": (
                        "Få og enkle tegn er bedre end mange. Tegnene skal kunne følges uden stort "
                        "ekstra arbejde, ellers bliver målingen selv et nyt bøvl."
                    ),
                },
                {
                    "title": "Samlet vurdering",
                    "minutes": 10,
                    "description": (
                        "Gruppen beslutter, om løsningen skal testes som den er, justeres først "
                        "eller lægges til side. Skriv begrundelsen ned."
                    ),
                    "cue": (
                        "Det er et godt resultat at lægge en løsning væk, hvis vurderingen viser, "
                        "at den ikke rammer bøvlet."
                    ),
                },
            ],
            "follow_up": (
                "<ul><li>Skriv den ønskede effekt og tegnene ind ved løsningen i forløbets "
                "oversigt.</li><li>Brug tegnene i prøvehandlingsplanen i trin 4 og i måleplanen i "
                "trin 5.</li><li>Del vurderingen med de interessenter, der ikke var med.</li></ul>"
            ),
            "body": (
                "<p>I trin 3 skal hver løsning vurderes fra flere sider, før den bliver testet. "
                "Fremfærd har udgivet fire værktøjer til at vurdere løsninger. <strong>Navnene og "
                "indholdet af de fire værktøjer leveres af Fremfærd.</strong> Indtil de er lagt "
                "ind, bygger denne udgave på de tre spørgsmål om effekt, som trin 3 beskriver:</p>"
                "<ol><li>Hvilken effekt ønsker vi?</li><li>Vil løsningen give den effekt?</li>"
                "<li>Hvordan kan vi se det, altså hvilke tegn skal vi kigge efter?</li></ol><p>Ved "
                "vurderingen kan I bruge de tre linser, som trin 4 nævner for en vellykket "
                "løsning: effekt for borgerne, en mere effektiv opgaveløsning og et godt "
                "arbejdsmiljø for medarbejdere og ledere.</p>"
            ),
        },
        "simplified": {
            "title": "Effektspørgsmål (3 spørgsmål)",
            "purpose": (
                "Tre spørgsmål, I stiller til en idé, før I prøver den af. Så ved I, hvad I vil "
                "opnå, og hvad I skal se efter."
            ),
            "audiences": ["tillidsvalgt", "leder", "medarbejder"],
            "duration_minutes": 20,
            "participants": "2–8 kolleger og deres leder",
            "materials": ("Et ark med de tre spørgsmål\nKuglepenne"),
            "preparation": (
                "<ul><li>Skriv idéen kort øverst på arket.</li><li>Skriv de tre spørgsmål ind "
                "under idéen.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvad vil vi opnå?",
                    "minutes": 7,
                    "description": (
                        "Hvad skal blive bedre? For borgeren, for jeres arbejde eller for jeres "
                        "trivsel? Skriv det kort."
                    ),
                    "cue": (
                        "Vær konkret. Skriv fx: Vi bruger mindre tid på at skrive det samme to "
                        "gange."
                    ),
                },
                {
                    "title": "Vil idéen give det?",
                    "minutes": 7,
                    "description": (
                        "Tal om, hvordan idéen skal virke. Hvem skal gøre noget nyt? Kan det give "
                        "nyt bøvl et andet sted?"
                    ),
                    "cue": "",
                },
                {
                    "title": "Hvad ser vi efter?",
                    "minutes": 6,
                    "description": (
                        "Vælg to eller tre tegn, I kan se eller tælle. Fx minutter, antal skemaer "
                        "eller hvad borgerne siger."
                    ),
                    "cue": "Tegnene skal være lette at holde øje med.",
                },
            ],
            "follow_up": (
                "<ul><li>Skriv svarene på arket Prøvehandling på én side.</li><li>Brug tegnene, "
                "når I senere ser på, om idéen virker.</li></ul>"
            ),
            "body": (
                "<p>Før I prøver en idé af, er det godt at stoppe op. Spørgsmålene hjælper jer til "
                "at blive enige om målet.</p><p>De tre spørgsmål er:</p><ol><li>Hvad vil vi "
                "opnå?</li><li>Vil idéen give det?</li><li>Hvad skal vi se efter for at vide, om "
                "den virker?</li></ol><p>Fremfærd har også fire værktøjer til at vurdere idéer. "
                "Navnene og indholdet af dem leveres af Fremfærd.</p>"
            ),
        },
    },
    {
        "key": "proevehandling",
        "steps": [4],
        "source": (
            "Bygger på trin 4 om at teste og implementere løsninger (vpt.dk, VPT-T4) og den "
            "tidligere beskrivelse af trin 4 (vpt.dk, VPT-T4-2018)."
        ),
        "full": {
            "title": "Prøvehandlingsplan + barrieretjek",
            "purpose": (
                "En plan for at teste en løsning i lille skala, før den rulles ud: hvem gør hvad "
                "anderledes fra hvornår, i hvilken enhed og periode, hvilken effekt I forventer, "
                "og hvem der holder øje med hvilke tegn. Planen indeholder et tjek af kulturelle, "
                "juridiske, tekniske og kompetencemæssige barrierer."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder", "tillidsvalgt"],
            "duration_minutes": 90,
            "participants": (
                "Arbejdsgruppen bag løsningen, lederen af den enhed, der skal teste, og en "
                "tillidsvalgt, 4–8 personer"
            ),
            "materials": (
                "Løsningen med ønsket effekt og tegn fra trin 3\n"
                "Skabelon til prøvehandlingsplan\n"
                "Skema til barrieretjek med fire rækker\n"
                "Kalender"
            ),
            "preparation": (
                "<ul><li>Find en enhed eller arbejdsplads, der vil teste løsningen, og få lederens "
                "accept.</li><li>Tag den ønskede effekt og tegnene fra trin 3 med.</li>"
                "<li>Undersøg på forhånd de spørgsmål, der kræver eksperter, fx om jura, "
                "it-systemer eller databeskyttelse.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Løsningen og effekten",
                    "minutes": 10,
                    "description": (
                        "Gruppen genopfrisker løsningen, den ønskede effekt og de tegn, der blev "
                        "valgt i trin 3."
                    ),
                    "cue": (
                        "Tjek, at alle forstår løsningen på samme måde. Bed en deltager om at "
                        "forklare den med egne ord."
                    ),
                },
                {
                    "title": "Barrieretjek",
                    "minutes": 25,
                    "description": (
                        "Gruppen gennemgår fire typer barrierer. Kulturelle: Strider løsningen mod "
                        "vaner eller faglige normer? Juridiske: Er der regler, løsningen skal "
                        "overholde? Tekniske: Kan systemerne understøtte det? Kompetencer: Har "
                        "dem, der skal gøre noget nyt, det, de skal bruge? For hver barriere "
                        "aftales en handling."
                    ),
                    "cue": (
                        "En barriere er ikke et stop. Spørg: Hvad skal der til for at komme forbi "
                        "den? Noter det, der skal undersøges, med navn og frist."
                    ),
                },
                {
                    "title": "Testens ramme",
                    "minutes": 15,
                    "description": (
                        "Gruppen aftaler enhed og periode for testen: én afdeling eller "
                        "arbejdsplads i en afgrænset periode, fx fire til otte uger."
                    ),
                    "cue": (
                        "Vælg en periode, der er lang nok til, at børnesygdomme kan vise sig og "
                        "blive rettet."
                    ),
                },
                {
                    "title": "Hvem gør hvad, fra hvornår",
                    "minutes": 20,
                    "description": (
                        "Gruppen beskriver præcist, hvem der gør noget anderledes, hvad de gør i "
                        "stedet, og fra hvilken dato. Det gælder også ledere og andre enheder, der "
                        "berøres."
                    ),
                    "cue": (
                        "Hvis det ikke kan skrives i én sætning pr. person, er løsningen måske "
                        "ikke klar nok endnu."
                    ),
                },
                {
                    "title": "Tegn og opfølgning",
                    "minutes": 15,
                    "description": (
                        "Aftal, hvem der holder øje med hvilke tegn, hvordan I måler før og efter, "
                        "og hvornår I mødes for at justere undervejs. Aftal, hvornår testen "
                        "slutter, og hvem der beslutter, om løsningen skal implementeres."
                    ),
                    "cue": "Sørg for, at der er mindst ét opfølgningsmøde midt i perioden.",
                },
                {
                    "title": "Kommunikation",
                    "minutes": 5,
                    "description": (
                        "Aftal, hvem der fortæller de berørte ledere og medarbejdere om testen, og "
                        "hvornår."
                    ),
                    "cue": "",
                },
            ],
            "follow_up": (
                "<ul><li>Registrer prøvehandlingen i forløbets oversigt med enhed, periode, hvem "
                "der gør hvad, og status.</li><li>Start målingen før testen går i gang, så I har "
                "et udgangspunkt.</li><li>Hold opfølgningsmødet midt i perioden, og juster "
                "løsningen, hvis der er børnesygdomme.</li><li>Skriv en kort opsummering, når "
                "testen slutter: hvad virkede, hvad blev justeret, og hvad er anbefalingen.</li>"
                "</ul>"
            ),
            "body": (
                "<p>I trin 4 skal løsningen ud i praksis. Når I er usikre på, om en løsning "
                "virker, så test den først i lille skala. En prøvehandling er en lille, "
                "tidsafgrænset test i én enhed. Den fanger børnesygdommene, før løsningen rulles "
                "ud til alle.</p><p>Før testen skal I være enige om, hvilken effekt I forventer, "
                "og hvem der holder øje med hvilke tegn. Under testen er det helt normalt at "
                "justere.</p><p><strong>Faldgrube:</strong> Hvis det ikke er tydeligt, hvem der "
                "skal gøre noget nyt, og fra hvornår, sker der ofte ingenting. Skriv det ned, så "
                "konkret som muligt.</p>"
            ),
        },
        "simplified": {
            "title": "Prøvehandling på én side",
            "purpose": (
                "Et ark, hvor I planlægger en lille test af en idé. Når arket er udfyldt, ved "
                "alle, hvem der gør hvad, hvornår og hvad I holder øje med."
            ),
            "audiences": ["tillidsvalgt", "leder"],
            "duration_minutes": 45,
            "participants": "Lederen, en tillidsvalgt og 2–4 kolleger, der skal være med i testen",
            "materials": (
                "Arket Prøvehandling på én side\nSvarene på de tre effektspørgsmål\nKuglepenne"
            ),
            "preparation": (
                "<ul><li>Vælg den idé, I vil teste.</li><li>Find svarene på de tre effektspørgsmål "
                "frem.</li><li>Aftal med lederen, hvor testen skal være.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvad tester vi?",
                    "minutes": 10,
                    "description": (
                        "Skriv idéen i en sætning. Skriv, hvad I vil opnå. Vælg hvor: Ét team "
                        "eller én afdeling. Vælg hvor længe: Fx fire uger."
                    ),
                    "cue": "Hold testen lille. Det er lettere at rette til.",
                },
                {
                    "title": "Hvem gør hvad?",
                    "minutes": 15,
                    "description": (
                        "Skriv, hvem der gør noget nyt. Skriv, hvad de gør anderledes. Skriv, fra "
                        "hvilken dato."
                    ),
                    "cue": "Hver person skal kunne læse sin egen linje og vide, hvad de skal.",
                },
                {
                    "title": "Hvad kan stå i vejen?",
                    "minutes": 10,
                    "description": (
                        "Gå fire ting igennem. Vaner: Passer det med den måde, vi plejer at gøre "
                        "det på? Regler: Må vi det? Teknik: Kan systemet det? Viden: Ved folk, "
                        "hvad de skal gøre? Skriv, hvad I gør ved det."
                    ),
                    "cue": "Ved I ikke, om I må? Så spørg, før I går i gang.",
                },
                {
                    "title": "Hvem holder øje?",
                    "minutes": 10,
                    "description": (
                        "Skriv de tegn, I ser efter. Skriv, hvem der holder øje med hvert tegn. "
                        "Aftal en dag midt i testen, hvor I taler om, hvordan det går."
                    ),
                    "cue": "",
                },
            ],
            "follow_up": (
                "<ul><li>Hæng arket op, så alle kan se det.</li><li>Fortæl de kolleger, der er "
                "med, at testen starter.</li><li>Tal om testen midt i perioden. Ret til, hvis "
                "noget ikke virker.</li><li>Brug Før/efter-logbogen, hvis I vil måle tid.</li></ul>"
            ),
            "body": (
                "<p>En prøvehandling er en lille test. I prøver en idé af i et team i en kort "
                "periode. Så ser I, om den virker, før alle skal bruge den.</p><p>Arket har fem "
                "felter:</p><ol><li>Hvad tester vi, og hvad vil vi opnå?</li><li>Hvor og hvor "
                "længe?</li><li>Hvem gør hvad nyt, og fra hvornår?</li><li>Hvad kan stå i "
                "vejen?</li><li>Hvem holder øje med hvad?</li></ol><p>Det er helt i orden, at "
                "noget går galt i en test. Det er derfor, man tester.</p>"
            ),
        },
    },
    {
        "key": "maaleplan",
        "steps": [4, 5],
        "source": (
            "Bygger på trin 5 om at evaluere effekt, herunder eksemplet med at logge "
            "dokumentationstid før en ændring (vpt.dk, VPT-T5), og på aftalen om tegn før testen i "
            "trin 4 (vpt.dk, VPT-T4)."
        ),
        "full": {
            "title": "Måleplan: logbog og tidsregistrering før/efter",
            "purpose": (
                "En enkel plan for at måle, om en løsning giver den ønskede effekt. Resultatet er "
                "en måleplan med metode, hvem der måler, og hvornår, og derefter tal og "
                "iagttagelser fra før og efter ændringen."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder", "medarbejder"],
            "duration_minutes": 60,
            "participants": "Arbejdsgruppen, lederen og de 1–3 medarbejdere, der skal føre logbog",
            "materials": (
                "Den ønskede effekt og tegnene fra trin 3\n"
                "Skabelon til måleplan\n"
                "Logbogsark til tidsregistrering (papir eller regneark)\n"
                "Kalender"
            ),
            "preparation": (
                "<ul><li>Find den ønskede effekt og tegnene frem fra vurderingen af løsningen.</li>"
                "<li>Spørg på forhånd en eller to medarbejdere, om de vil føre logbog. Afklar med "
                "lederen, at det må tage lidt tid.</li><li>Lav et logbogsark med få kolonner: "
                "dato, opgave, start, slut, minutter og en bemærkning.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvad vil vi vide?",
                    "minutes": 10,
                    "description": (
                        "Gruppen formulerer et eller to spørgsmål, målingen skal svare på, ud fra "
                        "den ønskede effekt. Fx: Bruger vi mindre tid på dokumentation, når den "
                        "nye procedure er indført?"
                    ),
                    "cue": "Et spørgsmål, der kan besvares, er bedre end tre, der ikke kan.",
                },
                {
                    "title": "Vælg metode",
                    "minutes": 15,
                    "description": (
                        "Gruppen vælger en enkel metode: logbog, registrering, observation eller "
                        "korte interview. Til tid er en logbog ofte det letteste: en eller to "
                        "medarbejdere noterer deres tid på opgaven i en eller to uger."
                    ),
                    "cue": (
                        "Målingen må ikke blive et nyt bøvl. Vælg det, der kræver mindst ekstra "
                        "arbejde og stadig kan svare på spørgsmålet."
                    ),
                },
                {
                    "title": "Før-måling",
                    "minutes": 10,
                    "description": (
                        "Aftal, hvem der fører logbog, hvilken periode før ændringen der måles, og "
                        "hvordan arket afleveres. Vælg en periode, der ligner en almindelig "
                        "arbejdsuge."
                    ),
                    "cue": "Før-målingen skal være færdig, før prøvehandlingen går i gang.",
                },
                {
                    "title": "Efter-måling",
                    "minutes": 10,
                    "description": (
                        "Aftal, at de samme personer måler på samme måde i en lige så lang "
                        "periode, når ændringen har virket et stykke tid."
                    ),
                    "cue": (
                        "Vent med efter-målingen, til de første børnesygdomme er rettet. Ellers "
                        "måler I mest på indkøringen."
                    ),
                },
                {
                    "title": "Andre tegn og ansvar",
                    "minutes": 15,
                    "description": (
                        "Gruppen aftaler, hvordan I også fanger de effekter, der ikke kan tælles, "
                        "fx tillid, samarbejde og arbejdsmiljø. Det kan være et par korte "
                        "interview eller en fælles snak på et møde. Skriv ansvar og datoer i "
                        "måleplanen."
                    ),
                    "cue": (
                        "Spørg både til produktet (tid, antal) og til processen (hvordan det har "
                        "været at være med)."
                    ),
                },
            ],
            "follow_up": (
                "<ul><li>Saml logbøgerne, og regn gennemsnit pr. uge før og efter.</li><li>Skriv "
                "målingerne ind ved prøvehandlingen i forløbets oversigt med metode, før- og "
                "efterværdi og enhed.</li><li>Drøft resultaterne med dem, der målte, før de deles "
                "bredere.</li><li>Brug resultaterne til at justere løsningen.</li></ul>"
            ),
            "body": (
                "<p>I trin 5 finder I ud af, om løsningen virker og giver den effekt, I ønskede. "
                "Det behøver ikke at være stort. Et simpelt eksempel: Hvis en løsning skal mindske "
                "tiden til dokumentation, kan en eller to medarbejdere logge deres tid i en uge "
                "eller to, før ændringen indføres, og igen bagefter.</p><p>Måleplanen lægges "
                "allerede i trin 4, så før-målingen kan ske, inden prøvehandlingen starter.</p>"
                "<p>Resultater kommer både som produkt, fx frigjort tid eller et ændret skema, og "
                "som proces, fx mere tillid og bedre samarbejde. Meget af værdien viser sig først "
                "over tid, så følg op igen senere.</p>"
            ),
        },
        "simplified": {
            "title": "Før/efter-logbog",
            "purpose": (
                "Skriv ned, hvor lang tid en opgave tager før og efter en ændring. Så kan I se, om "
                "ændringen sparer tid."
            ),
            "audiences": ["leder", "tillidsvalgt", "medarbejder"],
            "duration_minutes": 20,
            "participants": "Lederen og 1–2 kolleger, der vil føre logbog",
            "materials": ("Logbogsark til to uger før\nLogbogsark til to uger efter\nKuglepen"),
            "preparation": (
                "<ul><li>Vælg den opgave, I vil måle. Fx at skrive et notat.</li><li>Find en eller "
                "to kolleger, der vil skrive tiden ned.</li><li>Lav et ark med fem kolonner: dato, "
                "opgave, start, slut og minutter.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Aftal hvad",
                    "minutes": 5,
                    "description": "Sig, hvilken opgave I måler. Sig, hvorfor.",
                    "cue": "",
                },
                {
                    "title": "Aftal hvem og hvornår",
                    "minutes": 10,
                    "description": (
                        "Aftal, hvem der skriver tiden ned. Aftal to uger før ændringen. Aftal to "
                        "uger efter, når ændringen har kørt et stykke tid."
                    ),
                    "cue": "Det skal være de samme personer før og efter.",
                },
                {
                    "title": "Aftal hvordan",
                    "minutes": 5,
                    "description": (
                        "Vis arket. Skriv tiden ned lige efter opgaven. Gem arket på et fast sted."
                    ),
                    "cue": "Gør det let. Det må ikke blive et nyt bøvl.",
                },
            ],
            "follow_up": (
                "<ul><li>Læg minutterne sammen for hver uge.</li><li>Sammenlign før og efter.</li>"
                "<li>Spørg dem, der målte: Hvordan var det? Mærker I en forskel?</li><li>Fortæl "
                "teamet, hvad I fandt.</li></ul>"
            ),
            "body": (
                "<p>En logbog er en enkel måde at måle på. Én eller to kolleger skriver ned, hvor "
                "lang tid en opgave tager. De gør det i en uge eller to før ændringen. Og igen "
                "bagefter.</p><p>Start før testen går i gang. Ellers har I ikke noget at "
                "sammenligne med.</p><p>Husk, at ikke alt kan tælles. Spørg også, om arbejdet "
                "føles bedre.</p>"
            ),
        },
    },
    {
        "key": "evaluering",
        "steps": [6],
        "source": (
            "Bygger på trin 6 om at lære af processen og beslutte næste skridt (vpt.dk, VPT-T6) og "
            "erfaringerne om at gå fra faciliteret til selvkørende (vpt.dk, VPT-DRIFT)."
        ),
        "full": {
            "title": "Drejebog: evalueringsworkshop + forankringsplan",
            "purpose": (
                "En workshop for alle deltagere, når løsningerne er godt i gang. Den samler "
                "læringen op, giver status på hver udfordring og ender med et udkast til, hvordan "
                "metoden forankres og spredes i kommunen."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder", "topleder", "tillidsvalgt"],
            "duration_minutes": 150,
            "participants": (
                "Alle, der har deltaget i forløbet, herunder ledere fra flere niveauer, "
                "tillidsvalgte og gerne en repræsentant fra MED-udvalget"
            ),
            "materials": (
                "Oversigt over alle udfordringer med status og trin\n"
                "Resultater fra prøvehandlinger og målinger\n"
                "Planche med en tidslinje for forløbet\n"
                "Planche med de fire områder: kompetencer, relationer, styringsværktøjer og "
                "arenaer for dialog\n"
                "Post-its, tusser og klistermærker"
            ),
            "preparation": (
                "<ul><li>Hold workshoppen, når løsningerne er godt i gang, og der er noget at se "
                "tilbage på.</li><li>Lav en statusoversigt for hver udfordring: hvilket trin er "
                "den på, hvad er resultatet, og hvad er gået i stå.</li><li>Tal med dem, der har "
                "ansvar for udfordringer, der er gået i stå, så der er en forklaring at tage "
                "udgangspunkt i.</li><li>Aftal med den øverste ledelse, hvem der kan tage stilling "
                "til forankringen, og om de deltager i slutningen af workshoppen.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Tidslinje",
                    "minutes": 20,
                    "description": (
                        "Deltagerne tegner forløbet på en fælles tidslinje: vigtige møder, "
                        "beslutninger, højdepunkter og svære øjeblikke."
                    ),
                    "cue": (
                        "Lad alle bidrage, også dem, der kom til undervejs. Tidslinjen giver et "
                        "fælles billede at tale ud fra."
                    ),
                },
                {
                    "title": "Status pr. udfordring",
                    "minutes": 30,
                    "description": (
                        "Gennemgå hver udfordring: Hvad var bøvlet, hvad blev løsningen, og hvad "
                        "blev resultatet? Se både på produktet, fx tid og ændrede regler, og på "
                        "processen, fx tillid og samarbejde. Udfordringer, der er gået i stå, får "
                        "en aftale om, hvad der skal til."
                    ),
                    "cue": (
                        "Følg op på de udfordringer, der er gået i stå. Spørg: Skal den "
                        "genoptages, ændres eller lukkes bevidst?"
                    ),
                },
                {
                    "title": "Hvad virkede?",
                    "minutes": 25,
                    "description": (
                        "I grupper drøfter deltagerne: Hvad virkede godt i processen? Hvad ville "
                        "vi gøre anderledes næste gang? Hvem manglede vi? Grupperne skriver tre "
                        "læringspunkter hver."
                    ),
                    "cue": (
                        "Spørg til oplevelsen fra flere led i styringskæden. Medarbejdere, "
                        "tillidsvalgte og ledere har ofte oplevet det forskelligt."
                    ),
                },
                {
                    "title": "Pause",
                    "minutes": 10,
                    "description": "Kort pause.",
                    "cue": "",
                },
                {
                    "title": "Forankring",
                    "minutes": 35,
                    "description": (
                        "Gruppen arbejder med de fire områder, der skal til for at processen kan "
                        "køre videre uden ekstern facilitering: kompetencer, relationer, "
                        "styringsværktøjer og arenaer for dialog. Drøft konkrete muligheder, fx at "
                        "uddanne interne konsulenter, oprette en erfa-gruppe eller skrive metoden "
                        "ind i ledelsesgrundlaget."
                    ),
                    "cue": (
                        "Hold fokus på, hvad der realistisk kan lade sig gøre. Det er bedre at "
                        "vælge én ting, der bliver til noget, end fire, der ikke gør."
                    ),
                },
                {
                    "title": "Beslutning om næste skridt",
                    "minutes": 20,
                    "description": (
                        "Den øverste ledelse eller den, der har mandat, hører forslagene og siger, "
                        "hvad der besluttes nu, og hvad der skal forbi MED-udvalget først. Skriv "
                        "ansvar og datoer ned."
                    ),
                    "cue": (
                        "Hvis beslutningen ikke kan tages på mødet, så aftal, hvornår og af hvem "
                        "den tages."
                    ),
                },
                {
                    "title": "Afslutning",
                    "minutes": 10,
                    "description": "Runde: Hvad tager du med dig fra forløbet? Tak for indsatsen.",
                    "cue": "",
                },
            ],
            "follow_up": (
                "<ul><li>Skriv en kort læringsopsamling og status pr. udfordring, og del den med "
                "alle deltagere.</li><li>Opdater status og trin for hver udfordring i forløbets "
                "oversigt.</li><li>Læg forslaget til forankringsplan frem for MED-udvalget på det "
                "niveau, hvor beslutningen skal tages.</li><li>Overvej, om en af prøvehandlingerne "
                "er en god succeshistorie, der kan deles med andre kommuner.</li><li>Beslut, om et "
                "nyt forløb skal startes. De seks trin kan køres igen.</li></ul>"
            ),
            "body": (
                "<p>Trin 6 handler om at lære af processen og beslutte, hvad der skal ske nu. "
                "Workshoppen holdes, når løsningerne er godt i gang. Den ser både tilbage på "
                "resultater og proces og frem mod, hvordan metoden kan leve videre.</p>"
                "<p><strong>Faldgrube:</strong> Et faciliteret forløb fungerer som et beskyttet "
                "laboratorium. Når det slutter, kan arbejdet stoppe brat, hvis kompetencer og "
                "metoder ikke er bygget ind i organisationen. Derfor bør forankringen planlægges "
                "tidligt, og workshoppen her er stedet, hvor planen besluttes.</p>"
            ),
        },
        "simplified": {
            "title": "Læringsmøde på 45 min",
            "purpose": (
                "Et kort møde, hvor I ser tilbage på forløbet. I går derfra med tre ting, I har "
                "lært, og en aftale om, hvad I gør nu."
            ),
            "audiences": ["tillidsvalgt", "leder"],
            "duration_minutes": 45,
            "participants": "Teamet, der har været med, og deres leder",
            "materials": (
                "Listen over jeres bøvl, og hvor langt I er med hvert\n"
                "Post-its og kuglepenne\n"
                "Et stort ark papir"
            ),
            "preparation": (
                "<ul><li>Skriv listen over jeres bøvl. Skriv ved hvert, hvor langt I er.</li>"
                "<li>Find resultaterne frem fra jeres test og logbog.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvor er vi?",
                    "minutes": 15,
                    "description": (
                        "Gå listen igennem. Hvad er løst? Hvad er i gang? Hvad står stille? Sig "
                        "kort, hvad der kom ud af det."
                    ),
                    "cue": (
                        "Spørg ved det, der står stille: Skal vi tage det op igen eller lade det "
                        "ligge?"
                    ),
                },
                {
                    "title": "Hvad har vi lært?",
                    "minutes": 20,
                    "description": (
                        "Alle skriver på sedler: Hvad virkede? Hvad vil vi gøre anderledes? Læs "
                        "dem op. Vælg de tre vigtigste."
                    ),
                    "cue": "Husk også det, der ikke kan tælles. Fx om I taler bedre sammen nu.",
                },
                {
                    "title": "Hvad nu?",
                    "minutes": 10,
                    "description": (
                        "Aftal, hvad I gør nu. Skal I tage fat på et nyt bøvl? Hvem gør hvad?"
                    ),
                    "cue": "",
                },
            ],
            "follow_up": (
                "<ul><li>Skriv de tre ting, I har lært, ned.</li><li>Giv dem til den, der står for "
                "forløbet.</li><li>Fortæl MED-udvalget, hvad I fandt ud af.</li></ul>"
            ),
            "body": (
                "<p>Når et forløb er ved at være slut, er det godt at samle op. Så ved I, hvad der "
                "virkede, og I kan gøre det igen.</p><p>Det er også en god tid til at sige tak for "
                "indsatsen.</p>"
            ),
        },
    },
    {
        "key": "implementering",
        "steps": [4],
        "source": (
            "Bygger på trin 4 om at implementere med en klar og fleksibel plan (vpt.dk, VPT-T4) og "
            "på, at MED-udvalget drøfter sager på det niveau, hvor de besluttes "
            "(medsamarbejdet.dk, MED-NIVEAU)."
        ),
        "full": {
            "title": "Implementeringsplan",
            "purpose": (
                "En plan for at rulle en testet løsning ud til alle, den gælder. Planen gør det "
                "klart, hvem der gør noget nyt, hvad de gør anderledes, og fra hvornår, og hvordan "
                "ændringen bliver kommunikeret og fulgt."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder"],
            "duration_minutes": 90,
            "participants": (
                "Lederne for de enheder, der skal indføre løsningen, arbejdsgruppen og en "
                "tillidsvalgt, 4–10 personer"
            ),
            "materials": (
                "Opsummering af prøvehandlingen med resultater og justeringer\n"
                "Skabelon til implementeringsplan\n"
                "Interessentkortet fra trin 2\n"
                "Kalender"
            ),
            "preparation": (
                "<ul><li>Skriv en kort opsummering af prøvehandlingen: hvad virkede, hvad blev "
                "justeret, og hvad anbefaler gruppen.</li><li>Find ud af, hvilke enheder og ledere "
                "løsningen skal rulles ud til.</li><li>Undersøg, om løsningen skal drøftes i "
                "MED-udvalget, og på hvilket niveau.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Fra test til drift",
                    "minutes": 15,
                    "description": (
                        "Gruppen gennemgår opsummeringen af prøvehandlingen og bliver enige om den "
                        "version af løsningen, der skal rulles ud."
                    ),
                    "cue": (
                        "Tjek, om noget virkede i testen, fordi enheden var særlig. Hvad skal der "
                        "til andre steder?"
                    ),
                },
                {
                    "title": "Hvem, hvad og hvornår",
                    "minutes": 25,
                    "description": (
                        "For hver gruppe, der berøres, skriver I: Hvem gør noget nyt? Hvad gør de "
                        "anderledes? Fra hvilken dato? Det gælder både medarbejdere, ledere og "
                        "andre enheder i styringskæden."
                    ),
                    "cue": (
                        "Vær konkret. En dato og en navngiven gruppe er bedre end “hen over "
                        "foråret”."
                    ),
                },
                {
                    "title": "Barrierer igen",
                    "minutes": 15,
                    "description": (
                        "Gennemgå de fire barrierer fra testen: kultur, jura, teknik og "
                        "kompetencer. Er der nye barrierer, når løsningen skal bruges bredere, fx "
                        "behov for oplæring eller ændringer i et it-system?"
                    ),
                    "cue": "",
                },
                {
                    "title": "Kommunikation",
                    "minutes": 15,
                    "description": (
                        "Aftal, hvem der fortæller hvad til hvem og hvornår. Relevante ledere og "
                        "medarbejdere skal vide, hvad der ændres, og hvorfor. Husk at fortælle, at "
                        "løsningen er udviklet og testet af kolleger."
                    ),
                    "cue": (
                        "Det virker stærkere, når en kollega fra testen fortæller om erfaringerne, "
                        "end når det kun kommer fra ledelsen."
                    ),
                },
                {
                    "title": "Opfølgning og fleksibilitet",
                    "minutes": 20,
                    "description": (
                        "Aftal, hvordan I følger op: hvilke tegn I holder øje med, hvem der samler "
                        "erfaringer, og hvornår planen kan justeres. Brug de tre linser: effekt "
                        "for borgerne, mere effektiv opgaveløsning og arbejdsmiljø."
                    ),
                    "cue": (
                        "Planen skal være klar, men ikke stiv. Aftal på forhånd, hvem der kan "
                        "beslutte at justere."
                    ),
                },
            ],
            "follow_up": (
                "<ul><li>Send implementeringsplanen til de berørte ledere, og bed dem gennemgå den "
                "med deres medarbejdere.</li><li>Orienter MED-udvalget på det relevante "
                "niveau.</li><li>Hold et opfølgningsmøde efter den første måned.</li><li>Opdater "
                "løsningens status i forløbets oversigt.</li></ul>"
            ),
            "body": (
                "<p>Når en løsning er testet og justeret, skal den i drift. I trin 4 er det "
                "vigtigt, at implementeringen sker efter en klar plan, der samtidig er fleksibel. "
                "Det skal stå tydeligt, hvem der gør noget nyt, hvad de gør anderledes, og fra "
                "hvornår.</p><p>Information og drøftelse hører hjemme i MED-udvalget på det "
                "niveau, hvor beslutningen træffes. Hvis løsningen går på tværs af flere enheder, "
                "kan det være et højere niveau end ved testen.</p><p><strong>Faldgrube:</strong> "
                "En løsning, der virkede i testen, kan drukne i en travl hverdag, hvis ingen "
                "følger op. Aftal, hvem der har ansvaret efter udrulningen.</p>"
            ),
        },
        "simplified": {
            "title": "Implementering på én side",
            "purpose": (
                "Et ark, der gør en test til ny praksis for alle. Når det er udfyldt, ved alle, "
                "hvad der ændres, og fra hvornår."
            ),
            "audiences": ["leder", "tillidsvalgt"],
            "duration_minutes": 30,
            "participants": "Lederen, en tillidsvalgt og 1–3 kolleger fra testen",
            "materials": (
                "Arket Implementering på én side\nJeres ark fra prøvehandlingen\nKuglepenne"
            ),
            "preparation": (
                "<ul><li>Find arket fra jeres test frem.</li><li>Skriv ned, hvad I har ændret "
                "undervejs.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvad skal alle gøre?",
                    "minutes": 10,
                    "description": (
                        "Skriv den nye måde at gøre det på i to eller tre sætninger. Tag det med, "
                        "I lærte i testen."
                    ),
                    "cue": "Kan en ny kollega forstå det? Ellers så skriv det enklere.",
                },
                {
                    "title": "Hvem og hvornår?",
                    "minutes": 10,
                    "description": (
                        "Skriv, hvem der gør noget nyt. Skriv, hvad de gør anderledes. Skriv "
                        "datoen, hvor det starter."
                    ),
                    "cue": "",
                },
                {
                    "title": "Hvem fortæller og følger op?",
                    "minutes": 10,
                    "description": (
                        "Skriv, hvem der fortæller det til hvem. Skriv, hvem der spørger ind efter "
                        "en måned. Aftal, hvornår I kan rette planen til."
                    ),
                    "cue": "Lad en kollega fra testen fortælle, hvordan det gik.",
                },
            ],
            "follow_up": (
                "<ul><li>Hæng arket op.</li><li>Fortæl MED-udvalget om ændringen.</li><li>Spørg "
                "efter en måned: Virker det stadig?</li></ul>"
            ),
            "body": (
                "<p>Testen gik godt. Nu skal den nye måde bruges af alle. Det kræver en klar "
                "plan.</p><p>Planen skal sige tre ting: hvem gør hvad, fra hvornår, og hvem følger "
                "op. Den må gerne rettes til undervejs.</p>"
            ),
        },
    },
    {
        "key": "resultatdeling",
        "steps": [5],
        "source": (
            "Bygger på trin 5 om at drøfte resultater, justere og fortælle andre om dem (vpt.dk, "
            "VPT-T5) og på beskrivelsen af produkt- og procesresultater (vpt.dk, VPT-MYTE, "
            "VPT-HTK)."
        ),
        "full": {
            "title": "Resultatdeling: drøft, justér og fortæl",
            "purpose": (
                "Et møde, hvor målingerne fra en prøvehandling bliver drøftet, brugt til at "
                "justere løsningen og gjort klar til at blive delt. Resultatet er en fælles "
                "vurdering af effekten, en liste over justeringer og en kort formidling til "
                "ledere, medarbejdere og andre interessenter."
            ),
            "audiences": ["facilitator", "intern_konsulent", "leder", "tillidsvalgt"],
            "duration_minutes": 75,
            "participants": (
                "Arbejdsgruppen, de medarbejdere, der har testet og målt, lederen og gerne en "
                "repræsentant for en interessent uden for enheden, 4–12 personer"
            ),
            "materials": (
                "Måleplanen og de indsamlede målinger\n"
                "Den ønskede effekt og tegnene fra trin 3\n"
                "Skabelon: resultat – produkt, resultat – proces og justeringer\n"
                "Flipover og tusser"
            ),
            "preparation": (
                "<ul><li>Saml målingerne, og stil før og efter op ved siden af hinanden. Hold det "
                "enkelt, fx minutter pr. uge.</li><li>Gennemgå tallene med dem, der målte, før "
                "mødet. De kan forklare afvigelser.</li><li>Skriv den ønskede effekt op, så den "
                "kan sammenlignes med resultatet.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvad ville vi opnå?",
                    "minutes": 10,
                    "description": (
                        "Facilitator genopfrisker den ønskede effekt og de tegn, gruppen valgte. "
                        "Hvilke spørgsmål skulle målingen svare på?"
                    ),
                    "cue": "",
                },
                {
                    "title": "Hvad viser målingerne?",
                    "minutes": 20,
                    "description": (
                        "Gruppen ser på tallene og iagttagelserne. Hvad har ændret sig? Hvad har "
                        "ikke? Hvad kan forklare det? Dem, der har testet, fortæller, hvordan det "
                        "har været i praksis."
                    ),
                    "cue": (
                        "Pas på med at konkludere for meget ud fra få målinger. Spørg: Hvad siger "
                        "dem, der har prøvet det?"
                    ),
                },
                {
                    "title": "Produkt og proces",
                    "minutes": 15,
                    "description": (
                        "Gruppen beskriver resultaterne på to måder: produktet, fx frigjort tid "
                        "eller et ændret skema, og processen, fx tillid, samarbejde på tværs og "
                        "måden at give feedback på. Brug også de tre linser: borger, opgaveløsning "
                        "og arbejdsmiljø."
                    ),
                    "cue": "Procesresultater bliver ofte overset. Spørg direkte til dem.",
                },
                {
                    "title": "Justeringer",
                    "minutes": 15,
                    "description": (
                        "Gruppen aftaler, hvad der skal justeres i løsningen, og om der skal måles "
                        "igen. Skriv ansvar og datoer ned."
                    ),
                    "cue": (
                        "Det er et resultat i sig selv at opdage, at en løsning skal ændres. Sig "
                        "det højt."
                    ),
                },
                {
                    "title": "Hvem skal vide det?",
                    "minutes": 15,
                    "description": (
                        "Gruppen aftaler, hvem der skal have resultaterne: andre ledere, "
                        "medarbejdere, interessenter og MED-udvalget. Skriv tre til fem linjer, "
                        "der forklarer bøvlet, løsningen, resultatet og næste skridt."
                    ),
                    "cue": (
                        "Skriv til den, der skal læse det. En leder i en anden enhed har brug for "
                        "andet end kollegerne i testenheden."
                    ),
                },
            ],
            "follow_up": (
                "<ul><li>Skriv resultaterne ind ved prøvehandlingen i forløbets oversigt, både "
                "produkt og proces.</li><li>Send den korte formidling til de aftalte "
                "modtagere.</li><li>Aftal, hvornår I følger op igen. Meget af gevinsten viser sig "
                "først over tid.</li><li>Tag resultaterne med til læringsworkshoppen i trin 6.</li>"
                "</ul>"
            ),
            "body": (
                "<p>Målinger er kun noget værd, hvis de bliver brugt. I trin 5 skal resultaterne "
                "drøftes, bruges til at justere løsningen og deles med andre ledere, medarbejdere "
                "og interessenter. Det er også sådan, gode løsninger spreder sig.</p><p>Resultater "
                "af samskabt styring kommer både som produkter og som processer. Produkter kan "
                "være ændrede regler eller frigjort tid. Processer kan være mere tillid, bedre "
                "samarbejde og en ny feedbackkultur. Værdien viser sig hos den enkelte, i "
                "organisationen og i netværket, og det meste betaler sig over tid.</p>"
                "<p><strong>Faldgrube:</strong> Samskabt styring er ikke et guldæg. Resultaterne "
                "kommer under de rette betingelser og skal opleves i praksis. Fortæl derfor "
                "ærligt, også om det, der ikke virkede.</p>"
            ),
        },
        "simplified": {
            "title": "Resultater på personalemødet",
            "purpose": (
                "Fortæl kollegerne, hvad testen viste. I går derfra med et fælles billede af, hvad "
                "der virkede, og hvad der skal rettes."
            ),
            "audiences": ["tillidsvalgt", "leder", "medarbejder"],
            "duration_minutes": 20,
            "participants": "Teamet på et personalemøde og deres leder",
            "materials": ("Et ark med før og efter\nEt stort ark papir og en tusch"),
            "preparation": (
                "<ul><li>Skriv tallene fra før og efter på et ark. Hold det enkelt.</li><li>Spørg "
                "dem, der var med i testen, om de vil fortælle.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvad viste testen?",
                    "minutes": 8,
                    "description": (
                        "Vis tallene fra før og efter. En kollega fra testen fortæller, hvordan "
                        "det gik."
                    ),
                    "cue": "Sig også, hvad der ikke virkede. Det er vigtigt at høre.",
                },
                {
                    "title": "Hvad siger I?",
                    "minutes": 7,
                    "description": (
                        "Spørg teamet: Mærker I en forskel? Hvad er blevet bedre? Hvad er blevet "
                        "svært?"
                    ),
                    "cue": "Spørg også til det, der ikke kan tælles. Fx om I taler bedre sammen.",
                },
                {
                    "title": "Hvad nu?",
                    "minutes": 5,
                    "description": (
                        "Aftal, hvad der skal rettes. Aftal, hvem der skal høre om det. Fx lederen "
                        "over jer eller MED-udvalget."
                    ),
                    "cue": "",
                },
            ],
            "follow_up": (
                "<ul><li>Skriv kort ned, hvad I fandt, og hvad I retter.</li><li>Send det til dem, "
                "I aftalte.</li><li>Se på det igen om et par måneder.</li></ul>"
            ),
            "body": (
                "<p>Når I har testet noget, skal alle høre, hvordan det gik. Så kan I rette til "
                "sammen.</p><p>Nogle gevinster kan tælles. Det kan være tid eller færre skemaer. "
                "Andre kan mærkes. Det kan være mere tillid. Begge dele tæller.</p>"
            ),
        },
    },
    {
        "key": "forankringsplan",
        "steps": [6],
        "source": (
            "Bygger på eksemplerne på forankring i trin 6 (vpt.dk, VPT-T6) og de fire områder, der "
            "skal til for at processen kan køre videre (vpt.dk, VPT-DRIFT)."
        ),
        "full": {
            "title": "Forankringsplan",
            "purpose": (
                "En plan for, hvordan samskabt styring lever videre, når forløbet med ekstern "
                "hjælp slutter. Planen viser, hvad der skal på plads på fire områder, og hvem der "
                "har ansvaret. De fire områder er kompetencer, relationer, styringsværktøjer og "
                "arenaer for dialog."
            ),
            "audiences": ["facilitator", "intern_konsulent", "topleder", "leder", "tillidsvalgt"],
            "duration_minutes": 90,
            "participants": (
                "Repræsentanter for den øverste ledelse, MED-udvalget, HR eller udvikling, ledere "
                "og tillidsvalgte fra forløbet, 5–12 personer"
            ),
            "materials": (
                "Læringsopsamlingen fra evalueringsworkshoppen\n"
                "Skabelon til forankringsplan med fire områder\n"
                "Oversigt over forløbets udfordringer og status\n"
                "Flipover og tusser"
            ),
            "preparation": (
                "<ul><li>Send læringsopsamlingen ud på forhånd.</li><li>Afklar, hvor mange "
                "ressourcer der er til rådighed. Hvor mange timer kan fx interne konsulenter "
                "få?</li><li>Undersøg, om kommunen allerede har steder, hvor man mødes og kan tale "
                "om bøvl. Det kan være et netværk for ledere eller faste møder i MED.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvor står vi?",
                    "minutes": 15,
                    "description": (
                        "Gruppen gennemgår kort læringsopsamlingen og status på udfordringerne. "
                        "Hvad skal kunne fortsætte, når forløbet er slut?"
                    ),
                    "cue": "",
                },
                {
                    "title": "De fire områder",
                    "minutes": 35,
                    "description": (
                        "Gruppen tager ét område ad gangen. Kompetencer: Hvem skal kunne "
                        "facilitere og rådgive? Relationer: Hvilke bånd på tværs af styringskæden "
                        "skal holdes ved lige? Styringsværktøjer: Hvilke skabeloner og "
                        "arbejdsgange skal ind i den daglige drift? Arenaer for dialog: Hvor taler "
                        "vi om bøvl fremover?"
                    ),
                    "cue": (
                        "Spørg til hvert område: Hvem gør det, og hvornår? Uden navn og tid bliver "
                        "det til gode hensigter."
                    ),
                },
                {
                    "title": "Vælg greb",
                    "minutes": 20,
                    "description": (
                        "Gruppen vælger konkrete greb. Eksempler fra kommuner er at uddanne "
                        "interne konsulenter, der kan facilitere og rådgive arbejdspladser, at "
                        "oprette en erfa-gruppe og at skrive metoden ind i ledelsesgrundlaget."
                    ),
                    "cue": "Vælg få greb, der passer til kommunens størrelse og ressourcer.",
                },
                {
                    "title": "Ansvar og beslutning",
                    "minutes": 20,
                    "description": (
                        "Gruppen skriver planen færdig med ansvar, datoer og ressourcer. Aftal, "
                        "hvem der beslutter den, og hvordan MED-udvalget bliver inddraget. Aftal "
                        "også, hvordan I følger op på planen."
                    ),
                    "cue": (
                        "Den øverste ledelse skal bakke planen op og give den tid. Spørg direkte, "
                        "om opbakningen er der."
                    ),
                },
            ],
            "follow_up": (
                "<ul><li>Læg forankringsplanen frem for MED-udvalget på det niveau, hvor "
                "beslutningen hører hjemme.</li><li>Registrer den valgte forankring i forløbets "
                "oversigt.</li><li>Sæt en dato for opfølgning, fx efter et halvt år.</li>"
                "<li>Overvej, om et nyt forløb skal startes med nye udfordringer.</li></ul>"
            ),
            "body": (
                "<p>Et forløb med ekstern facilitering er som et beskyttet laboratorium. Når det "
                "slutter, kan arbejdet let gå i stå. Det sker, hvis kompetencer og metoder ikke er "
                "bygget ind i hverdagen. Planlæg derfor forankringen fra start, og tag den "
                "endelige beslutning i trin 6.</p><p>Erfaringerne peger på fire områder, der skal "
                "være på plads: kompetencer, relationer, styringsværktøjer og arenaer for "
                "dialog.</p><p>Forankring kræver tid, penge og opbakning i hele ledelseskæden. Det "
                "er ikke en hurtig løsning. Det kræver tålmodighed.</p>"
            ),
        },
        "simplified": {
            "title": "Næste skridt på én side",
            "purpose": (
                "Et ark, hvor I skriver, hvordan I holder gang i arbejdet med bøvl, når forløbet "
                "er slut. I går derfra med få klare aftaler."
            ),
            "audiences": ["leder", "tillidsvalgt"],
            "duration_minutes": 30,
            "participants": "Lederen, en tillidsvalgt og 1–3 kolleger",
            "materials": (
                "Arket Næste skridt på én side\nDe tre ting, I lærte på læringsmødet\nKuglepenne"
            ),
            "preparation": (
                "<ul><li>Find de tre ting, I lærte på læringsmødet.</li><li>Tal med lederen om, "
                "hvor meget tid I kan bruge fremover.</li></ul>"
            ),
            "programme": [
                {
                    "title": "Hvad vil vi holde fast i?",
                    "minutes": 10,
                    "description": (
                        "Skriv, hvad der skal fortsætte. Fx at tale om bøvl på hvert tredje "
                        "personalemøde."
                    ),
                    "cue": "Vælg få ting. Så bliver de til noget.",
                },
                {
                    "title": "Hvem og hvor?",
                    "minutes": 10,
                    "description": (
                        "Skriv, hvem der holder det i gang. Skriv, hvor I taler om bøvl fremover. "
                        "Fx på personalemødet eller i MED-udvalget."
                    ),
                    "cue": "",
                },
                {
                    "title": "Hvad kan vi få hjælp til?",
                    "minutes": 10,
                    "description": (
                        "Skriv, hvad I har brug for. Fx hjælp fra en intern konsulent. Eller en "
                        "erfa-gruppe, hvor I mødes med andre, der gør det samme."
                    ),
                    "cue": "Spørg lederen, hvem der kan hjælpe.",
                },
            ],
            "follow_up": (
                "<ul><li>Hæng arket op.</li><li>Giv en kopi til lederen over jer.</li><li>Se på "
                "arket igen om et halvt år.</li></ul>"
            ),
            "body": (
                "<p>Bøvl kommer igen. Derfor skal arbejdet ikke stoppe, når forløbet slutter.</p>"
                "<p>Arket hjælper jer med at aftale tre ting: hvad I holder fast i, hvem der gør "
                "det, og hvor I kan få hjælp.</p>"
            ),
        },
    },
]
