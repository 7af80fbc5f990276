"""Distress without a crisis signal: help from people, never a goodbye.

The NLU also files some plain follow-ups under distress ("en als hij helemaal niks laat
horen?" after the Wet flexibel werken); those get the answer to what they ask.
"""

import re
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import current_item, known_theme, latest_text
from actions.context import is_question, leave_named_in, personal_distress
from actions.registry import TREND_THEMES
from actions.routing import (
    ASKS_DIAGNOSIS,
    distress_help_with_trend,
    last_response,
    route_by_content,
    theme_of_distress,
)


class ActionHandleDistress(Action):
    def name(self) -> Text:
        return "action_handle_distress"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        text = latest_text(tracker)
        theme = known_theme(tracker.get_slot("theme"))
        if not personal_distress(text) and tracker.get_slot("pending") == "subtopic" and theme in TREND_THEMES:
            from actions.advice import give_advice, subtopic_in_text

            named_action = subtopic_in_text(theme, text)
            if named_action:
                # "Starters aantrekken lijkt me het meest kansrijk" to the intake question.
                return give_advice(dispatcher, tracker, theme, named_action, tracker.get_slot("role"))
        from actions.followups import theme_named_in

        if not personal_distress(text) and is_question(text) and theme_named_in(text) in TREND_THEMES:
            # "Is AI nou goed of slecht voor werkstress?": a question about a trend, not distress.
            routed = route_by_content(dispatcher, tracker, domain)
            if routed is not None:
                return routed
        item = current_item(tracker)
        follows_an_answer = (
            item is not None
            and last_response(tracker) not in ("utter_distress_help", "utter_distress_followup")
            and len(text.split()) <= 14
        )
        if not personal_distress(text) and follows_an_answer:
            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
            if item.kind.value == "regulation":
                from actions.regulations import answer_regulations

                return answer_regulations(dispatcher, tracker, item.subtopic, show_all_points=False)
            theme = known_theme(tracker.get_slot("theme"))
            if theme in TREND_THEMES:
                # "Wat raad je aan dan?" after advice: the theme's actions.
                from actions.advice import follow_up_in_theme

                return follow_up_in_theme(dispatcher, tracker, domain, theme)
        if not personal_distress(text) and is_question(text) and (leave_named_in(text) or _ASKS_LEAVE.search(text)):
            # "Kan ik mijn uren aanpassen?", "kan ik daar verlof voor krijgen?" after distress help:
            # the regulation asked about.
            from actions.regulations import answer_regulations

            return answer_regulations(dispatcher, tracker, leave_named_in(text), show_all_points=False)
        named = theme_named_in(text)
        if not personal_distress(text) and named is None and _ABOUT_STAFF.search(text) and is_question(text):
            # "En hoe voorkom ik dat mijn personeel er net zo aan toe raakt?" after the help for the
            # writer: preventing work stress in the team, which is PSA.
            from actions.advice import acknowledge

            return acknowledge(dispatcher, tracker, domain, "psa")
        if not personal_distress(text) and named in TREND_THEMES and _ABOUT_STAFF.search(text):
            # "Hoe geef ik mijn team ruimte om met AI te oefenen zonder dat het nog meer druk
            # geeft?": a manager's question about a trend, not the writer's own distress.
            from actions.advice import acknowledge

            return acknowledge(dispatcher, tracker, domain, named)
        with_trend = distress_help_with_trend(dispatcher, tracker, domain, text)
        if with_trend is not None:
            return with_trend
        if ASKS_DIAGNOSIS.search(text):
            # "Ik slaap slecht ... Heb ik een burn-out?": no diagnosis, but the help still follows.
            dispatcher.utter_message(response="utter_no_diagnosis")
        dispatcher.utter_message(response="utter_distress_help")
        return [SlotSet("pending", None), *theme_of_distress(text)]


_ASKS_LEAVE = re.compile(r"\b(?:verlof|zorgverlof|vrij (?:nemen|krijgen|vragen))\b", re.I)
# A manager speaking about their staff.
_ABOUT_STAFF = re.compile(
    r"\b(?:mijn|ons|onze) (?:team|afdeling|medewerkers|mensen|personeel|collega's|collegas)\b"
    r"|\bmedewerkers\b|\bpersoneel\b|\bdat (?:de )?(?:mensen|collega's|het team)\b",
    re.I,
)
