""" "Was dit nuttig?" after an answer, and its answer counted per knowledge item and theme
(insights/feedback.py): no message text, no sender id."""

from functools import lru_cache
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import current_item, latest_intent
from insights.feedback import feedback_engine, record


def ask_feedback(dispatcher: CollectingDispatcher) -> None:
    dispatcher.utter_message(response="utter_ask_feedback")


@lru_cache(maxsize=1)
def _engine():
    return feedback_engine()


class ActionRecordFeedback(Action):
    def name(self) -> Text:
        return "action_record_feedback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        helpful = latest_intent(tracker) == "feedback_helpful"
        item = current_item(tracker)
        if item is not None:
            record(_engine(), item.id, item.theme.value, helpful)
        dispatcher.utter_message(response="utter_feedback_thanks" if helpful else "utter_feedback_sorry")
        return []
