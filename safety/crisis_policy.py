"""A Rasa policy that answers crisis signals before any intent handling.

It reads the text of the latest user message itself, so it also sees messages that start
with "/" (those skip the NLU pipeline), and it predicts the crisis response with the highest
priority of all policies. The answer is a domain response, so it reaches the user even when
the action server is down.
"""

import re
from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from safety.crisis_classifier import classifier
from safety.crisis_signals import Concern, crisis_concern, found_by_patterns
from safety.followup import FOLLOWUP_TURNS, PRACTICAL_QUESTION

RESPONSE_FOR = {Concern.SELF: "utter_crisis_self", Concern.OTHER: "utter_crisis_other"}
FOLLOWUP_RESPONSE = "utter_crisis_followup"
FOLLOWUP_FOR = {"utter_crisis_self": FOLLOWUP_RESPONSE, "utter_crisis_other": "utter_crisis_followup_other"}
# After a crisis answer, replies that are not a new question ("is dat anoniem?", "laat maar",
# "bedankt, ik ga nu") keep the way to help in view for a few turns.
FOLLOWUP_INTENTS = {
    "nlu_fallback",
    "affirm",
    "deny",
    "thank",
    "goodbye",
    "out_of_scope",
    "distress",
    "other_language",
    "ask_source",
    "ask_knowledge",
    "bot_challenge",
}
# A short message right after a crisis answer ("moet ik dit alleen oplossen?") is about it.
SHORT_REPLY_WORDS = 12


# A longer message about the person of concern ("wat als hij zegt dat het wel meevalt?") is about
# the crisis too, unless it asks about leave or hours.
_ABOUT_THE_PERSON = re.compile(r"\b(?:hij|zij|ze|hem|haar)\b", re.I)
_NEW_SUBJECT = re.compile(r"verlof|flexibel|\buren\b|\buur\b|regeling|\bcao\b", re.I)


# "Zijn die nu wel open? t is 3 uur 's nachts", "is dat gratis?": about the help just named, which
# the follow-up answers, even with a number of hours in it.
_ABOUT_THE_HELP_LINE = re.compile(
    r"\b(?:open|bereikbaar|anoniem|gratis|bellen|chatten|113|112|huisarts)\b|'?s ?nachts|\bsnachts\b", re.I
)
# "ik ga 113 bellen samen met hem. andere vraag: hoeveel zorgverlof heb ik?": a practical question.
_LEAVE_OR_PAY = re.compile(r"verlof|regeling|\bcao\b|calamiteit|flexibel|\bloon\b|betaald", re.I)
# "Is er nu iemand die ik kan spreken?": the way to a person now, which the crisis follow-up gives.
_WANTS_SOMEONE_NOW = re.compile(
    r"\biemand (?:die ik (?:\w+ )?(?:kan|mag) |om (?:mee )?te )(?:spreken|praten|bellen)", re.I
)


def _is_reply(text: str, intent: Optional[str]) -> bool:
    words = len(text.split())
    if _ABOUT_THE_HELP_LINE.search(text) and not _LEAVE_OR_PAY.search(text):
        return True
    if PRACTICAL_QUESTION.search(text):
        return False
    if _WANTS_SOMEONE_NOW.search(text):
        return True
    return (
        intent in FOLLOWUP_INTENTS
        or words <= SHORT_REPLY_WORDS
        or (words <= 30 and bool(_ABOUT_THE_PERSON.search(text)) and not _NEW_SUBJECT.search(text))
    )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class CrisisPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # Above RulePolicy (6): a crisis answer wins over every rule and story.
        return {"priority": 7}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Optional[Any] = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        # Trains the small crisis classifier now, so that the first user does not wait for it.
        classifier()

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        latest_action = tracker.latest_action_name
        if latest_action == ACTION_LISTEN_NAME and tracker.latest_message:
            concern = crisis_concern(tracker.latest_message.text or "")
            intent = (tracker.latest_message.intent or {}).get("name")
            answered = _crisis_answered_recently(tracker)
            replies = bool(answered) and _is_reply(tracker.latest_message.text or "", intent)
            if concern is not None and not (replies and not found_by_patterns(tracker.latest_message.text or "")):
                probabilities[domain.index_for_action(RESPONSE_FOR[concern])] = 1.0
            elif replies:
                # A reply about the crisis just answered ("ze heeft me laten beloven dat ik het aan
                # niemand vertel"), also one the classifier alone finds alarming: the follow-up,
                # which keeps 113 and 112 in view and answers what people ask next.
                probabilities[domain.index_for_action(FOLLOWUP_FOR[answered])] = 1.0
        elif latest_action in (*RESPONSE_FOR.values(), *FOLLOWUP_FOR.values()):
            # After the crisis answer the bot waits for the user, whatever the rules say.
            probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        return self._prediction(probabilities)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "CrisisPolicy":
        return cls(config, model_storage, resource, execution_context)


def _crisis_answered_recently(tracker: DialogueStateTracker) -> Optional[str]:
    """The crisis answer given within the last FOLLOWUP_TURNS user turns of this session, if any."""
    user_turns = 0
    for event in reversed(tracker.applied_events()):
        if isinstance(event, UserUttered):
            user_turns += 1
            if user_turns > FOLLOWUP_TURNS:
                return None
        elif isinstance(event, ActionExecuted) and event.action_name in RESPONSE_FOR.values():
            return event.action_name
    return None
