"""The settings file `organisatie.env`: read in-process as text (`Settings.read`), the environment over it,
each bad line in one line naming the file and line; the shipped example covers every setting; and one real
build of a copy of the project with the file and no settings in the environment keeps the organisation's
contact person and quick exit; `make check` reads the file too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from organisation_settings import EXAMPLE_CONTACTS
from site_content import parse_html
from sitebuild import PROJECT_ROOT, build, build_settings, copy_project

from model import SETTINGS_FILE, InputError, Settings

SITE = "https://intranet.voorbeeld.nl/mensenhandel/"


def settings_from(project: Path, text: str, environment: dict[str, str] | None = None) -> Settings:
    (project / SETTINGS_FILE).write_text(text, encoding="utf-8")
    return Settings.read(project, environment or {}, serve_url=None)


def test_the_file_is_read_as_text_with_comments_quotes_and_blank_lines(tmp_path: Path):
    settings = settings_from(
        tmp_path,
        f"# a comment\n\nSITE_URL={SITE}\n  ORG_AANDACHTSFUNCTIONARIS_TELEFOON=0301234567\n"
        "ORG_AANDACHTSFUNCTIONARIS_NAAM=\"Sanne de Vries\"\nORG_NAAM='Gemeente 010'\n",
    )
    assert settings.site_url == SITE
    assert settings.aandachtsfunctionaris.telefoon.written == "0301234567"
    assert settings.aandachtsfunctionaris.naam == "Sanne de Vries"
    assert settings.organisatie_naam == "Gemeente 010"


def test_the_environment_overrides_the_file_and_no_file_means_the_environment_alone(tmp_path: Path):
    settings = settings_from(
        tmp_path,
        f"SITE_URL={SITE}\nSNEL_WEG_URL=https://www.nu.nl/\nORG_NAAM=Uit het bestand\n",
        {"ORG_NAAM": "Uit de omgeving", "PATH": "/usr/bin"},
    )
    assert (settings.site_url, settings.snel_weg_url) == (SITE, "https://www.nu.nl/")
    assert settings.organisatie_naam == "Uit de omgeving"
    # A bad value in the file that the environment overrides is never used.
    settings = settings_from(tmp_path, "SITE_URL=geen adres\n", {"SITE_URL": SITE})
    assert settings.site_url == SITE
    (tmp_path / SETTINGS_FILE).unlink()
    assert Settings.read(tmp_path, {"SITE_URL": SITE}, serve_url=None).organisatie_naam is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (f"SITE_URL={SITE}\nORG_NAAM Gemeente\n", "organisatie.env, line 2: 'ORG_NAAM Gemeente': expected NAME=value"),
        (
            f"SITE_URL={SITE}\nORG_TELEFOON=030\n",
            "organisatie.env, line 2: ORG_TELEFOON: no such setting; the settings are SITE_URL,",
        ),
        (f"SITE_URL={SITE}\n\nSITE_URL={SITE}\n", "organisatie.env, line 3: SITE_URL: given twice (also on line 1)"),
        (
            f"SITE_URL={SITE}\nORG_NAAM=\n",
            "organisatie.env, line 2: ORG_NAAM: is empty; give it a value or remove the line",
        ),
        (
            f'SITE_URL={SITE}\nORG_NAAM="Gemeente\n',
            "organisatie.env, line 2: ORG_NAAM '\"Gemeente': expected a value with its closing quote",
        ),
        (
            f"SITE_URL={SITE}\n# a comment\nORG_ZORGCOORDINATOR_TELEFOON=12\n",
            "organisatie.env, line 3: ORG_ZORGCOORDINATOR_TELEFOON '12': ",
        ),
        (
            f"SITE_URL={SITE}\nSNEL_WEG_URL=https://intranet.voorbeeld.nl/weg/\n",
            "organisatie.env, line 2: SNEL_WEG_URL 'https://intranet.voorbeeld.nl/weg/': expected a site on another host",
        ),
    ],
    ids=["no-equals", "unknown", "twice", "empty", "open-quote", "bad-phone", "exit-on-site-host"],
)
def test_a_bad_line_fails_in_one_line_naming_the_file_the_line_and_the_value(tmp_path: Path, text: str, message: str):
    with pytest.raises(InputError) as error:
        settings_from(tmp_path, text)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_a_bad_value_in_the_environment_is_not_blamed_on_the_file(tmp_path: Path):
    with pytest.raises(InputError) as error:
        settings_from(
            tmp_path,
            f"SITE_URL={SITE}\nORG_ZORGCOORDINATOR_TELEFOON=030 765 43 21\n",
            {"ORG_ZORGCOORDINATOR_TELEFOON": "12"},
        )
    assert str(error.value).startswith("ORG_ZORGCOORDINATOR_TELEFOON '12': ")


def test_the_example_names_every_setting_and_is_valid_as_shipped_and_filled_in(tmp_path: Path):
    example = (PROJECT_ROOT / "organisatie.env.example").read_text(encoding="utf-8")
    filled_in = re.sub(r"^# (?=[A-Z_]+=)", "", example, flags=re.MULTILINE)
    assert settings_from(tmp_path, example).site_url == "https://intranet.example.nl/mensenhandel/"
    settings_from(tmp_path, filled_in)
    named = re.findall(r"^([A-Z_]+)=", filled_in, flags=re.MULTILINE)
    assert named == list(Settings.ENVIRONMENT)


def test_make_check_reads_the_file_as_the_build_does(tmp_path: Path):
    """With SITE_URL in the file only, `make check` has no note about it, and names a bad line's file and line."""
    from check_inputs import problems  # here, not on top: it loads the hooks

    project = copy_project(tmp_path / "project")
    (project / SETTINGS_FILE).write_text(f"SITE_URL={SITE}\nORG_ZORGCOORDINATOR_TELEFOON=12\n", encoding="utf-8")
    with build_settings({"SITE_URL": None}):
        found, notes = problems(project / "mkdocs.yml")
    assert notes == []
    assert [problem.split("'12': ")[0] for problem in found] == [
        "organisatie.env, line 2: ORG_ZORGCOORDINATOR_TELEFOON "
    ]


def test_a_build_with_the_file_and_no_environment_keeps_the_contact_person_and_quick_exit(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    lines = [f"SITE_URL={SITE}", "SNEL_WEG_URL=https://www.nu.nl/", *(f"{k}={v}" for k, v in EXAMPLE_CONTACTS.items())]
    (project / SETTINGS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(tmp_path / "site", project, env={"SITE_URL": None})
    assert result.returncode == 0, result.stderr
    page = parse_html(tmp_path / "site" / "rollen" / "docent" / "index.html")
    assert "Sanne de Vries" in page.select_one("article .wat-doen").get_text()
    assert page.select_one('link[rel="canonical"]')["href"] == f"{SITE}rollen/docent/"
    assert "https://www.nu.nl/" in [a.get("href") for a in page.select("a")]
