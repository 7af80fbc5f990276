"""What the bot does when it is unsure: an intake answer in free words, the likely topics,
then the free-text search, then an honest "weet ik niet"."""

import re
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.advice import give_advice, subtopic_in_text
from actions.content import known_theme, latest_text
from actions.context import context_prior, pending_question, reader_audience
from actions.followups import theme_named_in
from actions.knowledge_search import answer_with_item, utter_unknown
from actions.registry import CONVERSATION_THEMES
from actions.routing import route_by_content
from actions.safety_net import keeps_crisis_help_in_view
from actions.search import best_match

MIN_SUGGESTION_CONFIDENCE = 0.2
_ASKS_ABOUT_HELP_LINES = re.compile(r"113|\bnood|crisis|zelfdoding|zelfmoord|suicid|hulplijn|levensgevaar|112", re.I)
LONG_MESSAGE = 1000
# "Dank u wel voor de eerlijkheid, fijne dag verder.": thanks and goodbye, whatever words between.
_THANKS_AND_GOODBYE = re.compile(
    r"^\W*(?:dank\w*|bedankt|thanks|top|fijn)\b[^?]{0,60}"
    r"\b(?:fijne (?:dag|avond|middag|weekend)|tot ziens|doei|groetjes)\b[^?]*$"
    # "laat maar, ik moet naar een vergadering. doei": a goodbye at the end, no question.
    r"|^[^?]{0,80}\b(?:doei|tot ziens|bye|groetjes|fijne dag)\W*$",
    re.I,
)
# Intents worth offering as "Bedoelt u ...?", with their button titles.
SUGGESTION_LABELS = {
    **{theme.intent: theme.label for theme in CONVERSATION_THEMES.values()},
    "leave_calamiteitenverlof": "Calamiteitenverlof",
    "leave_kortdurend_zorgverlof": "Kortdurend zorgverlof",
    "leave_langdurend_zorgverlof": "Langdurend zorgverlof",
    "flexibel_werken": "Werktijden aanpassen",
    "leave_refuse": "Mag de werkgever weigeren?",
    "leave_paid": "Wordt verlof betaald?",
    "ask_figures": "Cijfers",
    "ask_links": "Links",
}


def suggestions(tracker: Tracker) -> List[str]:
    ranking = (tracker.latest_message or {}).get("intent_ranking") or []
    candidates = [
        entry["name"]
        for entry in ranking
        if entry.get("name") in SUGGESTION_LABELS and entry.get("confidence", 0) >= MIN_SUGGESTION_CONFIDENCE
    ]
    return candidates[:2]


@keeps_crisis_help_in_view
class ActionDefaultFallback(Action):
    def name(self) -> Text:
        return "action_default_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        text = latest_text(tracker).strip()
        if not text:
            dispatcher.utter_message(response="utter_empty_message")
            dispatcher.utter_message(response="utter_topics")
            return [UserUtteranceReverted()]
        theme = known_theme(tracker.get_slot("theme"))
        if pending_question(tracker) == "subtopic" and theme and subtopic_in_text(theme, text):
            return give_advice(dispatcher, tracker, theme, subtopic_in_text(theme, text))
        if _THANKS_AND_GOODBYE.match(text):
            dispatcher.utter_message(response="utter_goodbye")
            return []
        if len(text) > LONG_MESSAGE:
            dispatcher.utter_message(response="utter_message_too_long")
        # Unsure of the intent, the bot still tries to answer: first what the words say
        # plainly, then the free-text search, and only then "Bedoelt u ...?".
        routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
        if routed is not None:
            return routed
        item = best_match(
            text[:LONG_MESSAGE],
            tracker.latest_message,
            context_prior(tracker),
            reader_audience(tracker),
            named_theme=theme_named_in(text),
            last_item_id=tracker.get_slot("last_item"),
        )
        if item is not None and item.theme.value == "crisis" and not _ASKS_ABOUT_HELP_LINES.search(text):
            # "Wie wordt er kampioen?" matched the help-lines item on a stray word: no answer is better.
            item = None
        if item is not None:
            return [SlotSet("pending", None), *answer_with_item(dispatcher, tracker, item)]
        intents = suggestions(tracker)
        if intents:
            buttons = [{"title": SUGGESTION_LABELS[intent], "payload": f"/{intent}"} for intent in intents]
            dispatcher.utter_message(response="utter_did_you_mean", buttons=buttons)
            return [UserUtteranceReverted(), SlotSet("pending", None)]
        utter_unknown(dispatcher)
        return [UserUtteranceReverted()]
