"""Gives the roles their course permissions and seeds the phase gates (domain.md §6.2).

Gate criteria are data: administrators edit them afterwards in the admin. Frozen here on purpose.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLE_PERMISSIONS = {
    "Administrator": [
        "view_all_courses", "manage_courses", "facilitate_course", "rollback_phase",
        "view_gateitem", "add_gateitem", "change_gateitem",
    ],
    "Fremfærd-redaktør": ["view_all_courses", "manage_courses"],
    "Facilitator": ["facilitate_course"],
    "Intern konsulent": ["view_municipality_courses"],
    "Tillidsvalgt": ["view_municipality_courses"],
    "Leder": ["view_municipality_courses"],
    "Topleder": ["view_municipality_courses"],
}

GATE_ITEMS = {
    0: [
        "Aftalen beskriver behov, omfang, ressourcer og det, der ikke kan ændres",
        "En topleder er udpeget som sponsor for forløbet",
        "MED-udvalget er informeret og inddraget (dato noteret)",
        "En lokal kontaktperson og mindst én nøgleperson er udpeget",
        "Faciliteringsmodellen er valgt (ekstern facilitering eller startpakke)",
    ],
    1: [
        "Deltagere på tværs af ledelseskæden er fundet, heriblandt mindst én tillidsvalgt "
        "og én institutionsleder",
        "Intromødet (trin 1) er holdt eller planlagt",
        "De første input om bøvl er indsamlet, og metoden til dataindsamling (trin 2) er valgt",
        "Datoerne for 2–3 workshops er sat",
    ],
    2: [
        "Mindst to workshops er holdt",
        "Udfordringerne er prioriteret",
        "Mindst én løsning har en ønsket effekt og tegn at se efter",
        "Mindst én prøvehandling er planlagt med enhed, periode og hvem der gør hvad",
        "Mindst én workshop er faciliteret i fællesskab eller lokalt (overdragelsen er begyndt)",
    ],
    3: [
        "Alle planlagte prøvehandlinger er afsluttet eller stoppet med en begrundelse",
        "Mindst én måling er registreret",
        "Sparringsloggen har mindst ét indlæg",
    ],
    4: [
        "Evaluerings- og læringsmødet (trin 6) er holdt",
        "Forankringsplanen er valgt",
        "Status for hver udfordring er opdateret",
        "Det er afgjort, om forløbet skal give en succeshistorie",
    ],
}


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="municipalities", codename__in=codenames
            )
        )
    GateItem = apps.get_model("municipalities", "GateItem")
    for phase, texts in GATE_ITEMS.items():
        for order, text in enumerate(texts, start=1):
            GateItem.objects.get_or_create(phase=phase, text=text, defaults={"order": order})


def backwards(apps, schema_editor):
    apps.get_model("municipalities", "GateItem").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("municipalities", "0003_courses"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
