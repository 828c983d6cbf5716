"""Cards for an intranet page to embed: one per role at `insluiten/<slug>/`, and `insluiten/hulp-en-melden/`; in
another language below its root (`en/insluiten/docent/`), in that language.

A card is a small page of its own (`overrides/embed-card.html`: no Material header, menu or search) made
from the content model: the role's title and tips (with the same ids as on the role page), 112 and the
first two numbers of the role's "Wat kun je doen?" (`hooks/next_steps.py`), the date the numbers were
checked with a link to their sources, a link to the full page and the quick exit. The card for "Hulp en
melden" holds 112 first, then the first number of each step of that page's route.

`pages.on_files` adds the cards as generated files, so MkDocs copies them as they are: they are no pages
of the site, so neither the search index nor `sitemap.xml` lists them; each says `noindex` and names its
full page as canonical. The security policy (`hooks/security_policy.py`) reads them like every other
HTML file of the site. `FRAME_HEIGHTS` is each card's height in a frame 320 px wide with no inner
scrollbar; "Op je intranet" puts it in the card's snippet, and `tests/test_embed_cards.py` measures it.
"""

from __future__ import annotations

from dataclasses import dataclass

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from languages import language_root
from model import Contact, InputError, PhoneNumber, Role, SiteModel, Tip
from next_steps import help_route, next_steps

EMBED_DIRECTORY = "insluiten/"
HELP_PAGE = "hulp-en-melden.md"
HELP_CARD = "hulp-en-melden"
TEMPLATE = "embed-card.html"
NUMBERS_AFTER_EMERGENCY = 2
FRAME_WIDTH = 320  # px: the narrowest frame the heights below are measured for
# The frame height (px) at which each card needs no scrollbar of its own, 320 px wide, in the default build, in
# every language: one snippet height per card, the tallest language's (English; Chromium on Debian, its default
# fonts; measured, with about 20 px to spare).
FRAME_HEIGHTS = {
    "ouders-vrienden": 560,
    "docent": 720,
    "zorgcoordinator": 610,
    "huisarts": 700,
    "jongerenwerker": 660,
    "politie": 600,
    "hulpverlener": 710,
    "burgemeester": 680,
    "aandachtsfunctionaris": 620,
    HELP_CARD: 540,
}


@dataclass(frozen=True)
class Number:
    """A number on a card: whom it reaches, and the number."""

    naam: str
    nummer: PhoneNumber


@dataclass(frozen=True)
class Card:
    slug: str
    title: str
    tips: list[Tip]
    numbers: list[Number]
    page_src_uri: str  # the card's full page

    @property
    def path(self) -> str:
        """The card's address below its language's root: `insluiten/docent/` (in English `en/insluiten/docent/`)."""
        return f"{EMBED_DIRECTORY}{self.slug}/"

    @property
    def frame_height(self) -> int:
        return FRAME_HEIGHTS[self.slug]


def contact_number(contact: Contact) -> Number:
    return Number(contact.naam, contact.nummer)


def emergency_number(model: SiteModel) -> Number:
    """112 as the role pages say it: "Bij direct gevaar"."""
    return Number(model.contacts.emergency_label, model.contacts.emergency.nummer)


def role_card(model: SiteModel, role: Role) -> Card:
    """112, then the first numbers of "Wat kun je doen?" in its order: overleggen, then melden."""
    steps = next_steps(model, role)
    numbers = [emergency_number(model)]
    for step in [*steps.overleggen, *steps.melden]:
        if len(numbers) > NUMBERS_AFTER_EMERGENCY:
            break
        if step.contact:
            numbers.append(contact_number(step.contact))
        elif step.person and step.person.telefoon:
            numbers.append(Number(model.texts["in_je_eigen_organisatie"].format(titel=step.naam), step.person.telefoon))
    return Card(role.slug, role.title, role.tips, numbers, role.src_uri)


def help_card(model: SiteModel) -> Card:
    """112 first, then the first contact of each step of "Hulp en melden" (overleggen, melden, meer hulp)."""
    firsts = [step.contacts[0] for step in help_route(model) if step.contacts]
    numbers = [emergency_number(model), *(contact_number(contact) for contact in firsts)]
    return Card(HELP_CARD, model.texts["hulp_en_melden"], [], numbers, HELP_PAGE)


def cards(model: SiteModel) -> list[Card]:
    made = [*(role_card(model, role) for role in model.roles), help_card(model)]
    if missing := [card.path for card in made if card.slug not in FRAME_HEIGHTS]:
        raise InputError(
            f"hooks/embed_cards.py: FRAME_HEIGHTS has no height for the card {missing[0]}; give it the height "
            "at which it needs no scrollbar 320 px wide (tests/test_embed_cards.py checks it)"
        )
    return made


def card_files(config: MkDocsConfig, model: SiteModel, environment: jinja2.Environment) -> list[File]:
    """The cards as generated files, rendered with the theme's templates and the site's helpers; each gets its
    data as arguments."""
    template = environment.get_template(TEMPLATE)
    root = language_root(model.language)  # where this language's site is: "" or "en/"
    site_url = model.settings.site_url + root
    files = []
    for card in cards(model):
        html = template.render(
            config=config,
            texts=model.texts,
            language=model.language,
            card=card,
            snel_weg_url=model.settings.snel_weg_url,
            checked=model.contacts.gecontroleerd,
            page_url=site_url + page_path(card.page_src_uri),
            help_url=site_url + page_path(HELP_PAGE),
            root="../" * (card.path + root).count("/"),
        )
        files.append(File.generated(config, f"{root}{card.path}index.html", content=html))
    return files


def page_path(src_uri: str) -> str:
    """A page's directory address below the site root, as the hosted site has it: `rollen/docent/`."""
    return src_uri.removesuffix(".md") + "/"
