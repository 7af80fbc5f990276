"""Distress interrupts everything: a warm reply with the crisis numbers from the knowledge files."""

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import item_message, knowledge_base, say, utter_source


class ActionCrisisReferral(Action):
    def name(self) -> Text:
        return "action_crisis_referral"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        say(dispatcher, "crisis_intro")
        items = knowledge_base().find(theme="crisis")
        for item in items:
            dispatcher.utter_message(text=item_message(item, with_title=False))
        if items:
            utter_source(dispatcher, items[0])
        return []
