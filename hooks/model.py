"""The site's content model: every input the build reads, loaded once and validated at the door.

Six inputs, each with a typed pydantic model:
- the site's languages, one `data/teksten.<code>.yml` each: the language's name, Material's interface language
  for its pages and the interface texts of the site's own templates and scripts. Dutch (`nl`) is the original;
  every other language has exactly the Dutch keys, and a translation of every role page and of the poster's text;
- the role pages, `docs/rollen/<slug>.md`: their front matter holds the role's title, description, icon,
  the other words people use for it (`ook_voor`) and its tips (`id`, `tekst`); the order is `nav`'s. A
  translation, `docs/rollen/<slug>.<code>.md`, holds the title, description, `ook_voor` and every tip by its
  Dutch id, in the Dutch order;
- the contacts file, `data/contacten.yml` (version 3): contacts with ids, their English text (`en`), and
  the route signaleren -> overleggen -> melden;
- the poster's own text, `data/poster.yml` (and `data/poster.<code>.yml` in another language): its introduction;
- the field's search words, `data/zoekwoorden.yml` (and `data/zoekwoorden.<code>.yml` in another language): each
  word with the tip, role or page it leads to (or `nergens`, for an errand the site does not cover), and its source;
  and the word forms the query worker derives;
- the build settings, read as text from the environment and from the settings file `organisatie.env` next to
  `mkdocs.yml` (the environment wins): SITE_URL, SNEL_WEG_URL, EMBED_ORIGINS and ORG_*.

The i18n plugin builds the site once per language; `load_into` loads the model for that build's language,
and `SiteModel.of(config)` hands out the same model for the rest of that build; pages, search, `tips.json` and the templates all read that one model. A bad value raises
`InputError`, a one-line message naming the file or setting, the value and what was expected; MkDocs shows
it and the build stops. Nothing is coerced.

Why pydantic: the rules live next to the types, in Python that the hooks already are, the error locations
come with the value that failed, and the same classes are what the templates read.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import re
import string
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal
from urllib.parse import urlsplit

import email_validator
import idna
import phonenumbers
import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from phonenumbers import shortnumberinfo
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    EmailStr,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

ROLE_DIRECTORY = "rollen/"
DEFAULT_LANGUAGE = "nl"  # the original: every other language is a translation of the Dutch text
DATA_DIRECTORY = Path("data")
CONTACTS_FILE = Path("data") / "contacten.yml"
POSTER_TEXT_FILE = Path("data") / "poster.yml"


def poster_file(code: str) -> Path:
    """The poster's introduction in language `code`: `data/poster.yml` is the Dutch original."""
    return POSTER_TEXT_FILE if code == DEFAULT_LANGUAGE else POSTER_TEXT_FILE.with_suffix(f".{code}.yml")


# The field's search words, one file per language: `zoekwoorden.yml` is Dutch; every other language has
# `zoekwoorden.<code>.yml` (`zoekwoorden.en.yml`) with `taal: <code>`.
VOCABULARY_FILE = Path("data") / "zoekwoorden.yml"


def vocabulary_file(code: str) -> Path:
    """The field's search words in language `code`: `data/zoekwoorden.yml` is the Dutch one."""
    return VOCABULARY_FILE if code == DEFAULT_LANGUAGE else VOCABULARY_FILE.with_suffix(f".{code}.yml")


# The pages besides the role pages that a search word may lead to, by the name a vocabulary entry gives them.
GENERAL_PAGES = {"alle-tips": "alle-tips.md", "hulp-en-melden": "hulp-en-melden.md"}
OWN_JUDGEMENT = "eigen-oordeel"  # a search word's `bron` when no published list has it: the team's own judgement
# A search word's `naar` for an errand or subject the site does not cover (verlengen, openingstijden): a query
# with it finds nothing, and the search shows the way on.
NOWHERE = "nergens"
EMERGENCY_NUMBER = "112"  # the number "Hulp en melden" and every role page put first; its text is the data file's
OWN_ORGANISATION = "eigen organisatie"  # a route entry that stands for the organisation's own contacts
FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(?P<yaml>.*?\n)?(?:-{3}|\.{3})[ \t]*(?:\n|\Z)", re.DOTALL)
# Characters a phone number may be written with: ASCII digits, spaces, hyphens, brackets and a leading +.
PHONE_CHARACTERS = frozenset("0123456789 -()+")
# Characters that never stand in a URL as written (RFC 3986), besides white space and control characters.
NOT_IN_URL = frozenset('"<>\\^`{|}')
# Characters that a `mailto:` link reads as the start of a header field (`?bcc=`), a next field (`&`), a
# fragment (`#`) or an escape (`%`): valid in an e-mail address, but in a link they add a hidden recipient.
NOT_IN_MAIL_ADDRESS = frozenset("?&#%")
# Characters that Markdown or HTML would read as markup in a title or a description.
MARKUP_CHARACTERS = frozenset("<>`*_[]{}#\\|")
# The organisation's contact people (ORG_<KEY>_*): their key, as role pages name them, and their title.
PEOPLE = {"aandachtsfunctionaris": "Aandachtsfunctionaris", "zorgcoordinator": "Zorgcoördinator"}


class InputError(PluginError):
    """A bad input: the message names the file or setting, the value and what was expected."""


# ----- Field types -----------------------------------------------------------------------------------------


def plain_text(value: str) -> str:
    """One line of text: no leading or trailing space, no line breaks or other control characters."""
    if value != value.strip() or not value:
        raise ValueError("expected text without leading or trailing spaces")
    if any(not character.isprintable() for character in value):
        raise ValueError("expected printable text without line breaks or control characters")
    return value


def no_markup(value: str) -> str:
    """Text that Markdown and HTML show as it is: no markup characters and no emoji shortcode (`:smile:`)."""
    found = sorted(set(value) & MARKUP_CHARACTERS)
    if found or ":" in value and re.search(r":[a-z0-9+_-]+:", value):
        raise ValueError(f"expected plain text without markup, found {''.join(found) or 'an emoji shortcode'}")
    return value


def web_address(value: str) -> str:
    """An absolute http(s) URL, kept as written, with no user info and its host as visitors see it."""
    bad = sorted({c for c in value if c in NOT_IN_URL or c.isspace() or not c.isprintable()})
    if bad:
        raise ValueError(f"expected an absolute http(s) URL, found {' '.join(map(repr, bad))} in it")
    try:
        address = urlsplit(value)
        address.port  # noqa: B018 (raises ValueError for a port that is not a number from 0 to 65535)
    except ValueError as error:
        raise ValueError(f"expected an absolute http(s) URL: {error}") from None
    if address.scheme not in ("http", "https") or not address.hostname:
        raise ValueError("expected an absolute http(s) URL, like https://www.voorbeeld.nl/")
    if "@" in address.netloc:
        raise ValueError(
            f"expected an address without a user name or password: the browser goes to {address.hostname!r}, "
            "the part after the @"
        )
    visible_host(address.hostname)
    return value


def visible_host(host: str) -> str:
    """A host written as visitors see it in the address bar, so that what a setting says is where it goes.

    The rule: an IP address as four numbers (or IPv6), or a name in Latin script. ASCII labels are letters,
    digits and hyphens; a label with accents (bücher.nl) is valid IDNA 2008 as written (lower case, composed).
    Refused: the `xn--` form of a label (the address bar shows the Unicode form, so the setting would not read
    as what visitors see), letters of another script (a Greek or Cyrillic letter can pass for a Latin one), a
    trailing dot (another origin for the browser) and a name ending in a number (a browser reads 2130706433 as
    127.0.0.1). `host` is lower case already, as `urlsplit` gives it."""
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    if host.endswith("."):
        raise ValueError(f"expected the host {host!r} without its trailing dot, as visitors see it")
    if re.fullmatch(r"(0x[0-9a-f]*|[0-9]+)", host.rpartition(".")[2]):  # WHATWG URL: an IPv4 address
        raise ValueError(f"expected an IP address written as four numbers (127.0.0.1) or a host name, not {host!r}")
    for label in host.split("."):
        if label.startswith("xn--"):
            raise ValueError(
                f"expected the host as visitors see it, not its xn-- form: write {idna.decode(host)!r}"
                if _decodes(host)
                else f"expected a host name, {label!r} is no valid xn-- label"
            )
        other_script = [c for c in label if c.isalpha() and not c.isascii() and not _latin(c)]
        if other_script:
            raise ValueError(
                f"expected a host in Latin script, found {other_script[0]!r} ({unicodedata.name(other_script[0])}),"
                " which can pass for a Latin letter"
            )
        try:
            idna.encode(label, uts46=False)
        except idna.IDNAError as error:
            raise ValueError(f"expected a host name of letters, digits and hyphens: {label!r}: {error}") from None
    return host


def _latin(character: str) -> bool:
    return unicodedata.name(character, "").startswith("LATIN ")


def _decodes(host: str) -> bool:
    try:
        idna.decode(host)
    except idna.IDNAError:
        return False
    return True


def mailto_safe(value: str) -> str:
    """An e-mail address that a `mailto:` link takes for nothing but the address."""
    if found := sorted(set(value) & NOT_IN_MAIL_ADDRESS):
        raise ValueError(
            f"expected an e-mail address without {' '.join(found)}: a mailto: link reads them as more fields,"
            " such as a hidden Bcc"
        )
    return value


def contact_address(value: str) -> str:
    """An e-mail address or an absolute http(s) URL, kept as written."""
    if urlsplit(value).scheme:
        return web_address(value)
    try:
        email_validator.validate_email(value, check_deliverability=False)
    except email_validator.EmailNotValidError as error:
        raise ValueError(f"expected an e-mail address or an absolute http(s) URL: {error}") from None
    return mailto_safe(value)


def https_address(value: str) -> str:
    """An https:// address: what it points to cannot be read or changed on the way."""
    if urlsplit(value).scheme != "https":
        raise ValueError("expected an https:// address, so that nobody on the way can see or change where it goes")
    return value


def embed_origin(value: str) -> str:
    """An origin that may frame the cards: https://host, with a port and a leading `*.` allowed."""
    address = urlsplit(value)
    host = (address.hostname or "").removeprefix("*.")
    try:
        port_ok = address.port is None or 0 < address.port < 65536
    except ValueError:
        port_ok = False
    if (
        address.scheme != "https"
        or value != f"https://{address.netloc}"
        or address.username is not None
        or "*" in host
        or not port_ok
        or not all(re.fullmatch(r"(?!-)[a-z0-9-]{1,63}(?<!-)", label) for label in host.split("."))
    ):
        raise ValueError(
            "expected https:// origins separated by spaces, with no path, such as https://intranet.voorbeeld.nl, "
            "https://intranet.voorbeeld.nl:8443 or https://*.sharepoint.com"
        )
    return value


PlainText = Annotated[str, AfterValidator(plain_text)]
TitleText = Annotated[str, AfterValidator(plain_text), AfterValidator(no_markup)]
WebAddress = Annotated[str, AfterValidator(web_address)]
ContactAddress = Annotated[str, AfterValidator(contact_address)]
MailAddress = Annotated[EmailStr, AfterValidator(mailto_safe)]
HttpsAddress = Annotated[WebAddress, AfterValidator(https_address)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
# EMBED_ORIGINS as typed: origins separated by spaces.
EmbedOrigins = Annotated[
    list[Annotated[str, AfterValidator(embed_origin)]],
    BeforeValidator(lambda value: value.split() if isinstance(value, str) else value),
]


class PhoneNumber(BaseModel):
    """A phone number as it is written on the site, and the E.164 form its `tel:` link dials."""

    model_config = ConfigDict(frozen=True)
    written: str
    dial: str

    @classmethod
    def parse(cls, written: str, *, short_numbers: bool) -> PhoneNumber:
        if not isinstance(written, str):
            raise ValueError(f"expected a phone number as text in quotes, got {type(written).__name__}")
        if set(written) - PHONE_CHARACTERS or "+" in written[1:]:
            raise ValueError(
                "expected a phone number of ASCII digits, spaces, hyphens and brackets, with at most a leading +"
            )
        try:
            number = phonenumbers.parse(written, "NL")
        except phonenumbers.NumberParseException as error:
            raise ValueError(f"expected a phone number: {error}") from None
        if short_numbers and shortnumberinfo.is_valid_short_number(number):
            return cls(written=written, dial=phonenumbers.national_significant_number(number))
        if not phonenumbers.is_valid_number(number) or number.extension:
            allowed = "a Dutch phone number or a short number such as 112" if short_numbers else "a phone number"
            raise ValueError(f"expected {allowed} that exists, with no extension")
        return cls(written=written, dial=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))

    @property
    def tel(self) -> str:
        return f"tel:{self.dial}"


AnyPhoneNumber = Annotated[PhoneNumber, BeforeValidator(lambda value: PhoneNumber.parse(value, short_numbers=True))]
RegularPhoneNumber = Annotated[
    PhoneNumber, BeforeValidator(lambda value: PhoneNumber.parse(value, short_numbers=False))
]


class Strict(BaseModel):
    """Unknown keys fail; values are taken as written, never converted."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# ----- Role pages ------------------------------------------------------------------------------------------


class Tip(Strict):
    id: Slug
    tekst: PlainText


class Role(Strict):
    """A role page's front matter, and the page's slug (its file name)."""

    slug: Slug
    title: TitleText
    description: TitleText
    # The icon of the role's card and of its poster box, from Material's bundled set. Not Material's own
    # key `icon`, which would also put it before the role in every page's menu (about 2 KB of each page).
    pictogram: Annotated[str, StringConstraints(pattern=r"^material/[a-z0-9]+(-[a-z0-9]+)*$")]
    # Other common names for the same role, if people use any (CONTRIBUTING.md: "Search words").
    ook_voor: list[Annotated[TitleText, StringConstraints(pattern=r"^[^\W\d_]+(?:[ '’-][^\W\d_]+)*$")]] = []
    tips: list[Tip] = Field(min_length=1)
    # "Wat kun je doen?" (hooks/next_steps.py): the contacts and people the tips name, by contact id or
    # person key (checked against the tip text: SiteModel.load), and the role's own service, left out.
    tips_noemen: list[Slug] = []
    eigen_dienst: list[Slug] = []

    @model_validator(mode="after")
    def _tips_belong_to_the_role(self) -> Role:
        ids = [tip.id for tip in self.tips]
        if duplicates := sorted({tip_id for tip_id in ids if ids.count(tip_id) > 1}):
            raise ValueError(f"tip ids must be unique, {', '.join(duplicates)} appears twice")
        for tip_id in ids:
            if not tip_id.startswith(f"{self.slug}-"):
                raise ValueError(f"tip id {tip_id!r} must start with '{self.slug}-'")
        if len(set(self.ook_voor)) != len(self.ook_voor):
            raise ValueError(f"ook_voor has a word twice: {self.ook_voor}")
        return self

    @property
    def src_uri(self) -> str:
        return f"{ROLE_DIRECTORY}{self.slug}.md"

    @property
    def path(self) -> str:
        """The role page's address below the site root: `rollen/docent/`."""
        return f"{ROLE_DIRECTORY}{self.slug}/"


class RoleTranslation(Strict):
    """A role page's translation, `docs/rollen/<slug>.<code>.md`: its texts only; the icon and the keys of
    "Wat kun je doen?" are the Dutch page's."""

    title: TitleText
    description: TitleText
    ook_voor: list[Annotated[TitleText, StringConstraints(pattern=r"^[^\W\d_]+(?:[ '’-][^\W\d_]+)*$")]] = []
    tips: list[Tip] = Field(min_length=1)


# ----- Languages -------------------------------------------------------------------------------------------

LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
TextKey = Annotated[str, StringConstraints(pattern=r"^[a-z]+(_[a-z0-9]+)*$")]


class InterfaceTexts(Strict):
    """`data/teksten.<code>.yml`: a language of the site (CONTRIBUTING.md: "Another language")."""

    naam: TitleText  # the language's name in its own language, as the language switch shows it
    # Material's interface texts for these pages: one of Material's languages, or `custom`
    # (overrides/partials/languages/custom.html, Material's Dutch with plain-Dutch replacements).
    material: Annotated[str, StringConstraints(pattern=r"^(custom|[a-z]{2}(-[A-Za-z]{2,4})?)$")]
    teksten: dict[TextKey, PlainText] = Field(min_length=1)


def texts_file(code: str) -> Path:
    return DATA_DIRECTORY / f"teksten.{code}.yml"


def language_codes(project_dir: Path) -> list[str]:
    """The site's languages: Dutch first, then every other language with a texts file, by code."""
    codes = []
    for path in sorted((project_dir / DATA_DIRECTORY).glob("teksten.*.yml")):
        code = path.name.removeprefix("teksten.").removesuffix(".yml")
        if not re.fullmatch(r"[a-z]{2}", code):
            raise InputError(f"data/{path.name}: language code {code!r}: expected two lowercase letters (ISO 639-1)")
        codes.append(code)
    if DEFAULT_LANGUAGE not in codes:
        raise InputError(f"{texts_file(DEFAULT_LANGUAGE).as_posix()}: missing; the Dutch texts are the original")
    return [DEFAULT_LANGUAGE, *(code for code in codes if code != DEFAULT_LANGUAGE)]


def read_languages(project_dir: Path) -> dict[str, InterfaceTexts]:
    """Every language's texts file, Dutch first; each must have exactly the Dutch keys."""
    languages = {
        code: read_data_file(project_dir / texts_file(code), texts_file(code).as_posix(), InterfaceTexts)
        for code in language_codes(project_dir)
    }
    keys = list(languages[DEFAULT_LANGUAGE].teksten)
    for code, texts in languages.items():
        name = texts_file(code).as_posix()
        if missing := [key for key in keys if key not in texts.teksten]:
            raise InputError(f"{name}: teksten: {missing[0]!r} is missing; expected every key of the Dutch file")
        if extra := [key for key in texts.teksten if key not in keys]:
            raise InputError(f"{name}: teksten: {extra[0]!r} is not in the Dutch file; expected its keys only")
        for key, text in texts.teksten.items():
            dutch = placeholders(languages[DEFAULT_LANGUAGE].teksten[key], texts_file(DEFAULT_LANGUAGE).as_posix(), key)
            if unknown := sorted(placeholders(text, name, key) - dutch):
                raise InputError(
                    f"{name}: teksten: {key}: {{{unknown[0]}}} is not filled in; expected only the Dutch text's "
                    f"placeholders ({', '.join(f'{{{field}}}' for field in sorted(dutch)) or 'none'})"
                )
    return languages


def placeholders(text: str, name: str, key: str) -> set[str]:
    """The names in braces that a template fills in a text: "Bel {nummer}" has `nummer`."""
    try:
        fields = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError as error:
        raise InputError(f"{name}: teksten: {key}: {text!r}: {error}; write a placeholder as {{name}}") from None
    if bad := sorted(field for field in fields if not re.fullmatch(r"[a-z_]+", field)):
        raise InputError(f"{name}: teksten: {key}: {{{bad[0]}}}: expected a placeholder of lowercase letters and _")
    return fields


# ----- Contacts --------------------------------------------------------------------------------------------


class ContactText(Strict):
    """A contact's text in another language: its name and when to call it."""

    naam: PlainText
    wanneer: PlainText


class Source(BaseModel):
    """A page where a contact was checked: the address as the data file writes it, and its link."""

    model_config = ConfigDict(frozen=True)
    label: str
    url: str


def sources(bron: str) -> list[Source]:
    """`bron` as links: "site.nl (a/b; c); other.nl" is https://site.nl/a/b, https://site.nl/c and
    https://other.nl/. A site is a host name; the paths in brackets are pages on it."""
    found = []
    for part in split_outside_brackets(bron):
        host, _, paths = part.partition(" (")
        if not is_domain_name(host):
            raise ValueError(f"expected sources as 'site.nl (path/on/site; other/path); other.nl', found {part!r}")
        if paths and not paths.endswith(")"):
            raise ValueError(f"expected the paths of {host} in brackets, found {part!r}")
        for path in paths.removesuffix(")").split("; ") if paths else [""]:
            if path != path.strip("/ ") or any(c in path for c in "()#?") or path.startswith("http"):
                raise ValueError(f"expected a path on {host} without leading or trailing / or spaces, found {path!r}")
            found.append(Source(label=f"{host}/{path}".removesuffix("/"), url=web_address(f"https://{host}/{path}")))
    return found


def is_domain_name(host: str) -> bool:
    """A domain name as written in a source, in lower case: `wegwijzermensenhandel.nl` (email_validator's
    domain rules, the same library that checks the e-mail settings)."""
    try:
        domain = email_validator.validate_email(f"x@{host}", check_deliverability=False).domain
    except email_validator.EmailNotValidError:
        return False
    return domain == host


def source_list(bron: str) -> str:
    """`bron` as written, once it reads as a list of sources (see `sources`)."""
    sources(bron)
    return bron


def split_outside_brackets(text: str) -> list[str]:
    """ "a (x; y); b" -> ["a (x; y)", "b"]: split at "; " where no bracket is open."""
    parts, depth, start = [], 0, 0
    for index, character in enumerate(text):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0 or depth > 1:
            raise ValueError(f"expected brackets in pairs, not nested, in {text!r}")
        if depth == 0 and text.startswith("; ", index):
            parts.append(text[start:index])
            start = index + 2
    if depth:
        raise ValueError(f"expected a closing bracket in {text!r}")
    return [*parts, text[start:]]


class Contact(Strict):
    id: Slug
    naam: PlainText
    nummer: AnyPhoneNumber
    wanneer: PlainText
    bron: Annotated[str, AfterValidator(plain_text), AfterValidator(source_list)]
    website: WebAddress | None = None
    en: ContactText

    @property
    def bronnen(self) -> list[Source]:
        return sources(self.bron)

    def in_language(self, code: str) -> Contact:
        """The contact as a page in `code` shows it: with its name and text in that language where the contacts
        file has them (`en`), else the Dutch ones (the services are Dutch)."""
        translated = {"en": self.en}.get(code)
        return self.model_copy(update={"naam": translated.naam, "wanneer": translated.wanneer}) if translated else self

    @property
    def korte_naam(self) -> str:
        """The name without the explanation in brackets: "Politie (geen spoed)" -> "Politie"."""
        return self.naam.split(" (", 1)[0]


RouteEntry = Slug | Literal["eigen organisatie"]


class Route(Strict):
    """signaleren -> overleggen -> melden: which contacts belong to each step, in order."""

    signaleren: list[RouteEntry]
    overleggen: list[RouteEntry]
    melden: list[RouteEntry]


class Contacts(Strict):
    gecontroleerd: datetime.date
    contacten: list[Contact] = Field(min_length=1)
    route: Route

    @model_validator(mode="after")
    def _ids_are_unique_and_known(self) -> Contacts:
        ids = [contact.id for contact in self.contacten]
        if duplicates := sorted({contact_id for contact_id in ids if ids.count(contact_id) > 1}):
            raise ValueError(f"contact ids must be unique, {', '.join(duplicates)} appears twice")
        for step, entries in self.route:
            for entry in entries:
                if entry != OWN_ORGANISATION and entry not in ids:
                    raise ValueError(f"route.{step} names {entry!r}, which is no contact id (known: {', '.join(ids)})")
        if len([contact for contact in self.contacten if contact.nummer.dial == EMERGENCY_NUMBER]) != 1:
            raise ValueError(f"contacten needs exactly one contact with number {EMERGENCY_NUMBER}")
        if self.gecontroleerd > datetime.date.today():
            raise ValueError(f"gecontroleerd {self.gecontroleerd.isoformat()} is in the future")
        return self

    def contact(self, contact_id: str) -> Contact:
        return next(contact for contact in self.contacten if contact.id == contact_id)

    def in_language(self, code: str) -> Contacts:
        return self.model_copy(update={"contacten": [contact.in_language(code) for contact in self.contacten]})

    @property
    def emergency(self) -> Contact:
        return next(contact for contact in self.contacten if contact.nummer.dial == EMERGENCY_NUMBER)

    @property
    def emergency_label(self) -> str:
        """What the emergency number is for, as a label before it: "Bij direct gevaar" (: bel 112)."""
        return self.emergency.wanneer.rstrip(".")


# ----- The poster's own text --------------------------------------------------------------------------------


class PosterText(Strict):
    """`data/poster.yml`: the poster's introduction, shown on the home page and on the poster."""

    inleiding: PlainText
    # A translation's poster keeps the Dutch title (the poster's name) and says it in its own language below it.
    ondertitel: PlainText | None = None


# ----- The field's search words -----------------------------------------------------------------------------


class PublishedList(Strict):
    """A published list that search words come from."""

    naam: PlainText
    adres: WebAddress


SearchWord = Annotated[PlainText, StringConstraints(pattern=r"^[^\W_]+(?:[ '’-][^\W_]+)*$")]


class SearchWordEntry(Strict):
    """A word (or phrase) of the field and where it leads: a tip id, a role slug, `alle-tips` or `hulp-en-melden`;
    or `nergens`, for an errand or subject the site does not cover.

    The targets, the sources and the words seen so far come from the validation context (`Vocabulary.read`):
    so a bad entry fails with its own line."""

    woord: SearchWord
    naar: Slug
    bron: Slug

    @field_validator("woord")
    @classmethod
    def _said_once(cls, word: str, info: ValidationInfo) -> str:
        seen = info.context["seen"] if info.context else set()
        if (key := word.casefold()) in seen:
            raise ValueError("expected each word once; it is in the file already")
        seen.add(key)
        return word

    @field_validator("naar")
    @classmethod
    def _target_exists(cls, target: str, info: ValidationInfo) -> str:
        targets = info.context["targets"] if info.context else ()
        if target not in targets:
            raise ValueError(
                f"expected a tip id, a role slug, {' or '.join(GENERAL_PAGES)}, or {NOWHERE}; no such target"
            )
        return target

    @field_validator("bron")
    @classmethod
    def _source_is_known(cls, source: str, info: ValidationInfo) -> str:
        sources = info.context["sources"] if info.context else ()
        if source != OWN_JUDGEMENT and source not in sources:
            raise ValueError(f"expected {OWN_JUDGEMENT} or a source of bronnen ({', '.join(sources)})")
        return source


# The word forms beyond the stemmer that the query worker may derive from a query word the index lacks
# (docs/assets/javascripts/workers/search-query.js); a language's vocabulary lists those of its language.
WORD_FORMS = ("voltooide-deelwoorden", "samenstellingen", "verkleinwoorden")
WordForm = Literal[WORD_FORMS]


class Vocabulary(Strict):
    """`data/zoekwoorden.yml`: the field's words that the site's own text lacks, each with where it leads
    (CONTRIBUTING.md, "Search words"). One file per language, the language named in `taal`; `woordvormen`
    names the word forms of the language that the query worker derives (`WORD_FORMS`)."""

    taal: LanguageCode
    woordvormen: list[WordForm]
    bronnen: dict[Slug, PublishedList]
    woorden: list[SearchWordEntry] = Field(min_length=1)

    @field_validator("taal")
    @classmethod
    def _the_files_language(cls, code: str, info: ValidationInfo) -> str:
        expected = info.context["language"] if info.context else DEFAULT_LANGUAGE
        if code != expected:
            raise ValueError(f"expected {expected!r}, the language of the file's name")
        return code

    @field_validator("woordvormen")
    @classmethod
    def _each_once(cls, forms: list[str]) -> list[str]:
        if len(set(forms)) != len(forms):
            raise ValueError("expected each word form once")
        return forms

    @classmethod
    def read(
        cls, path: Path, roles: list[Role], name: str = VOCABULARY_FILE.as_posix(), language: str = DEFAULT_LANGUAGE
    ) -> Vocabulary:
        targets = {
            *GENERAL_PAGES,
            NOWHERE,
            *(role.slug for role in roles),
            *(tip.id for role in roles for tip in role.tips),
        }
        return read_data_file(
            path,
            name,
            cls,
            lambda data: {
                "language": language,
                "targets": targets,
                "sources": list(data["bronnen"]) if isinstance(data.get("bronnen"), dict) else [],
                "seen": set(),
            },
        )

    def words_for(self, target: str) -> list[str]:
        return [entry.woord for entry in self.woorden if entry.naar == target]


# ----- Build settings --------------------------------------------------------------------------------------


def at_most(limit: int) -> Any:
    """A validator, run after the value's own checks: at most `limit` characters, as written."""

    def check(value: Any) -> Any:
        written = value.written if isinstance(value, PhoneNumber) else value
        if len(written) > limit:
            raise ValueError(
                f"expected at most {limit} characters (this is {len(written)}): longer, the role pages and the "
                "posters no longer print on one page each"
            )
        return value

    return check


# The longest values of a person's fields (ORG_<PERSON>_<FIELD>) with which every role page and both posters
# still print on one page each, with all fields of both people set (tests/test_organisation_limits.py tests it
# at the limit; at 80, 64 and 100 characters two role pages take two).
PERSON_LIMITS = {"naam": 60, "telefoon": 24, "email": 64, "link": 80}


class Person(Strict):
    """A contact person of the hosting organisation; every field may be left unset."""

    naam: Annotated[PlainText, AfterValidator(at_most(PERSON_LIMITS["naam"]))] | None = None
    telefoon: Annotated[RegularPhoneNumber, AfterValidator(at_most(PERSON_LIMITS["telefoon"]))] | None = None
    email: Annotated[MailAddress, AfterValidator(at_most(PERSON_LIMITS["email"]))] | None = None
    link: Annotated[WebAddress, AfterValidator(at_most(PERSON_LIMITS["link"]))] | None = None

    @property
    def is_set(self) -> bool:
        return any(value is not None for value in (self.naam, self.telefoon, self.email, self.link))


class Settings(Strict):
    """The settings a build reads from the environment. ORG_* are the hosting organisation's own."""

    ENVIRONMENT: ClassVar[dict[str, tuple[str, ...]]] = {
        "SITE_URL": ("site_url",),
        "SNEL_WEG_URL": ("snel_weg_url",),
        "EMBED_ORIGINS": ("embed_origins",),
        "ORG_NAAM": ("organisatie_naam",),
        "ORG_CONTACT": ("organisatie_contact",),
        **{
            f"ORG_{person.upper()}_{field.upper()}": (person, field)
            for person in ("aandachtsfunctionaris", "zorgcoordinator")
            for field in ("naam", "telefoon", "email", "link")
        },
    }
    DEFAULT_SNEL_WEG_URL: ClassVar[str] = "https://www.buienradar.nl/"

    site_url: WebAddress
    snel_weg_url: HttpsAddress = DEFAULT_SNEL_WEG_URL
    # Who may frame the cards (hooks/embed_cards.py) besides the site itself: the nginx configuration's
    # frame-ancestors for insluiten/ (hooks/security_policy.py writes them next to the site).
    embed_origins: EmbedOrigins = []
    organisatie_naam: PlainText | None = None
    organisatie_contact: ContactAddress | None = None
    aandachtsfunctionaris: Person = Person()
    zorgcoordinator: Person = Person()

    @model_validator(mode="after")
    def _addresses_fit(self) -> Settings:
        site = urlsplit(self.site_url)
        if site.query or site.fragment or "?" in self.site_url or "#" in self.site_url:
            raise ValueError(f"SITE_URL {self.site_url!r}: expected an address with no query (?) or fragment (#)")
        if not site.path.endswith("/"):
            raise ValueError(f"SITE_URL {self.site_url!r}: expected an address that ends in /")
        if urlsplit(self.snel_weg_url).hostname == site.hostname:
            raise ValueError(
                f"SNEL_WEG_URL {self.snel_weg_url!r}: expected a site on another host than SITE_URL ({site.hostname})"
            )
        return self

    @property
    def organisatie_contact_href(self) -> str | None:
        """ORG_CONTACT as a link: an e-mail address gets `mailto:`."""
        contact = self.organisatie_contact
        return contact if contact is None or urlsplit(contact).scheme else f"mailto:{contact}"

    @property
    def people(self) -> list[tuple[str, Person]]:
        """The organisation's contact people that are set, with their role's name."""
        return [(title, person) for title, person in self.people_by_key.values() if person.is_set]

    @property
    def people_by_key(self) -> dict[str, tuple[str, Person]]:
        """Every contact person, set or not, by key (`zorgcoordinator`), with their title."""
        return {key: (title, getattr(self, key)) for key, title in PEOPLE.items()}

    @classmethod
    def from_environment(cls, environment: Mapping[str, str], *, serve_url: str | None) -> Settings:
        """Read the settings as text. Unset means the default; set but empty, or an unknown ORG_*, fails."""
        values: dict[str, Any] = {}
        for name, value in sorted(environment.items()):
            if name.startswith("ORG_") and name not in cls.ENVIRONMENT:
                raise InputError(
                    f"{name}: no such setting; the organisation settings are {', '.join(cls._org_names())}"
                )
            if name not in cls.ENVIRONMENT:
                continue
            if not value.strip():
                raise InputError(f"{name}: is set but empty; give it a value or unset it")
            *parents, key = cls.ENVIRONMENT[name]
            target = values
            for parent in parents:
                target = target.setdefault(parent, {})
            target[key] = value
        if serve_url is not None:
            values["site_url"] = serve_url  # `mkdocs serve` serves at its own address
        elif "site_url" not in values:
            raise InputError(
                "SITE_URL: not set; a build for hosting needs the address the site will have, for example "
                "SITE_URL=https://www.voorbeeld.nl/mensenhandel/ make build (make serve needs none)"
            )
        try:
            return cls.model_validate(values)
        except ValidationError as error:
            raise InputError(setting_error(error, cls)) from None

    @classmethod
    def read(cls, project_dir: Path, environment: Mapping[str, str], *, serve_url: str | None) -> Settings:
        """The settings of the project's settings file (if there is one), each overridden by the environment.

        A bad value read from the file fails with the file and line in front of its one line."""
        in_file = read_settings_file(project_dir / SETTINGS_FILE)
        values = {name: value for name, (value, _) in in_file.items()}
        try:
            return cls.from_environment({**values, **environment}, serve_url=serve_url)
        except InputError as error:
            name = re.split(r"[ :]", str(error), maxsplit=1)[0]  # every settings message starts with the name
            if name in in_file and name not in environment:
                raise InputError(f"{SETTINGS_FILE}, line {in_file[name][1]}: {error}") from None
            raise

    @classmethod
    def _org_names(cls) -> list[str]:
        return [name for name in cls.ENVIRONMENT if name.startswith("ORG_")]


# The file in the project folder (next to mkdocs.yml) in which a host may keep the build settings.
SETTINGS_FILE = Path("organisatie.env")


def read_settings_file(path: Path) -> dict[str, tuple[str, int]]:
    """Each setting in a settings file with its value, as text, and its line; no file, no settings.

    The file holds `NAME=value` lines; blank lines and lines starting with `#` are skipped. A value may be
    wrapped in one pair of double or single quotes, which are removed; nothing else is changed: no escapes,
    no `${...}`, no comment after a value. A line of another form, a name that is not a setting, a name
    given twice or an empty value fails in one line naming the file and line. (Not python-dotenv: it fills
    in `${...}`, skips a line it cannot read with a logged warning and keeps the last of two equal names.)"""
    if not path.is_file():
        return {}
    settings: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        where = f"{path.name}, line {number}"
        name, equals, value = text.partition("=")
        if not equals or name != name.strip() or not name:
            raise InputError(f"{where}: {text!r}: expected NAME=value (no spaces around =) or a # comment")
        if name not in Settings.ENVIRONMENT:
            raise InputError(f"{where}: {name}: no such setting; the settings are {', '.join(Settings.ENVIRONMENT)}")
        if name in settings:
            raise InputError(f"{where}: {name}: given twice (also on line {settings[name][1]}); keep one line")
        value = value.strip()
        if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
            value = value[1:-1]
        elif value[:1] in ('"', "'"):
            raise InputError(f"{where}: {name} {value!r}: expected a value with its closing quote ({value[0]})")
        if not value.strip():
            raise InputError(f"{where}: {name}: is empty; give it a value or remove the line")
        settings[name] = (value, number)
    return settings


def setting_error(error: ValidationError, settings: type[Settings]) -> str:
    """The first error as one line: the environment variable, its value and what was expected."""
    first = error.errors()[0]
    names = {path: name for name, path in settings.ENVIRONMENT.items()}
    location = tuple(str(part) for part in first["loc"] if not str(part).startswith("function-"))
    if not location:  # a rule across settings: its message names them
        return _reason(first)
    name = names.get(location[:2]) or names.get(location[:1]) or ".".join(location)
    value = first.get("input")
    shown = f" {value!r}" if isinstance(value, str) else ""
    return f"{name}{shown}: {_reason(first)}"


def _reason(error: Mapping[str, Any]) -> str:
    return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")


# ----- Reading files ---------------------------------------------------------------------------------------


class _UniqueKeys(yaml.constructor.SafeConstructor):
    """YAML's safe constructor, except that a key given twice in one mapping is an error, not a silent overwrite."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class _UniqueKeyLoader(_UniqueKeys, yaml.SafeLoader):
    """The pure-Python loader: its error messages are the ones a bad file gets."""


class _FastUniqueKeyLoader(_UniqueKeys, yaml.CSafeLoader):
    """The same loader on libyaml's parser, for files that load without error (the search words are long)."""


def load_yaml(text: str, name: str, first_line: int = 1) -> tuple[Any, yaml.Node | None]:
    """The data of a YAML text and its node tree (for line numbers); a YAML error names the file and line.

    The text is parsed once, by libyaml; a text with an error is parsed again by the pure-Python loader,
    whose messages say more. `first_line` is the file's line on which the YAML starts: 2 for front matter,
    after its `---`."""
    try:
        return _composed_and_constructed(text, _FastUniqueKeyLoader)
    except yaml.YAMLError:
        pass
    try:
        return _composed_and_constructed(text, _UniqueKeyLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{name}, line {mark.line + first_line}" if mark else name
        problem = getattr(error, "problem", None) or str(error)
        typed = text.splitlines()[mark.line].strip() if mark and mark.line < len(text.splitlines()) else ""
        if problem == "mapping values are not allowed here" and ": " in typed:
            # A text with ": " in it, unquoted: YAML reads the colon as the start of another key.
            key, value = typed.split(": ", 1)
            problem = f"{problem}, in {typed!r}; a text with a colon in it must be in quotes: {key}: {quoted(value)}"
        elif typed:
            problem = f"{problem}, in {typed!r}"
        raise InputError(f"{where}: invalid YAML: {problem}") from None


def _composed_and_constructed(text: str, loader_class: type) -> tuple[Any, yaml.Node | None]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()


def quoted(text: str) -> str:
    """`text` as a YAML string in double quotes, the way to write it in the file."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def as_typed(node: yaml.Node | None, value: Any) -> str:
    """A value as the file has it: an unquoted `no` shows as `no`, not as the False that YAML made of it."""
    if isinstance(node, yaml.ScalarNode) and not isinstance(value, str):
        return node.value or "(empty)"
    return repr(value)


def not_text(key: str, node: yaml.Node | None, value: Any) -> str:
    """What to do when a text was expected and YAML read something else: put the text in quotes."""
    if not isinstance(node, yaml.ScalarNode):
        return f"expected text, got {type(value).__name__}"
    if not node.value:
        return f"expected text, found none; write the text after '{key}:'"
    # YAML 1.1 reads an unquoted no, yes, on, off, ~, 12, 1.5 or 2026-12-01 as a value of its own, not as text.
    kind = {bool: f"a yes/no value ({value})", int: "a number", float: "a number", type(None): "nothing"}.get(
        type(value), f"a {type(value).__name__}"
    )
    return (
        f"expected text, but YAML reads an unquoted {node.value} as {kind}; "
        f"put the text in quotes: {key}: {quoted(node.value)}"
    )


def node_at(node: yaml.Node | None, location: tuple[int | str, ...]) -> yaml.Node | None:
    """The node of the value at `location` in a YAML node tree, or None."""
    for part in location:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return None
    return node


def dropped_comments(
    text: str, tree: yaml.Node | None, path: tuple[str, ...] = ()
) -> Iterator[tuple[int, str, str, str]]:
    """Each unquoted text followed by ` #...` on its line: YAML reads that as a comment and drops it.

    Yields the line (0-based in `text`), the key, the text as YAML read it and the dropped part."""
    if isinstance(tree, yaml.MappingNode):
        for key, value in tree.value:
            yield from dropped_comments(text, value, (*path, str(key.value)))
    elif isinstance(tree, yaml.SequenceNode):
        for item in tree.value:
            yield from dropped_comments(text, item, path)
    elif isinstance(tree, yaml.ScalarNode) and not tree.style and tree.tag == "tag:yaml.org,2002:str":
        # a plain scalar: style None from the pure-Python parser, "" from libyaml's
        end = tree.end_mark
        rest = text.splitlines()[end.line][end.column :] if end.line < len(text.splitlines()) else ""
        if rest[:1].isspace() and rest.lstrip().startswith("#"):
            yield end.line, path[-1] if path else "", tree.value, rest.strip()


def line_of(node: yaml.Node | None, location: tuple[int | str, ...]) -> int | None:
    """The line (1-based) of the value at `location` in a YAML node tree, or of its nearest parent."""
    for length in range(len(location), -1, -1):
        if (found := node_at(node, location[:length])) is not None:
            return found.start_mark.line + 1
    return None


def file_error(name: str, error: ValidationError, tree: yaml.Node | None, first_line: int = 1) -> str:
    """The first validation error as one line: the file, the line, the key, the value and what was expected.

    `first_line` is the file's line on which the YAML starts: 2 for front matter, after its `---`."""
    first = error.errors()[0]
    location = tuple(part for part in first["loc"] if not str(part).startswith("function-"))
    line = line_of(tree, location) if location else None  # a rule across keys has no line of its own
    line = line + first_line - 1 if line else None
    where = f"{name}, line {line}" if line else name
    key = ".".join(map(str, location))
    value = first.get("input")
    node = node_at(tree, location) if location else None
    shown = (
        f" {as_typed(node, value)}"
        if isinstance(value, str | int | float | datetime.date | None) and first["type"] != "missing"
        else ""
    )
    reason = not_text(str(location[-1]), node, value) if first["type"] == "string_type" and location else _reason(first)
    return f"{where}: {key + shown + ': ' if key else ''}{reason}"


def check_front_matter(text: str, name: str) -> tuple[dict[str, Any], yaml.Node | None]:
    """A Markdown page's front matter ({} if it has none) and its node tree. A YAML error, anything but a
    mapping, or markup in the title or description fails, naming the page."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, None
    front_matter = match["yaml"] or ""
    data, tree = load_yaml(front_matter, name, first_line=2)
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        raise InputError(f"{name}: front matter: expected a mapping of keys to values, got {type(data).__name__}")
    for line, key, value, comment in dropped_comments(front_matter, tree):
        raise InputError(
            f"{name}, line {line + 2}: {key} {value!r}: YAML drops {comment!r} as a comment; "
            f"put the text in quotes: {key}: {quoted(f'{value} {comment}')} (a comment goes on a line of its own)"
        )
    for key in ("title", "description"):
        if key in data:
            value, node = data[key], node_at(tree, (key,))
            where = f"{name}, line {node.start_mark.line + 2}" if node is not None else name
            if not isinstance(value, str):
                raise InputError(f"{where}: {key} {as_typed(node, value)}: {not_text(key, node, value)}")
            try:
                no_markup(plain_text(value))
            except ValueError as error:
                raise InputError(f"{where}: {key} {value!r}: {error}") from None
            if key == "description" and '"' in value:  # Material writes it into <meta content="..."> unescaped
                raise InputError(f"{where}: {key} {value!r}: expected no straight double quote; write “ ” or ‘ ’")
    return data, tree


def role_front_matter(docs_dir: Path, src_uri: str) -> tuple[dict[str, Any], yaml.Node | None]:
    """A role page's (or its translation's) front matter: the page holds nothing else; its slug is its file name."""
    name = f"docs/{src_uri}"
    text = (docs_dir / src_uri).read_text(encoding="utf-8")
    data, tree = check_front_matter(text, name)
    if body := FRONT_MATTER.sub("", text, count=1).strip():
        raise InputError(f"{name}: a role page holds front matter only; its page is made from it, found {body[:40]!r}")
    if "slug" in data:
        raise InputError(f"{name}: slug: the slug is the file name; remove the key")
    return data, tree


def read_role(docs_dir: Path, src_uri: str) -> Role:
    data, tree = role_front_matter(docs_dir, src_uri)
    try:
        return Role.model_validate({**data, "slug": src_uri.removeprefix(ROLE_DIRECTORY).removesuffix(".md")})
    except ValidationError as error:
        raise InputError(file_error(f"docs/{src_uri}", error, tree, first_line=2)) from None


def translation_path(src_uri: str, code: str) -> str:
    """`rollen/docent.md` in English: `rollen/docent.en.md` (the i18n plugin's suffix structure)."""
    return f"{src_uri.removesuffix('.md')}.{code}.md"


def read_role_translation(docs_dir: Path, role: Role, code: str) -> Role:
    """The role in language `code`: its translation's texts, every tip by its Dutch id and in the Dutch order."""
    src_uri = translation_path(role.src_uri, code)
    name = f"docs/{src_uri}"
    if not (docs_dir / src_uri).is_file():
        raise InputError(
            f"{name}: missing; expected a translation of docs/{role.src_uri} ({texts_file(code).as_posix()})"
        )
    data, tree = role_front_matter(docs_dir, src_uri)
    try:
        translation = RoleTranslation.model_validate(data)
    except ValidationError as error:
        raise InputError(file_error(name, error, tree, first_line=2)) from None
    dutch_ids = [tip.id for tip in role.tips]
    ids = [tip.id for tip in translation.tips]
    if missing := [tip_id for tip_id in dutch_ids if tip_id not in ids]:
        raise InputError(
            f"{name}: tips: tip {missing[0]!r} has no translation; expected every tip id of docs/{role.src_uri}"
        )
    if extra := [tip_id for tip_id in ids if tip_id not in dutch_ids]:
        raise InputError(f"{name}: tips: tip id {extra[0]!r} is not a tip of docs/{role.src_uri}; expected its ids")
    if ids != dutch_ids:
        raise InputError(
            f"{name}: tips: ids {', '.join(ids)}: expected the order of docs/{role.src_uri}, {', '.join(dutch_ids)}"
        )
    return role.model_copy(update={field: getattr(translation, field) for field in RoleTranslation.model_fields})


def check_translations_complete(docs_dir: Path, codes: list[str]) -> None:
    """Every page has a translation in every language, and every translation has its Dutch page: the i18n
    plugin would show a Dutch page under an English address, or an English page without a Dutch one."""
    for path in sorted(docs_dir.rglob("*.md")):
        src_uri = path.relative_to(docs_dir).as_posix()
        parts = path.name.split(".")
        if len(parts) == 2:
            for code in codes[1:]:
                if not (docs_dir / translation_path(src_uri, code)).is_file():
                    raise InputError(
                        f"docs/{translation_path(src_uri, code)}: missing; expected a translation of docs/{src_uri}"
                    )
        elif len(parts) == 3 and parts[1] not in codes:
            raise InputError(
                f"docs/{src_uri}: language {parts[1]!r}: expected one of {', '.join(codes)} (data/teksten.<code>.yml)"
            )
        elif len(parts) == 3 and not (path.parent / f"{parts[0]}.md").is_file():
            raise InputError(
                f"docs/{src_uri}: a translation without its Dutch page docs/{src_uri.replace(f'.{parts[1]}.md', '.md')}"
            )


def read_data_file(
    path: Path, name: str, model: type[Strict], context: Callable[[dict[str, Any]], dict[str, Any]] | None = None
) -> Any:
    """A YAML data file as `model`: a YAML error, another top level or a bad value names the file and line.

    `context`, if given, makes the validation context of the model's validators from the file's data."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror})") from None
    data, tree = load_yaml(text, name)
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a mapping with {', '.join(model.model_fields)}, got {data!r:.60}")
    try:
        return model.model_validate(data, context=context(data) if context else None)
    except ValidationError as error:
        raise InputError(file_error(name, error, tree)) from None


def read_contacts(path: Path, name: str = CONTACTS_FILE.as_posix()) -> Contacts:
    return read_data_file(path, name, Contacts)


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def word_position(text: str, term: str) -> int | None:
    """Where `term` stands in `text` as whole words, case ignored, or None."""
    match = re.search(rf"(?<!\w){re.escape(fold(term))}(?!\w)", fold(text))
    return match.start() if match else None


def names_in_tips(role: Role, contacts: Contacts) -> list[str]:
    """The contacts (by id) and the organisation's people (by key) whose name the role's tips use."""
    names = {contact.id: contact.korte_naam for contact in contacts.contacten if contact != contacts.emergency}
    names |= PEOPLE
    text = " ".join(tip.tekst for tip in role.tips)
    return sorted(key for key, name in names.items() if word_position(text, name) is not None)


def check_next_step_keys(role: Role, contacts: Contacts) -> None:
    """`tips_noemen` lists exactly whom the tips name, and `eigen_dienst` names known contacts or people:
    a changed tip text then fails here instead of silently changing "Wat kun je doen?"."""
    name = f"docs/{role.src_uri}"
    known = [contact.id for contact in contacts.contacten if contact != contacts.emergency] + list(PEOPLE)
    for key in ("tips_noemen", "eigen_dienst"):
        if unknown := [entry for entry in getattr(role, key) if entry not in known]:
            raise InputError(f"{name}: {key}: {unknown[0]!r} is no contact id or person (known: {', '.join(known)})")
    named = names_in_tips(role, contacts)
    if sorted(role.tips_noemen) != named:
        raise InputError(
            f"{name}: tips_noemen {role.tips_noemen}: the tips name {named or 'no contact or person'}; "
            f"set tips_noemen: [{', '.join(named)}]"
        )


def nav_paths(nav: Any) -> Iterator[str]:
    """The page paths that `nav` in mkdocs.yml lists, in its order, sections flattened."""
    if isinstance(nav, dict):
        for value in nav.values():
            yield from nav_paths(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from nav_paths(item)
    elif isinstance(nav, str):
        yield nav


# ----- The model -------------------------------------------------------------------------------------------


class SiteModel(BaseModel):
    """Everything the build reads, validated, for one language (`language`, this build's): the roles in `nav`
    order, the contacts, the poster's text and the interface texts in that language; the settings. Every
    language's files are checked in every build."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    CONFIG_KEY: ClassVar[str] = "site_model"

    language: LanguageCode
    languages: dict[LanguageCode, InterfaceTexts]  # every language of the site, Dutch first
    roles_by_language: dict[LanguageCode, list[Role]]
    contacts: Contacts  # in this build's language (`Contact.in_language`)
    posters: dict[LanguageCode, PosterText]
    vocabularies: dict[LanguageCode, Vocabulary]
    settings: Settings

    @classmethod
    def load(
        cls,
        config: MkDocsConfig,
        environment: Mapping[str, str],
        *,
        serve_url: str | None,
        language: str = DEFAULT_LANGUAGE,
    ) -> SiteModel:
        docs_dir = Path(config.docs_dir)
        project_dir = Path(config.config_file_path).parent
        languages = read_languages(project_dir)
        if language not in languages:
            raise InputError(f"language {language!r}: expected one of {', '.join(languages)} (data/teksten.<code>.yml)")
        check_translations_complete(docs_dir, list(languages))
        role_files = sorted(
            p.relative_to(docs_dir).as_posix() for p in (docs_dir / ROLE_DIRECTORY).glob("*.md") if len(p.suffixes) == 1
        )
        in_nav = [path for path in nav_paths(config.nav) if path.startswith(ROLE_DIRECTORY)]
        if missing := sorted(set(role_files) - set(in_nav)):
            raise InputError(f"mkdocs.yml: nav: role page {missing[0]} is not in nav; nav decides the roles' order")
        roles = [read_role(docs_dir, src_uri) for src_uri in in_nav if src_uri in role_files]
        tip_ids = [tip.id for role in roles for tip in role.tips]
        if duplicates := sorted({tip_id for tip_id in tip_ids if tip_ids.count(tip_id) > 1}):
            raise InputError(f"docs/{ROLE_DIRECTORY}: tip id {duplicates[0]!r} is used on two role pages")
        contacts = read_contacts(project_dir / CONTACTS_FILE)
        for role in roles:
            check_next_step_keys(role, contacts)
        return cls(
            language=language,
            languages=languages,
            roles_by_language={
                code: roles
                if code == DEFAULT_LANGUAGE
                else [read_role_translation(docs_dir, role, code) for role in roles]
                for code in languages
            },
            contacts=contacts.in_language(language),
            posters={
                code: read_data_file(project_dir / poster_file(code), poster_file(code).as_posix(), PosterText)
                for code in languages
            },
            vocabularies={
                code: Vocabulary.read(
                    project_dir / vocabulary_file(code), roles, vocabulary_file(code).as_posix(), code
                )
                for code in languages
            },
            settings=Settings.read(project_dir, environment, serve_url=serve_url),
        )

    @property
    def roles(self) -> list[Role]:
        return self.roles_by_language[self.language]

    @property
    def poster(self) -> PosterText:
        return self.posters[self.language]

    @property
    def vocabulary(self) -> Vocabulary:
        """This language's search words: the search index of this language gets them."""
        return self.vocabularies[self.language]

    @property
    def texts(self) -> dict[str, str]:
        """This language's interface texts: what the site's own templates and scripts say."""
        return self.languages[self.language].teksten

    @classmethod
    def of(cls, config: MkDocsConfig) -> SiteModel:
        """This build's model; `pages.on_config` loads it first."""
        try:
            return config[cls.CONFIG_KEY]
        except KeyError:
            raise PluginError("the site model is not loaded: hooks/pages.py must be listed under hooks:") from None

    def role(self, src_uri: str) -> Role | None:
        return next((role for role in self.roles if role.src_uri == src_uri), None)


def load_into(
    config: MkDocsConfig, environment: Mapping[str, str] = os.environ, language: str = DEFAULT_LANGUAGE
) -> SiteModel:
    """Load the model for this build and keep it with the config. `mkdocs serve` has set `site_url` by now."""
    model = SiteModel.load(config, environment, serve_url=config.site_url, language=language)
    config[SiteModel.CONFIG_KEY] = model
    return model
