"""Find Dutch phone numbers in a built site, and the numbers the site may show.

The site may show the numbers of the contacts data file `data/contacten.yml`, and the organisation's own
phone numbers when they are set at build time (the settings ORG_*_TELEFOON). Numbers are compared by the
number they dial, so `0900-8844` on the page and `tel:+319008844` in a link are the same number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from phonenumbers import shortnumberinfo
from site_content import parse_html
from sitebuild import PROJECT_ROOT

from model import read_contacts

CONTACTS_FILE = Path("data") / "contacten.yml"

_DIGIT_AFTER_SEPARATOR = r"[ .-]?\d"  # digits may be grouped by one space, dot or hyphen
DUTCH_PHONE_NUMBER = re.compile(
    rf"""
    (?<![\w+./=-])                                             # not part of a longer word, number or file name
    (?:
        (?:\+|00)31[ -]?(?:\(0\)[ -]?)?[1-9](?:{_DIGIT_AFTER_SEPARATOR}){{7,8}}   # +31 6 1234 5678, 0031 20 123 4567
      | 0[89]0\d(?:{_DIGIT_AFTER_SEPARATOR}){{4,7}}                               # 0800-7000, 0900 8844, 0800 123 4567
      | \(0\d{{1,3}}\)[ ]?\d(?:{_DIGIT_AFTER_SEPARATOR}){{5,7}}                   # (020) 123 45 67
      | 0[1-9](?:{_DIGIT_AFTER_SEPARATOR}){{8}}                                  # 033 448 11 86, 06-12345678
      | 1(?:12|13|44)                                                            # short numbers: 112, 113, 144
      | 14[ ]?0\d{{2,3}}                                                         # a municipality: 14 020
    )
    (?![\w/])
    """,
    re.VERBOSE,
)
# SVG geometry is numbers that are not text.
NOT_TEXT_ATTRIBUTES = {"d", "viewbox", "points", "transform"}


@dataclass(frozen=True)
class Found:
    location: str
    number: str


def dialled(number: str) -> str:
    """The number a phone dials for a number as written (or a `tel:` link's number): E.164, or a short number."""
    parsed = phonenumbers.parse(number.removeprefix("tel:"), "NL")
    if shortnumberinfo.is_valid_short_number(parsed):
        return phonenumbers.national_significant_number(parsed)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def contact_numbers(project_dir: Path = PROJECT_ROOT) -> list[str]:
    """The numbers of the contacts data file, as written there."""
    return [contact.nummer.written for contact in read_contacts(project_dir / CONTACTS_FILE).contacten]


def allowed_numbers(project_dir: Path = PROJECT_ROOT, settings: dict[str, str] | None = None) -> set[str]:
    """What the site may dial: the data file's numbers, and the organisation's from these build settings."""
    organisation = [value for name, value in (settings or {}).items() if name.endswith("_TELEFOON")]
    return {dialled(number) for number in contact_numbers(project_dir) + organisation}


def site_texts(site_dir: Path) -> Iterator[tuple[str, str]]:
    """(location, text) for every text and attribute value of every HTML page, and every JSON string."""
    for path in sorted(site_dir.rglob("*.html")):
        name = path.relative_to(site_dir).as_posix()
        soup = parse_html(path)
        for text in soup.find_all(string=True):
            yield name, str(text)
        for tag in soup.find_all(True):
            for attribute, value in tag.attrs.items():
                if attribute.lower() not in NOT_TEXT_ATTRIBUTES:
                    yield f"{name} <{tag.name} {attribute}>", " ".join(value) if isinstance(value, list) else value
    for path in sorted(site_dir.rglob("*.json")):
        name = path.relative_to(site_dir).as_posix()
        yield from ((name, text) for text in json_strings(json.loads(path.read_text(encoding="utf-8"))))


def json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def phone_numbers(site_dir: Path) -> list[Found]:
    return [
        Found(location, match.group())
        for location, text in site_texts(site_dir)
        for match in DUTCH_PHONE_NUMBER.finditer(text)
    ]


def unexpected_numbers(site_dir: Path, allowed: set[str]) -> list[Found]:
    return [found for found in phone_numbers(site_dir) if dialled(found.number) not in allowed]
