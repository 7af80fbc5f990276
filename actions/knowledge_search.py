"""Answers a free-text question from the knowledge items, or says honestly that it does not know."""

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import item_message, latest_text, shown, utter_source
from actions.context import not_covered
from actions.knowledge.schema import Item
from actions.search import best_match


def answer_with_item(
    dispatcher: CollectingDispatcher, tracker: Tracker, item: Item, intro: bool = True
) -> List[EventType]:
    if intro:
        dispatcher.utter_message(response="utter_search_result_intro")
    dispatcher.utter_message(text=item_message(item))
    utter_source(dispatcher, item)
    dispatcher.utter_message(response="utter_advice_followup")
    return shown(tracker, item)


def utter_unknown(dispatcher: CollectingDispatcher) -> None:
    dispatcher.utter_message(response="utter_search_no_result")
    dispatcher.utter_message(response="utter_topics")


class ActionSearchKnowledge(Action):
    def name(self) -> Text:
        return "action_search_knowledge"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        text = latest_text(tracker)
        if not_covered(text):
            dispatcher.utter_message(response="utter_not_covered")
            return []
        item = best_match(text, tracker.latest_message)
        if item is None:
            utter_unknown(dispatcher)
            return []
        return answer_with_item(dispatcher, tracker, item)
