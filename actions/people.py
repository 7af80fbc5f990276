"""A person to talk to: the organisation's fitting contacts for the topic of the
conversation, or where to find them. The bot never pretends to hand the chat over; a crisis
is answered by safety/crisis_policy.py before this, and the 113/112 line is always added.
"""

import re
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import current_item, latest_text, user_texts
from actions.organisation import configured_organisation

# Topics, read from the recent user messages and the conversation's state.
_CONFLICT = re.compile(
    r"pest|gepest|intimidat|ongewenst gedrag|discriminat|agressie|bedreig|ruzie|conflict|schreeuw|kleineer"
    r"|uitgescholden|seksu|grensoverschrijd|opmerkingen over (?:mijn|haar|zijn) (?:lichaam|uiterlijk)",
    re.I,
)
_HEALTH = re.compile(
    r"stress|burn-?out|overspannen|moe\b|uitgeput|ziek|gezondheid|slaap|slapen|klachten|huil|somber|paniek|werkdruk",
    re.I,
)
_LEAVE = re.compile(r"verlof|zorgverlof|calamiteit|flexibel werken|\bwfw\b|regeling|cao|uren|contract", re.I)
RECENT_MESSAGES = 6
_NAMED = {
    "hr": re.compile(r"\bhr\b|personeelszaken|\bp&o\b|personeelsafdeling", re.I),
    "bedrijfsarts": re.compile(r"bedrijfsarts|arbodienst|arbo-?arts", re.I),
    # "met iemand in vertrouwen praten" asks for the confidential adviser by what it is.
    "vertrouwenspersoon": re.compile(r"vertrouwenspersoon|\bin vertrouwen\b|vertrouwelijk", re.I),
}


def recent_user_text(tracker: Tracker) -> str:
    texts = user_texts(tracker)
    return " ".join(texts[-RECENT_MESSAGES:] + [latest_text(tracker)])


def fitting_contacts(tracker: Tracker) -> List[str]:
    """hr, bedrijfsarts and/or vertrouwenspersoon for this conversation's topic; all three when unclear."""
    named = [role for role, pattern in _NAMED.items() if pattern.search(latest_text(tracker))]
    if named:
        # "Kan ik met iemand van HR praten?": the person asked for.
        return named
    text = recent_user_text(tracker)
    item = current_item(tracker)
    fitting = []
    if _CONFLICT.search(text) or (item is not None and item.id == "psa.vertrouwenspersoon"):
        fitting.append("vertrouwenspersoon")
    if _HEALTH.search(text) or tracker.get_slot("theme") == "psa":
        fitting.append("bedrijfsarts")
    if _LEAVE.search(text) or tracker.get_slot("leave_type") or (item is not None and item.kind.value == "regulation"):
        fitting.append("hr")
    return fitting or ["hr", "bedrijfsarts", "vertrouwenspersoon"]


# role → (response with the configured contact, response without settings)
_ASKS_FOR_A_PERSON = re.compile(
    r"\b(?:mens|persoon|iemand|medewerker|hr|personeelszaken|p&o|bedrijfsarts|arbodienst|vertrouwenspersoon|leidinggevende)\b"
    r"|doorverbind|spreken|contact|bellen|mailen",
    re.I,
)
_RESPONSES = {
    "hr": ("utter_contact_hr", "utter_contact_hr_unknown"),
    "bedrijfsarts": ("utter_contact_doctor", "utter_contact_doctor_unknown"),
    "vertrouwenspersoon": ("utter_contact_confidant", "utter_contact_confidant_unknown"),
}


class ActionRouteToPerson(Action):
    def name(self) -> Text:
        return "action_route_to_person"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        from actions.content import latest_text
        from actions.routing import route_by_content

        if not _ASKS_FOR_A_PERSON.search(latest_text(tracker)):
            # "Moet ik echt een RI&E laten maken?": no person asked for, whatever the NLU heard.
            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
        return route_to_person(dispatcher, tracker)


def route_to_person(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    organisation = configured_organisation()
    dispatcher.utter_message(response="utter_person_intro")
    for role in fitting_contacts(tracker):
        contact = getattr(organisation.contacts, role) if organisation else None
        configured, generic = _RESPONSES[role]
        if contact is not None:
            dispatcher.utter_message(response=configured, details=contact.details())
        else:
            dispatcher.utter_message(response=generic)
    dispatcher.utter_message(response="utter_person_safety")
    return []
