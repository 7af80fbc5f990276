"""Goodbye and "out of scope" only when meant.

The NLU files some questions under goodbye ("is dat per jaar of voor altijd?") or out of
scope ("oeps typfout, het is gewoon 32" after the hours question); their words or the
conversation say what they are. A real farewell or a real off-topic message gets the
domain response as before.
"""

import re
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import latest_text
from actions.routing import route_by_content

_THANKS_OR_BYE = re.compile(r"\b(?:bedankt|dank|doeg|houdoe|adios|adieu|goodbye|vaarwel|stop|klaar|genoeg)\b", re.I)
_FAREWELL = re.compile(r"\b(?:doei|dag|tot ziens|tot later|bye|ciao|later|fijne (?:dag|avond|middag)|groetjes)\b", re.I)


class ActionSayGoodbye(Action):
    def name(self) -> Text:
        return "action_say_goodbye"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        text = latest_text(tracker)
        if re.match(r"\W*(?:stop|stoppen|ophouden|hou (?:er )?op)\W*$", text, re.I):
            # "stop": this subject ends, the conversation need not; the topics stay offered.
            dispatcher.utter_message(response="utter_stopped")
            return [SlotSet("pending", None)]
        if "?" in text and not _FAREWELL.search(text):
            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
            from actions.followups import ActionGiveMore

            return ActionGiveMore().run(dispatcher, tracker, domain)
        if not _FAREWELL.search(text) and not _THANKS_OR_BYE.search(text):
            # "wfw termijnen", "asdkjh qwe zzzz": no farewell in it, so no goodbye either.
            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
            dispatcher.utter_message(response="utter_did_you_mean")
            dispatcher.utter_message(response="utter_topics")
            return []
        dispatcher.utter_message(response="utter_goodbye")
        return []


class ActionOutOfScope(Action):
    def name(self) -> Text:
        return "action_out_of_scope"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
        if routed is not None:
            return routed
        dispatcher.utter_message(response="utter_out_of_scope")
        return []
