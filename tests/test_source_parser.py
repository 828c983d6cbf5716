"""The parser of the source poster finds what the poster holds: a parser that finds nothing fails here."""

from source_text import parse_source, read_source


def test_source_has_nine_roles_and_twenty_six_tips():
    title, intro, roles = read_source()
    assert title == "De reis van Kelly, Vladimir of Michael"
    assert [role.name for role in roles] == [
        "Ouders/vrienden",
        "Docent",
        "Zorgcoördinator",
        "Huisarts/medische professional",
        "Jongerenwerker",
        "Politie",
        "Hulpverlener",
        "Burgemeester",
        "Aandachtsfunctionaris",
    ]
    assert sum(len(role.tips) for role in roles) == 26
    assert intro.startswith("Slachtoffers van seksuele, criminele of arbeidsuitbuiting")


def test_escaped_bullets_are_markup_and_the_typo_is_corrected():
    _, intro, roles = read_source()
    assert roles[0].tips == ("Let op elkaar.", "Hoe gaat het echt met je?")
    assert "De juiste voelsprieten," in intro and "voelsprietten" not in intro


def test_parser_reads_any_roles_and_tips_it_is_given():
    title, intro, roles = parse_source(
        "# Titel.\n\nInleiding\nover twee regels.\n\n## Rol A\n\n- \\* Eerste tip.\n-   Tweede\n\n## Rol B\n- \\* Derde tip?\n"
    )
    assert (title, intro) == ("Titel", "Inleiding over twee regels.")
    assert [(role.name, role.tips) for role in roles] == [
        ("Rol A", ("Eerste tip.", "Tweede")),
        ("Rol B", ("Derde tip?",)),
    ]
