"""Answers a free-text question from the knowledge items, or says honestly that it does not know."""

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import item_message, known_theme, shown, utter_source
from actions.feedback import ask_feedback
from actions.followups import searched_item
from actions.knowledge.schema import Item
from actions.routing import route_by_content


def answer_with_item(
    dispatcher: CollectingDispatcher, tracker: Tracker, item: Item, intro: bool = True
) -> List[EventType]:
    if item.kind.value == "regulation":
        from actions.regulations import answer_regulations

        return answer_regulations(dispatcher, tracker, item.subtopic, show_all_points=False)
    if intro:
        dispatcher.utter_message(response="utter_search_result_intro")
    dispatcher.utter_message(text=item_message(item, points=True))
    utter_source(dispatcher, item)
    dispatcher.utter_message(response="utter_advice_followup")
    ask_feedback(dispatcher)
    theme = [SlotSet("theme", item.theme.value)] if known_theme(item.theme.value) else []
    return theme + shown(tracker, item)


def utter_unknown(dispatcher: CollectingDispatcher) -> None:
    dispatcher.utter_message(response="utter_search_no_result")
    dispatcher.utter_message(response="utter_topics")


class ActionSearchKnowledge(Action):
    def name(self) -> Text:
        return "action_search_knowledge"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
        if routed is not None:
            return routed
        item = searched_item(tracker)
        if item is None:
            utter_unknown(dispatcher)
            return []
        return answer_with_item(dispatcher, tracker, item)
