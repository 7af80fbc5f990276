"""Answers a free-text question from the knowledge items, or says honestly that it does not know."""

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import current_item, item_message, known_theme, latest_text, shown, utter_source
from actions.feedback import ask_feedback
from actions.followups import searched_item
from actions.knowledge.schema import Item
from actions.registry import TREND_THEMES
from actions.routing import route_by_content
from actions.safety_net import keeps_crisis_help_in_view


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


@keeps_crisis_help_in_view
class ActionSearchKnowledge(Action):
    def name(self) -> Text:
        return "action_search_knowledge"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
        if routed is not None:
            return routed
        named_action = other_action_of_the_theme(tracker)
        if named_action is not None:
            # "En hoe krijg ik de docenten mee, er is veel weerstand?" during the AI theme: the
            # theme's own action for that (communication), not the nearest words elsewhere.
            from actions.advice import give_advice

            return give_advice(dispatcher, tracker, tracker.get_slot("theme"), named_action)
        item = searched_item(tracker)
        if item is None:
            utter_unknown(dispatcher)
            return []
        return answer_with_item(dispatcher, tracker, item)


def other_action_of_the_theme(tracker: Tracker):
    """The action of the current trend theme that the message names, when it is not the one shown."""
    from actions.advice import subtopic_in_text  # actions.advice imports this module

    theme = tracker.get_slot("theme")
    text = latest_text(tracker)
    if theme not in TREND_THEMES or text.startswith("/"):
        return None
    named = subtopic_in_text(theme, text)
    item = current_item(tracker)
    if named is None or (item is not None and item.theme.value == theme and item.subtopic == named):
        return None
    return named
