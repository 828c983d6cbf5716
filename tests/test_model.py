"""Unit tests of the content model's own rules (hooks/model.py); the build-level table is test_bad_inputs.py."""

import pytest
from sitebuild import PROJECT_ROOT

from model import InputError, PhoneNumber, SiteModel, check_front_matter, load_yaml, read_contacts, sources


@pytest.mark.parametrize(
    ("written", "short_numbers", "dial"),
    [
        ("0301234567", False, "+31301234567"),
        ("030 - 123 45 67", False, "+31301234567"),
        ("+31 (0)30 765 43 21", False, "+31307654321"),
        ("0900-8844", True, "+319008844"),
        ("033 448 11 86", True, "+31334481186"),
        ("112", True, "112"),
    ],
)
def test_a_number_is_kept_as_written_and_dialled_in_e164(written: str, short_numbers: bool, dial: str):
    number = PhoneNumber.parse(written, short_numbers=short_numbers)
    assert (number.written, number.dial, number.tel) == (written, dial, f"tel:{dial}")


@pytest.mark.parametrize(
    "written", ["112", "030 123", "0800-SEKS", "٠٣٠١٢٣٤٥٦٧", "030 123 45 67 ext 12", "+31+301234567"]
)
def test_a_bad_organisation_number_is_refused(written: str):
    with pytest.raises(ValueError, match="expected a"):
        PhoneNumber.parse(written, short_numbers=False)


def test_a_duplicate_key_is_an_error_with_its_line():
    with pytest.raises(InputError, match=r"^x.yml, line 3: invalid YAML: duplicate key 'a', in 'a: 3'$"):
        load_yaml("a: 1\nb: 2\na: 3\n", "x.yml")


def test_front_matter_errors_name_the_file_and_its_line():
    with pytest.raises(InputError, match=r"^docs/x.md, line 4: invalid YAML"):
        check_front_matter("---\ntitle: X\ndescription: [\n---\n", "docs/x.md")
    with pytest.raises(InputError, match=r"^docs/x.md: front matter: expected a mapping"):
        check_front_matter("---\n- a\n---\n", "docs/x.md")
    assert check_front_matter("# Geen front matter\n", "docs/x.md") == ({}, None)


def test_the_data_file_is_valid_and_has_one_emergency_number():
    contacts = read_contacts(PROJECT_ROOT / "data" / "contacten.yml")
    assert contacts.emergency.nummer.tel == "tel:112"
    assert {entry for step in ("overleggen", "melden") for entry in getattr(contacts.route, step)} <= {
        contact.id for contact in contacts.contacten
    } | {"eigen organisatie"}


def test_the_model_is_loaded_before_it_is_read():
    with pytest.raises(Exception, match="site model is not loaded"):
        SiteModel.of({})


def test_sources_become_links_to_the_pages_the_data_file_names():
    assert [(source.label, source.url) for source in sources("a.nl (x/y; z); b.nl")] == [
        ("a.nl/x/y", "https://a.nl/x/y"),
        ("a.nl/z", "https://a.nl/z"),
        ("b.nl", "https://b.nl/"),
    ]


@pytest.mark.parametrize(
    "bron",
    [
        "a.nl (x/y",
        "a.nl x/y",
        "a.nl (x (y))",
        "https://a.nl/x",
        "a.nl (/x)",
        "a.nl (x y)",
        "a.nl; ",
        "a.nl (x)y",
        "a..nl",
        "A.nl",
    ],
)
def test_a_source_that_is_no_address_is_refused(bron: str):
    with pytest.raises(ValueError, match="expected"):
        sources(bron)


def contacts_file_with(tmp_path, old: str, new: str):
    text = (PROJECT_ROOT / "data" / "contacten.yml").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "contacten.yml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return read_contacts(tmp_path / "contacten.yml")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('      naam: "Emergency"\n', "", r"contacten.0.en.naam: Field required"),
        ('      naam: "Emergency"', '      naam: " Emergency"', r"contacten.0.en.naam ' Emergency': expected text"),
        ('      naam: "Emergency"', '      naam: "Emergency"\n      titel: "x"', r"contacten.0.en.titel"),
        ('      wanneer: "When someone is in immediate danger."', "      wanneer: 112", "contacten.0.en.wanneer"),
        (
            '    en:\n      naam: "Emergency"\n      wanneer: "When someone is in immediate danger."\n',
            "",
            "contacten.0.en: Field",
        ),
        ("    bron: centrumseksueelgeweld.nl", "    bron: centrumseksueelgeweld", "contacten.6.bron"),
    ],
    ids=["en-naam-missing", "en-naam-spaces", "en-unknown-key", "en-not-text", "en-missing", "bron-no-address"],
)
def test_a_bad_contact_fails_naming_the_file_line_and_key(tmp_path, old: str, new: str, message: str):
    with pytest.raises(InputError, match=rf"^data/contacten.yml, line \d+: {message}"):
        contacts_file_with(tmp_path, old, new)


def test_every_contact_has_its_english_text():
    contacts = read_contacts(PROJECT_ROOT / "data" / "contacten.yml")
    assert all(contact.en.naam and contact.en.wanneer for contact in contacts.contacten)
