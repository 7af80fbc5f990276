"""Guiding a manager from a described situation to the brochure advice that fits it."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import (
    INTENT_THEMES,
    SKIP_SUBTOPIC,
    TREND_THEMES,
    advice_items,
    entity_value,
    intent_payload,
    item_message,
    knowledge_base,
    known_theme,
    phrase_text,
    say,
    subtopics_of,
    utter_source,
)

ROLES = ("leidinggevende", "hr", "medewerker", "onbekend")
# Answers that name another theme's action but mean this theme's one.
EQUIVALENT_SUBTOPICS = {("mantelzorg", "werktijden"): "flexibiliteit", ("personeelstekorten", "scholing"): "starters"}


class ActionAcknowledgeTheme(Action):
    """Says which theme was understood, so the user can correct it, and starts a fresh intake."""

    def name(self) -> Text:
        return "action_acknowledge_theme"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        theme = INTENT_THEMES.get(intent) or known_theme(tracker.get_slot("theme"))
        if not theme:
            dispatcher.utter_message(response="utter_topics")
            return []
        say(dispatcher, f"theme_ack_{theme}")
        subtopic = entity_value(tracker, "subtopic")
        keep = subtopic if subtopic in subtopics_of(theme) else None
        return [SlotSet("theme", theme), SlotSet("subtopic", keep), SlotSet("last_item", None)]


class ActionAskSubtopic(Action):
    """The intake question, with the theme's expert actions as buttons."""

    def name(self) -> Text:
        return "action_ask_subtopic"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        theme = known_theme(tracker.get_slot("theme")) or "psa"
        buttons = subtopic_buttons(advice_items(theme))
        buttons.append({"title": phrase_text("skip_button"), "payload": "/deny"})
        say(dispatcher, f"ask_subtopic_{theme}", buttons=buttons)
        return []


class ActionAskRole(Action):
    def name(self) -> Text:
        return "action_ask_role"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        say(dispatcher, "ask_role")
        return []


class ValidateIntakeForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_intake_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        # Only caregiving depends on who is asking: an employee needs the regulations,
        # a manager the employer advice.
        if tracker.get_slot("theme") == "mantelzorg":
            if tracker.get_slot("role") is None:
                return ["role", "subtopic"]
            if tracker.get_slot("role") == "medewerker":
                return []
        return [slot for slot in domain_slots if slot != "role"]

    def validate_role(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if value in ROLES:
            return {"role": value}
        say(dispatcher, "subtopic_not_understood")
        return {"role": None}

    def validate_subtopic(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        theme = known_theme(tracker.get_slot("theme")) or "psa"
        value = EQUIVALENT_SUBTOPICS.get((theme, value), value)
        if value == SKIP_SUBTOPIC or value in subtopics_of(theme):
            return {"subtopic": value}
        say(dispatcher, "subtopic_not_understood")
        return {"subtopic": None}


class ActionGiveAdvice(Action):
    """The advice for the theme and subtopic in the slots, with follow-up buttons."""

    def name(self) -> Text:
        return "action_give_advice"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        theme = known_theme(tracker.get_slot("theme"))
        subtopic = tracker.get_slot("subtopic")
        if theme == "mantelzorg" and tracker.get_slot("role") == "medewerker":
            say(dispatcher, "employee_caregiving")
            return []
        if not theme:
            dispatcher.utter_message(response="utter_topics")
            return []
        chosen = knowledge_base().find(theme=theme, subtopic=subtopic) if subtopic else []
        matches = [item for item in chosen if item.kind.value != "link"]
        if not matches:
            return self._overview(dispatcher, theme)
        item = matches[0]
        dispatcher.utter_message(text=item_message(item))
        utter_source(dispatcher, item)
        say(dispatcher, "advice_followup")
        return [SlotSet("last_item", item.id)]

    @staticmethod
    def _overview(dispatcher: CollectingDispatcher, theme: str) -> List[EventType]:
        """A trend's three expert actions as buttons; for PSA, what it is and then its topics."""
        items = advice_items(theme)
        if theme in TREND_THEMES and items:
            say(dispatcher, "advice_overview", buttons=subtopic_buttons(items))
            return [SlotSet("subtopic", None)]
        first, *others = [item for item in knowledge_base().find(theme=theme) if item.kind.value != "link"]
        dispatcher.utter_message(text=item_message(first))
        utter_source(dispatcher, first)
        say(dispatcher, "theme_overview", buttons=subtopic_buttons(others))
        return [SlotSet("last_item", first.id)]


def subtopic_buttons(items) -> List[Dict[str, str]]:
    return [
        {"title": item.title, "payload": intent_payload("inform_subtopic", {"subtopic": item.subtopic})}
        for item in items
    ]
