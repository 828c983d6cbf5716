"""What to do next on a role page ("Wat kun je doen?") and on "Hulp en melden", from the contacts' route.

The route in `data/contacten.yml` is signaleren -> overleggen -> melden. A role page's block has one shape:
112 first, then the route's steps Overleggen and Melden, each contact once, in the data file's order. The
role page's front matter says whom its tips name (`tips_noemen`; hooks/model.py checks it against the tip
text) and which service is its own (`eigen_dienst`, left out: the Politie page does not send an officer to
the public police number). A contact or person the tips name is marked within its step, not moved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from model import OWN_ORGANISATION, PEOPLE, Contact, Person, Role, SiteModel, word_position


@dataclass(frozen=True)
class Step:
    """Someone to call in "Wat kun je doen?": a contact of the data file, or a person of the organisation.

    `naam` is the person's title, or the contact's short name; `uitleg` is what the data file says the
    contact is for, cut to the sentences that fit; `genoemd` says that the role's tips name it."""

    naam: str
    contact: Contact | None = None
    person: Person | None = None
    uitleg: str = ""
    genoemd: bool = False

    @property
    def key(self) -> str:
        return self.contact.id if self.contact else self.naam


@dataclass(frozen=True)
class NextSteps:
    """A role page's way on after the signals, after 112: overleggen, then melden; every contact once."""

    overleggen: list[Step] = field(default_factory=list)
    melden: list[Step] = field(default_factory=list)


def next_steps(model: SiteModel, role: Role) -> NextSteps:
    contacts = model.contacts
    named = set(role.tips_noemen)
    people = model.settings.people_by_key
    # A person the tips name whom the organisation has not set ("de zorgcoördinator"): the contacts whose
    # description says they help find one are marked instead, with the sentence that says so.
    stand_ins = {
        contact.id: PEOPLE[key]
        for key in named & set(PEOPLE)
        if not people[key][1].is_set
        for contact in contacts.contacten
        if contact != contacts.emergency and word_position(contact.wanneer, PEOPLE[key]) is not None
    }
    shown = {contacts.emergency.id, *role.eigen_dienst}

    def steps_of(route: list[str]) -> list[Step]:
        steps = []
        for entry in route:
            if entry == OWN_ORGANISATION:
                for key, (title, person) in people.items():
                    if person.is_set and key not in shown:
                        steps.append(Step(title, person=person, genoemd=key in named))
                        shown.add(key)
            elif entry not in shown:
                contact = contacts.contact(entry)
                if entry in stand_ins:
                    uitleg = sentence_naming(contact.wanneer, stand_ins[entry])
                else:
                    uitleg = first_sentence(contact.wanneer)
                steps.append(
                    Step(contact.korte_naam, contact=contact, uitleg=uitleg, genoemd=entry in named | set(stand_ins))
                )
                shown.add(entry)
        return steps

    return NextSteps(overleggen=steps_of(contacts.route.overleggen), melden=steps_of(contacts.route.melden))


@dataclass(frozen=True)
class HelpStep:
    """A step of "Hulp en melden": its contacts shown here, and those shown at an earlier step that help
    with this one too (`ook`). `id` is its heading's anchor, which also names its texts in the template."""

    id: str
    contacts: list[Contact]
    ook: list[Contact]
    people: list[tuple[str, Person]] = field(default_factory=list)


def help_route(model: SiteModel) -> list[HelpStep]:
    """The contacts of "Hulp en melden" in the route's order, each once, without 112 (it stands apart):
    overleggen, melden, then the contacts outside the route as "Meer hulp"."""
    contacts = model.contacts
    shown = {contacts.emergency.id}
    steps = []
    for step_id, route in (("overleggen", contacts.route.overleggen), ("melden", contacts.route.melden)):
        new = [contacts.contact(entry) for entry in route if entry != OWN_ORGANISATION and entry not in shown]
        ook = [
            contacts.contact(entry)
            for entry in route
            if entry != OWN_ORGANISATION and entry in shown - {contacts.emergency.id}
        ]
        people = model.settings.people if OWN_ORGANISATION in route else []
        steps.append(HelpStep(step_id, new, ook, people))
        shown |= {contact.id for contact in new}
    steps.append(HelpStep("meer-hulp", [contact for contact in contacts.contacten if contact.id not in shown], []))
    return [step for step in steps if step.contacts or step.people]


SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def first_sentence(text: str) -> str:
    return SENTENCE_END.split(text, 1)[0]


def sentence_naming(text: str, term: str) -> str:
    """The first sentence of `text` that names `term`, with the next one when it is a question it answers."""
    sentences = SENTENCE_END.split(text)
    index = next(index for index, sentence in enumerate(sentences) if word_position(sentence, term) is not None)
    return " ".join(sentences[index : index + 2 if sentences[index].endswith("?") else index + 1])
