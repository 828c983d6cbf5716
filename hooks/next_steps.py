"""What to do next on a role page ("Wat kun je doen?") and on "Hulp en melden", from the contacts' route.

The route in `data/contacten.yml` is signaleren -> overleggen -> melden. A role page's block starts with
whom its tips name (matched on whole words of the tip text against contact names and the organisation's
people: no list per role to keep up), then 112, then the route's steps, each contact once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from model import OWN_ORGANISATION, Contact, Person, Role, SiteModel


@dataclass(frozen=True)
class Step:
    """Someone to call in "Wat kun je doen?": a contact of the data file, or a person of the organisation.

    `naam` is how the tips would name it (a contact's name without the part in brackets, a person's
    title); `uitleg` is what the data file says the contact is for, cut to the sentences that fit."""

    naam: str
    contact: Contact | None = None
    person: Person | None = None
    uitleg: str = ""

    @property
    def key(self) -> str:
        return self.contact.id if self.contact else self.naam


@dataclass(frozen=True)
class NextSteps:
    """A role page's way on after the signals: first whom its tips name, then 112, overleggen and melden.

    Every contact shows once: the emergency number apart, the others at their first place in this order."""

    genoemd: list[Step] = field(default_factory=list)
    overleggen: list[Step] = field(default_factory=list)
    melden: list[Step] = field(default_factory=list)


PEOPLE_TITLES = ("Aandachtsfunctionaris", "Zorgcoördinator")


def next_steps(model: SiteModel, role: Role) -> NextSteps:
    contacts = model.contacts

    def contact_step(contact: Contact, uitleg: str | None = None) -> Step:
        return Step(short_name(contact.naam), contact=contact, uitleg=uitleg or first_sentence(contact.wanneer))

    def steps_of(route: list[str]) -> list[Step]:
        steps = []
        for entry in route:
            if entry == OWN_ORGANISATION:
                steps += [Step(title, person=person) for title, person in model.settings.people]
            elif contacts.contact(entry) != contacts.emergency:
                steps.append(contact_step(contacts.contact(entry)))
        return steps

    route = {"overleggen": steps_of(contacts.route.overleggen), "melden": steps_of(contacts.route.melden)}
    # Whom the tips can name: the route's contacts and people, and for a person the organisation has not
    # set ("de zorgcoördinator"), the contacts whose description says they help find one.
    candidates = [(step.naam, step) for steps in route.values() for step in steps]
    for title in PEOPLE_TITLES:
        if title not in {step.naam for _, step in candidates}:
            candidates += [
                (title, contact_step(contact, sentence_naming(contact.wanneer, title)))
                for contact in contacts.contacten
                if contact != contacts.emergency and word_position(contact.wanneer, title) is not None
            ]
    tips = " ".join(tip.tekst for tip in role.tips)
    named: dict[str, tuple[int, Step]] = {}
    for term, step in candidates:
        position = word_position(tips, term)
        if position is not None and step.key not in named:
            named[step.key] = (position, step)
    genoemd = [step for _, step in sorted(named.values(), key=lambda pair: pair[0])]
    shown = set(named)
    for name, steps in route.items():
        route[name] = []
        for step in steps:
            if step.key not in shown:
                route[name].append(step)
                shown.add(step.key)
    return NextSteps(genoemd=genoemd, **route)


@dataclass(frozen=True)
class HelpStep:
    """A step of "Hulp en melden": its contacts shown here, and those shown at an earlier step that help
    with this one too (`ook`)."""

    naam: str
    contacts: list[Contact]
    ook: list[Contact]
    people: list[tuple[str, Person]] = field(default_factory=list)


def help_route(model: SiteModel) -> list[HelpStep]:
    """The contacts of "Hulp en melden" in the route's order, each once, without 112 (it stands apart):
    overleggen, melden, then the contacts outside the route as "Meer hulp"."""
    contacts = model.contacts
    shown = {contacts.emergency.id}
    steps = []
    for name, route in (("Overleggen", contacts.route.overleggen), ("Melden", contacts.route.melden)):
        new = [contacts.contact(entry) for entry in route if entry != OWN_ORGANISATION and entry not in shown]
        ook = [
            contacts.contact(entry)
            for entry in route
            if entry != OWN_ORGANISATION and entry in shown - {contacts.emergency.id}
        ]
        people = model.settings.people if OWN_ORGANISATION in route else []
        steps.append(HelpStep(name, new, ook, people))
        shown |= {contact.id for contact in new}
    steps.append(HelpStep("Meer hulp", [contact for contact in contacts.contacten if contact.id not in shown], []))
    return [step for step in steps if step.contacts or step.people]


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def word_position(text: str, term: str) -> int | None:
    """Where `term` stands in `text` as whole words, case ignored, or None."""
    match = re.search(rf"(?<!\w){re.escape(fold(term))}(?!\w)", fold(text))
    return match.start() if match else None


def short_name(name: str) -> str:
    """A contact's name without the explanation in brackets: "Politie (geen spoed)" -> "Politie"."""
    return name.split(" (", 1)[0]


SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def first_sentence(text: str) -> str:
    return SENTENCE_END.split(text, 1)[0]


def sentence_naming(text: str, term: str) -> str:
    """The first sentence of `text` that names `term`."""
    return next(sentence for sentence in SENTENCE_END.split(text) if word_position(sentence, term) is not None)
