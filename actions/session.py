"""A new conversation starts with the organisation's wording in its slots."""

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.organisation import organisation_wording


class ActionSessionStart(Action):
    def name(self) -> Text:
        return "action_session_start"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        # Rasa's own session start, plus the wording of WERKSTRESS_ORGANISATION (or the generic).
        events: List[EventType] = [SessionStarted()]
        events += [SlotSet(name, value) for name, value in organisation_wording().items()]
        events.append(ActionExecuted("action_listen"))
        return events
