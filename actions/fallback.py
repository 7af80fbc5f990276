"""What the bot does when it is unsure: offer the likely topics, then search, then say so."""

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import knowledge_base, latest_text, phrase_text, say
from actions.knowledge_search import answer_with_item, utter_unknown
from actions.search import best_match

# Only intents that lead to content are worth offering as "Bedoelt u ...?".
MIN_SUGGESTION_CONFIDENCE = 0.2
LONG_MESSAGE = 1000
LABEL_PREFIX = "intent_label_"


def suggestions(tracker: Tracker) -> List[str]:
    labelled = {name[len(LABEL_PREFIX) :] for name in knowledge_base().phrases if name.startswith(LABEL_PREFIX)}
    ranking = (tracker.latest_message or {}).get("intent_ranking") or []
    candidates = [
        entry["name"]
        for entry in ranking
        if entry.get("name") in labelled and entry.get("confidence", 0) >= MIN_SUGGESTION_CONFIDENCE
    ]
    return candidates[:2]


class ActionDefaultFallback(Action):
    def name(self) -> Text:
        return "action_default_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        text = latest_text(tracker).strip()
        if not text:
            say(dispatcher, "empty_message")
            dispatcher.utter_message(response="utter_topics")
            return [UserUtteranceReverted()]
        if len(text) > LONG_MESSAGE:
            say(dispatcher, "message_too_long")
        intents = suggestions(tracker)
        if intents:
            buttons = [{"title": phrase_text(LABEL_PREFIX + intent), "payload": f"/{intent}"} for intent in intents]
            say(dispatcher, "did_you_mean", buttons=buttons)
            return [UserUtteranceReverted()]
        item = best_match(text[:LONG_MESSAGE], tracker.latest_message)
        if item is not None:
            return answer_with_item(dispatcher, item)
        utter_unknown(dispatcher)
        return [UserUtteranceReverted()]
