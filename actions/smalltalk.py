"""Small talk the NLU may mishear: "ben jij een robot?", another language, thanks.

A question the NLU only mistook for one of these ("binnen welke termijn moet ik antwoorden?",
"sorry. nederlands beetje. stress werk veel", "dank je. en wat kan ik aan die roostergaten
doen?") gets the answer to what it asks instead, through the fallback's routing and search.
"""

import re
from abc import ABCMeta, abstractmethod
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import latest_text

# Words of a question about what the bot is. "Binnen welke termijn moet ik antwoorden?" has none.
_ASKS_IDENTITY = re.compile(
    r"\b(?:bot|robot|chatbot|mens|menselijk|computer\w*|chatgpt|persoon|assistent|ai|kunstmatig\w*|machine|programma)\b"
    r"|\biemand achter\b|\bspreek ik (?:met|tegen)\b|\bwie (?:zit|zitten) (?:er )?achter\b"
    r"|\b(?:wie|wat) (?:ben|is) (?:je|jij|u|dit)\b|\bben (?:je|jij|u)\b|\bpraat ik (?:met|tegen)\b"
    r"|\bmet wie\b|\becht\b",
    re.I,
)
# Dutch words that other languages seldom use: two of them make a message Dutch enough to answer.
_DUTCH_WORDS = {
    "ik", "het", "een", "niet", "werk", "mijn", "veel", "wat", "hoe", "nederlands", "beetje", "ben", "heb",
    "wil", "kan", "moet", "zijn", "voor", "met", "dat", "die", "maar", "ook", "nog", "weet", "hoeveel",
    "verlof", "zorgverlof", "werkdruk", "collega", "baas", "leidinggevende", "mag", "graag", "alstublieft",
}  # fmt: skip
# "Dank je. En wat kan ik doen aan die roostergaten?": thanks with a question after it.
_THANKS_THEN_QUESTION = re.compile(
    r"^\W*(?:dank(?:je|u)?(?: wel)?|bedankt|thanks|top|fijn)\b[\W\s]*(?:en |maar |nog )?"
    r"(?P<rest>.+\?.*|.*\b(?:wat|hoe|waar|welke|wie|kan|mag|moet)\b.{10,})$",
    re.I,
)


# Words of a question about the bot's subjects.
_SUBSTANCE = re.compile(r"verlof|regeling|hoeveel|mantelzorg|werkdruk|vergrijz|personeel", re.I)


class _SmallTalk(Action, metaclass=ABCMeta):
    """The small-talk response when the words are small talk; else the question they ask.

    Abstract, so that the action server does not register it as an action of its own."""

    response = ""

    @abstractmethod
    def is_small_talk(self, text: str) -> bool: ...

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        text = latest_text(tracker)
        if text.startswith("/") or self.is_small_talk(text):
            dispatcher.utter_message(response=self.response)
            return []
        from actions.fallback import ActionDefaultFallback

        return ActionDefaultFallback().run(dispatcher, tracker, domain)


class ActionAnswerBotChallenge(_SmallTalk):
    response = "utter_iamabot"

    def name(self) -> Text:
        return "action_answer_bot_challenge"

    def is_small_talk(self, text: str) -> bool:
        # "Ben jij een bot? En hoeveel calamiteitenverlof krijg ik ...": a question of substance too,
        # which the fallback's routing answers after saying what the bot is.
        return bool(_ASKS_IDENTITY.search(text)) and not (len(text.split()) > 8 and _SUBSTANCE.search(text))


class ActionAnswerOtherLanguage(_SmallTalk):
    response = "utter_other_language"

    def name(self) -> Text:
        return "action_answer_other_language"

    def is_small_talk(self, text: str) -> bool:
        return len(set(re.findall(r"\w+", text.lower())) & _DUTCH_WORDS) < 2


class ActionAnswerThanks(_SmallTalk):
    response = "utter_you_are_welcome"

    def name(self) -> Text:
        return "action_answer_thanks"

    def is_small_talk(self, text: str) -> bool:
        return not _THANKS_THEN_QUESTION.match(text)
